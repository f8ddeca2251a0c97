// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/servercopy.h"

#include "store/databasewriter.h"
#include "store/eventpipe.h"
#include "store/eventstore.h"
#include "store/querystatement.h"
#include "store/serversummary.h"
#include "store/sqlitestatement.h"
#include "store/sqlscript.h"

#include "domain/country.h"
#include "index/textsearch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <libpq-fe.h>

namespace entente::core {

namespace {

using namespace Qt::StringLiterals;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::ServerCopy)
};

/*! One table both engines hold, with the columns that move (the same names on both sides). */
struct Table
{
    const char *name;
    const char *columns;
    bool optionalInFile; //!< a file written before the table existed may lack it
};

// In the order the foreign keys need. meta moves apart (the server's own keys stay), and the
// full-text words are derived on the other side.
constexpr Table kTables[] = {
    {"country", "id, alpha2, alpha3, numeric_code, name, official_name, common_name, flag", false},
    {"topic", "id, slug, name, colour", false},
    {"topic_parent", "topic_id, parent_id", true},
    {"event_type", "code, scheme, name", false},
    {"source", "id, publisher, title, author, published, url, cites", false},
    {"event", "id, title, summary, date, date_lower, date_upper, attested_on, date_note, type_code",
     false},
    {"event_country", "event_id, country_id, role", false},
    {"event_topic", "event_id, topic_id", false},
    {"actor", "id, name, kind, country_id, description", false},
    {"event_actor", "event_id, actor_id, role", false},
    {"observation",
     "id, indicator, reporter_id, partner_id, period, period_lower, period_upper, value, unit, "
     "note",
     false},
    {"unreviewed_event", "event_id", true},
    {"citation", "id, event_id, observation_id, source_id, quote, cites, note", false},
};

// The meta keys that describe the engine's own schema, not the data: never copied.
bool isSchemaKey(const QString &key)
{
    return key == "application"_L1 || key == "schema_version"_L1 || key == "summaries"_L1;
}

int columnCount(const char *columns)
{
    return int(QByteArrayView(columns).count(',')) + 1;
}

/*! Appends one row of event_text in binary COPY form: the event's id and its words. */
void appendEventWordsRow(QByteArray &out, qint64 id, QStringView folded)
{
    const auto append = [&out]<typename Int>(Int value) {
        out.append(sizeof(Int), '\0');
        qToBigEndian<Int>(value, out.data() + out.size() - sizeof(Int));
    };
    append(qint16(2));              // fields
    append(qint32(sizeof(qint64))); // the id's length, then the id
    append(id);
    const qsizetype at = out.size(); // the words' length, known once they are written
    append(qint32(0));
    appendTsVectorBinary(folded, out);
    qToBigEndian<qint32>(qint32(out.size() - at - 4), out.data() + at);
}

/*!
 * Rows written with one COPY … FROM STDIN, sent a megabyte at a time: in its text format, or in
 * its binary one (rows(), made elsewhere) for values the server would take long to parse.
 */
class CopyIn
{
public:
    enum class Format { Text, Binary };

    /*! With \a freeze, the rows are written frozen and their pages marked all-visible (the
        table must have been emptied by TRUNCATE in this transaction). */
    CopyIn(PGconn *conn, const QByteArray &table, const QByteArray &columns,
           Format format = Format::Text, bool freeze = false)
        : m_conn(conn), m_binary(format == Format::Binary)
    {
        QByteArrayList options;
        if (m_binary)
            options.append("FORMAT binary");
        if (freeze)
            options.append("FREEZE");
        const QByteArray sql = "COPY " + table + " (" + columns + ") FROM STDIN" +
                               (options.isEmpty() ? QByteArray() : " (" + options.join(", ") + ')');
        PGresult *r = PQexec(conn, sql.constData());
        m_ok = PQresultStatus(r) == PGRES_COPY_IN;
        if (!m_ok)
            m_error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
        // One buffer for the whole COPY, never shrunk: grown and freed for each megabyte, it
        // cost a third of the client's time at a million events (copies and page faults).
        m_buffer.reserve(kFlushAt + (64 << 10));
        if (m_binary) // the signature, no flags, no header extension
            m_buffer.append("PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0", 19);
    }

    void field(bool null, QStringView text) { field(null, QByteArrayView(text.toUtf8())); }
    void field(bool null, QByteArrayView utf8)
    {
        if (m_fields++ > 0)
            m_buffer += '\t';
        if (null) {
            m_buffer += "\\N";
            return;
        }
        // Most values have nothing to escape: appended whole.
        const auto special = [](char c) {
            return c == '\\' || c == '\t' || c == '\n' || c == '\r';
        };
        if (std::none_of(utf8.begin(), utf8.end(), special)) {
            m_buffer += utf8;
            return;
        }
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }
    /*! Rows already in the COPY's format (appendEventWordsRow()): false when the server
        failed. */
    bool rows(QByteArrayView encoded)
    {
        if (!flush())
            return false;
        if (PQputCopyData(m_conn, encoded.data(), int(encoded.size())) != 1)
            return failed();
        return true;
    }
    bool endRow()
    {
        m_buffer += '\n';
        m_fields = 0;
        return m_buffer.size() < kFlushAt || flush();
    }
    /*! One whole row of values none of which is null: text, or integers written in decimal. */
    template<typename... Values> void row(const Values &...values)
    {
        if (!m_ok)
            return;
        (field(false, textOf(values)), ...);
        endRow();
    }
    /*! Ends the COPY: true when the server took every row. */
    bool finish()
    {
        if (m_ok && m_binary)
            m_buffer.append(2, '\xff'); // the trailer: a row of -1 fields
        if (!m_ok || !flush())
            return false;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return failed();
        bool ok = true;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                ok = false;
                m_error = QString::fromUtf8(PQresultErrorMessage(r));
            }
            PQclear(r);
        }
        m_ok = ok;
        return ok;
    }
    /*! Abandons the COPY (the transaction it is in then fails). */
    void cancel()
    {
        if (m_ok) {
            PQputCopyEnd(m_conn, "cancelled");
            while (PGresult *r = PQgetResult(m_conn))
                PQclear(r);
        }
        m_ok = false;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error.trimmed(); }

private:
    static QByteArray textOf(qint64 n) { return QByteArray::number(n); }
    static QByteArray textOf(int n) { return QByteArray::number(n); }
    static QByteArray textOf(const QString &text) { return text.toUtf8(); }

    bool flush()
    {
        if (!m_ok)
            return false;
        if (!m_buffer.isEmpty() &&
            PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
            return failed();
        m_buffer.resize(0); // keeps its capacity
        return true;
    }
    bool failed()
    {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn));
        m_ok = false;
        return false;
    }

    static constexpr qsizetype kFlushAt = 1 << 20;
    PGconn *m_conn;
    QByteArray m_buffer;
    int m_fields = 0;
    bool m_binary;
    bool m_ok = false;
    QString m_error;
};

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    return execSql(db, sql, error);
}

