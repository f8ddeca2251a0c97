// SPDX-License-Identifier: GPL-3.0-or-later
#include "handbook.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

// The README's sections for users; the rest (set-up, layout, licence) is for developers.
constexpr QLatin1StringView kUserSections[] = {
    "Using the timeline"_L1, "Filtering"_L1,        "Charts and images"_L1,
    "Your own data"_L1,      "In your language"_L1, "Where the data comes from"_L1};

QString menuText(QString text)
{
    // "&Open Database…" reads "Open Database…"; "&&" is a literal ampersand.
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

QString escapeCell(QString text)
{
    return text.replace(u'|', u"\\|"_s);
}

} // namespace

QString Handbook::userSections(const QString &readme)
{
    QString result;
    bool keep = false;
    static const QRegularExpression image(uR"(^!\[.*\]\(.*\)\s*$)"_s);
    for (const QString &line : readme.split(u'\n')) {
        if (line.startsWith(u"## "_s)) {
            const QString heading = line.mid(3).trimmed();
            keep = std::any_of(std::begin(kUserSections), std::end(kUserSections),
                               [&heading](QLatin1StringView s) { return heading == s; });
        }
        if (keep && !image.match(line).hasMatch())
            result += line + u'\n';
    }
    return result;
}

QString Handbook::shortcutTable(const QWidget *window)
{
    QString table = u"| "_s + tr("Menu") + u" | "_s + tr("Command") + u" | "_s + tr("Keys") +
                    u" |\n|---|---|---|\n"_s;
    const auto *main = qobject_cast<const QMainWindow *>(window);
    if (!main)
        return table;
    for (QAction *menuAction : main->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            if (keys.isEmpty())
                continue;
            table += u"| "_s + escapeCell(menuText(menuAction->text())) + u" | "_s +
                     escapeCell(menuText(action->text())) + u" | "_s +
                     escapeCell(keys.join(tr(" or "))) + u" |\n"_s;
        }
    }
    return table;
}

Handbook::Handbook(QWidget *window) : QDialog(window)
{
    setWindowTitle(tr("Entente Handbook"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(false);
    QFile readme(u":/handbook/README.md"_s);
    const QString text =
        readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll()) : QString();
    m_browser->setMarkdown(userSections(text) + u"\n## "_s + tr("Keyboard shortcuts") + u"\n\n"_s +
                           shortcutTable(window));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace entente::ui
