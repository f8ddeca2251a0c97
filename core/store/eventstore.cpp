// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventstore.h"

#include "store/chronology.h"

#include "store/eventreader.h"
#include "store/fileguard.h"
#include "store/indexcache.h"
#include "store/querystatement.h"
#include "store/sqlitestatement.h"

#include "index/textsearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace entente::core {

namespace {

// Ids are bound in chunks, well below SQLite's limit on host parameters.
constexpr qsizetype kIdChunk = 256;

QString placeholders(qsizetype n)
{
    QString text = QStringLiteral("?");
    for (qsizetype i = 1; i < n; ++i)
        text += QLatin1String(",?");
    return text;
}

} // namespace

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::EventStore)
};

QString nativePath(const QString &path)
{
    return QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
}

// SQLite result codes (sqlite3.h), as QSqlError::nativeErrorCode() gives them.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

} // namespace

bool EventStore::fail(StoreError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool EventStore::failFromSql(const QSqlError &error)
{
    if (m_server)
        return fail(StoreError::Corrupt, serverErrorSentence(error, *m_server));
    return failWith(error.nativeErrorCode().toInt(),
                    error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

bool EventStore::failWith(int code, const QString &text)
{
    if (m_server)
        return fail(StoreError::Corrupt,
                    serverErrorSentence(QSqlError(QString(), text), *m_server));
    const QString name = nativePath(m_path);
    if (code == kSqliteBusy || code == kSqliteLocked || text.contains(QLatin1String("locked")))
        return fail(
            StoreError::Locked,
            Text::tr("“%1” is locked by another program; close it there and try again.").arg(name));
    if (code == kSqliteCorrupt || code == kSqliteNotADb ||
        text.contains(QLatin1String("malformed")))
        return fail(StoreError::Corrupt,
                    Text::tr("“%1” is damaged and cannot be read (%2).").arg(name, text));
    return fail(StoreError::Corrupt, Text::tr("“%1” cannot be read (%2).").arg(name, text));
}

bool EventStore::checkHeader(const QString &path)
{
    const QString name = nativePath(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(StoreError::NotFound, Text::tr("The database “%1” does not exist.").arg(path));
    if (info.isDir())
        return fail(StoreError::Unreadable,
                    Text::tr("“%1” is a folder, not a database file.").arg(name));
    // Before anything opens it: opening a FIFO would wait forever for a writer.
    if (const FileCheck check = checkInputFile(path); !check.ok())
        return fail(StoreError::Unreadable, check.message);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError::Unreadable,
                    Text::tr("“%1” cannot be read: %2.").arg(name, file.errorString()));
    if (file.size() == 0)
        return fail(StoreError::Empty,
                    Text::tr("“%1” is empty, so it is not an Entente database.").arg(name));
    // The 100-byte SQLite header says, without SQLite reading the file, whose database it is.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(StoreError::NotSqlite,
                    Text::tr("“%1” is not an SQLite database, so it is not an Entente database.")
                        .arg(name));
    const auto be32 = [&](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    m_changeCounter = be32(24);
    const quint32 applicationId = be32(68);
    const quint32 userVersion = be32(60);
    if (applicationId != kApplicationId)
        return fail(
            StoreError::Foreign,
            Text::tr("“%1” is an SQLite database of another application, not an Entente database.")
                .arg(name));
    if (userVersion > quint32(kSchemaVersion))
        return fail(
            StoreError::NewerSchema,
            Text::tr("“%1” was written by a newer version of Entente (schema %2); this version "
                     "reads schema %3.")
                .arg(name)
                .arg(userVersion)
                .arg(kSchemaVersion));
    if (userVersion < 1)
        return fail(StoreError::UnknownSchema,
                    Text::tr("“%1” is marked as Entente's but has no schema version.").arg(name));
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(28);
    // The page count is valid when the "version-valid-for" number matches the change counter.
    if (be32(92) == be32(24) && qint64(pageSize) * pageCount > file.size())
        return fail(StoreError::Corrupt,
                    Text::tr("“%1” is truncated: it should be %2 bytes long but has %3.")
                        .arg(name)
                        .arg(qint64(pageSize) * pageCount)
                        .arg(file.size()));
    return true;
}

bool EventStore::checkSchema()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failFromSql(query.lastError());
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    m_hasReviewMarks = tables.contains(QLatin1String("unreviewed_event"));
    m_hasTopicParents = tables.contains(QLatin1String("topic_parent"));
    for (const char *required :
         {"meta", "country", "topic", "event_type", "source", "event", "event_country",
          "event_topic", "citation", "observation", "event_fts"}) {
        if (!tables.contains(QLatin1String(required)))
            return fail(StoreError::UnknownSchema,
                        Text::tr("“%1” is marked as Entente's but lacks the table “%2”.")
                            .arg(nativePath(m_path), QLatin1String(required)));
    }
    return true;
}

bool EventStore::openServer(const QString &address, OpenMode mode)
{
    QString why;
    m_server = parseServerAddress(address, &why);
    if (!m_server)
        return fail(StoreError::NotFound, why);
    // The address as given, its parameters with it: every other connection to this database
    // (the filter's, the editor's, the listener's) opens it from path(), and must not lose
    // sslmode=verify-full on the way.
    m_path = address;
    if (!m_connection.openServer(*m_server, mode == OpenMode::ReadWrite)) {
        fail(StoreError::Unreadable,
             serverErrorSentence(m_connection.database().lastError(), *m_server));
        close();
        return false;
    }
    if (!checkServerSchema()) {
        close();
        return false;
    }
    return true;
}

bool EventStore::checkServerSchema()
{
    QSqlQuery query(m_connection.database());
    const QString where = m_server->display();
    if (!query.exec(QStringLiteral("SELECT to_regclass('entente.meta') IS NOT NULL")) ||
        !query.next())
        return failFromSql(query.lastError());
    if (!query.value(0).toBool())
        return fail(StoreError::Foreign,
                    Text::tr("“%1” holds no Entente database; create one with entente "
                             "server-init.")
                        .arg(where));
    const QString application = metadata(QStringLiteral("application"));
    const int version = metadata(QStringLiteral("schema_version")).toInt();
    if (application != QLatin1String("entente") || version < 1)
        return fail(
            StoreError::UnknownSchema,
            Text::tr("“%1” has an “entente” schema that Entente did not write.").arg(where));
    if (version > kServerSchemaVersion)
        return fail(StoreError::NewerSchema,
                    Text::tr("“%1” was written by a newer Entente (schema %2); this one reads "
                             "schema %3.")
                        .arg(where)
                        .arg(version)
                        .arg(kServerSchemaVersion));
    m_hasReviewMarks = true;
    m_hasTopicParents = true;
    return true;
}

bool EventStore::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_error = StoreError::None;
    m_errorString.clear();
    m_server.reset();
    if (isServerAddress(path))
        return openServer(path, mode);
    // A change interrupted by a crash leaves a journal that a read-only connection cannot roll
    // back: SQLite would refuse the file. Restoring it gives the database as it was before.
    if (QString why; !recoverInterruptedChange(path, &why))
        return fail(StoreError::Locked, why);
    if (!checkHeader(path))
        return false;
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000");
    if (mode == OpenMode::ReadOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    if (!m_connection.open(path, options)) {
        failFromSql(m_connection.database().lastError());
        close();
        return false;
    }
    if (mode == OpenMode::ReadWrite)
        QSqlQuery(m_connection.database()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    else // reads through a memory map: no system call per page for the index cache and big scans
        QSqlQuery(m_connection.database()).exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    if (!checkSchema()) {
        close();
        return false;
    }
    return true;
}

EventStore::EventStore() = default;

EventStore::~EventStore()
{
    close();
}

EventReader &EventStore::reader()
{
    if (!m_reader)
        m_reader = m_server ? EventReader::onServer(m_connection.database())
                            : EventReader::onSqlite(sqliteHandle(m_connection.database()),
                                                    m_hasReviewMarks, m_hasTopicParents);
    return *m_reader;
}

void EventStore::forgetCachedRows()
{
    m_sources.clear();
    m_reader.reset(); // its countries, topics, types and sources too
}

void EventStore::close()
{
    m_reader.reset(); // the statements go before their connection
    m_connection.close();
    m_sources.clear();
}

QString EventStore::metadata(const QString &key) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

template<typename Row>
QList<Row> EventStore::rows(QSqlQuery &q, const std::function<Row(const QSqlQuery &)> &row)
{
    QList<Row> result;
    if (!q.exec()) {
        failFromSql(q.lastError());
        return result;
    }
    while (q.next())
        result.append(row(q));
    return result;
}

QList<Country> EventStore::countries()
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT id, alpha2, alpha3, numeric_code, name, official_name, "
                             "common_name, flag FROM country ORDER BY id"));
    return rows<Country>(q, [](const QSqlQuery &q) {
        return Country{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString()};
    });
}