/*! Binary COPY rows of event_text, a megabyte or so, and how many events they hold. */
struct EncodedWords
{
    QByteArray rows;
    qint64 count = 0;
};
using EncodedPipe = BatchPipe<EncodedWords>;

/*! Runs \a sql on a connection of libpq's own: false with what the server said in \a said. */
bool execOn(PGconn *conn, const QByteArray &sql, QString *said)
{
    PGresult *r = PQexec(conn, sql.constData());
    const ExecStatusType status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok && said)
        *said = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    return ok;
}

/*!
 * The events' words, loaded on a second connection into a table of their own while the first
 * loads the other tables, then put in event_text's place in the first one's transaction.
 *
 * The words' GIN index is the longest statement of a copy (5.5 s at a million events) and
 * PostgreSQL 15 builds it in one process: on a connection of its own it is built while the
 * other tables' keys and indexes are, on the machine's other core. Its table is committed on
 * its own, owned by the owner and readable by no other role until the copy's transaction takes
 * it; the copy drops it when it fails, and a copy after a crash drops what one left
 * (dropLeftovers()).
 */
class StagedWords
{
public:
    static constexpr const char *kPrefix = "event_text_load_";

    /*! Connects as \a main did; isOpen() is false when the server refuses a second connection
        (the words then go through the first). */
    explicit StagedWords(PGconn *main)
        : m_table(kPrefix + QByteArray::number(QRandomGenerator::global()->generate(), 16))
    {
        PQconninfoOption *options = main ? PQconninfo(main) : nullptr;
        if (!options)
            return;
        std::vector<const char *> keys, values;
        for (const PQconninfoOption *o = options; o->keyword; ++o) {
            if (o->val && *o->val && qstrcmp(o->keyword, "client_encoding") != 0) {
                keys.push_back(o->keyword);
                values.push_back(o->val);
            }
        }
        // The words' lexemes are sent as UTF-8 text inside the binary rows.
        keys.insert(keys.end(), {"client_encoding", nullptr});
        values.insert(values.end(), {"UTF8", nullptr});
        m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
        PQconninfoFree(options);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            PQfinish(m_conn);
            m_conn = nullptr;
            return;
        }
        PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
        m_cancel = PQgetCancel(m_conn);
    }
    ~StagedWords()
    {
        if (m_thread) {
            abandon();
            m_thread->wait();
        }
        // Not taken: the copy failed after the table was committed.
        if (m_committed && !m_taken)
            execOn(m_conn, "SET lock_timeout = '10s'; DROP TABLE IF EXISTS entente." + m_table,
                   nullptr);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        if (m_conn)
            PQfinish(m_conn);
    }
    StagedWords(const StagedWords &) = delete;
    StagedWords &operator=(const StagedWords &) = delete;

    bool isOpen() const { return m_conn != nullptr; }
    /*! The table's name (unquoted; letters, digits and underscores). */
    const QByteArray &table() const { return m_table; }

    /*!
     * Starts loading on its own thread: creates the table as \a owner with \a columns, copies
     * the rows popped from \a rows (counting the events in \a sent), runs each of \a build,
     * analyses it and commits. \a failed is read once \a rows is closed: a failure of whoever
     * filled it.
     */
    void start(const QByteArray &owner, const QByteArray &columns, const QList<QByteArray> &build,
               EncodedPipe *rows, std::atomic<qint64> *sent, const QString *failed)
    {
        m_thread.reset(QThread::create([=, this] {
            const QByteArray table = "entente." + m_table;
            QString said;
            auto rollBack = [&] {
                m_error = said;
                execOn(m_conn, "ROLLBACK", nullptr);
            };
            const QByteArrayList begin{"BEGIN", QByteArray("SET LOCAL ROLE " + owner),
                                       "SET LOCAL maintenance_work_mem = '256MB'",
                                       QByteArray("CREATE TABLE " + table + " (" + columns + ")")};
            for (const QByteArray &sql : begin) {
                if (!execOn(m_conn, sql, &said)) {
                    rows->stop();
                    return rollBack();
                }
            }
            // Made in this transaction: loaded frozen, and past the write-ahead log under
            // wal_level = minimal.
            CopyIn copy(m_conn, table, "event_id, folded", CopyIn::Format::Binary, true);
            std::vector<EncodedWords> batches;
            while (copy.ok() && !m_abandoned && rows->pop(&batches)) {
                for (const EncodedWords &batch : batches) {
                    if (!copy.rows(batch.rows))
                        break;
                    *sent += batch.count;
                }
            }
            rows->stop(); // wants no more (a failed COPY stopped taking them)
            // All taken, the reader has closed the pipe: what it says of itself is written.
            if (m_abandoned || (copy.ok() && !failed->isEmpty())) {
                copy.cancel();
                said = m_abandoned ? QString() : *failed;
                return rollBack();
            }
            if (!copy.finish()) {
                said = copy.error();
                return rollBack();
            }
            const QByteArrayList end{QByteArray("ANALYZE " + table), "COMMIT"};
            for (const QByteArray &sql : build + end) {
                if (m_abandoned || !execOn(m_conn, sql, &said))
                    return rollBack();
            }
            m_committed = true;
        }));
        m_thread->start();
    }
    /*!
     * Waits for the load, asking \a goOn every tenth of a second whether to (false abandons
     * it). True once the table is committed; false with what the server said in \a said
     * (empty when abandoned).
     */
    bool wait(const std::function<bool()> &goOn, QString *said)
    {
        while (m_thread && !m_thread->wait(QDeadlineTimer(100))) {
            if (!m_abandoned && goOn && !goOn())
                abandon();
        }
        m_thread.reset();
        *said = m_abandoned ? QString() : m_error; // a cancelled statement's error is no failure
        return m_committed && !m_abandoned;
    }
    /*! Whether the load has already ended without its table. */
    bool hasFailed() const { return m_thread && m_thread->isFinished() && !m_committed; }
    /*! Stops the load: its next step, or the statement it runs, is cancelled. */
    void abandon()
    {
        m_abandoned = true;
        char ignored[256];
        if (m_cancel)
            PQcancel(m_cancel, ignored, sizeof ignored);
    }
    /*! The copy's transaction, which renamed the table, committed. */
    void taken() { m_taken = true; }

    /*! Drops what copies that stopped half-way (a crash, a lost connection) left behind: run
        under the writers' lock, when no copy is loading one. */
    static bool dropLeftovers(QSqlDatabase db, QString *said)
    {
        QSqlQuery q(db);
        if (!q.exec(
                u"SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = "
                "'entente'::regnamespace AND relkind = 'r' AND starts_with(relname, '%1')"_s.arg(
                    QLatin1String(kPrefix)))) {
            *said = q.lastError().databaseText();
            return false;
        }
        QStringList tables;
        while (q.next())
            tables.append("entente."_L1 + q.value(0).toString());
        return tables.isEmpty() ||
               exec(db, "DROP TABLE IF EXISTS "_L1 + tables.join(", "_L1), said);
    }

