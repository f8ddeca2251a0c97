// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventreader.h"

#include "store/querystatement.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <vector>

namespace entente::core {

namespace {

// Ids per batch: large enough that statements run once for hundreds of events, small enough
// that a batch's events stay in the cache and SQLite's limit on parameters is far away.
constexpr qsizetype kBatch = 512;

QByteArray inList(int n)
{
    QByteArray text("(?");
    for (int i = 1; i < n; ++i)
        text += ",?";
    return text + ')';
}

/*!
 * The reading algorithm, once for both kinds of connection: Statement is SqliteStatement (on an
 * sqlite3 handle) or QueryStatement (on a QSqlDatabase).
 */
template<typename Statement, typename Connection> class BatchReader final : public EventReader
{
public:
    static constexpr bool kOnSqlite = std::is_same_v<Statement, SqliteStatement>;
    struct Batch // the five statements for one number of ids
    {
        Statement events, countries, topics, actors, citations;
    };

    BatchReader(Connection db, bool hasReviewMarks, bool hasTopicParents)
        : m_db(db), m_hasReviewMarks(hasReviewMarks), m_hasTopicParents(hasTopicParents)
    {}

    Batch &batchFor(int n)
    {
        auto &batch = m_batches[n];
        if (!batch) {
            // Few sizes are ever asked for (a full batch, the rest of a list, one event); a reader
            // asked for many keeps only the full batch's.
            if (m_batches.size() > 4)
                std::erase_if(m_batches,
                              [n](const auto &b) { return b.first != n && b.first != kBatch; });
            const QByteArray ids = inList(n);
            const QByteArray unreviewed =
                m_hasReviewMarks ? "id IN (SELECT event_id FROM unreviewed_event)" : "0";
            auto statement = [this](const QByteArray &sql) { return Statement(m_db, sql); };
            batch.reset(new Batch{
                statement(QByteArray("SELECT id, title, summary, date, attested_on, date_note, "
                                     "type_code, ") +
                          unreviewed + " FROM event WHERE id IN " + ids),
                statement(QByteArray("SELECT event_id, country_id, role FROM event_country WHERE "
                                     "event_id IN ") +
                          ids),
                statement(
                    QByteArray("SELECT event_id, topic_id FROM event_topic WHERE event_id IN ") +
                    ids),
                // In the order of the primary key (event, actor): the order actors were added in.
                statement(
                    QByteArray("SELECT ea.event_id, a.name, a.kind, a.description, ea.role FROM "
                               "event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE "
                               "ea.event_id IN ") +
                    ids + " ORDER BY ea.event_id, ea.actor_id"),
                statement(QByteArray("SELECT event_id, source_id, quote, cites, note FROM citation "
                                     "WHERE event_id IN ") +
                          ids + " ORDER BY event_id, id"),
            });
        }
        return *batch;
    }

    bool loadLookups()
    {
        if (m_lookupsLoaded)
            return true;
        Statement countries(m_db, "SELECT id, alpha2, alpha3, numeric_code, name, "
                                  "official_name, common_name, flag FROM country");
        while (countries.next())
            m_countries.insert(countries.int64(0),
                               Country{countries.int64(0), countries.text(1), countries.text(2),
                                       countries.text(3), countries.text(4), countries.text(5),
                                       countries.text(6), countries.text(7)});
        Statement topics(m_db, topicsQuery(m_hasTopicParents));
        while (topics.next())
            m_topics.insert(topics.int64(0), Topic{topics.int64(0), topics.text(1), topics.text(2),
                                                   topics.text(3), topics.text(4)});
        Statement types(m_db, "SELECT code, scheme, name FROM event_type");
        while (types.next())
            m_types.insert(types.text(0), EventType{types.text(0), types.text(1), types.text(2)});
        Statement sources(m_db,
                          "SELECT id, publisher, title, author, published, url, cites FROM source");
        while (sources.next())
            m_sources.insert(sources.int64(0),
                             Source{sources.int64(0), sources.text(1), sources.text(2),
                                    sources.text(3),
                                    PartialDate::fromEdtf(sources.text(4)).value_or(PartialDate{}),
                                    sources.text(5), sources.text(6)});
        for (const Statement *s : {&countries, &topics, &types, &sources}) {
            if (s->failed())
                return fail(s);
        }
        m_lookupsLoaded = true;
        return true;
    }

    bool read(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent) override
    {
        m_errorCode = 0;
        m_errorString.clear();
        // One read transaction: one lock for the whole read (not one a statement) and one snapshot.
        if constexpr (kOnSqlite) {
            // A read of many events goes through the file once: through a memory map, every page of
            // it would stay mapped into the process (a gigabyte at a million events). Read
            // normally, the pages pass through SQLite's small cache.
            const MemoryMapOff unmapped(m_db, ids.size() > kBatch);
            if (sqlite3_exec(m_db, "SAVEPOINT entente_read", nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return fail();
            const bool ok = readAll(ids, onEvent);
            sqlite3_exec(m_db, "RELEASE entente_read", nullptr, nullptr, nullptr);
            return ok;
        } else {
            // On a server, a repeatable-read transaction gives every statement the same snapshot.
            QSqlDatabase db = m_db;
            const bool own = ids.size() > kBatch && db.transaction();
            if (own)
                QSqlQuery(db).exec(
                    QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            const bool ok = readAll(ids, onEvent);
            if (own)
                db.rollback();
            return ok;
        }
    }

    bool readAll(const QList<qint64> &ids, const std::function<bool(Event &)> &onEvent)
    {
        bool ok = loadLookups();
        bool stopped = false;
        for (qsizetype from = 0; ok && !stopped && from < ids.size(); from += kBatch)
            ok = readBatch(ids, from, std::min(kBatch, ids.size() - from), onEvent, &stopped);
        return ok;
    }

    bool readBatch(const QList<qint64> &ids, qsizetype from, qsizetype n,
                   const std::function<bool(Event &)> &onEvent, bool *stopped)
    {
        std::vector<qint64> sorted(ids.cbegin() + from, ids.cbegin() + from + n);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        Batch &batch = batchFor(int(sorted.size()));
        for (Statement *s :
             {&batch.events, &batch.countries, &batch.topics, &batch.actors, &batch.citations}) {
            if (!s->isValid())
                return fail(s);
            s->reset();
            for (size_t i = 0; i < sorted.size(); ++i)
                s->bind(int(i), sorted[i]);
        }
        // The events of the batch, in the order of the sorted ids; id 0 marks an id of no event.
        std::vector<Event> events(sorted.size());
        auto slot = [&](qint64 id) -> Event * {
            const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), id);
            return it != sorted.cend() && *it == id ? &events[size_t(it - sorted.cbegin())]
                                                    : nullptr;
        };
        Statement &q = batch.events;
        while (q.next()) {
            Event *e = slot(q.int64(0));
            if (!e)
                continue;
            e->id = q.int64(0);
            e->title = q.text(1);
            e->summary = q.text(2);
            e->date = PartialDate::fromEdtf(q.text(3)).value_or(PartialDate{});
            if (!q.isNull(4))
                e->attestedOn = PartialDate::fromEdtf(q.text(4));
            e->dateNote = q.text(5);
            e->type = m_types.value(q.text(6));
            e->unreviewed = q.int64(7) != 0;
        }
        Statement &c = batch.countries;
        while (c.next()) {
            if (Event *e = slot(c.int64(0)))
                e->participants.append({m_countries.value(c.int64(1)), c.text(2)});
        }
        Statement &t = batch.topics;
        while (t.next()) {
            if (Event *e = slot(t.int64(0)))
                e->topics.append(m_topics.value(t.int64(1)));
        }
        Statement &a = batch.actors;
        while (a.next()) {
            if (Event *e = slot(a.int64(0)))
                e->actors.append({a.text(1), a.text(2), a.text(3), a.text(4)});
        }
        Statement &cited = batch.citations;
        while (cited.next()) {
            if (Event *e = slot(cited.int64(0)))
                e->citations.append(
                    {m_sources.value(cited.int64(1)), cited.text(2), cited.text(3), cited.text(4)});
        }
        for (const Statement *s : {&q, &c, &t, &a, &cited}) {
            if (s->failed())
                return fail(s);
        }
        for (Event &e : events) {
            // The orders a reader sees everywhere: countries and topics by name.
            std::sort(e.participants.begin(), e.participants.end(),
                      [](const Participant &x, const Participant &y) {
                          return x.country.name < y.country.name;
                      });
            std::sort(e.topics.begin(), e.topics.end(),
                      [](const Topic &x, const Topic &y) { return x.name < y.name; });
        }
        // Handed over in the asked order; the callback may keep an event (move it), so an id asked
        // for twice gets a copy all but the last time.
        std::vector<int> asked(events.size());
        for (qsizetype i = from; i < from + n; ++i) {
            if (const Event *e = slot(ids[i]))
                ++asked[size_t(e - events.data())];
        }
        for (qsizetype i = from; i < from + n; ++i) {
            Event *e = slot(ids[i]);
            if (!e || e->id == 0)
                continue;
            Event copy;
            Event &given = --asked[size_t(e - events.data())] > 0 ? (copy = *e) : *e;
            if (!onEvent(given)) {
                *stopped = true;
                break;
            }
        }
        return true;
    }

private:
    // What the database said about \a failed (a statement), or about the connection.
    bool fail(const Statement *failed = nullptr)
    {
        if constexpr (kOnSqlite) {
            m_errorCode = sqlite3_extended_errcode(m_db) & 0xff;
            m_errorString = QString::fromUtf8(sqlite3_errmsg(m_db));
        } else {
            const QSqlError error = failed ? failed->error() : m_db.lastError();
            m_errorCode = -1;
            m_errorString = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        }
        return false;
    }

    Connection m_db;
    bool m_hasReviewMarks;
    bool m_hasTopicParents;
    bool m_lookupsLoaded = false;
    QHash<qint64, Country> m_countries;
    QHash<qint64, Topic> m_topics;
    QHash<QString, EventType> m_types;
    QHash<qint64, Source> m_sources;
    std::map<int, std::unique_ptr<Batch>> m_batches;
};

} // namespace

const char *topicsQuery(bool withParents)
{
    return withParents ? "SELECT t.id, t.slug, t.name, t.colour, p.slug FROM topic t "
                         "LEFT JOIN topic_parent tp ON tp.topic_id = t.id "
                         "LEFT JOIN topic p ON p.id = tp.parent_id"
                       : "SELECT t.id, t.slug, t.name, t.colour, NULL FROM topic t";
}

EventReader::~EventReader() = default;

std::unique_ptr<EventReader> EventReader::onSqlite(sqlite3 *db, bool hasReviewMarks,
                                                   bool hasTopicParents)
{
    return std::make_unique<BatchReader<SqliteStatement, sqlite3 *>>(db, hasReviewMarks,
                                                                     hasTopicParents);
}

std::unique_ptr<EventReader> EventReader::onServer(const QSqlDatabase &db)
{
    return std::make_unique<BatchReader<QueryStatement, QSqlDatabase>>(db, true, true);
}

} // namespace entente::core
