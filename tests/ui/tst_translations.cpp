// SPDX-License-Identifier: GPL-3.0-or-later
// Translations, as a user in another language sees them.
//
// The pseudo-locale test installs a translator that wraps every text it is asked for in ⟦…⟧,
// generated on the fly from the English catalogue, then walks the main window on the bundled
// data, its menus, every chart, the dialogs, the handbook and the About box: any visible text
// with a letter outside ⟦…⟧ that is not the data itself (titles, names, sources) did not go
// through translation, and fails the test with the text. The French test opens the window as a
// French user would and reads menus, dates, plurals and country names in French.

#include "chartsview.h"
#include "eventeditor.h"
#include "exportdialog.h"
#include "handbook.h"
#include "i18n/translations.h"
#include "importdialog.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTranslator>

using namespace entente;
using namespace entente::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr QChar kOpen = QChar(0x27E6);  // ⟦
constexpr QChar kClose = QChar(0x27E7); // ⟧

// Every text asked for comes back as ⟦English text⟧, so a text that never asked shows plain.
class PseudoTranslator final : public QTranslator
{
public:
    PseudoTranslator() { Q_UNUSED(m_english.load(u":/i18n/entente_en.qm"_s)); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (!source || !*source)
            return {};
        QString english = m_english.translate(context, source, disambiguation, n);
        if (english.isEmpty())
            english = QString::fromUtf8(source);
        return kOpen + english + kClose;
    }

private:
    QTranslator m_english;
};

// The letters left in \a text once what went through translation and the data are taken out.
QString untranslatedPart(QString text, const QStringList &data)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    static const QRegularExpression innermost(u"\u27E6[^\u27E6\u27E7]*\u27E7"_s);
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.remove(innermost);
    }
    for (const QString &d : data)
        text.remove(d);
    // A lone letter is a key's name in a shortcut ("Ctrl+O"), not a word.
    static const QRegularExpression keyCap(uR"((?<!\w)\w(?!\w))"_s);
    text.remove(keyCap);
    const bool hasLetter =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    return hasLetter ? text.simplified() : QString();
}

// The texts a user can read in and on \a root: labels, buttons, tabs, titles, menus, tooltips,
// placeholders, column headers and combo box items.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle(), root->toolTip()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip();
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        if (auto *d = qobject_cast<QDockWidget *>(w))
            texts << d->windowTitle();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i) << t->tabToolTip(i);
        }
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        }
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                texts << h->model()->headerData(i, h->orientation()).toString();
        }
        if (auto *m = qobject_cast<QMenu *>(w))
            texts << m->title();
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip();
    }
    texts.removeAll(QString());
    return texts;
}

QStringList menuTexts(QMenuBar *bar)
{
    QStringList texts;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        Q_EMIT menu->aboutToShow(); // menus that fill themselves when opened
        texts << menu->title();
        for (QAction *a : menu->actions()) {
            texts << a->text() << a->toolTip();
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *a : bar->actions()) {
        if (a->menu())
            walk(a->menu());
    }
    texts.removeAll(QString());
    return texts;
}