private:
    QByteArray m_table;
    PGconn *m_conn = nullptr;
    PGcancel *m_cancel = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_abandoned = false;
    bool m_committed = false; // written by the thread, read once it ended
    bool m_taken = false;
    QString m_error;
};

QStringList fileTables(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

qint64 countRows(const QSqlDatabase &db, const QStringList &tables)
{
    qint64 total = 0;
    for (const Table &t : kTables) {
        if (!tables.contains(QLatin1String(t.name)))
            continue;
        QSqlQuery q(db);
        if (q.exec("SELECT count(*) FROM "_L1 + QLatin1String(t.name)) && q.next())
            total += q.value(0).toLongLong();
    }
    return total;
}

QString cancelledSentence(const QString &to)
{
    return Text::tr("The copy was cancelled; “%1” is as it was.").arg(to);
}

// Every table of the schema, children first: what a replacement empties.
const char kEveryTable[] = "event_text, citation, unreviewed_event, event_actor, actor, "
                           "event_topic, event_country, event, observation, source, event_type, "
                           "topic_parent, topic, country";

// Whether a table of the schema is partitioned or foreign (a coordinator's, docs/scaling.md):
// such tables are never emptied by TRUNCATE nor loaded frozen.
bool hasPartitions(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return !q.exec(u"SELECT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = "
                   "'entente'::regnamespace AND relkind IN ('p', 'f'))"_s) ||
           !q.next() || q.value(0).toBool();
}

// Blocks every other writer (readers go on) until the transaction ends.
bool lockForWriting(QSqlDatabase db, QString *said)
{
    return exec(db, u"LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE"_s.arg(QLatin1String(kEveryTable)),
                said);
}

// --- a file into a server
// -------------------------------------------------------------------------

// Every row of \a file into the server's tables (empty, in the transaction open on \a db); the
// caller commits. With \a truncated, every table was emptied by TRUNCATE in this transaction,
// and the rows are loaded frozen. False with what the server said in \a said, or \a cancelled
// set.
bool loadRows(EventStore &file, QSqlDatabase db, bool truncated, QString *said, bool *cancelled,
              const CopyProgress &progress, StagedWords *staged = nullptr);

bool copyFileToServer(EventStore &file, const QString &to, QString *error,
                      const CopyProgress &progress)
{
    EventStore server;
    if (!server.open(to, EventStore::OpenMode::ReadWrite)) {
        *error = server.errorString();
        return false;
    }
    const ServerAddress address = *parseServerAddress(to, error);
    QSqlDatabase db = server.database();
    auto serverFailed = [&](const QString &said) {
        *error = Text::tr("The copy into %1 failed; nothing was written: %2")
                     .arg(address.display(), serverErrorSentence(QSqlError(said, said), address));
        db.rollback();
        return false;
    };
    QString said;
    if (!db.transaction())
        return serverFailed(db.lastError().text());
    // No other writer between the check that it is empty and the commit.
    if (!lockForWriting(db, &said))
        return serverFailed(said);
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM event"_s) || !q.next())
            return serverFailed(q.lastError().databaseText());
        if (const qint64 held = q.value(0).toLongLong(); held > 0) {
            db.rollback();
            *error = Text::tr("%1 already holds %Ln event(s); Entente copies a whole database only "
                              "into an empty one (made by entente server-init).",
                              nullptr, int(std::min<qint64>(held, INT_MAX)))
                         .arg(address.display());
            return false;
        }
        // Sources, topics or people without events are someone's work too: never emptied.
        QStringList others;
        for (const QString &table : QString::fromLatin1(kEveryTable).split(", "_L1)) {
            if (table != "country"_L1 && table != "event"_L1)
                others.append("EXISTS (SELECT 1 FROM "_L1 + table + u')');
        }
        if (!q.exec("SELECT "_L1 + others.join(" OR "_L1)) || !q.next())
            return serverFailed(q.lastError().databaseText());
        if (q.value(0).toBool()) {
            db.rollback();
            *error = Text::tr("%1 already holds sources, topics or other rows; Entente copies a "
                              "whole database only into an empty one (made by entente "
                              "server-init).")
                         .arg(address.display());
            return false;
        }
    }
    // The countries server-init gave it make way for the file's (no event names them yet).
    // Emptied by TRUNCATE, the tables are loaded frozen, and with wal_level = minimal the rows
    // and indexes skip the write-ahead log (docs/server.md, *Loading a million events*).
    const bool truncate = !hasPartitions(db);
    if (!exec(db, truncate ? u"TRUNCATE "_s + QLatin1String(kEveryTable) : u"DELETE FROM country"_s,
              &said))
        return serverFailed(said);
    // The words on a second connection (StagedWords), where the tables are emptied whole;
    // ended (its table dropped, if the copy failed) after this transaction.
    std::optional<StagedWords> staged;
    if (truncate) {
        staged.emplace(postgresHandle(db));
        if (!StagedWords::dropLeftovers(db, &said))
            return serverFailed(said);
    }
    bool cancelled = false;
    if (!loadRows(file, db, truncate, &said, &cancelled, progress,
                  staged && staged->isOpen() ? &*staged : nullptr)) {
        if (!cancelled)
            return serverFailed(said);
        db.rollback();
        *error = cancelledSentence(address.display());
        return false;
    }
    if (!db.commit())
        return serverFailed(db.lastError().text());
    if (staged)
        staged->taken();
    settleServerSummary(db);
    return true;
}

