// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/serveraddress.h"
#include "store/sqlconnection.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace entente::core {

class EventReader;

/*! Why a database could not be opened or read. */
enum class StoreError {
    None,
    NotFound,      //!< no file at that path
    Unreadable,    //!< a folder, or no permission to read
    Empty,         //!< a file of zero bytes
    NotSqlite,     //!< no SQLite header
    Foreign,       //!< an SQLite database of another application
    NewerSchema,   //!< written by a newer Entente
    UnknownSchema, //!< claims to be Entente's but lacks its tables
    Locked,        //!< another program holds a lock on it
    Corrupt,       //!< SQLite reports damage while reading it
};

/*! The columns of an event that the table and the timeline labels show. */
struct EventHeadline
{
    qint64 id = 0;
    QString title;
    PartialDate date;
    std::optional<PartialDate> attestedOn;
    bool unsourced = false; //!< no citation quotes a sentence

    QString dateText(const QLocale &locale = QLocale()) const
    {
        return statedDateText(date, attestedOn, locale);
    }
};

/*!
 * An Entente SQLite database, opened read-only unless asked otherwise. Refuses files that are
 * not Entente databases or whose schema it does not know, and reads with bound parameters only.
 *
 * Opening reads nothing but the header and the schema's marks; damage deeper in the file shows
 * as an error of a later read (lastError() says which).
 */
class EventStore final
{
public:
    enum class OpenMode { ReadOnly, ReadWrite };

    EventStore();
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    /*!
     * Opens the file at \a path, or the Entente database on a PostgreSQL server when \a path is a
     * server address (postgresql://…, see ServerAddress).
     */
    bool open(const QString &path, OpenMode mode = OpenMode::ReadOnly);
    void close();
    bool isOpen() const { return m_connection.isOpen(); }
    /*! True for a database on a PostgreSQL server. */
    bool isServer() const { return m_server.has_value(); }
    QString path() const { return m_path; }

    /*! One sentence for the user about the last failure. */
    QString errorString() const { return m_errorString; }
    StoreError error() const { return m_error; }

    /*! Forgets the rows it keeps read (the sources), after this process wrote to the file. */
    void forgetCachedRows();

    QString metadata(const QString &key) const;
    /*! True for generated databases, which the app never presents as real data. */
    bool isSynthetic() const { return metadata(QStringLiteral("synthetic")) == QLatin1String("1"); }
    /*!
     * True when a person has checked every event against its source (the bundled dataset);
     * imported and generated databases are not, and say so wherever their events are shown.
     */
    bool isChecked() const { return metadata(QStringLiteral("checked")) == QLatin1String("1"); }

    QList<Country> countries();
    QList<Topic> topics();
    QList<EventType> eventTypes();
    QList<Observation> observations();

    /*! The event with \a id; nullopt when there is none or on a read error (error() says). */
    std::optional<Event> event(qint64 id);
    /*!
     * Hands the events with \a ids to \a onEvent in that order, read in batches inside one read
     * transaction (so from one state of the file); ids of no event are skipped and a false from
     * the callback stops; the callback may keep the event it is given (move it). False on a read
     * error, with the error set. Memory stays flat however many ids there are.
     */
    bool readEvents(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent);
    /*! The ids of the events no person has reviewed yet (proposed from a report's text); nullopt
        when the file cannot be read. */
    std::optional<QSet<qint64>> unreviewedIds();
    /*! Headlines of the events with these ids, in no particular order. */
    QList<EventHeadline> headlines(const QList<qint64> &ids);
    /*! Ids of the events whose title or summary matches the user's free text (see ftsQueryFor). */
    std::optional<QList<qint64>> searchText(const QString &userText);

    /*! A source and how many citations of the asked events rest on it. */
    struct SourceUse
    {
        Source source;
        qint64 citations = 0;
    };
    /*!
     * The sources cited by the events with \a eventIds, the most cited first; with null, every
     * source of the database in the order they were added (their counts left 0). nullopt on a
     * read error.
     */
    std::optional<QList<SourceUse>> citedSources(const QList<qint64> *eventIds);

    /*! One row of the compact index, as read from the database. */
    struct IndexRow
    {
        qint64 id;
        QString date;
        QString attestedOn;
        QString typeCode;
    };
    /*! Streams every event's index row; a false from the callback stops the read. */
    bool readIndexRows(const std::function<bool(const IndexRow &)> &onEvent);
    enum class Link { Countries, Topics };
    /*! Streams (event id, country or topic id) pairs; a false from the callback stops the read. */
    bool readLinks(Link link, const std::function<bool(qint64, qint64)> &onLink);

    /*!
     * The index Entente stored in the file, when it is still valid: nothing has written to the
     * file since (SQLite's change counter says so). nullopt otherwise, or when there is none.
     */
    std::optional<QByteArray> readIndexCache();
    /*! SQLite's file change counter as the header said when the file was opened. */
    quint32 changeCounter() const { return m_changeCounter; }

    QSqlDatabase database() const { return m_connection.database(); }

private:
    bool fail(StoreError error, const QString &message);
    bool failFromSql(const QSqlError &error);
    bool failWith(int sqliteCode, const QString &text);
    bool checkHeader(const QString &path);
    bool checkSchema();
    bool openServer(const QString &address, OpenMode mode);
    bool checkServerSchema();
    QList<Citation> citations(const QString &column, qint64 id);
    /*! Runs \a q (prepared) and turns each row into a Row; empty, with the error set, on failure.
     */
    template<typename Row>
    QList<Row> rows(QSqlQuery &q, const std::function<Row(const QSqlQuery &)> &row);
    void loadSources();
    template<typename Statement, typename OnRow>
    bool streamRows(const char *sql, const OnRow &onRow);

    SqlConnection m_connection;
    QString m_path;
    QString m_errorString;
    StoreError m_error = StoreError::None;
    QHash<qint64, Source> m_sources;
    // Reads whole events in batches, with its statements prepared once per connection.
    std::unique_ptr<EventReader> m_reader;
    EventReader &reader();
    quint32 m_changeCounter = 0;
    bool m_hasReviewMarks = false;         // the file has the unreviewed_event table
    bool m_hasTopicParents = false;        // and the topic_parent table
    std::optional<ServerAddress> m_server; // where the database is, when on a server
};

} // namespace entente::core
