// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QList>

#include <functional>
#include <map>
#include <memory>

namespace entente::core {

/*!
 * Reads whole events (participants, topics, actors, citations with their sources) from an Entente
 * SQLite database, a batch of ids at a time: five statements answer 512 events, where reading
 * them one by one would run five for each. The small tables (countries, topics, types, sources)
 * are read once and looked up in memory. EventStore owns one per connection.
 */
/*!
 * The query of every topic with its parent's slug (NULL at the top; the file may predate the
 * topic_parent table, \a withParents says whether it has one): id, slug, name, colour, parent.
 */
const char *topicsQuery(bool withParents);

class EventReader final
{
public:
    EventReader(sqlite3 *db, bool hasReviewMarks, bool hasTopicParents);
    ~EventReader();

    /*!
     * Hands the events with \a ids to \a onEvent in that order (ids of no event are skipped; a
     * false from the callback stops; the callback may move the event away), reading them inside one
     * read transaction so that they all come from the same state of the file. False on a read
     * error: errorCode() and errorString() say what SQLite said.
     */
    bool read(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent);

    int errorCode() const { return m_errorCode; }
    QString errorString() const { return m_errorString; }

private:
    struct Batch; // the five statements for one number of ids
    Batch &batchFor(int n);
    bool loadLookups();
    bool readBatch(const QList<qint64> &ids, qsizetype from, qsizetype n,
                   const std::function<bool(Event &)> &onEvent, bool *stopped);
    bool fail();

    sqlite3 *m_db;
    bool m_hasReviewMarks;
    bool m_hasTopicParents;
    bool m_lookupsLoaded = false;
    QHash<qint64, Country> m_countries;
    QHash<qint64, Topic> m_topics;
    QHash<QString, EventType> m_types;
    QHash<qint64, Source> m_sources;
    std::map<int, std::unique_ptr<Batch>> m_batches;
    int m_errorCode = 0;
    QString m_errorString;
};

} // namespace entente::core