bool loadRows(EventStore &file, QSqlDatabase db, bool truncated, QString *saidOut,
              bool *cancelledOut, const CopyProgress &progress, StagedWords *staged)
{
    QString &said = *saidOut;
    bool &cancelled = *cancelledOut;
    auto serverFailed = [&](const QString &text) {
        said = text;
        return false;
    };
    // Checked once at the end instead of row by row: the foreign keys and secondary indexes go
    // for the load and come back after it, in the same transaction (so no one ever sees the
    // tables without them). A million rows then load in a third of the time. So do the
    // summaries' primary keys (no key refers to them): built once from 8.7 million rows at a
    // million events, they cost half of what inserting each row into them did.
    struct Restore
    {
        QString statement;
        bool refersToEvents = false; // a foreign key to the events, checked row by row
        int rank = 0;                // 0 a primary key, 1 an index, 2 a foreign key
        bool ofWords = false;        // on event_text
    };
    QList<Restore> restore;
    // With the words loaded aside: what builds their table's key and index there, and what
    // gives those the names they have here once it takes event_text's place.
    QList<QByteArray> stagedBuild, stagedRenames;
    {
        // Restored in this order: the primary keys first (the foreign keys need them), then
        // the indexes, then the foreign keys (whose checks then read the indexes in order).
        // The primary keys of the tables with a row or more per event go too, on tables
        // emptied by TRUNCATE (a coordinator's partitioned ones keep theirs): a million rows
        // loaded into event_text with its key took 3.7 s, without it 1.8 s and the key 0.5 s.
        const QString keyed = truncated ? u"k.contype = 'p' AND c.relname IN ('event', "
                                          "'event_text', 'event_country', 'event_topic', "
                                          "'event_actor', 'citation', 'unreviewed_event')"_s
                                        : u"false"_s;
        QSqlQuery q(db);
        if (!q.exec(
                u"SELECT 'ALTER TABLE entente.' || quote_ident(c.relname) || ' ADD CONSTRAINT ' "
                "|| quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), "
                "'ALTER TABLE entente.' || quote_ident(c.relname) || ' DROP CONSTRAINT ' || "
                "quote_ident(k.conname), k.contype = 'f' AND k.confrelid = "
                "'entente.event'::regclass, CASE WHEN %1 THEN 0 ELSE 2 END, c.relname, "
                "quote_ident(k.conname), pg_get_constraintdef(k.oid) FROM pg_constraint k "
                "JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = "
                "'entente'::regnamespace AND (k.contype = 'f' OR %1 OR (k.contype = 'p' AND "
                "c.relname IN ('event_summary', 'word_summary', 'event_end_summary', "
                "'country_pair_summary'))) "
                "UNION ALL SELECT pg_get_indexdef(i.indexrelid), 'DROP INDEX entente.' || "
                "quote_ident(x.relname), false, 1, t.relname, quote_ident(x.relname), "
                "substring(pg_get_indexdef(i.indexrelid) FROM ' USING .*$') FROM pg_index i "
                "JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                "WHERE x.relnamespace = 'entente'::regnamespace AND NOT "
                "i.indisprimary AND NOT i.indisunique ORDER BY 4"_s.arg(keyed)))
            return serverFailed(q.lastError().databaseText());
        QStringList drops;
        while (q.next()) {
            const int rank = q.value(3).toInt();
            if (staged && q.value(4).toString() == "event_text"_L1 && rank < 2) {
                // Built on the words' own table (the empty one here is dropped whole).
                const QByteArray name =
                                     staged->table() + '_' + QByteArray::number(stagedBuild.size()),
                                 definition = q.value(6).toString().toUtf8(),
                                 original = q.value(5).toString().toUtf8(),
                                 on = "entente." + staged->table();
                if (rank == 1) {
                    stagedBuild.append("CREATE INDEX " + name + " ON " + on + ' ' + definition);
                    stagedRenames.append("ALTER INDEX entente." + name + " RENAME TO " + original);
                } else {
                    stagedBuild.append("ALTER TABLE " + on + " ADD CONSTRAINT " + name + ' ' +
                                       definition);
                    stagedRenames.append("ALTER TABLE entente.event_text RENAME CONSTRAINT " +
                                         name + " TO " + original);
                }
                continue;
            }
            restore.append({q.value(0).toString(), q.value(2).toBool(), rank,
                            q.value(4).toString() == "event_text"_L1});
            drops.prepend(q.value(1).toString());
        }
        for (const QString &drop : std::as_const(drops)) {
            if (!exec(db, drop, &said))
                return serverFailed(said);
        }
    }
    PGconn *conn = postgresHandle(db);
    if (!conn)
        return serverFailed(u"this build's QPSQL driver hands out no connection"_s);
    sqlite3 *source = sqliteHandle(file.database());
    const QStringList tables = fileTables(file.database());
    const qint64 total = countRows(file.database(), tables) * 2; // the events' words too
    qint64 done = 0;
    std::atomic<qint64> wordsSent = 0; // by the words' own connection (StagedWords)
    auto copyRows = [&](const QByteArray &table, const QByteArray &columns,
                        const QByteArray &select, auto &&writeRow) {
        CopyIn copy(conn, table, columns, CopyIn::Format::Text, truncated);
        SqliteStatement read(source, select);
        while (copy.ok() && read.next()) {
            writeRow(copy, read);
            if (!copy.endRow())
                break;
            if ((++done & 0x3fff) == 0 && progress && !progress(done + wordsSent, total)) {
                cancelled = true;
                copy.cancel();
                return false;
            }
        }
        if (read.failed()) {
            copy.cancel();
            said = read.errorString();
            return false;
        }
        if (!copy.finish()) {
            said = copy.error();
            return false;
        }
        return true;
    };
    auto failedOrCancelled = [] { return false; };
    qint64 eventRows = 0;
    {
        QSqlQuery q(file.database());
        if (q.exec(u"SELECT count(*) FROM event"_s) && q.next())
            eventRows = q.value(0).toLongLong();
    }
    // The words of every event as a tsvector, from the folded text the file's full-text index
    // holds (lower case, no diacritics, ı → i, ə → e): the terms its searches match, unchanged.
    // The summaries are counted as they go, with each event's date, type, countries and topics
    // (the server would take minutes to count the rows it was sent).
    // Or, for a database small enough that no one reads its summaries, left pending: empty,
    // and so marked (ServerSummary::deferSummaries()).
    const bool deferred = ServerSummary::deferSummaries(eventRows);
    const bool countWords = !deferred && ServerSummary::hasWords(db);
    const bool countEvents = !deferred && ServerSummary::isAvailable(db);
    WordCounts words(ServerSummary::hasWordDays(db));
    EventCounts eventCounts(ServerSummary::hasEnds(db), ServerSummary::hasPairs(db));
    // Two threads besides this one, which sends the tables' rows: one reads the events' words
    // from the file and encodes them as binary COPY rows while the other tables go out (with no
    // key to keep, the server took them faster than this thread could make them: the words'
    // COPY waited on the client for 3 of its 5 seconds at a million events); one counts the
    // words, which took as long as everything else done with them.
    struct ToCount
    {
        std::optional<qint64> day;
        QString type;
        QList<qint64> countries, topics;
        QString folded;
    };
    BatchPipe<ToCount> toCount(1024);
    // A megabyte a batch; at most 256 wait (a million events' words are about 300 MB).
    EncodedPipe encoded(1, 256);
    std::unique_ptr<QThread> counting, encoding;
    QString encodingFailed;
    bool loaded = false;
    const auto threadsEnd = qScopeGuard([&] { // on every way out
        if (staged && !loaded)
            staged->abandon();
        if (encoding) {
            encoded.stop();
            encoding->wait();
        }
        if (counting)
            counting->wait();
        QString ignored;
        if (staged)
            staged->wait({}, &ignored); // it reads this function's pipe
    });
    if (countWords) {
        counting.reset(QThread::create([&] {
            std::vector<ToCount> batch;
            while (toCount.pop(&batch)) {
                for (const ToCount &e : batch)
                    words.add(e.day, e.type, e.countries, e.topics, e.folded);
            }
        }));
        counting->start();
    }
    const QString filePath = file.database().databaseName();
    encoding.reset(QThread::create([&] {
        const auto closed = qScopeGuard([&] {
            encoded.close();
            toCount.close();
        });
        SqliteReadConnection reader(filePath);
        if (!reader.handle()) {
            encodingFailed = reader.errorString();
            return;
        }
        SqliteStatement row(
            reader.handle(),
            countWords || countEvents
                ? "SELECT f.rowid, f.title, f.summary, e.date_lower, e.type_code, (SELECT "
                  "group_concat(country_id) FROM event_country c WHERE c.event_id = f.rowid), "
                  "(SELECT group_concat(topic_id) FROM event_topic z WHERE z.event_id = "
                  "f.rowid), e.date_upper FROM event_fts f JOIN event e ON e.id = f.rowid"
                : "SELECT rowid, title, summary FROM event_fts");
        auto ids = [&row](int column) {
            QList<qint64> out;
            const QString list = row.text(column);
            for (const QStringView id : QStringTokenizer(list, u',', Qt::SkipEmptyParts))
                out.append(id.toLongLong());
            return out;
        };
        constexpr qsizetype kBatchBytes = 1 << 20;
        EncodedWords batch;
        batch.rows.reserve(kBatchBytes + (64 << 10));
        while (row.next()) {
            // A file written by an earlier Entente kept some letters the folding now changes.
            QString folded = completeFold(row.text(1) + u' ' + row.text(2));
            // Binary: the server parsed the tsvector's text for half of this COPY's time.
            appendEventWordsRow(batch.rows, row.int64(0), folded);
            ++batch.count;
            if (countWords || countEvents) {
                ToCount e{row.isNull(3) ? std::nullopt : std::optional(row.int64(3)), row.text(4),
                          ids(5), ids(6), std::move(folded)};
                if (countEvents)
                    eventCounts.add(e.day,
                                    row.isNull(7) ? std::nullopt : std::optional(row.int64(7)),
                                    e.type, e.countries, e.topics);
                if (counting)
                    toCount.push(std::move(e));
            }
            if (batch.rows.size() >= kBatchBytes) {
                if (!encoded.push(std::move(batch)))
                    return; // the copy failed or was cancelled
                batch = {};
                batch.rows.reserve(kBatchBytes + (64 << 10));
            }
        }
        if (row.failed())
            encodingFailed = row.errorString();
        else if (batch.count > 0)
            encoded.push(std::move(batch));
    }));
    encoding->start();
    if (staged) {
        // As the owner, with event_text's columns; its privileges follow it when it takes the
        // place of the one here.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT quote_ident(pg_get_userbyid(relowner)), (SELECT "
                    "string_agg(quote_ident(attname) || ' ' || format_type(atttypid, atttypmod) || "
                    "CASE WHEN attnotnull THEN ' NOT NULL' ELSE '' END, ', ' ORDER BY attnum) FROM "
                    "pg_attribute WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped) "
                    "FROM pg_class c WHERE c.oid = 'entente.event_text'::regclass"_s) ||
            !q.next())
            return serverFailed(q.lastError().databaseText());
        staged->start(q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(), stagedBuild,
                      &encoded, &wordsSent, &encodingFailed);
    }
    for (const Table &t : kTables) {
        if (!tables.contains(QLatin1String(t.name)))
            continue;
        const int n = columnCount(t.columns);
        const bool ok =
            copyRows(t.name, t.columns, QByteArray("SELECT ") + t.columns + " FROM " + t.name,
                     [n](CopyIn &copy, const SqliteStatement &row) {
                         for (int i = 0; i < n; ++i)
                             copy.field(row.isNull(i), row.utf8(i));
                     });
        if (!ok)
            return failedOrCancelled();
    }
    if (staged) {
        // What the words' reader counted is whole once it has read them all.
        while (!encoding->wait(QDeadlineTimer(100))) {
            if (progress && !progress(done + wordsSent, total)) {
                cancelled = true;
                return false;
            }
        }
        encoding.reset();
        if (!encodingFailed.isEmpty()) {
            said = encodingFailed;
            return false;
        }
        // Not a minute counting what a refused load would never need.
        if (staged->hasFailed()) {
            staged->wait({}, &said);
            cancelled = said.isEmpty();
            return false;
        }
        if (counting) {
            counting->wait();
            counting.reset();
        }
    } else {
        CopyIn copy(conn, "event_text", "event_id, folded", CopyIn::Format::Binary, truncated);
        std::vector<EncodedWords> batches;
        while (copy.ok() && encoded.pop(&batches)) {
            for (const EncodedWords &batch : batches) {
                if (!copy.rows(batch.rows))
                    break;
                done += batch.count;
            }
            if (progress && !progress(done, total)) {
                cancelled = true;
                copy.cancel();
                return false;
            }
        }
        encoded.stop(); // wants no more (a failed COPY stopped taking them)
        encoding->wait();
        encoding.reset();
        if (!encodingFailed.isEmpty()) {
            copy.cancel();
            said = encodingFailed;
            return false;
        }
        if (!copy.finish()) {
            said = copy.error();
            return false;
        }
        if (counting) {
            counting->wait();
            counting.reset();
        }
    }
    // An import replaces every row: the counts from before go too.
    if (countWords) {
        if (!exec(db, u"TRUNCATE word_summary"_s, &said))
            return serverFailed(said);
        CopyIn copy(conn, "word_summary", "lexeme, part, grain, key, block, events",
                    CopyIn::Format::Text, truncated);
        words.forEachRow(
            [&copy](const QString &lexeme, int part, int grain, const QString &key, qint64 block,
                    qint64 events) { copy.row(lexeme, part, grain, key, block, events); });
        if (!copy.finish())
            return serverFailed(copy.error());
    }
    // Every event must have been read with its words (a file's full-text index holds each one):
    // if not, the server counts them.
    const bool eventsCounted =
        countEvents && !eventCounts.overflowed() && eventCounts.events() == eventRows;
    if (eventsCounted) {
        if (!exec(db, u"TRUNCATE event_summary"_s, &said))
            return serverFailed(said);
        CopyIn copy(conn, "event_summary", "grain, block, country_id, topic_id, type_code, events",
                    CopyIn::Format::Text, truncated);
        eventCounts.forEachRow(
            [&copy](int grain, qint64 block, qint64 country, qint64 topic, const QString &type,
                    qint64 events) { copy.row(grain, block, country, topic, type, events); });
        if (!copy.finish())
            return serverFailed(copy.error());
    }
    if (eventsCounted && ServerSummary::hasEnds(db)) {
        if (!exec(db, u"TRUNCATE event_end_summary"_s, &said))
            return serverFailed(said);
        CopyIn copy(conn, "event_end_summary", "part, grain, key, block, events",
                    CopyIn::Format::Text, truncated);
        eventCounts.forEachEndRow(
            [&copy](int part, int grain, const QString &key, qint64 block, qint64 events) {
                copy.row(part, grain, key, block, events);
            });
        if (!copy.finish())
            return serverFailed(copy.error());
    }
    if (eventsCounted && ServerSummary::hasPairs(db)) {
        if (!exec(db, u"TRUNCATE country_pair_summary"_s, &said))
            return serverFailed(said);
        CopyIn copy(conn, "country_pair_summary", "country_id, grain, block, other_id, events",
                    CopyIn::Format::Text, truncated);
        eventCounts.forEachPairRow(
            [&copy](qint64 country, int grain, qint64 block, qint64 other, qint64 events) {
                copy.row(country, grain, block, other, events);
            });
        if (!copy.finish())
            return serverFailed(copy.error());
    }
    // An import replaces every row: the counts from before go too.
    if ((deferred && !ServerSummary::clear(db, &said)) ||
        !ServerSummary::setCounted(db, !deferred, &said))
        return serverFailed(said);
    // Larger sort memory for rebuilding the indexes (the GIN index above all) in one pass, and
    // for counting the summary.
    if (!exec(db, u"SET LOCAL maintenance_work_mem = '256MB'"_s, &said) ||
        !exec(db, u"SET LOCAL work_mem = '256MB'"_s, &said))
        return serverFailed(said);
    if (progress && !progress(done, total)) {
        cancelled = true;
        return false;
    }
    // The summary's counts, before its secondary indexes come back (built once, not row by row).
    if (countEvents && !eventsCounted && !ServerSummary::rebuildEvents(db, &said))
        return serverFailed(said);
    // A key to the events is checked by one join of the million rows on each side. Left to
    // itself, with no statistics yet, the server hashes all the events again for every such key
    // (a second each at a million events); walking the two tables' indexes side by side, in
    // the order both already hold, takes a third of that. Only for these checks.
    auto joinInOrder = [&](bool inOrder) {
        for (const char *setting : {"enable_hashjoin", "enable_seqscan", "jit"}) {
            if (!exec(db,
                      u"SET LOCAL %1 %2"_s.arg(QLatin1String(setting),
                                               inOrder ? "= off"_L1 : "TO DEFAULT"_L1),
                      &said))
                return false;
        }
        return true;
    };
    // All but the words' foreign key while the words' table is still being indexed aside.
    auto restoreAll = [&](bool words) {
        for (const Restore &r : std::as_const(restore)) {
            if (staged && r.ofWords != words)
                continue;
            if ((r.refersToEvents && !joinInOrder(true)) || !exec(db, r.statement, &said) ||
                (r.refersToEvents && !joinInOrder(false)))
                return false;
        }
        return true;
    };
    if (!restoreAll(false))
        return serverFailed(said);
    // The file's own facts (title, description, synthetic, checked), not the engine's.
    QSqlQuery meta(file.database());
    meta.exec(u"SELECT key, value FROM meta"_s);
    while (meta.next()) {
        if (isSchemaKey(meta.value(0).toString()))
            continue;
        QSqlQuery put(db);
        put.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                    "SET value = EXCLUDED.value"_s);
        put.addBindValue(meta.value(0));
        put.addBindValue(meta.value(1));
        if (!put.exec())
            return serverFailed(put.lastError().databaseText());
    }
    // Every table, while the words' one may still be indexed aside (it is analysed there).
    QString analyse = u"ANALYZE"_s;
    if (staged) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT string_agg('entente.' || quote_ident(relname), ', ') FROM pg_class "
                    "WHERE relnamespace = 'entente'::regnamespace AND relkind IN ('r', 'p') AND "
                    "relname <> 'event_text' AND NOT starts_with(relname, '%1')"_s.arg(
                        QLatin1String(StagedWords::kPrefix))) ||
            !q.next())
            return serverFailed(q.lastError().databaseText());
        analyse += u' ' + q.value(0).toString();
    }
    if (!exec(db, analyse, &said))
        return serverFailed(said);
    if (staged) {
        // The words' table, keyed and indexed on its own connection meanwhile, takes the place
        // of the empty one here, with its privileges, then its key to the events.
        if (!staged->wait([&] { return !progress || progress(done + wordsSent, total); }, &said)) {
            cancelled = said.isEmpty();
            return false;
        }
        QStringList swap{u"DROP TABLE entente.event_text"_s, "ALTER TABLE entente."_L1 +
                                                                 QLatin1String(staged->table()) +
                                                                 " RENAME TO event_text"_L1};
        for (const QByteArray &rename : std::as_const(stagedRenames))
            swap.append(QString::fromUtf8(rename));
        QSqlQuery q(db);
        if (!q.exec(u"SELECT 'GRANT ' || string_agg(privilege_type, ', ') || ' ON "
                    "entente.event_text TO ' || CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE "
                    "quote_ident(pg_get_userbyid(grantee)) END FROM pg_class c, "
                    "aclexplode(c.relacl) a WHERE c.oid = 'entente.event_text'::regclass AND "
                    "grantee <> c.relowner GROUP BY grantee"_s))
            return serverFailed(q.lastError().databaseText());
        while (q.next())
            swap.append(q.value(0).toString());
        for (const QString &statement : std::as_const(swap)) {
            if (!exec(db, statement, &said))
                return serverFailed(said);
        }
        if (!restoreAll(true))
            return serverFailed(said);
    }
    loaded = true;
    if (progress)
        progress(total, total);
    return true;
}