QList<Topic> EventStore::topics()
{
    QSqlQuery q(m_connection.database());
    q.prepare(QLatin1String(topicsQuery(m_hasTopicParents)) + QStringLiteral(" ORDER BY t.id"));
    return rows<Topic>(q, [](const QSqlQuery &q) {
        return Topic{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()};
    });
}

QList<EventType> EventStore::eventTypes()
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT code, scheme, name FROM event_type ORDER BY code"));
    return rows<EventType>(q, [](const QSqlQuery &q) {
        return EventType{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    });
}

QList<Citation> EventStore::citations(const QString &column, qint64 id)
{
    loadSources();
    QSqlQuery q(m_connection.database());
    // The column name is one of two constants chosen by the callers below, never user text.
    q.prepare(QStringLiteral("SELECT source_id, quote, cites, note FROM citation WHERE ") + column +
              QStringLiteral(" = ? ORDER BY id"));
    q.addBindValue(id);
    return rows<Citation>(q, [this](const QSqlQuery &q) {
        return Citation{m_sources.value(q.value(0).toLongLong()), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString()};
    });
}

std::optional<Event> EventStore::event(qint64 id)
{
    std::optional<Event> found;
    readEvents({id}, [&](Event &e) {
        found = std::move(e);
        return true;
    });
    return found;
}

