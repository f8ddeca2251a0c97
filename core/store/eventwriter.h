// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/querystatement.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace entente::core {

/*!
 * A statement EventWriter writes with: SQLite's own on a file (a bulk write runs it millions of
 * times), Qt's on a PostgreSQL server (a person's change, a few rows).
 */
class WriteStatement final
{
public:
    WriteStatement() = default;
    WriteStatement(sqlite3 *db, QByteArrayView sql) : m_sqlite(db, sql) {}
    WriteStatement(const QSqlDatabase &db, QByteArrayView sql)
        : m_query(std::make_unique<QueryStatement>(db, sql))
    {}

    bool isValid() const { return m_query ? m_query->isValid() : m_sqlite.isValid(); }
    void bind(int index, qint64 value)
    {
        m_query ? m_query->bind(index, value) : m_sqlite.bind(index, value);
    }
    void bind(int index, const QString &text)
    {
        m_query ? m_query->bind(index, text) : m_sqlite.bind(index, text);
    }
    void bindOrNull(int index, const QString &text)
    {
        m_query ? m_query->bindOrNull(index, text) : m_sqlite.bindOrNull(index, text);
    }
    void bindNull(int index) { m_query ? m_query->bindNull(index) : m_sqlite.bindNull(index); }
    bool run() { return m_query ? m_query->run() : m_sqlite.run(); }
    QString errorString() const
    {
        return m_query ? m_query->errorString() : m_sqlite.errorString();
    }

private:
    SqliteStatement m_sqlite;
    std::unique_ptr<QueryStatement> m_query;
};

/*!
 * The one writer of an event's rows: the event, its countries, topics, actors, citations (with
 * their sources) and its full-text row, with ids allocated here and prepared statements only
 * (SQLite's own, see SqliteStatement: a bulk write runs them millions of times; on a PostgreSQL
 * server, Qt's, for a person's changes).
 * Imports and the generator hand it events in bulk inside DatabaseWriter's transaction; a single
 * change (insert, update or remove one event) runs in a transaction of its own through
 * change(). Topics, event types, actors and sources it does not know yet are added once.
 */
class EventWriter final
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::EventWriter)

public:
    explicit EventWriter(QSqlDatabase db);

    /*! What the writer is used for: a bulk write, or a few changes (see change()). */
    enum class Scale { Bulk, FewChanges };
    /*!
     * Reads the ids and keys already in the database and prepares the statements. For a bulk
     * write every actor and source is read up front; for a few changes each is looked up.
     */
    bool prepare(QString *error, Scale scale = Scale::Bulk);
    /*! Fills \a e's folded title and summary, which insert() would fold otherwise: a bulk
        write's producer calls it on its own thread. */
    static void foldText(ImportedEvent &e);
    /*! Writes \a e as a new event; its id in \a id when given. */
    bool insert(const ImportedEvent &e, QString *error, qint64 *id = nullptr);
    QSqlDatabase database() const { return m_db; }
    /*! Writes \a e as the event \a id, which must be free (undoing a removal). */
    bool insertAs(qint64 id, const ImportedEvent &e, QString *error);
    /*! Replaces the event \a id with \a e (same id); false when there is no such event. */
    bool update(qint64 id, const ImportedEvent &e, QString *error);
    /*! Removes the event \a id and its links; false when there is no such event. */
    bool remove(qint64 id, QString *error);

    /*!
     * Runs \a changes (a few insert(), update() or remove() calls) in one transaction of its
     * own: all of them are written, or — when one fails — none. On a server the transaction first
     * takes a lock that makes other writers wait (readers go on), so that ids are allocated
     * once.
     */
    static bool change(QSqlDatabase db,
                       const std::function<bool(EventWriter &, QString *)> &changes,
                       QString *error);

private:
    bool insertWithId(qint64 id, const ImportedEvent &e, QString *error);
    bool ensureType(const EventType &type, QString *error);
    bool linkTopics(qint64 id, const QList<Topic> &topics, QString *error);
    bool linkActors(qint64 id, const QList<NamedActor> &actors, QString *error);
    bool linkCitations(qint64 id, const QList<ImportedCitation> &citations, QString *error);
    bool failed(const QSqlQuery &query, const QString &where, QString *error);
    bool failed(const WriteStatement &statement, const QString &where, QString *error);
    /*! The id the one-column \a statement finds with \a values bound, or -1. */
    qint64 lookUp(const QString &statement, const QVariantList &values);

    QSqlDatabase m_db;
    WriteStatement m_event, m_country, m_topicLink, m_citation, m_fts, m_source, m_actor,
        m_actorLink, m_unreviewed;
    qint64 m_nextEvent = 1, m_nextSource = 1, m_nextTopic = 1, m_nextActor = 1, m_nextCitation = 1;
    bool m_onServer = false; // a PostgreSQL server's Entente database, not a file
    QHash<QString, qint64> m_countries, m_topics, m_sources, m_actors;
    QSet<qint64> m_topicsWithParent;
    QSet<QString> m_types;
    bool m_fewChanges = false;
};

} // namespace entente::core