// --- a server into a file
// -------------------------------------------------------------------------

bool copyServerToFile(EventStore &server, const OutputTarget &target, QString *error,
                      const CopyProgress &progress)
{
    QSqlDatabase db = server.database();
    // One snapshot of the server for the whole copy.
    db.transaction();
    QSqlQuery(db).exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
    auto finishRead = qScopeGuard([&] { db.rollback(); });
    QStringList tables;
    for (const Table &t : kTables)
        tables.append(QLatin1String(t.name));
    const qint64 total = countRows(db, tables);
    qint64 done = 0;
    DatabaseWriter writer;
    if (!writer.create(target)) {
        *error = writer.errorString();
        return false;
    }
    // Every statement on the file is finished before the writer closes it (in finish() or
    // abandon()): a statement still open would keep SQLite's connection, and its memory, alive.
    const QString failure = [&]() -> QString {
        sqlite3 *file = sqliteHandle(writer.database());
        for (const Table &t : kTables) {
            const int n = columnCount(t.columns);
            QByteArray marks("?");
            for (int i = 1; i < n; ++i)
                marks += ",?";
            SqliteStatement insert(file, QByteArray(QByteArray("INSERT INTO ") + t.name + " (" +
                                                    t.columns + ") VALUES (" + marks + ")"));
            QueryStatement read(db,
                                QByteArray(QByteArray("SELECT ") + t.columns + " FROM " + t.name));
            while (read.next()) {
                insert.reset();
                for (int i = 0; i < n; ++i) {
                    if (read.isNull(i))
                        insert.bindNull(i);
                    else
                        insert.bind(i, read.text(i));
                }
                if (!insert.run())
                    return Text::tr("Cannot write “%1”: %2.")
                        .arg(target.path, insert.errorString());
                if ((++done & 0x3fff) == 0 && progress && !progress(done, total))
                    return cancelledSentence(target.path);
            }
            if (read.failed()) {
                QString unused;
                return serverErrorSentence(read.error(),
                                           *parseServerAddress(server.path(), &unused));
            }
        }
        QueryStatement meta(db, "SELECT key, value FROM meta");
        SqliteStatement put(file, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
        while (meta.next()) {
            if (isSchemaKey(meta.text(0)))
                continue;
            put.reset();
            put.bind(0, meta.text(0));
            put.bind(1, meta.text(1));
            if (!put.run())
                return Text::tr("Cannot write “%1”: %2.").arg(target.path, put.errorString());
        }
        return {};
    }();
    if (!failure.isEmpty()) {
        writer.abandon();
        *error = failure;
        return false;
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    if (progress)
        progress(total, total);
    return true;
}

QString roleBase(const QString &database)
{
    QString base = database.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    return base.left(40);
}

} // namespace

ServerRoles serverRoles(const ServerAddress &address)
{
    const QString base = roleBase(address.database);
    return {base + "_owner"_L1, base + "_editor"_L1, base + "_reader"_L1};
}

namespace {

// initServer() on a current database, in its transaction (meta locked): counts the summaries a
// copy or import left pending, or refuses a database whose summaries are counted.
bool countPending(QSqlDatabase db, const ServerAddress &address, const ServerRoles &roles,
                  QString *error, ServerInit *outcome)
{
    QString said;
    auto failed = [&] {
        if (said.isEmpty())
            said = db.lastError().text();
        db.rollback();
        *error = Text::tr("Could not count the summaries on %1; nothing was changed: %2")
                     .arg(address.display(), serverErrorSentence(QSqlError(said, said), address));
        return false;
    };
    // The writers' lock first: a change holding it has committed (its events are counted with
    // the rest), and a change after it finds the summaries counted and adjusts them.
    if (!lockForWriting(db, &said) ||
        !exec(db, u"SET LOCAL search_path TO entente, public"_s, &said))
        return failed();
    if (ServerSummary::isCounted(db)) {
        db.rollback();
        *error = Text::tr("%1 already holds an Entente database.").arg(address.display());
        return false;
    }
    const QString owner = db.driver()->escapeIdentifier(roles.owner, QSqlDriver::TableName);
    if (!exec(db, "SET LOCAL ROLE "_L1 + owner, &said) ||
        !exec(db, u"SET LOCAL work_mem = '256MB'"_s, &said) || !ServerSummary::rebuild(db, &said) ||
        !ServerSummary::setCounted(db, true, &said) ||
        !exec(db, u"ANALYZE event_summary, word_summary, event_end_summary, country_pair_summary"_s,
              &said) ||
        !exec(db, u"RESET ROLE"_s, &said) || !db.commit())
        return failed();
    settleServerSummary(db);
    if (outcome)
        *outcome = ServerInit::Counted;
    return true;
}

} // namespace

bool initServer(const QString &addressText, QString *error, ServerInit *outcome)
{
    const auto address = parseServerAddress(addressText, error);
    if (!address)
        return false;
    SqlConnection connection;
    if (!connection.openServer(*address, true)) {
        *error = serverErrorSentence(connection.database().lastError(), *address);
        return false;
    }
    QSqlDatabase db = connection.database();
    QFile schemaFile(u":/entente/schema-pg.sql"_s);
    QFile summaryFile(u":/entente/schema-pg-2.sql"_s);
    QFile wordsFile(u":/entente/schema-pg-3.sql"_s);
    QFile wordDaysFile(u":/entente/schema-pg-4.sql"_s);
    QFile endsFile(u":/entente/schema-pg-5.sql"_s);
    QFile pairsFile(u":/entente/schema-pg-6.sql"_s);
    QFile countedFile(u":/entente/schema-pg-7.sql"_s);
    if (!schemaFile.open(QIODevice::ReadOnly) || !summaryFile.open(QIODevice::ReadOnly) ||
        !wordsFile.open(QIODevice::ReadOnly) || !wordDaysFile.open(QIODevice::ReadOnly) ||
        !endsFile.open(QIODevice::ReadOnly) || !pairsFile.open(QIODevice::ReadOnly) ||
        !countedFile.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The server schema is missing from this build.");
        return false;
    }
    const ServerRoles roles = serverRoles(*address);
    QSqlDriver *driver = db.driver();
    auto id = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::TableName);
    };
    QString said;
    auto failed = [&] {
        db.rollback();
        *error = Text::tr("Could not create Entente's database on %1; nothing was made: %2")
                     .arg(address->display(), serverErrorSentence(QSqlError(said, said), *address));
        return false;
    };
    if (!db.transaction())
        return failed();
    int fromVersion = 0; // the version of the database upgraded, 0 for a new one
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT to_regnamespace('entente') IS NOT NULL"_s) || !q.next()) {
            said = q.lastError().databaseText();
            return failed();
        }
        if (q.value(0).toBool()) {
            // A database of an older schema is taken to this one; any other is left as it is.
            // Two upgrades at once: the second waits here for the first, then finds it current.
            // A refusal (a reader's login) is said as the server says it, not taken for a
            // database that needs nothing.
            if (!q.exec(u"LOCK TABLE entente.meta IN SHARE ROW EXCLUSIVE MODE"_s) ||
                !q.exec(u"SELECT value FROM entente.meta WHERE key = 'schema_version'"_s)) {
                said = q.lastError().databaseText();
                return failed();
            }
            if (!q.next() || q.value(0).toInt() < 1 || q.value(0).toInt() > kServerSchemaVersion) {
                db.rollback();
                *error = Text::tr("%1 already holds an Entente database.").arg(address->display());
                return false;
            }
            fromVersion = q.value(0).toInt();
            if (fromVersion == kServerSchemaVersion)
                return countPending(db, *address, roles, error, outcome);
            // Autovacuum kept out of the tables the upgrade reads and analyzes, before it writes:
            // a worker already on them is cancelled while this waits. Taken later, at the
            // ANALYZE, a worker visiting the freshly copied events waited for this transaction
            // as it waited for the worker: a deadlock, and 6 minutes of counting lost at 20M.
            QString tables = u"entente.event"_s;
            if (fromVersion >= 2)
                tables += u", entente.event_summary"_s;
            if (fromVersion >= 3)
                tables += u", entente.word_summary"_s;
            if (fromVersion >= 5)
                tables += u", entente.event_end_summary"_s;
            if (!q.exec("LOCK TABLE "_L1 + tables + " IN SHARE UPDATE EXCLUSIVE MODE"_L1)) {
                said = q.lastError().databaseText();
                return failed();
            }
        }
    }
    const bool upgrading = fromVersion > 0;
    // Roles belong to the whole cluster and outlive a dropped database: those of an earlier
    // database of the same name are taken again rather than refused.
    QStringList statements;
    for (const QString &role : {roles.owner, roles.editor, roles.reader}) {
        QSqlQuery q(db);
        q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        q.addBindValue(role);
        if (!q.exec()) {
            said = q.lastError().databaseText();
            return failed();
        }
        if (!q.next())
            statements.append("CREATE ROLE "_L1 + id(role) + " NOLOGIN"_L1);
    }
    // The user who makes the database may act as its owner (to copy a whole database in). The
    // role's name holds only [a-z0-9_] (roleBase()), so it is safe as a literal.
    statements.append(u"DO $$BEGIN IF NOT pg_has_role(CURRENT_USER, '%1', 'MEMBER') THEN "
                      "GRANT %1 TO CURRENT_USER; END IF; END$$"_s.arg(roles.owner));
    if (!upgrading)
        statements += {
            u"CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"_s,
            "CREATE SCHEMA entente AUTHORIZATION "_L1 + id(roles.owner),
        };
    statements.append("SET LOCAL ROLE "_L1 + id(roles.owner));
    if (!upgrading)
        statements += splitSqlStatements(QString::fromUtf8(schemaFile.readAll()));
    if (fromVersion < 2)
        statements += splitSqlStatements(QString::fromUtf8(summaryFile.readAll()));
    if (fromVersion < 3)
        statements += splitSqlStatements(QString::fromUtf8(wordsFile.readAll()));
    if (fromVersion < 4)
        statements += splitSqlStatements(QString::fromUtf8(wordDaysFile.readAll()));
    if (fromVersion < 5)
        statements += splitSqlStatements(QString::fromUtf8(endsFile.readAll()));
    if (fromVersion < 6)
        statements += splitSqlStatements(QString::fromUtf8(pairsFile.readAll()));
    statements += splitSqlStatements(QString::fromUtf8(countedFile.readAll()));
    const QString readable = id(roles.reader) + ", "_L1 + id(roles.editor);
    statements += {
        "GRANT USAGE ON SCHEMA entente TO "_L1 + readable,
        "GRANT SELECT ON ALL TABLES IN SCHEMA entente TO "_L1 + readable,
        "GRANT INSERT, UPDATE, DELETE ON event, event_country, event_topic, event_actor, actor, "
        "citation, source, unreviewed_event, event_text, topic, topic_parent, event_type TO "_L1 +
            id(roles.editor),
        // Counts only: a change adds to them what it moves (ServerSummary::adjust()).
        "GRANT INSERT, UPDATE ON event_summary, word_summary, event_end_summary, "
        "country_pair_summary TO "_L1 +
            id(roles.editor),
        u"RESET ROLE"_s,
        "REVOKE CONNECT, TEMPORARY ON DATABASE "_L1 + id(address->database) + " FROM PUBLIC"_L1,
        "GRANT CONNECT ON DATABASE "_L1 + id(address->database) + " TO "_L1 + id(roles.owner) +
            ", "_L1 + readable,
        "GRANT TEMPORARY ON DATABASE "_L1 + id(address->database) + " TO "_L1 + id(roles.owner),
    };
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(db, statement, &said))
            return failed();
    }
    // A new database knows the ISO countries, as a new file does (numbered as a file numbers
    // them): without them an import or a new event into it named no country it could take.
    if (!upgrading) {
        const QList<Country> countries = readIsoCountries(defaultIsoCountriesPath(), &said);
        if (countries.isEmpty() || !exec(db, "SET LOCAL ROLE "_L1 + id(roles.owner), &said))
            return failed();
        if (!insertIsoCountries(db, u"entente.country"_s, countries, &said))
            return failed();
        if (!exec(db, u"RESET ROLE"_s, &said))
            return failed();
    }
    // An upgraded database's events are counted into what its schema lacked, as its owner.
    auto countWhatIsNew = [&] {
        if (fromVersion < 2) // every summary
            return ServerSummary::rebuild(db, &said);
        if (fromVersion == 2 && !ServerSummary::rebuildWords(db, &said))
            return false;
        if (fromVersion == 3 && !ServerSummary::addWordDays(db, &said))
            return false;
        if (fromVersion < 5 && !ServerSummary::addEnds(db, &said))
            return false;
        return fromVersion >= 6 || ServerSummary::addPairs(db, &said);
    };
    if (upgrading &&
        (!exec(db, "SET LOCAL ROLE "_L1 + id(roles.owner), &said) ||
         !exec(db, u"SET LOCAL search_path TO entente, public"_s, &said) ||
         !exec(db, u"SET LOCAL work_mem = '256MB'"_s, &said) || !countWhatIsNew() ||
         // Statistics for the new tables and index now, not when autovacuum comes by:
         // without them the planner reads a whole span's lanes row by row.
         !exec(db,
               u"ANALYZE event_summary, word_summary, event_end_summary, country_pair_summary, "
               "event"_s,
               &said) ||
         !exec(db, u"RESET ROLE"_s, &said)))
        return failed();
    if (!db.commit()) {
        said = db.lastError().text();
        return failed();
    }
    if (upgrading)
        settleServerSummary(db);
    if (outcome)
        *outcome = upgrading ? ServerInit::Upgraded : ServerInit::Made;
    return true;
}

