// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace entente::core {

/*!
 * The query of every topic with its parent's slug (NULL at the top; the file may predate the
 * topic_parent table, \a withParents says whether it has one): id, slug, name, colour, parent.
 */
const char *topicsQuery(bool withParents);

/*!
 * Reads whole events (participants, topics, actors, citations with their sources) for EventStore,
 * a batch of ids at a time: five statements answer 512 events, where reading them one by one
 * would run five for each. The small tables (countries, topics, types, sources) are read once and
 * looked up in memory. EventStore owns one per connection. Two kinds share one way of reading: on
 * an SQLite file through SQLite's own interface, and on a PostgreSQL server through Qt's QPSQL
 * connection (the same statements, bound the same way).
 */
class EventReader
{
public:
    /*! A reader on an SQLite connection; \a hasReviewMarks and \a hasTopicParents say whether
        the file has the unreviewed_event and topic_parent tables. */
    static std::unique_ptr<EventReader> onSqlite(sqlite3 *db, bool hasReviewMarks,
                                                 bool hasTopicParents);
    /*! A reader on a PostgreSQL connection whose search path holds Entente's schema. */
    static std::unique_ptr<EventReader> onServer(const QSqlDatabase &db);
    virtual ~EventReader();

    /*!
     * Hands the events with \a ids to \a onEvent in that order (ids of no event are skipped; a
     * false from the callback stops; the callback may move the event away), reading them inside one
     * read transaction so that they all come from the same state of the database. False on a read
     * error: errorCode() and errorString() say what the database said.
     */
    virtual bool read(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent) = 0;

    int errorCode() const { return m_errorCode; }
    QString errorString() const { return m_errorString; }

protected:
    EventReader() = default;
    int m_errorCode = 0;
    QString m_errorString;
};

} // namespace entente::core
