// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include <optional>

namespace entente::core {
struct Event;
}

namespace entente::ui {

/*!
 * The details pane: one event's date as the source states it, summary, countries with their
 * roles, topics, people and organisations, and every source with the sentence quoted from it.
 */
class DetailsView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget *parent = nullptr);

    /*! \a checked: a person checked the event against its source (false: said at the top). */
    void showDetails(const core::Event &event, bool checked);
    /*! Shows \a message in place of an event ("No event selected"). */
    void showPlaceholder(const QString &message);

    /*! The HTML the pane shows for \a event; every text from the database is escaped. */
    static QString toHtml(const core::Event &event, bool checked);

    /*!
     * Wide enough for a title's long word in the title's font (about 22 letters of the body
     * font): narrower, a small window's splitter gave the pane 125 px and the title broke
     * "established" mid-word.
     */
    QSize minimumSizeHint() const override;
};

} // namespace entente::ui