bool lockServerForReplacing(EventStore &server, QString *error)
{
    QString said;
    QSqlDatabase db = server.database();
    if (db.transaction() && lockForWriting(db, &said))
        return true;
    *error = serverErrorSentence(QSqlError(said, said), *parseServerAddress(server.path(), &said));
    db.rollback();
    return false;
}

bool replaceServerRows(EventStore &server, const QString &file, QString *error,
                       const CopyProgress &progress)
{
    const ServerAddress address = *parseServerAddress(server.path(), error);
    QSqlDatabase db = server.database();
    EventStore source;
    if (!source.open(file)) {
        *error = source.errorString();
        return false;
    }
    QString said;
    bool cancelled = false;
    if (exec(db, u"TRUNCATE "_s + QLatin1String(kEveryTable), &said) &&
        exec(db,
             u"DELETE FROM meta WHERE key NOT IN ('application', 'schema_version', "
             "'summaries')"_s,
             &said) &&
        loadRows(source, db, !hasPartitions(db), &said, &cancelled, progress))
        return true;
    *error = cancelled
                 ? cancelledSentence(address.display())
                 : Text::tr("The copy into %1 failed; nothing was written: %2")
                       .arg(address.display(), serverErrorSentence(QSqlError(said, said), address));
    return false;
}

bool copyBetween(const QString &from, const OutputTarget &target, QString *error,
                 const CopyProgress &progress)
{
    const bool intoServer = isServerAddress(target.path);
    if (intoServer == isServerAddress(from)) {
        *error = Text::tr("Entente copies between a file and a server: give one of each.");
        return false;
    }
    EventStore source;
    if (!source.open(from)) {
        *error = source.errorString();
        return false;
    }
    return intoServer ? copyFileToServer(source, target.path, error, progress)
                      : copyServerToFile(source, target, error, progress);
}

void settleServerSummary(QSqlDatabase db)
{
    for (const QString &table :
         {u"entente.event_summary"_s, u"entente.word_summary"_s, u"entente.event_end_summary"_s,
          u"entente.country_pair_summary"_s}) {
        QSqlQuery q(db);
        q.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
        q.addBindValue(table);
        if (!q.exec() || !q.next() || !q.value(0).toBool())
            continue; // an older schema
        if (!q.exec(u"VACUUM (ANALYZE) "_s + table))
            qInfo("entente: %s was not vacuumed: %s", qPrintable(table),
                  qPrintable(q.lastError().text()));
    }
}

} // namespace entente::core