QStringList chartTexts(QChart *chart)
{
    QStringList texts{chart->title()};
    for (QAbstractAxis *axis : chart->axes()) {
        texts << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            texts << categories->categories();
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        texts << marker->label();
    texts.removeAll(QString());
    return texts;
}

// What the bundled database itself says: shown as it is, in the language of its sources.
QStringList dataTexts(core::Dataset &dataset)
{
    // The file's path too: the Open Recent menu names it.
    QStringList data{dataset.title(), QDir::toNativeSeparators(dataset.path())};
    const core::EventIndex &index = dataset.index();
    for (const core::Country &c : index.countries())
        data << c.displayName() << c.name << c.alpha3;
    for (const core::Topic &t : index.topics())
        data << t.name;
    for (const core::EventType &t : index.eventTypes())
        data << t.name << t.code;
    for (qsizetype pos = 0; pos < index.size(); ++pos) {
        const std::optional<core::Event> e = dataset.store().event(index.id(pos));
        if (!e)
            continue;
        data << e->title << e->summary << e->dateNote;
        for (const core::Citation &c : e->citations)
            data << c.quote << c.cites << c.note << c.source.publisher << c.source.title
                 << c.source.author << c.source.url << c.source.cites;
        for (const core::NamedActor &a : e->actors)
            data << a.name << a.description << a.role;
    }
    for (const core::Observation &o : dataset.store().observations()) {
        data << o.indicator << o.unit << o.note;
        for (const core::Citation &c : o.citations)
            data << c.quote << c.cites << c.note << c.source.publisher << c.source.title;
    }
    data.removeAll(QString());
    // Longest first, so that a name inside a longer text is not taken out of it first.
    std::sort(data.begin(), data.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return data;
}

void removeInstalledTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QStringList m_untranslated;

    void check(const QString &where, const QStringList &texts, const QStringList &data)
    {
        for (const QString &text : texts) {
            if (const QString rest = untranslatedPart(text, data); !rest.isEmpty())
                m_untranslated.append(where + u": “"_s + text + u"” (“"_s + rest + u"”)"_s);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        test::failOnWarnings();
        m_untranslated.clear();
    }
    void cleanup()
    {
        removeInstalledTranslators();
        QLocale::setDefault(QLocale(QLocale::English));
        core::installTranslations(qApp, QLocale(QLocale::English));
    }

    void theCheckerFindsAPlantedUntranslatedText()
    {
        QWidget window;
        auto *translated = new QLabel(kOpen + u"Events"_s + kClose, &window);
        auto *planted = new QLabel(u"Untranslated words"_s, &window);
        auto *data = new QLabel(kOpen + u"Selected: "_s + kClose + u"Cambodia"_s, &window);
        Q_UNUSED(translated);
        Q_UNUSED(data);
        check(u"test"_s, visibleTexts(&window), {u"Cambodia"_s});
        QCOMPARE(m_untranslated.size(), 1);
        QVERIFY(m_untranslated.front().contains(planted->text()));
    }

    void everyVisibleTextGoesThroughTranslation()
    {
        removeInstalledTranslators();
        auto *pseudo = new PseudoTranslator;
        pseudo->setParent(qApp);
        QCoreApplication::installTranslator(pseudo);

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        const QStringList data = dataTexts(*window.dataset());
        window.tableView()->selectRow(0);
        QTRY_VERIFY(!window.statusBar()->findChildren<QLabel *>().isEmpty());

        check(u"main window"_s, visibleTexts(&window), data);
        check(u"menus"_s, menuTexts(window.menuBar()), data);
        auto *model = window.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                check(u"table"_s, {index.data().toString(), index.data(Qt::ToolTipRole).toString()},
                      data);
            }
        }
        for (QTextBrowser *details : window.findChildren<QTextBrowser *>())
            check(u"details"_s, {details->toHtml()}, data);

        window.viewTabs()->setCurrentIndex(1);
        for (ChartKind kind : {ChartKind::PerYear, ChartKind::PerCountry, ChartKind::Topics,
                               ChartKind::Observations}) {
            window.chartsView()->setCurrentKind(kind);
            QTRY_VERIFY(window.chartsView()->currentChart());
            check(u"chart"_s, chartTexts(window.chartsView()->currentChart()), data);
            check(u"chart note"_s, {window.chartsView()->noteText()}, data);
            check(u"charts"_s, visibleTexts(window.chartsView()), data);
        }
        window.viewTabs()->setCurrentIndex(0);

        window.showExportDialog();
        QTRY_VERIFY(window.findChild<ExportDialog *>());
        auto *exportDialog = window.findChild<ExportDialog *>();
        check(u"export dialog"_s, visibleTexts(exportDialog), data);
        exportDialog->close();

        QTemporaryDir dir;
        const QString file = dir.filePath(u"events.csv"_s);
        QVERIFY(test::writeFile(
            file, QByteArrayLiteral("date,title,countries,topics,summary,source_publisher,"
                                    "source_title,source_url,quote\n")));
        window.importFile(file);
        QTRY_VERIFY(window.findChild<ImportDialog *>());
        auto *importDialog = window.findChild<ImportDialog *>();
        check(u"import dialog"_s, visibleTexts(importDialog), data);
        importDialog->close();

        {
            const core::Dataset &dataset = *window.dataset();
            EventEditor editor({dataset.index().countries(), window.dataset()->store().topics(),
                                window.dataset()->store().eventTypes()},
                               &window);
            editor.setEvent(core::toImported(*window.dataset()->store().event(5)));
            editor.show();
            check(u"event editor"_s, visibleTexts(&editor), data);
            editor.setEvent({}); // every problem shown
            check(u"event editor problems"_s, visibleTexts(&editor), data);
        }

        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<Handbook *>());
        auto *handbook = window.findChild<Handbook *>();
        // The README's sections are in English, as the README is; the frame and the shortcut
        // list are translated.
        QStringList handbookTexts = visibleTexts(handbook);
        check(u"handbook"_s, handbookTexts, data);
        check(u"shortcuts"_s, {Handbook::shortcutTable(&window)}, data);
        handbook->close();

        QStringList aboutTexts;
        QTimer::singleShot(0, this, [&aboutTexts] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                aboutTexts = visibleTexts(box);
                box->accept();
            }
        });
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text().contains(u"About"_s))
                a->trigger();
        }
        QVERIFY(!aboutTexts.isEmpty());
        check(u"about"_s, aboutTexts, data);

        QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(u'\n')));
    }

    void aFrenchUserReadsFrench()
    {
        removeInstalledTranslators();
        const QLocale french(QLocale::French, QLocale::France);
        QLocale::setDefault(french);
        const QStringList languages = core::installTranslations(qApp, french);
        QCOMPARE(languages.value(0), u"fr"_s);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.value(0), u"&Fichier"_s);
        QCOMPARE(window.countText(), u"11 événements · 2 sans date"_s);
        QAbstractItemModel *model = window.tableView()->model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Date"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"2 février 1995"_s);
        QCOMPARE(model->index(4, 0).data().toString(), u"1er juin 2022"_s); // the first, as written
        QVERIFY2(model->index(0, 2).data().toString().contains(u"Cambodge"_s),
                 qPrintable(model->index(0, 2).data().toString()));
        // Qt's own texts come from Qt's French catalogue.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);

        // One event, dated to a month alone ("avril 2022"), and a country list searched by its
        // English name.
        core::EventFilter oneEvent;
        oneEvent.text = u"JICA"_s;
        window.setFilter(oneEvent);
        QTRY_COMPARE(window.countText(), u"1 sur 11 événements"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"avril 2022"_s);
        auto *countries = window.findChild<QLineEdit *>(u"countrySearch"_s);
        QVERIFY(countries);
        countries->setText(u"Cambodia"_s);
        auto *list = countries->parentWidget()->findChild<QAbstractItemView *>();
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Cambodge (KHM)"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
