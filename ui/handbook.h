// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace entente::ui {

/*!
 * The handbook behind F1: the user sections of the README that ships inside the program (how to
 * read the timeline, filter, chart, export, import), then every keyboard shortcut of the window,
 * listed from its actions so that the list cannot fall behind the menus.
 */
class Handbook final : public QDialog
{
    Q_OBJECT

public:
    /*! The handbook for \a window, whose actions give the shortcut list. */
    explicit Handbook(QWidget *window);

    QTextBrowser *browser() const { return m_browser; }

    /*! The sections of \a readme meant for users, without its images, as Markdown. */
    static QString userSections(const QString &readme);
    /*! Every action of \a window that has a shortcut, menu by menu, as a Markdown table. */
    static QString shortcutTable(const QWidget *window);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace entente::ui