bool EventStore::readEvents(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent)
{
    EventReader &r = reader();
    return r.read(ids, onEvent) || failWith(r.errorCode(), r.errorString());
}

std::optional<QSet<qint64>> EventStore::unreviewedIds()
{
    QSet<qint64> ids;
    if (!m_hasReviewMarks)
        return ids;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT event_id FROM unreviewed_event"))) {
        failFromSql(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QList<EventHeadline> EventStore::headlines(const QList<qint64> &ids)
{
    QList<EventHeadline> result;
    result.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += kIdChunk) {
        const qsizetype n = std::min(kIdChunk, ids.size() - from);
        QSqlQuery q(m_connection.database());
        q.prepare(QStringLiteral("SELECT id, title, date, attested_on, NOT EXISTS (SELECT 1 FROM "
                                 "citation c WHERE c.event_id = event.id AND c.quote <> '') "
                                 "FROM event WHERE id IN (") +
                  placeholders(n) + u')');
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(ids[from + i]);
        if (!q.exec()) {
            failFromSql(q.lastError());
            return result;
        }
        while (q.next()) {
            EventHeadline h;
            h.id = q.value(0).toLongLong();
            h.title = q.value(1).toString();
            h.date = PartialDate::fromEdtf(q.value(2).toString()).value_or(PartialDate{});
            if (!q.value(3).isNull())
                h.attestedOn = PartialDate::fromEdtf(q.value(3).toString());
            h.unsourced = q.value(4).toBool();
            result.append(h);
        }
    }
    return result;
}

std::optional<QList<qint64>> EventStore::searchText(const QString &userText)
{
    const QString match = ftsQueryFor(userText);
    QList<qint64> ids;
    if (match.isEmpty())
        return ids;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (m_server) {
        // The same terms, each a prefix, all required, folded and split as the server's words
        // were (foldForSearch(), by Entente), and read as they are: not by to_tsquery(), whose
        // parser drops letters Entente keeps (a private-use one), nor folded again by unaccent
        // (ł → l, ø → o, ß → ss: "Łódź" then found nothing).
        q.prepare(QStringLiteral("SELECT event_id FROM event_text WHERE folded @@ "
                                 "CAST(? AS tsquery)"));
        q.addBindValue(tsQueryFor(userText));
    } else {
        q.prepare(QStringLiteral("SELECT rowid FROM event_fts WHERE event_fts MATCH ?"));
        q.addBindValue(match);
    }
    if (!q.exec()) {
        failFromSql(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<Observation> EventStore::observations()
{
    QList<Observation> result;
    const QList<Country> all = countries();
    QHash<qint64, Country> byId;
    for (const Country &c : all)
        byId.insert(c.id, c);
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT id, indicator, reporter_id, partner_id, period, value, unit,"
                               " note FROM observation ORDER BY period_lower, id"))) {
        failFromSql(q.lastError());
        return result;
    }
    while (q.next()) {
        Observation o;
        o.id = q.value(0).toLongLong();
        o.indicator = q.value(1).toString();
        o.reporter = byId.value(q.value(2).toLongLong());
        o.partner = byId.value(q.value(3).toLongLong());
        o.period = PartialDate::fromEdtf(q.value(4).toString()).value_or(PartialDate{});
        o.value = q.value(5).toDouble();
        o.unit = q.value(6).toString();
        o.note = q.value(7).toString();
        result.append(o);
    }
    for (Observation &o : result)
        o.citations = citations(QStringLiteral("observation_id"), o.id);
    return result;
}

void EventStore::loadSources()
{
    if (!m_sources.isEmpty())
        return;
    QSqlQuery q(m_connection.database());
    q.exec(
        QStringLiteral("SELECT id, publisher, title, author, published, url, cites FROM source"));
    while (q.next()) {
        Source s{q.value(0).toLongLong(),
                 q.value(1).toString(),
                 q.value(2).toString(),
                 q.value(3).toString(),
                 PartialDate::fromEdtf(q.value(4).toString()).value_or(PartialDate{}),
                 q.value(5).toString(),
                 q.value(6).toString()};
        m_sources.insert(s.id, s);
    }
}

std::optional<QList<EventStore::SourceUse>> EventStore::citedSources(const QList<qint64> *eventIds)
{
    loadSources();
    QHash<qint64, qint64> counts;
    auto collect = [&](QSqlQuery &q) {
        if (!q.exec())
            return failFromSql(q.lastError());
        while (q.next())
            counts[q.value(0).toLongLong()] += q.value(1).toLongLong();
        return true;
    };
    if (!eventIds) {
        // Every source of the database, from its small table: counting a million citations
        // would cost half a second and touch the whole file for an ordering.
        QList<SourceUse> all;
        for (const Source &source : std::as_const(m_sources))
            all.append({source, 0});
        std::sort(all.begin(), all.end(),
                  [](const SourceUse &a, const SourceUse &b) { return a.source.id < b.source.id; });
        return all;
    }
    for (qsizetype from = 0; eventIds && from < eventIds->size(); from += kIdChunk) {
        const qsizetype n = std::min(kIdChunk, eventIds->size() - from);
        QSqlQuery q(m_connection.database());
        q.prepare(QStringLiteral("SELECT source_id, COUNT(*) FROM citation WHERE event_id IN (") +
                  placeholders(n) + QStringLiteral(") GROUP BY source_id"));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(eventIds->at(from + i));
        if (!collect(q))
            return std::nullopt;
    }
    QList<SourceUse> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({m_sources.value(it.key()), it.value()});
    std::sort(result.begin(), result.end(), [](const SourceUse &a, const SourceUse &b) {
        return a.citations != b.citations ? a.citations > b.citations : a.source.id < b.source.id;
    });
    return result;
}

std::optional<QByteArray> EventStore::readIndexCache()
{
    if (m_server) // a server keeps no index cache: its clients build theirs from the tables
        return std::nullopt;
    // Valid while nothing has written to the file since: the counter is the cache's plus one.
    return loadIndexCache(sqliteHandle(m_connection.database()), qint64(m_changeCounter) - 1);
}

// Whole-table reads for building the index: on a file through SQLite's own interface (at millions
// of rows a QVariant for every value costs more than SQLite's reading), on a server row by row.
template<typename Statement, typename OnRow>
bool EventStore::streamRows(const char *sql, const OnRow &onRow)
{
    if constexpr (std::is_same_v<Statement, SqliteStatement>) {
        SqliteStatement q(sqliteHandle(m_connection.database()), sql);
        while (q.next()) {
            if (!onRow(q))
                return false;
        }
        return !q.failed() || failWith(q.errorCode(), q.errorString());
    } else {
        QueryStatement q(m_connection.database(), sql);
        while (q.next()) {
            if (!onRow(q))
                return false;
        }
        return !q.failed() || failFromSql(q.error());
    }
}

bool EventStore::readIndexRows(const std::function<bool(const IndexRow &)> &onEvent)
{
    static const char sql[] = "SELECT id, date, attested_on, type_code FROM event";
    auto row = [&](const auto &q) {
        return onEvent({q.int64(0), q.text(1), q.text(2), q.text(3)});
    };
    return m_server ? streamRows<QueryStatement>(sql, row) : streamRows<SqliteStatement>(sql, row);
}

bool EventStore::readLinks(Link link, const std::function<bool(qint64, qint64)> &onLink)
{
    const char *sql = link == Link::Countries ? "SELECT event_id, country_id FROM event_country"
                                              : "SELECT event_id, topic_id FROM event_topic";
    auto row = [&](const auto &q) { return onLink(q.int64(0), q.int64(1)); };
    return m_server ? streamRows<QueryStatement>(sql, row) : streamRows<SqliteStatement>(sql, row);
}

} // namespace entente::core
