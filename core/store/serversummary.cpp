// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serversummary.h"

#include "index/eventindex.h"
#include "index/textsearch.h"
#include "store/sqlconnection.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <libpq-fe.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <tuple>

namespace entente::core {

namespace {

using namespace Qt::StringLiterals;

// The days a calendar month can be told for on both sides (QDate and PostgreSQL's to_date):
// Julian days 0 (4714 BC) to the end of the year 9999. A database with an event outside them is
// counted from its events.
constexpr qint64 kFirstSummaryDay = 0;
constexpr qint64 kLastSummaryDay = 5373484;

// A period is looked up in the summary from 1 January of the year 1 on (before it, years count
// without a year 0 on both sides, and block arithmetic would need to know).
const qint64 kFirstPeriodDay = QDate(1, 1, 1).toJulianDay();

// The calendar month of a Julian day as the summary's block: year × 12 + month − 1.
qint64 monthBlock(qint64 day)
{
    const QDate date = QDate::fromJulianDay(day);
    return qint64(date.year()) * 12 + date.month() - 1;
}

// The first day of the month \a block (of our era).
qint64 monthStart(qint64 block)
{
    return QDate(int(block / 12), int(block % 12) + 1, 1).toJulianDay();
}

// A period as the summary answers it: the blocks of whole years and months it covers (grain,
// first and last block), and the days at its ends that make no whole month (first and last day).
struct PeriodParts
{
    struct Blocks
    {
        int grain;
        qint64 first, last;
    };
    QList<Blocks> blocks;
    QList<std::pair<qint64, qint64>> days;
};

// The parts of the period [\a from, \a to] (open where not given; days of our era).
PeriodParts periodParts(std::optional<qint64> from, std::optional<qint64> to)
{
    constexpr qint64 kOpenStart = std::numeric_limits<qint64>::min();
    constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();
    PeriodParts parts;
    if (!from && !to) {
        parts.blocks = {{0, 0, 0}, {2, kOpenStart, kOpenEnd}};
        return parts;
    }
    // Whole months: from the month of the first day if it starts it, else the next; likewise back
    // from the last day.
    const bool startsMonth = !from || QDate::fromJulianDay(*from).day() == 1;
    const bool endsMonth = !to || QDate::fromJulianDay(*to + 1).day() == 1;
    const qint64 firstMonth = from ? monthBlock(*from) + (startsMonth ? 0 : 1) : kOpenStart;
    const qint64 lastMonth = to ? monthBlock(*to) - (endsMonth ? 0 : 1) : kOpenEnd;
    if (firstMonth > lastMonth) { // within a month, or two parts of months: all days
        parts.days.append({*from, *to});
        return parts;
    }
    if (!startsMonth)
        parts.days.append({*from, monthStart(firstMonth) - 1});
    if (!endsMonth)
        parts.days.append({monthStart(lastMonth + 1), *to});
    // Whole years inside, and the months left at either end.
    const qint64 firstYear = from ? (firstMonth + 11) / 12 : kOpenStart;
    const qint64 lastYear = to ? (lastMonth + 1) / 12 - 1 : kOpenEnd;
    if (firstYear > lastYear) {
        parts.blocks.append({1, firstMonth, lastMonth});
        return parts;
    }
    parts.blocks.append({2, firstYear, lastYear});
    if (from && firstMonth < firstYear * 12)
        parts.blocks.append({1, firstMonth, firstYear * 12 - 1});
    if (to && lastMonth >= (lastYear + 1) * 12)
        parts.blocks.append({1, (lastYear + 1) * 12, lastMonth});
    return parts;
}

// The rows every count of the summary is made from: one row per event with its country and
// topic each 0 ("any"), per event and country, per event and topic, and per event, country and
// topic, with the event's grain and block and its type. \a events is an SQL query of (id,
// date_lower, type_code); \a block an SQL expression of date_lower giving \a grain's block.
// Undated events go to grain 0; events outside the summary's days to none (-1).
QString summaryRows(const QString &events, int grain, const QString &block)
{
    const QString keyed =
        u"SELECT id, CASE WHEN date_lower IS NULL THEN 0 WHEN date_lower BETWEEN %1 AND %2 THEN "
        "%3 ELSE -1 END AS g, CASE WHEN date_lower BETWEEN %1 AND %2 THEN %4 ELSE 0 END AS b, "
        "type_code AS y FROM (%5) src"_s.arg(kFirstSummaryDay)
            .arg(kLastSummaryDay)
            .arg(grain)
            .arg(block, events);
    return u"WITH k AS MATERIALIZED (%1) "
           "SELECT g, b, 0::bigint AS c, 0::bigint AS t, y FROM k "
           "UNION ALL SELECT g, b, x.country_id, 0, y FROM k "
           "JOIN event_country x ON x.event_id = k.id "
           "UNION ALL SELECT g, b, 0, z.topic_id, y FROM k JOIN event_topic z ON z.event_id = k.id "
           "UNION ALL SELECT g, b, x.country_id, z.topic_id, y FROM k "
           "JOIN event_country x ON x.event_id = k.id JOIN event_topic z ON z.event_id = k.id"_s
               .arg(keyed);
}

// The calendar month (year × 12 + month − 1) and year of the Julian day in \a column.
QString monthOfDay(const QString &column)
{
    return u"extract(year FROM to_date(%1::text, 'J'))::bigint * 12 + "
           "extract(month FROM to_date(%1::text, 'J'))::bigint - 1"_s.arg(column);
}
QString yearOfDay(const QString &column)
{
    return u"extract(year FROM to_date(%1::text, 'J'))::bigint"_s.arg(column);
}
// Those of date_lower.
const QString kMonthOfDay = monthOfDay(u"date_lower"_s);
const QString kYearOfDay = yearOfDay(u"date_lower"_s);

// Every combination of the rows: with the type, and with the type as '' ("any"). The undated
// events' rows (grain 0) only \a withUndated: they are counted once, with the months.
QString cubeOf(const QString &rows, int sign, bool withUndated)
{
    return u"SELECT g, b, c, t, coalesce(y, ''), %1 * count(*) FROM (%2) r "
           "WHERE g %3 0 GROUP BY GROUPING SETS ((g, b, c, t, y), (g, b, c, t))"_s.arg(sign)
               .arg(rows, withUndated ? u">="_s : u">"_s);
}

// The day grain: per day, per country or topic alone, any type; \a withTypes (schema 5) per
// type alone too.
QString daysOf(const QString &events, int sign, bool withTypes)
{
    return u"WITH k AS MATERIALIZED (SELECT id, date_lower AS d, type_code AS y FROM (%1) src "
           "WHERE date_lower IS NOT NULL) "
           "SELECT 3, d, c, t, y, %2 * count(*) FROM (SELECT d, 0::bigint AS c, 0::bigint AS t, "
           "''::text AS y FROM k UNION ALL SELECT d, x.country_id, 0, '' FROM k JOIN "
           "event_country x ON x.event_id = k.id UNION ALL SELECT d, 0, z.topic_id, '' FROM k "
           "JOIN event_topic z ON z.event_id = k.id UNION ALL SELECT d, 0, 0, y FROM k WHERE %3) "
           "r GROUP BY d, c, t, y"_s.arg(events)
               .arg(sign)
               .arg(withTypes ? u"true"_s : u"false"_s);
}

// The ends' rows (event_end_summary, schema 5) of the events \a events (an SQL query of id,
// date_lower, date_upper, type_code), each counted \a sign times: per the day, month and year
// each ends, in total and per country, topic, type and year it begins. Events outside the
// summary's days are left out (as in event_summary). \a daysOnly, the days alone (endMonths
// adds the months and years from them).
QString endsOf(const QString &events, int sign, bool daysOnly = false)
{
    return u"WITH k AS MATERIALIZED (SELECT id, date_upper AS d, type_code AS y, %1 AS b FROM "
           "(%2) src WHERE date_lower BETWEEN %3 AND %4) "
           "SELECT r.part, g.grain, r.key, g.block, %5 * count(*) FROM ("
           "SELECT 0::smallint AS part, ''::text AS key, d FROM k "
           "UNION ALL SELECT 1, x.country_id::text, d FROM k JOIN event_country x ON x.event_id "
           "= k.id UNION ALL SELECT 2, z.topic_id::text, d FROM k JOIN event_topic z ON "
           "z.event_id = k.id UNION ALL SELECT 3, y, d FROM k UNION ALL SELECT 4, b::text, d "
           "FROM k) r CROSS JOIN LATERAL (VALUES (3::smallint, r.d), (1, %6), (2, %7)) "
           "g(grain, block) WHERE g.grain = 3 OR NOT %8 GROUP BY 1, 2, 3, 4"_s
               .arg(kYearOfDay, events)
               .arg(kFirstSummaryDay)
               .arg(kLastSummaryDay)
               .arg(sign)
               .arg(monthOfDay(u"r.d"_s), yearOfDay(u"r.d"_s), daysOnly ? u"true"_s : u"false"_s);
}

// The months and years of the ends' day rows, summed from them (after endsOf(…, true)).
const QString kEndMonths =
    u"INSERT INTO event_end_summary (part, grain, key, block, events) SELECT part, g.grain, key, "
    "g.block, sum(events) FROM event_end_summary CROSS JOIN LATERAL (VALUES (1::smallint, %1), "
    "(2, %2)) g(grain, block) WHERE event_end_summary.grain = 3 GROUP BY 1, 2, 3, 4"_s.arg(
        monthOfDay(u"event_end_summary.block"_s), yearOfDay(u"event_end_summary.block"_s));

// The pairs' rows (country_pair_summary, schema 6) of the events \a events (an SQL query of id,
// date_lower, date_upper, type_code), each counted \a sign times: per ordered pair of countries an
// event names, by the month and the year it begins (grains 1 and 2), the undated apart (grain 0).
// Events outside the summary's days are left out (as in event_summary).
QString pairsOf(const QString &events, int sign)
{
    return u"WITH k AS MATERIALIZED (SELECT id, date_lower AS d FROM (%1) src WHERE date_lower IS "
           "NULL OR date_lower BETWEEN %2 AND %3) "
           "SELECT x.country_id, g.grain, g.block, o.country_id, %4 * count(*) FROM k JOIN "
           "event_country x ON x.event_id = k.id JOIN event_country o ON o.event_id = k.id AND "
           "o.country_id <> x.country_id CROSS JOIN LATERAL (VALUES (0::smallint, 0::bigint), "
           "(1, %5), (2, %6)) g(grain, block) WHERE (g.grain = 0) = (k.d IS NULL) "
           "GROUP BY 1, 2, 3, 4"_s.arg(events)
               .arg(kFirstSummaryDay)
               .arg(kLastSummaryDay)
               .arg(sign)
               .arg(monthOfDay(u"k.d"_s), yearOfDay(u"k.d"_s));
}

const QString kInsertPairs =
    u"INSERT INTO country_pair_summary (country_id, grain, block, other_id, events) "_s;
const QString kAddUpPairs = u" ON CONFLICT (country_id, grain, block, other_id) DO UPDATE "
                            "SET events = country_pair_summary.events + EXCLUDED.events"_s;

// Every event, as the summaries' queries read them.
const QString kAllEvents = u"SELECT id, date_lower, date_upper, type_code FROM event"_s;

const QString kInsertEnds = u"INSERT INTO event_end_summary (part, grain, key, block, events) "_s;
const QString kAddUpEnds = u" ON CONFLICT (part, grain, block, key) DO UPDATE "
                           "SET events = event_end_summary.events + EXCLUDED.events"_s;

// The words' rows (word_summary, schema 3) of the events \a events (an SQL query of id,
// date_lower, type_code), each counted \a sign times: per lexeme of each event, its part 0 rows
// (the year, the month and \a withDays the day) and one per country, topic and type, grouped.
// Events outside the summary's days are left out (as in event_summary).
QString wordRows(const QString &events, int sign, bool withDays)
{
    const QString keyed =
        u"SELECT id, CASE WHEN date_lower IS NULL THEN 0 WHEN date_lower BETWEEN %1 AND %2 THEN 2 "
        "ELSE -1 END AS g, CASE WHEN date_lower BETWEEN %1 AND %2 THEN %3 ELSE 0 END AS b, "
        "CASE WHEN date_lower BETWEEN %1 AND %2 THEN %4 ELSE 0 END AS m, date_lower AS d, "
        "type_code AS y FROM (%5) src"_s.arg(kFirstSummaryDay)
            .arg(kLastSummaryDay)
            .arg(kYearOfDay, kMonthOfDay, events);
    // Each event's keys once (its countries and topics read once), then crossed with its words.
    return u"WITH k AS MATERIALIZED (%1) "
           "SELECT w.lexeme, kk.part, kk.g, kk.key, kk.b, %2 * count(*) FROM k "
           "JOIN event_text t ON t.event_id = k.id "
           "CROSS JOIN LATERAL (SELECT 0::smallint AS part, k.g, ''::text AS key, k.b "
           "UNION ALL SELECT 0, 1, '', k.m WHERE k.g = 2 "
           "UNION ALL SELECT 0, 3, '', k.d WHERE k.g = 2 AND %3 "
           "UNION ALL SELECT 3, k.g, k.y, k.b "
           "UNION ALL SELECT 1, k.g, x.country_id::text, k.b FROM event_country x "
           "WHERE x.event_id = k.id "
           "UNION ALL SELECT 2, k.g, z.topic_id::text, k.b FROM event_topic z "
           "WHERE z.event_id = k.id) kk "
           "CROSS JOIN LATERAL unnest(tsvector_to_array(t.folded)) w(lexeme) "
           "WHERE k.g >= 0 GROUP BY 1, 2, 3, 4, 5"_s.arg(keyed)
               .arg(sign)
               .arg(withDays ? u"true"_s : u"false"_s);
}

const QString kInsertWords =
    u"INSERT INTO word_summary (lexeme, part, grain, key, block, events) "_s;
const QString kAddUpWords = u" ON CONFLICT (lexeme, part, grain, key, block) DO UPDATE "
                            "SET events = word_summary.events + EXCLUDED.events"_s;

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toBool();
}

const QString kInsert =
    u"INSERT INTO event_summary (grain, block, country_id, topic_id, type_code, events) "_s;
const QString kAddUp = u" ON CONFLICT (grain, topic_id, type_code, country_id, block) DO UPDATE "
                       "SET events = event_summary.events + EXCLUDED.events"_s;

// "?, ?, ?" for \a n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// A planner setting of this connection while it lives, then back to the value it had before
// (the session's own, if someone set one, not the server's default). Declared before the queries
// it is for: they are destroyed first, so their rows are all read before the setting goes back
// (QPSQL drops the rows of a query not read to the end when another statement runs).
class ScopedSetting
{
public:
    ScopedSetting(const QSqlDatabase &db, const QString &name, const QString &value)
        : m_db(db), m_name(name)
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT current_setting(?), set_config(?, ?, false)"_s);
        q.addBindValue(name);
        q.addBindValue(name);
        q.addBindValue(value);
        if (q.exec() && q.next())
            m_before = q.value(0).toString();
    }
    ~ScopedSetting()
    {
        if (!m_before)
            return;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT set_config(?, ?, false)"_s);
        q.addBindValue(m_name);
        q.addBindValue(*m_before);
        q.exec();
    }
    ScopedSetting(const ScopedSetting &) = delete;
    ScopedSetting &operator=(const ScopedSetting &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    std::optional<QString> m_before; // none: the setting was not made
};

} // namespace

ServerSummary::ServerSummary(QSqlDatabase db) : m_db(std::move(db))
{
    if (PGconn *conn = postgresHandle(m_db))
        m_cancel = PQgetCancel(conn);
    // Questions asked while someone waits: compiling a plan costs more than running it (a
    // rare country's marks at 20M: 172 ms of JIT for 30 ms of work).
    QSqlQuery q(m_db);
    q.exec(u"SET jit = off"_s);
    // Nor parallel workers for a question of a few thousand summary rows: starting them cost 45
    // of the 55 ms of the whole span's country counts at 20M (the planner chose them on a freshly
    // copied database). Counting millions of events still goes parallel.
    q.exec(u"SET parallel_setup_cost = 10000"_s);
    m_counted = isCounted(m_db);
    m_useSummary = m_counted;
    m_wordDays = hasWords(m_db) && hasWordDays(m_db);
    m_ends = m_counted && hasEnds(m_db);
    m_pairs = m_counted && hasPairs(m_db);
}

ServerSummary::~ServerSummary()
{
    if (void *handle = m_cancel.exchange(nullptr))
        PQfreeCancel(static_cast<PGcancel *>(handle));
}

bool ServerSummary::isAvailable(const QSqlDatabase &db)
{
    return hasTable(db, u"event_summary"_s);
}

bool ServerSummary::isCounted(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Schema 6 and older have no such key: their summaries are always counted.
    return !q.exec(u"SELECT value FROM meta WHERE key = 'summaries'"_s) || !q.next() ||
           q.value(0).toString() != "pending"_L1;
}

bool ServerSummary::deferSummaries(qint64 events)
{
    bool ok = false;
    const qint64 set = qEnvironmentVariable("ENTENTE_SERVER_COUNT_ABOVE").toLongLong(&ok);
    return events <= (ok ? set : 1'000'000);
}

bool ServerSummary::setCounted(const QSqlDatabase &db, bool counted, QString *said)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meta (key, value) VALUES ('summaries', ?) ON CONFLICT (key) DO "
              "UPDATE SET value = EXCLUDED.value"_s);
    q.addBindValue(counted ? u"counted"_s : u"pending"_s);
    if (q.exec())
        return true;
    *said = q.lastError().databaseText();
    return false;
}

bool ServerSummary::clear(const QSqlDatabase &db, QString *said)
{
    for (const QString &table : {u"event_summary"_s, u"word_summary"_s, u"event_end_summary"_s,
                                 u"country_pair_summary"_s}) {
        if (hasTable(db, table) && !execSql(db, u"TRUNCATE "_s + table, said))
            return false;
    }
    return true;
}

bool ServerSummary::hasWords(const QSqlDatabase &db)
{
    return hasTable(db, u"word_summary"_s);
}

bool ServerSummary::hasWordDays(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next() &&
           q.value(0).toInt() >= 4;
}

bool ServerSummary::rebuildWords(const QSqlDatabase &db, QString *said)
{
    if (!hasWords(db))
        return true;
    return execSql(db, u"TRUNCATE word_summary"_s, said) &&
           execSql(db,
                   kInsertWords + wordRows(u"SELECT id, date_lower, type_code FROM event"_s, 1,
                                           hasWordDays(db)),
                   said);
}

bool ServerSummary::addWordDays(const QSqlDatabase &db, QString *said)
{
    // wordRows()'s day rows alone: one per lexeme and day, not per lexeme and key.
    return execSql(db,
                   kInsertWords +
                       u"SELECT w.lexeme, 0, 3, '', e.date_lower, count(*) FROM event e "
                       "JOIN event_text t ON t.event_id = e.id CROSS JOIN LATERAL "
                       "unnest(tsvector_to_array(t.folded)) w(lexeme) WHERE "
                       "e.date_lower BETWEEN %1 AND %2 GROUP BY 1, 5"_s.arg(kFirstSummaryDay)
                           .arg(kLastSummaryDay),
                   said);
}

bool ServerSummary::hasEnds(const QSqlDatabase &db)
{
    return hasTable(db, u"event_end_summary"_s);
}

bool ServerSummary::addEnds(const QSqlDatabase &db, QString *said)
{
    // daysOf()'s type rows alone, and every event's ends.
    return execSql(db,
                   kInsert + u"SELECT 3, date_lower, 0, 0, type_code, count(*) FROM event WHERE "
                             "date_lower IS NOT NULL GROUP BY 2, 5"_s,
                   said) &&
           execSql(db, kInsertEnds + endsOf(kAllEvents, 1, true), said) &&
           execSql(db, kEndMonths, said);
}

bool ServerSummary::hasPairs(const QSqlDatabase &db)
{
    return hasTable(db, u"country_pair_summary"_s);
}

bool ServerSummary::addPairs(const QSqlDatabase &db, QString *said)
{
    return execSql(db, kInsertPairs + pairsOf(kAllEvents, 1), said);
}

bool ServerSummary::rebuild(const QSqlDatabase &db, QString *said)
{
    return rebuildWords(db, said) && rebuildEvents(db, said);
}

bool ServerSummary::rebuildEvents(const QSqlDatabase &db, QString *said)
{
    if (!isAvailable(db))
        return true;
    const QString &all = kAllEvents;
    const bool ends = hasEnds(db), pairs = hasPairs(db);
    return execSql(db, u"TRUNCATE event_summary"_s, said) &&
           (!ends || execSql(db, u"TRUNCATE event_end_summary"_s, said)) &&
           (!pairs ||
            (execSql(db, u"TRUNCATE country_pair_summary"_s, said) && addPairs(db, said))) &&
           execSql(db, kInsert + cubeOf(summaryRows(all, 1, kMonthOfDay), 1, true), said) &&
           // A year is the sum of its months.
           execSql(db,
                   kInsert + u"SELECT 2, floor(block / 12.0)::bigint, country_id, topic_id, "
                             "type_code, sum(events) FROM event_summary WHERE grain = 1 "
                             "GROUP BY 2, 3, 4, 5"_s,
                   said) &&
           execSql(db, kInsert + daysOf(all, 1, ends), said) &&
           (!ends || (execSql(db, kInsertEnds + endsOf(all, 1, true), said) &&
                      execSql(db, kEndMonths, said)));
}

bool ServerSummary::adjust(const QSqlDatabase &db, const QList<qint64> &ids, int sign,
                           QString *said)
{
    // Pending summaries are counted whole later, under the writers' lock this change holds
    // too: the state read here cannot change before the change commits.
    if (ids.isEmpty() || !isAvailable(db) || !isCounted(db))
        return true;
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id)); // numbers only: no text from anyone reaches the SQL
    const QString some = u"SELECT id, date_lower, date_upper, type_code FROM event WHERE id = "
                         "ANY(?::bigint[])"_s;
    const bool ends = hasEnds(db);
    const QVariant idArray = u"{%1}"_s.arg(list.join(u','));
    return execSql(db, kInsert + cubeOf(summaryRows(some, 1, kMonthOfDay), sign, true) + kAddUp,
                   said, {idArray}) &&
           execSql(db, kInsert + cubeOf(summaryRows(some, 2, kYearOfDay), sign, false) + kAddUp,
                   said, {idArray}) &&
           execSql(db, kInsert + daysOf(some, sign, ends) + kAddUp, said, {idArray}) &&
           (!ends || execSql(db, kInsertEnds + endsOf(some, sign) + kAddUpEnds, said, {idArray})) &&
           (!hasPairs(db) ||
            execSql(db, kInsertPairs + pairsOf(some, sign) + kAddUpPairs, said, {idArray})) &&
           (!hasWords(db) ||
            execSql(db, kInsertWords + wordRows(some, sign, hasWordDays(db)) + kAddUpWords, said,
                    {idArray}));
}

namespace {

// The rank of each of \a n items in the order \a less (of their indexes) puts them.
template<typename Less> std::vector<quint32> ranksBy(size_t n, Less less)
{
    std::vector<quint32> order(n), rank(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), less);
    for (size_t i = 0; i < n; ++i)
        rank[order[i]] = quint32(i);
    return rank;
}

} // namespace

quint32 WordCounts::slotOf(const Slot &slot)
{
    auto it = m_slotIds.constFind(slot);
    if (it == m_slotIds.cend()) {
        it = m_slotIds.insert(slot, quint32(m_slots.size()));
        m_slots.append(slot);
    }
    return *it;
}

void WordCounts::add(std::optional<qint64> dateLower, const QString &type,
                     const QList<qint64> &countries, const QList<qint64> &topics,
                     QStringView folded)
{
    // As wordRows(): undated events in grain 0; events outside the summary's days nowhere.
    quint8 grain = 0;
    qint32 year = 0, month = 0;
    if (dateLower) {
        if (*dateLower < kFirstSummaryDay || *dateLower > kLastSummaryDay)
            return;
        const QDate date = QDate::fromJulianDay(*dateLower);
        grain = 2;
        year = date.year();
        month = year * 12 + date.month() - 1;
    }
    auto typeId = m_typeIds.constFind(type);
    if (typeId == m_typeIds.cend()) {
        typeId = m_typeIds.insert(type, quint32(m_types.size()));
        m_types.append(type);
    }
    // The event's slots, then each crossed with its words.
    QVarLengthArray<quint32, 16> slots;
    slots.append(slotOf({0, year, 0, grain}));
    if (grain == 2)
        slots.append(slotOf({0, month, 0, 1}));
    if (grain == 2 && m_withDays)
        slots.append(slotOf({0, qint32(*dateLower), 0, 3}));
    slots.append(slotOf({qint64(*typeId), year, 3, grain}));
    for (qint64 id : countries)
        slots.append(slotOf({id, year, 1, grain}));
    for (qint64 id : topics)
        slots.append(slotOf({id, year, 2, grain}));
    // Every key first, then counted together (FlatCounter::addEach()).
    QVarLengthArray<quint64, 512> keys;
    forEachFoldedTerm(folded, [&](QStringView term) {
        auto lexeme = m_lexemeIds.constFind(term);
        if (lexeme == m_lexemeIds.cend()) {
            m_lexemes.append(term.toString());
            lexeme = m_lexemeIds.insert(QStringView(m_lexemes.constLast()),
                                        quint32(m_lexemes.size() - 1));
        }
        const quint64 high = quint64(*lexeme) << 32;
        for (quint32 slot : slots)
            keys.append(high | slot);
    });
    m_counts.addEach(keys);
}

void WordCounts::forEachRow(const std::function<void(const QString &, int, int, const QString &,
                                                     qint64, qint64)> &row) const
{
    // In the table's key order: the rows lie in it on the server's pages too.
    std::vector<std::pair<quint64, qint64>> rows;
    rows.reserve(size_t(m_counts.size()));
    m_counts.forEach([&rows](quint64 key, qint64 events) { rows.emplace_back(key, events); });
    auto keyText = [this](const Slot &s) {
        return s.part == 0   ? QString()
               : s.part == 3 ? m_types[qsizetype(s.key)]
                             : QString::number(s.key);
    };
    std::vector<QString> keys;
    std::vector<QByteArray> keyBytes; // as the server sorts them: bytewise
    keys.reserve(size_t(m_slots.size()));
    for (const Slot &s : m_slots) {
        keys.push_back(keyText(s));
        keyBytes.push_back(keys.back().toUtf8());
    }
    // One number per row: the ranks of its lexeme and slot as the server orders them.
    std::vector<QByteArray> lexemes;
    lexemes.reserve(size_t(m_lexemes.size()));
    for (const QString &l : m_lexemes)
        lexemes.push_back(l.toUtf8());
    const auto lexemeRank =
        ranksBy(lexemes.size(), [&](quint32 a, quint32 b) { return lexemes[a] < lexemes[b]; });
    const auto slotRank = ranksBy(size_t(m_slots.size()), [&](quint32 a, quint32 b) {
        const Slot &sa = m_slots[a], &sb = m_slots[b];
        return std::tie(sa.part, sa.grain, keyBytes[a], sa.block) <
               std::tie(sb.part, sb.grain, keyBytes[b], sb.block);
    });
    for (auto &[packed, events] : rows)
        packed = quint64(lexemeRank[packed >> 32]) << 32 | slotRank[packed & 0xffffffffu];
    std::sort(rows.begin(), rows.end());
    std::vector<quint32> lexemeOfRank(lexemeRank.size()), slotOfRank(slotRank.size());
    for (size_t i = 0; i < lexemeRank.size(); ++i)
        lexemeOfRank[lexemeRank[i]] = quint32(i);
    for (size_t i = 0; i < slotRank.size(); ++i)
        slotOfRank[slotRank[i]] = quint32(i);
    for (const auto &[ranked, events] : rows) {
        const quint32 slot = slotOfRank[ranked & 0xffffffffu];
        const Slot &s = m_slots[qsizetype(slot)];
        row(m_lexemes[qsizetype(lexemeOfRank[ranked >> 32])], s.part, s.grain, keys[slot], s.block,
            events);
    }
}

quint32 EventCounts::indexOf(QHash<qint64, quint32> &indexes, QList<qint64> &ids, qint64 id)
{
    auto it = indexes.constFind(id);
    if (it == indexes.cend()) {
        it = indexes.insert(id, quint32(ids.size()));
        ids.append(id);
    }
    return *it;
}

void EventCounts::add(std::optional<qint64> dateLower, std::optional<qint64> dateUpper,
                      const QString &type, const QList<qint64> &countries,
                      const QList<qint64> &topics)
{
    constexpr quint32 kMost = 1u << 21; // indexes a key holds
    ++m_events;
    auto typeIndex = m_typeIndex.constFind(type);
    if (typeIndex == m_typeIndex.cend()) {
        typeIndex = m_typeIndex.insert(type, quint32(m_types.size()));
        m_types.append(type);
    }
    QVarLengthArray<quint64, 8> c{0}, t{0};
    for (qint64 id : countries)
        c.append(indexOf(m_countryIndex, m_countries, id));
    for (qint64 id : topics)
        t.append(indexOf(m_topicIndex, m_topics, id));
    if (m_countries.size() > kMost || m_topics.size() > kMost || m_types.size() > kMost * 2) {
        m_overflowed = true;
        return;
    }
    auto period = [](quint64 grain, qint64 block) {
        return grain << 56 | (quint64(block + (qint64(1) << 47)) & ((quint64(1) << 48) - 1));
    };
    // As summaryRows() and cubeOf(): every country (or any) × every topic (or any), with the type
    // and with any type; undated events in grain 0, dated ones by month, those outside the
    // summary's days in neither.
    QVarLengthArray<Key, 64> keys; // counted together (FlatCounter::addEach())
    const bool inRange =
        dateLower && *dateLower >= kFirstSummaryDay && *dateLower <= kLastSummaryDay;
    if (!dateLower || inRange) {
        const quint64 when = dateLower ? period(1, monthBlock(*dateLower)) : period(0, 0);
        const quint64 y = quint64(*typeIndex) << 42;
        for (quint64 country : c) {
            for (quint64 topic : t) {
                const quint64 parts = country << 21 | topic;
                keys.append({when, y | parts});
                keys.append({when, parts});
            }
        }
    }
    // As daysOf(): every dated event by its first day, with each country alone, each topic
    // alone, or neither.
    if (dateLower) {
        const quint64 day = period(3, *dateLower);
        keys.append({day, 0});
        for (qsizetype i = 1; i < c.size(); ++i)
            keys.append({day, c[i] << 21});
        for (qsizetype i = 1; i < t.size(); ++i)
            keys.append({day, t[i]});
        if (m_withEnds)
            keys.append({day, quint64(*typeIndex) << 42});
    }
    m_counts.addEach(keys);
    // As endsOf(): the day it ends, in total and per country, topic, type and the year it begins
    // (the months and years are summed from the days in forEachEndRow()).
    if (m_withEnds && inRange && dateUpper) {
        const quint64 day = period(3, *dateUpper);
        const quint64 year = quint64(QDate::fromJulianDay(*dateLower).year() + (1 << 20));
        QVarLengthArray<Key, 16> ends{
            {day, 0}, {day, quint64(3) << 60 | *typeIndex}, {day, quint64(4) << 60 | year}};
        for (qsizetype i = 1; i < c.size(); ++i)
            ends.append({day, quint64(1) << 60 | c[i]});
        for (qsizetype i = 1; i < t.size(); ++i)
            ends.append({day, quint64(2) << 60 | t[i]});
        m_ends.addEach(ends);
    }
    // As pairsOf(): every ordered pair of the countries it names, by the month and the year it
    // begins.
    if (m_withPairs && c.size() > 2 && (!dateLower || inRange)) {
        QVarLengthArray<quint64, 2> periods{period(0, 0)};
        if (dateLower) {
            const QDate date = QDate::fromJulianDay(*dateLower);
            periods = {period(1, monthBlock(*dateLower)), period(2, date.year())};
        }
        QVarLengthArray<Key, 16> pairs;
        for (qsizetype i = 1; i < c.size(); ++i) {
            for (qsizetype j = 1; j < c.size(); ++j) {
                if (c[i] == c[j])
                    continue;
                for (quint64 when : periods)
                    pairs.append({when, c[i] << 21 | c[j]});
            }
        }
        m_pairs.addEach(pairs);
    }
}

void EventCounts::forEachPairRow(
    const std::function<void(qint64, int, qint64, qint64, qint64)> &row) const
{
    const quint64 mask21 = (quint64(1) << 21) - 1;
    const quint64 mask48 = (quint64(1) << 48) - 1;
    m_pairs.forEach([&](const Key &key, qint64 events) {
        row(m_countries[qsizetype(key.parts >> 21)], int(key.period >> 56),
            qint64(key.period & mask48) - (qint64(1) << 47),
            m_countries[qsizetype(key.parts & mask21)], events);
    });
}

void EventCounts::forEachEndRow(
    const std::function<void(int, int, const QString &, qint64, qint64)> &row) const
{
    const quint64 mask48 = (quint64(1) << 48) - 1;
    const quint64 mask60 = (quint64(1) << 60) - 1;
    auto keyText = [&](quint64 parts) {
        const quint64 index = parts & mask60;
        switch (parts >> 60) {
        case 1:
            return QString::number(m_countries[qsizetype(index)]);
        case 2:
            return QString::number(m_topics[qsizetype(index)]);
        case 3:
            return m_types[qsizetype(index)];
        case 4:
            return QString::number(qint64(index) - (1 << 20));
        default:
            return QString();
        }
    };
    // The days as counted, and their months and years summed from them.
    FlatCounter<Key, &EventCounts::hashOf> longer;
    m_ends.forEach([&](const Key &key, qint64 events) {
        const qint64 day = qint64(key.period & mask48) - (qint64(1) << 47);
        const QDate date = QDate::fromJulianDay(day);
        const qint64 month = qint64(date.year()) * 12 + date.month() - 1;
        longer.add({quint64(1) << 56 | quint64(month + (qint64(1) << 47)), key.parts}, events);
        longer.add({quint64(2) << 56 | quint64(date.year() + (qint64(1) << 47)), key.parts},
                   events);
        row(int(key.parts >> 60), 3, keyText(key.parts), day, events);
    });
    longer.forEach([&](const Key &key, qint64 events) {
        row(int(key.parts >> 60), int(key.period >> 56), keyText(key.parts),
            qint64(key.period & mask48) - (qint64(1) << 47), events);
    });
}

void EventCounts::forEachRow(
    const std::function<void(int, qint64, qint64, qint64, const QString &, qint64)> &row) const
{
    struct Row
    {
        Key key;
        qint64 events;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(m_counts.size()));
    // A year is the sum of its months (grain 2, as rebuild() counts it).
    FlatCounter<Key, &EventCounts::hashOf> years;
    m_counts.forEach([&](const Key &key, qint64 events) {
        rows.push_back({key, events});
        if (key.period >> 56 == 1) {
            const qint64 month = qint64(key.period & ((quint64(1) << 48) - 1)) - (qint64(1) << 47);
            const qint64 year = month >= 0 ? month / 12 : -((-month + 11) / 12);
            years.add({quint64(2) << 56 | quint64(year + (qint64(1) << 47)), key.parts}, events);
        }
    });
    years.forEach([&](const Key &key, qint64 events) { rows.push_back({key, events}); });
    // In the primary key's order (grain, topic, type, country, block), as the rows then lie on
    // the server's pages: ranks of the ids and of the codes as the server sorts them (bytewise).
    const auto ranks = [](const auto &values) {
        return ranksBy(size_t(values.size()),
                       [&](quint32 a, quint32 b) { return values[a] < values[b]; });
    };
    const auto countryRank = ranks(m_countries);
    const auto topicRank = ranks(m_topics);
    std::vector<QByteArray> typeBytes;
    for (const QString &type : m_types)
        typeBytes.push_back(type.toUtf8());
    const auto typeRank = ranks(typeBytes);
    // One number to sort by: grain (2 bits), topic, type, country (21 or 22 bits each), block.
    const quint64 mask21 = (quint64(1) << 21) - 1;
    const quint64 mask48 = (quint64(1) << 48) - 1;
    struct Place
    {
        quint64 high, low;
        size_t row;
        bool operator<(const Place &o) const
        {
            return std::tie(high, low) < std::tie(o.high, o.low);
        }
    };
    std::vector<Place> order;
    order.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const Key &k = rows[i].key;
        const auto high = (k.period >> 56) << 62 | quint64(topicRank[k.parts & mask21]) << 41 |
                          quint64(typeRank[k.parts >> 42]) << 19 |
                          quint64(countryRank[(k.parts >> 21) & mask21]) >> 2;
        const auto low =
            quint64(countryRank[(k.parts >> 21) & mask21] & 3) << 62 | (k.period & mask48);
        order.push_back({high, low, i});
    }
    std::sort(order.begin(), order.end());
    for (const Place &place : order) {
        const Row &r = rows[place.row];
        row(int(r.key.period >> 56), qint64(r.key.period & mask48) - (qint64(1) << 47),
            m_countries[qsizetype((r.key.parts >> 21) & mask21)],
            m_topics[qsizetype(r.key.parts & mask21)], m_types[qsizetype(r.key.parts >> 42)],
            r.events);
    }
}

// --- asking

// A filter in the database's terms: ids instead of codes, days instead of partial dates.
struct ServerSummary::Resolved
{
    QList<qint64> countries; // distinct; an unknown code is -1, which nothing has
    bool allCountries = false;
    QList<qint64> topics;
    QStringList types;
    std::optional<qint64> from, to; // the period's first and last day
    QString text;                   // a tsquery, empty for none
    bool unreviewedOnly = false;
    bool anyText = false; // the filter has text (which may select nothing)
};

std::optional<ServerSummary::Resolved> ServerSummary::resolve(const EventFilter &filter,
                                                              QString *error)
{
    Resolved r;
    auto idsOf = [&](const QString &sql, const QStringList &keys, QList<qint64> *out) {
        for (const QString &key : keys) {
            QSqlQuery q(m_db);
            q.prepare(sql);
            q.addBindValue(key);
            if (!run(q, error))
                return false;
            const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
            if (!out->contains(id))
                out->append(id);
        }
        return true;
    };
    if (!idsOf(u"SELECT id FROM country WHERE alpha3 = ?"_s, filter.countries, &r.countries) ||
        !idsOf(u"SELECT id FROM topic WHERE slug = ?"_s, filter.topics, &r.topics))
        return std::nullopt;
    r.allCountries = filter.countryMode == EventFilter::CountryMode::All && r.countries.size() > 1;
    for (const QString &type : filter.eventTypes)
        if (!r.types.contains(type))
            r.types.append(type);
    if (!filter.from.isUndated())
        r.from = filter.from.lowerBound().value;
    if (!filter.to.isUndated())
        r.to = filter.to.upperBound().value;
    r.anyText = !ftsQueryFor(filter.text).isEmpty();
    if (r.anyText)
        r.text = tsQueryFor(filter.text);
    r.unreviewedOnly = filter.unreviewedOnly;
    return r;
}

bool ServerSummary::run(QSqlQuery &q, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec())
        return true;
    *error = sqlErrorText(q.lastError());
    return false;
}

void ServerSummary::cancel()
{
    if (void *handle = m_cancel.load()) {
        char message[256];
        PQcancel(static_cast<PGcancel *>(handle), message, int(sizeof message));
    }
}

namespace {

// An SQL condition with its values, in order.
struct Where
{
    QStringList parts;
    QVariantList binds;

    void add(const QString &part, const QVariantList &values = {})
    {
        parts.append(part);
        binds += values;
    }
    QString text() const { return parts.isEmpty() ? u"TRUE"_s : parts.join(u" AND "_s); }
};

QVariantList variants(const auto &list)
{
    QVariantList out;
    for (const auto &v : list)
        out.append(v);
    return out;
}

} // namespace

namespace {

// What a count is of: the events (None), or per country, topic, type or year of the first day.
enum class Facet { None, Country, Topic, Type, Year };

// The condition on an event e of every part of \a r but \a leave (a facet whose own count is
// asked), with \a period the days it must overlap (nullopt bounds: open).
template<typename R>
Where eventCondition(const R &r, Facet leave, std::optional<qint64> from, std::optional<qint64> to)
{
    Where w;
    if (from || to) {
        w.add(u"e.date_lower IS NOT NULL"_s);
        if (from)
            w.add(u"e.date_upper >= ?"_s, {*from});
        if (to)
            w.add(u"e.date_lower <= ?"_s, {*to});
    }
    if (r.anyText)
        w.add(u"e.id IN (SELECT event_id FROM event_text WHERE folded @@ CAST(? AS tsquery))"_s,
              {r.text});
    if (r.unreviewedOnly)
        w.add(u"e.id IN (SELECT event_id FROM unreviewed_event)"_s);
    if (leave != Facet::Country && !r.countries.isEmpty()) {
        const QString in = placeholders(r.countries.size());
        if (r.allCountries)
            w.add(u"(SELECT count(*) FROM event_country x WHERE x.event_id = e.id AND "
                  "x.country_id IN (%1)) = %2"_s.arg(in)
                      .arg(r.countries.size()),
                  variants(r.countries));
        else
            w.add(u"EXISTS (SELECT 1 FROM event_country x WHERE x.event_id = e.id AND "
                  "x.country_id IN (%1))"_s.arg(in),
                  variants(r.countries));
    }
    if (leave != Facet::Topic && !r.topics.isEmpty())
        w.add(u"EXISTS (SELECT 1 FROM event_topic z WHERE z.event_id = e.id AND z.topic_id IN "
              "(%1))"_s.arg(placeholders(r.topics.size())),
              variants(r.topics));
    if (leave != Facet::Type && !r.types.isEmpty())
        w.add(u"e.type_code IN (%1)"_s.arg(placeholders(r.types.size())), variants(r.types));
    return w;
}

// The condition eventCondition() makes of \a r and \a leave, on the events that start before
// the day \a from and reach into it: by their spans' index.
template<typename R> Where reachingInto(const R &r, Facet leave, qint64 from)
{
    Where w = eventCondition(r, leave, std::nullopt, std::nullopt);
    // Spans holding the day before and the first day: those found in the index alone (asked as
    // "holds the first day, starts before it", the planner also read the millions of earlier
    // events' bounds, and the index gave every event starting on it).
    w.add(u"int8range(e.date_lower, e.date_upper, '[]') @> int8range(?::bigint - 1, ?::bigint, "
          "'[]') AND e.date_lower < e.date_upper"_s,
          {from, from});
    return w;
}

// Counts one facet (or, for None, the events) of the events \a where selects, each (key, count)
// row read by \a read.
bool directCount(const QSqlDatabase &db, Facet facet, const Where &where,
                 const std::function<bool(QSqlQuery &)> &read)
{
    QString sql;
    switch (facet) {
    case Facet::Country:
        sql = u"SELECT fc.country_id, count(*) FROM event e JOIN event_country fc ON fc.event_id "
              "= e.id WHERE %1 GROUP BY 1"_s;
        break;
    case Facet::Topic:
        sql = u"SELECT ft.topic_id, count(*) FROM event e JOIN event_topic ft ON ft.event_id = "
              "e.id WHERE %1 GROUP BY 1"_s;
        break;
    case Facet::Type:
        sql = u"SELECT e.type_code, count(*) FROM event e WHERE %1 GROUP BY 1"_s;
        break;
    case Facet::Year: // the days PostgreSQL's calendar and the summary's both know
        sql = u"SELECT "_s + kYearOfDay +
              u", count(*) FROM event e WHERE %1 AND e.date_lower BETWEEN "_s +
              QString::number(kFirstSummaryDay) + u" AND "_s + QString::number(kLastSummaryDay) +
              u" GROUP BY 1"_s;
        break;
    case Facet::None:
        sql = u"SELECT 0, count(*) FROM event e WHERE %1"_s;
        break;
    }
    QSqlQuery q(db);
    q.prepare(sql.arg(where.text()));
    for (const QVariant &v : where.binds)
        q.addBindValue(v);
    return read(q);
}

// The density of the events \a where selects (an SQL condition on e), overall (key -1) and per
// lane of \a laneList, each row (key, bucket, count).
QString directDensity(const QString &where, bool byCountry, const QString &laneList,
                      const std::function<QString(const QString &)> &bucketOf)
{
    const QString link = byCountry ? u"event_country"_s : u"event_topic"_s;
    const QString linkColumn = byCountry ? u"country_id"_s : u"topic_id"_s;
    return u"WITH e AS MATERIALIZED (SELECT e.id, e.date_lower FROM event e WHERE %1) "
           "SELECT -1, %2, count(*) FROM e GROUP BY 2 UNION ALL "
           "SELECT l.%3, %2, count(*) FROM e JOIN %4 l ON l.event_id = e.id WHERE l.%3 IN (%5) "
           "GROUP BY 1, 2"_s.arg(where, bucketOf(u"e.date_lower::double precision"_s), linkColumn,
                                 link, laneList);
}

// Adds the rows of \a q, each (what, key, count), to \a out: what is 1 for a country (its id as
// key), 2 a topic, 3 a type, 4 the events (any key), 5 a year.
void addCounts(QSqlQuery &q, ServerFacets &out)
{
    while (q.next()) {
        const QString key = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        switch (q.value(0).toInt()) {
        case 1:
            out.countries[key.toLongLong()] += n;
            break;
        case 2:
            out.topics[key.toLongLong()] += n;
            break;
        case 3:
            out.types[key] += n;
            break;
        case 4:
            out.events += n;
            break;
        default:
            out.years[key.toLongLong()] += n;
        }
    }
}

// Rows whose count went back to 0 stay in the summaries; they are no count.
void dropZeros(ServerFacets &out)
{
    for (auto *hash : {&out.countries, &out.topics})
        hash->removeIf([](const auto &it) { return it.value() == 0; });
    out.types.removeIf([](const auto &it) { return it.value() == 0; });
    out.years.removeIf([](const auto &it) { return it.value() == 0; });
}

} // namespace

std::optional<ServerFacets> ServerSummary::facets(const EventFilter &filter, QString *error)
{
    const auto r = resolve(filter, error);
    if (!r)
        return std::nullopt;
    // Where the summary answers: no text (but one word alone) and no review mark, a period (if
    // any) of our era; then per count, at most one value in each other part.
    const auto inEra = [](std::optional<qint64> day) {
        return !day || (*day >= kFirstPeriodDay && *day <= kLastSummaryDay);
    };
    // One word alone (and a period, if any): from the words' summary.
    const bool oneWord = r->anyText && r->countries.isEmpty() && r->topics.isEmpty() &&
                         r->types.isEmpty() && !r->unreviewedOnly;
    bool summarised = m_useSummary && inEra(r->from) && inEra(r->to) && (!r->anyText || oneWord) &&
                      !r->unreviewedOnly && isAvailable(m_db);
    std::optional<QString> lexeme;
    if (summarised && r->anyText) {
        lexeme = lexemeOf(*r);
        summarised = lexeme.has_value();
    }
    if (summarised) {
        // An event outside the summary's days is in no block: count from the events then.
        QSqlQuery q(m_db);
        q.prepare(u"SELECT EXISTS (SELECT 1 FROM event WHERE date_lower < ? OR date_lower > ?)"_s);
        q.addBindValue(kFirstSummaryDay);
        q.addBindValue(kLastSummaryDay);
        if (!run(q, error))
            return std::nullopt;
        summarised = q.next() && !q.value(0).toBool();
    }
    if (summarised && lexeme)
        return wordFacets(*r, *lexeme, error);
    // A period alone: from the beginnings and the ends (the day before its first is of our era).
    if (summarised && m_ends && r->countries.isEmpty() && r->topics.isEmpty() &&
        r->types.isEmpty() && (r->from || r->to) && (!r->from || *r->from > kFirstPeriodDay) &&
        (!r->from || !r->to || *r->from <= *r->to))
        return periodFacets(*r, error);
    const bool oneCountry = r->countries.size() <= 1, oneTopic = r->topics.size() <= 1,
               oneType = r->types.size() <= 1;
    const PeriodParts period = periodParts(r->from, r->to);
    ServerFacets out;
    out.fromSummary = summarised && oneCountry && oneTopic && oneType;
    // One count (\a facet's, or the events' for None), each (key, count) given to \a store.
    auto count = [&](Facet facet, auto &&store) -> bool {
        const bool fromSummary = summarised && (facet == Facet::Country || oneCountry) &&
                                 (facet == Facet::Topic || oneTopic) &&
                                 (facet == Facet::Type || oneType);
        auto read = [&](QSqlQuery &q) {
            if (!run(q, error))
                return false;
            while (q.next())
                store(q.value(0), q.value(1).toLongLong());
            return true;
        };
        if (fromSummary) {
            // Rows of the summary with the other parts' one value (or "any").
            // The counted facet's own column takes every value but "any"; the others theirs.
            const struct
            {
                Facet facet;
                QString column;
                QVariant value, any;
            } columns[] = {
                {Facet::Country, u"country_id"_s, r->countries.isEmpty() ? 0 : r->countries.first(),
                 0},
                {Facet::Topic, u"topic_id"_s, r->topics.isEmpty() ? 0 : r->topics.first(), 0},
                {Facet::Type, u"type_code"_s, r->types.isEmpty() ? u""_s : r->types.first(), u""_s},
            };
            // The year of a month's block, or a year's own block.
            QString key = facet == Facet::Year
                              ? u"(CASE WHEN grain = 1 THEN block / 12 ELSE block END)"_s
                              : u"0"_s;
            Where w;
            for (const auto &column : columns) {
                if (column.facet == facet) {
                    key = column.column;
                    w.add(column.column + u" <> ?"_s, {column.any});
                } else {
                    w.add(column.column + u" = ?"_s, {column.value});
                }
            }
            if (!period.blocks.isEmpty()) {
                QStringList parts;
                QVariantList binds;
                for (const PeriodParts::Blocks &range : period.blocks) {
                    if (facet == Facet::Year && range.grain == 0)
                        continue; // undated: in no year
                    parts.append(u"SELECT %1 AS k, events FROM event_summary WHERE grain = ? AND "
                                 "block BETWEEN ? AND ? AND %2"_s.arg(key, w.text()));
                    binds << range.grain << range.first << range.last;
                    binds += w.binds;
                }
                if (!parts.isEmpty()) {
                    QSqlQuery q(m_db);
                    q.prepare(u"SELECT k, sum(events) FROM (%1) s GROUP BY k"_s.arg(
                        parts.join(u" UNION ALL "_s)));
                    for (const QVariant &v : std::as_const(binds))
                        q.addBindValue(v);
                    if (!read(q))
                        return false;
                }
            }
            if (out.fromSummary)
                return true; // the period's edges: read once for every count, below
            // The days at either end that make no whole month, from the events.
            for (const auto &[first, last] : period.days) {
                Where ragged = eventCondition(*r, facet, std::nullopt, std::nullopt);
                ragged.add(u"e.date_lower BETWEEN ? AND ?"_s, {first, last});
                if (!directCount(m_db, facet, ragged, read))
                    return false;
            }
            if (!r->from)
                return true;
            return directCount(m_db, facet, reachingInto(*r, facet, *r->from), read);
        }
        return directCount(m_db, facet, eventCondition(*r, facet, r->from, r->to), read);
    };
    auto byId = [](QHash<qint64, qint64> &hash) {
        return [&hash](const QVariant &key, qint64 n) { hash[key.toLongLong()] += n; };
    };
    if (r->anyText || r->unreviewedOnly) {
        // Every count from the events the text (or the review mark) and the period select,
        // found once: at 20M a word's events take seconds to find.
        Resolved base = *r;
        base.countries.clear();
        base.topics.clear();
        base.types.clear();
        base.allCountries = false;
        const Where w = eventCondition(base, Facet::None, r->from, r->to);
        if (!countSelected(
                *r, u"SELECT e.id, e.type_code, e.date_lower FROM event e WHERE "_s + w.text(),
                w.binds, out, error))
            return std::nullopt;
        dropZeros(out);
        return out;
    }
    const bool ok = count(Facet::Country, byId(out.countries)) &&
                    count(Facet::Topic, byId(out.topics)) &&
                    count(Facet::Type,
                          [&](const QVariant &key, qint64 n) { out.types[key.toString()] += n; }) &&
                    count(Facet::None, [&](const QVariant &, qint64 n) { out.events += n; }) &&
                    count(Facet::Year,
                          [&](const QVariant &key, qint64 n) { out.years[key.toLongLong()] += n; });
    if (!ok || (out.fromSummary && !countEdges(*r, period.days, out, error)))
        return std::nullopt;
    dropZeros(out);
    return out;
}

std::optional<ServerFacets> ServerSummary::periodFacets(const Resolved &r, QString *error)
{
    // The events in [from, to] are those that begin by its last day less those that end before
    // its first (an event that ends before it began before it too): each a sum of the rows of
    // the years before a day's year, the months of its year before its month, and the days of
    // its month up to it. Beginnings from event_summary, ends from event_end_summary.
    struct UpTo
    {
        qint64 year, firstMonth, lastMonth, firstDay, lastDay;
    };
    auto upTo = [](std::optional<qint64> day) {
        if (!day) // every year, no month or day more
            return UpTo{std::numeric_limits<qint64>::max(), 1, 0, 1, 0};
        const qint64 month = monthBlock(*day);
        const qint64 year = QDate::fromJulianDay(*day).year();
        return UpTo{year, year * 12, month - 1, monthStart(month), *day};
    };
    QStringList parts;
    QVariantList binds;
    // The rows of \a table up to \a u meeting \a condition, as (key, events) by \a columns.
    auto rowsUpTo = [&](const QString &columns, const QString &table, const QString &condition,
                        const UpTo &u, const QVariant &partKey = {}) {
        const QString select = u"SELECT %1 FROM %2 WHERE %3 AND "_s.arg(columns, table, condition);
        QStringList grains;
        grains << select + u"grain = 2 AND block < ?"_s
               << select + u"grain = 1 AND block BETWEEN ? AND ?"_s
               << select + u"grain = 3 AND block BETWEEN ? AND ?"_s;
        const QVariantList blocks[] = {
            {u.year}, {u.firstMonth, u.lastMonth}, {u.firstDay, u.lastDay}};
        for (const QVariantList &b : blocks) {
            if (partKey.isValid())
                binds << partKey;
            binds += b;
        }
        return grains.join(u" UNION ALL "_s);
    };
    const UpTo begun = upTo(r.to);
    // Beginnings, one part alone (the others "any"): per country, topic and type, each from its
    // own rows (a lateral lookup per key: the summary's keys hold the block last), and in total.
    const struct
    {
        int kind;
        QString keys, key, condition;
    } beginnings[] = {
        {1, u"country"_s, u"v.id::text"_s,
         u"country_id = v.id AND topic_id = 0 AND type_code = ''"_s},
        {2, u"topic"_s, u"v.id::text"_s,
         u"topic_id = v.id AND country_id = 0 AND type_code = ''"_s},
        {3, u"event_type"_s, u"v.code"_s,
         u"type_code = v.code AND country_id = 0 AND topic_id = 0"_s},
    };
    const QString total = u"country_id = 0 AND topic_id = 0 AND type_code = ''"_s;
    for (const auto &b : beginnings)
        parts.append(
            u"SELECT %1, %2, n FROM %3 v CROSS JOIN LATERAL (SELECT sum(events) AS n "
            "FROM (%4) u) x"_s.arg(QString::number(b.kind), b.key, b.keys,
                                   rowsUpTo(u"events"_s, u"event_summary"_s, b.condition, begun)));
    parts.append(u"SELECT 4, '', events FROM (%1) u"_s.arg(
        rowsUpTo(u"events"_s, u"event_summary"_s, total, begun)));
    // Per year: the whole years' own, and the months and days of the last one.
    parts.append(rowsUpTo(u"5, CASE WHEN grain = 2 THEN block ELSE ? END::text, events"_s,
                          u"event_summary"_s, total, begun, begun.year));
    // Ends before the first day, taken away: per part (0 the total, 4 the year of beginning).
    if (r.from) {
        const UpTo ended = upTo(*r.from - 1);
        for (int part = 0; part <= 4; ++part) {
            const int kind = part == 0 ? 4 : part == 4 ? 5 : part;
            parts.append(rowsUpTo(u"%1, key, -events"_s.arg(kind), u"event_end_summary"_s,
                                  u"part = %1"_s.arg(part), ended));
        }
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT k, key, sum(n) FROM (SELECT 0 AS k, ''::text AS key, 0::bigint AS n "
              "WHERE false UNION ALL %1) s GROUP BY 1, 2"_s.arg(parts.join(u" UNION ALL "_s)));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!run(q, error))
        return std::nullopt;
    ServerFacets out;
    out.fromSummary = true;
    out.edgesFromSummary = true;
    addCounts(q, out);
    dropZeros(out);
    return out;
}

std::optional<QString> ServerSummary::lexemeOf(const Resolved &r)
{
    // The search's one term as the server reads it (what event_text is matched with), a prefix.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT numnode(q), querytree(q) FROM CAST(? AS tsquery) q"_s);
    q.addBindValue(r.text);
    QString error;
    if (!hasWords(m_db) || !run(q, &error) || !q.next() || q.value(0).toInt() != 1)
        return std::nullopt;
    static const QRegularExpression kPrefix(u"^'((?:[^']|'')*)':\\*$"_s);
    const QRegularExpressionMatch match = kPrefix.match(q.value(1).toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QString prefix = match.captured(1).replace(u"''"_s, u"'"_s);
    // The lexemes it is a prefix of, in bytewise order: one range. An event holding two of them
    // would count twice in their sum, so only one (or none: the search selects nothing) answers.
    QSqlQuery lexemes(m_db);
    lexemes.prepare(u"SELECT DISTINCT lexeme FROM word_summary WHERE lexeme >= ? AND lexeme < ? "
                    "ORDER BY 1 LIMIT 2"_s);
    lexemes.addBindValue(prefix);
    // Above every lexeme that begins with it: the prefix and U+10FFFF, the last code point.
    lexemes.addBindValue(QString(prefix + QChar(0xDBFF) + QChar(0xDFFF)));
    if (!run(lexemes, &error))
        return std::nullopt;
    QStringList found;
    while (lexemes.next())
        found.append(lexemes.value(0).toString());
    if (found.size() > 1)
        return std::nullopt;
    return found.isEmpty() ? prefix : found.first();
}

std::optional<ServerFacets> ServerSummary::wordFacets(const Resolved &r, const QString &lexeme,
                                                      QString *error)
{
    ServerFacets out;
    out.fromSummary = true;
    // The whole years of the period from the words' rows; its ends that make no whole year, and
    // the events reaching into it from before, from the events.
    QList<std::pair<qint64, qint64>> edges;
    qint64 firstYear = std::numeric_limits<qint64>::min();
    qint64 lastYear = std::numeric_limits<qint64>::max();
    if (r.from) {
        const QDate day = QDate::fromJulianDay(*r.from);
        firstYear = day.year() + (day.dayOfYear() == 1 ? 0 : 1);
    }
    if (r.to) {
        const QDate day = QDate::fromJulianDay(*r.to);
        lastYear = day.year() - (day.dayOfYear() == day.daysInYear() ? 0 : 1);
    }
    if (firstYear > lastYear) {
        edges.append({*r.from, *r.to});
    } else {
        if (r.from && QDate::fromJulianDay(*r.from).dayOfYear() != 1)
            edges.append({*r.from, QDate(int(firstYear), 1, 1).toJulianDay() - 1});
        if (r.to &&
            QDate::fromJulianDay(*r.to).dayOfYear() != QDate::fromJulianDay(*r.to).daysInYear())
            edges.append({QDate(int(lastYear) + 1, 1, 1).toJulianDay(), *r.to});
        // Rows as countSelected() reads them: (1 country | 2 topic | 3 type | 4 events | 5
        // year, key, count).
        const QString rows = u"FROM word_summary WHERE lexeme = ? AND part BETWEEN 0 AND 3 AND "
                             "((grain = 0 AND ?) OR (grain = 2 AND block BETWEEN ? AND ?))"_s;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT CASE WHEN part = 0 THEN 4 ELSE part END, key, sum(events) %1 "
                  "GROUP BY 1, 2 UNION ALL SELECT 5, block::text, sum(events) %1 AND part = 0 "
                  "AND grain = 2 GROUP BY 2"_s.arg(rows));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(lexeme);
            q.addBindValue(!r.from && !r.to); // undated events: only without a period
            q.addBindValue(firstYear);
            q.addBindValue(lastYear);
        }
        if (!run(q, error))
            return std::nullopt;
        addCounts(q, out);
    }
    // The edges, from the events holding the word there.
    if (!countEdges(r, edges, out, error))
        return std::nullopt;
    dropZeros(out);
    return out;
}

bool ServerSummary::countEdges(const Resolved &r, const QList<std::pair<qint64, qint64>> &days,
                               ServerFacets &out, QString *error)
{
    // The events at the period's edges, read once: those starting in the days at either end
    // that make no whole month, and those starting before the period and reaching into it
    // (spans holding the day before and the first day, found in the spans' index alone).
    // With a word (wordFacets()), the events that hold it.
    Resolved words;
    words.anyText = r.anyText;
    words.text = r.text;
    const Where text = eventCondition(words, Facet::None, std::nullopt, std::nullopt);
    QStringList parts;
    QVariantList binds;
    const QString columns =
        u"SELECT e.id, e.type_code, e.date_lower FROM event e WHERE %1 AND "_s.arg(text.text());
    for (const auto &[first, last] : days) {
        parts.append(columns + u"e.date_lower BETWEEN ? AND ?"_s);
        binds += text.binds;
        binds << first << last;
    }
    if (r.from) {
        const Where reaching = reachingInto(words, Facet::None, *r.from);
        parts.append(u"SELECT e.id, e.type_code, e.date_lower FROM event e WHERE "_s +
                     reaching.text());
        binds += reaching.binds;
    }
    if (parts.isEmpty())
        return true;
    return countSelected(r, parts.join(u" UNION ALL "_s), binds, out, error);
}

bool ServerSummary::countSelected(const Resolved &r, const QString &events, QVariantList binds,
                                  ServerFacets &out, QString *error)
{
    // Which of the filter's parts each event meets: every count takes the events that meet the
    // parts other than its own.
    auto only = [&r](Facet part) {
        Resolved one;
        if (part == Facet::Country) {
            one.countries = r.countries;
            one.allCountries = r.allCountries;
        } else if (part == Facet::Topic) {
            one.topics = r.topics;
        } else {
            one.types = r.types;
        }
        return eventCondition(one, Facet::None, std::nullopt, std::nullopt);
    };
    const Where hasCountry = only(Facet::Country), hasTopic = only(Facet::Topic),
                hasType = only(Facet::Type);
    binds += hasCountry.binds;
    binds += hasTopic.binds;
    binds += hasType.binds;
    const QString sql =
        u"WITH e AS MATERIALIZED (%1), f AS MATERIALIZED (SELECT e.*, %2 AS c, %3 AS t, %4 AS y "
        "FROM e) "
        "SELECT 1, fc.country_id::text, count(*) FROM f JOIN event_country fc ON fc.event_id = "
        "f.id WHERE f.t AND f.y GROUP BY 2 UNION ALL "
        "SELECT 2, ft.topic_id::text, count(*) FROM f JOIN event_topic ft ON ft.event_id = f.id "
        "WHERE f.c AND f.y GROUP BY 2 UNION ALL "
        "SELECT 3, f.type_code, count(*) FROM f WHERE f.c AND f.t GROUP BY 2 UNION ALL "
        "SELECT 4, '', count(*) FROM f WHERE f.c AND f.t AND f.y UNION ALL "
        "SELECT 5, (%5)::text, count(*) FROM f WHERE f.c AND f.t AND f.y AND date_lower "
        "BETWEEN %6 AND %7 GROUP BY 2"_s.arg(
            events, hasCountry.text(), hasTopic.text(), hasType.text(), kYearOfDay,
            QString::number(kFirstSummaryDay), QString::number(kLastSummaryDay));
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!run(q, error))
        return false;
    addCounts(q, out);
    return true;
}

std::optional<LaneMode> ServerSummary::summaryLanes(const EventFilter &filter, double daysPerBucket)
{
    if (!ftsQueryFor(filter.text).isEmpty() || filter.unreviewedOnly ||
        filter.countries.size() > 1 || filter.topics.size() > 1 || filter.eventTypes.size() > 1)
        return std::nullopt;
    const bool noFacets =
        filter.countries.isEmpty() && filter.topics.isEmpty() && filter.eventTypes.isEmpty();
    if (noFacets) // by day, a period too
        return LaneMode::Countries;
    if (!filter.from.isUndated() || !filter.to.isUndated()) // by day, the total only
        return std::nullopt;
    if (daysPerBucket < 31) // by month only
        return std::nullopt;
    if (filter.countries.isEmpty())
        return LaneMode::Countries;
    if (filter.topics.isEmpty())
        return LaneMode::Topics;
    return std::nullopt;
}

std::optional<ServerDensity> ServerSummary::density(const EventFilter &filter, LaneMode mode,
                                                    const QList<qint64> &lanes, qint64 first,
                                                    qint64 last, int buckets, QString *error)
{
    const auto r = resolve(filter, error);
    if (!r)
        return std::nullopt;
    ServerDensity out;
    out.first = first;
    out.last = std::max(first, last);
    out.buckets = std::max(1, buckets);
    out.total.assign(size_t(out.buckets), 0);
    out.lanes.assign(size_t(lanes.size()), std::vector<qint64>(size_t(out.buckets), 0));
    const bool byCountry = mode == LaneMode::Countries;
    const auto summaryDay = [](std::optional<qint64> day) {
        return !day || (*day >= kFirstSummaryDay && *day <= kLastSummaryDay);
    };
    const bool counted = !r->anyText && !r->unreviewedOnly && out.first >= kFirstSummaryDay &&
                         out.last <= kLastSummaryDay && m_useSummary && isAvailable(m_db);
    const bool plain = counted && !r->from && !r->to;
    const bool noFacets = r->countries.isEmpty() && r->topics.isEmpty() && r->types.isEmpty();
    const bool single = r->countries.size() <= 1 && r->topics.size() <= 1 && r->types.size() <= 1;
    // The lanes' own part of the filter must be free for the summary to count them.
    const bool lanesFree =
        lanes.isEmpty() || (byCountry ? r->countries.isEmpty() : r->topics.isEmpty());
    // By day: with no filter (the lanes too), or one country or one topic alone (no lanes); a
    // period too (its days from the summary, the events reaching into it from the events).
    const bool daily =
        counted && summaryDay(r->from) && summaryDay(r->to) && r->types.isEmpty() &&
        (noFacets || (lanes.isEmpty() && r->countries.size() + r->topics.size() == 1));
    // By month, with one value in each part, when every part spans a month or more (an event
    // then falls at most one part early).
    const double daysPerBucket = double(out.last + 1 - out.first) / out.buckets;
    const bool monthly = plain && !daily && single && lanesFree && daysPerBucket >= 31 &&
                         out.first >= kFirstPeriodDay;
    // A word alone, the total only: from the words' summary, by month when every part spans a
    // month or more and there is no period, else by day (schema 4 on; a period's days from the
    // summary, the events reaching into it from the events, as above).
    const bool wordAlone = r->anyText && !r->unreviewedOnly && r->countries.isEmpty() &&
                           r->topics.isEmpty() && r->types.isEmpty() && lanes.isEmpty() &&
                           out.first >= kFirstPeriodDay && out.last <= kLastSummaryDay &&
                           m_useSummary;
    const bool wordMonthly = wordAlone && !r->from && !r->to && daysPerBucket >= 31;
    const bool wordDaily =
        wordAlone && !wordMonthly && m_wordDays && summaryDay(r->from) && summaryDay(r->to);
    std::optional<QString> lexeme;
    if (wordMonthly || wordDaily)
        lexeme = lexemeOf(*r);
    QStringList lanesIn;
    for (qint64 id : lanes)
        lanesIn.append(QString::number(id)); // numbers only
    const QString laneList = lanesIn.isEmpty() ? u"NULL"_s : lanesIn.join(u", "_s);
    QString sql;
    QVariantList binds;
    QList<std::pair<QString, QVariantList>> more; // further statements, read the same way
    const QString bucket = u"width_bucket(%1, %2, %3, %4)"_s;
    const QString span = u"%1::double precision"_s;
    auto bucketOf = [&](const QString &day) {
        return bucket.arg(day, span.arg(out.first), span.arg(out.last + 1)).arg(out.buckets);
    };
    const QString monthStart =
        u"greatest(to_char(make_date((block / 12)::int, (block % 12 + 1)::int, 1), "
        "'J')::bigint, %1)::double precision"_s.arg(out.first);
    // The events starting before the period and reaching into it, from the events (spans
    // holding the day before and the first day, by the spans' index): for counts by day.
    auto reachingIn = [&] {
        if (!r->from)
            return;
        Where w = reachingInto(*r, Facet::None, *r->from);
        w.add(u"e.date_lower BETWEEN ? AND ?"_s, {out.first, out.last});
        more.append({directDensity(w.text(), byCountry, laneList, bucketOf), w.binds});
    };
    // The days of the span within the period.
    const qint64 firstDay = std::max(out.first, r->from.value_or(out.first));
    const qint64 lastDay = std::min(out.last, r->to.value_or(out.last));
    if (lexeme && wordMonthly) {
        sql = u"SELECT -1, %1, sum(events) FROM word_summary WHERE lexeme = ? AND part = 0 AND "
              "grain = 1 AND key = '' AND block BETWEEN ? AND ? GROUP BY 1, 2"_s.arg(
                  bucketOf(monthStart));
        binds << *lexeme << monthBlock(out.first) << monthBlock(out.last);
        out.fromSummary = true;
    } else if (lexeme) {
        sql = u"SELECT -1, %1, sum(events) FROM word_summary WHERE lexeme = ? AND part = 0 AND "
              "grain = 3 AND key = '' AND block BETWEEN ? AND ? GROUP BY 1, 2"_s.arg(
                  bucketOf(u"block::double precision"_s));
        binds << *lexeme << firstDay << lastDay;
        reachingIn();
        out.fromSummary = true;
    } else if (daily || monthly) {
        // The rows: the lanes' column takes "any" (the total) and each lane; the other parts
        // their one value or "any".
        const qint64 c = r->countries.isEmpty() ? 0 : r->countries.first();
        const qint64 t = r->topics.isEmpty() ? 0 : r->topics.first();
        const QString laneColumn = byCountry ? u"country_id"_s : u"topic_id"_s;
        QString key = u"-1"_s, rows;
        if (lanes.isEmpty()) {
            rows = u"country_id = %1 AND topic_id = %2"_s.arg(c).arg(t);
        } else {
            key = u"CASE WHEN %1 = 0 THEN -1 ELSE %1 END"_s.arg(laneColumn);
            rows = u"%1 IN (0, %2) AND %3"_s.arg(laneColumn, laneList,
                                                 byCountry ? u"topic_id = %1"_s.arg(t)
                                                           : u"country_id = %1"_s.arg(c));
        }
        if (daily) {
            sql = u"SELECT %1, %2, sum(events) FROM event_summary WHERE grain = 3 AND %3 AND "
                  "type_code = '' AND block BETWEEN ? AND ? GROUP BY 1, 2"_s.arg(
                      key, bucketOf(u"block::double precision"_s), rows);
            binds << firstDay << lastDay;
            reachingIn();
        } else {
            sql = u"SELECT %1, %2, sum(events) FROM event_summary WHERE grain = 1 AND %3 AND "
                  "type_code = ? AND block BETWEEN ? AND ? GROUP BY 1, 2"_s.arg(
                      key, bucketOf(monthStart), rows);
            binds << (r->types.isEmpty() ? QString(u""_s) : r->types.first())
                  << monthBlock(out.first) << monthBlock(out.last);
        }
        out.fromSummary = true;
    } else {
        Where w = eventCondition(*r, Facet::None, r->from, r->to);
        w.add(u"e.date_lower BETWEEN ? AND ?"_s, {out.first, out.last});
        sql = directDensity(w.text(), byCountry, laneList, bucketOf);
        binds = w.binds;
    }
    QHash<qint64, qsizetype> laneOf;
    for (qsizetype i = 0; i < lanes.size(); ++i)
        laneOf.insert(lanes[i], i);
    more.prepend({sql, binds});
    for (const auto &[statement, values] : std::as_const(more)) {
        QSqlQuery q(m_db);
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!run(q, error))
            return std::nullopt;
        while (q.next()) {
            const qint64 key = q.value(0).toLongLong();
            const int b = q.value(1).toInt() - 1; // width_bucket counts from 1
            if (b < 0 || b >= out.buckets)
                continue;
            const qint64 n = q.value(2).toLongLong();
            if (key == -1)
                out.total[size_t(b)] += n;
            else if (const auto it = laneOf.constFind(key); it != laneOf.cend())
                out.lanes[size_t(*it)][size_t(b)] += n;
        }
    }
    return out;
}

std::optional<std::vector<ServerMark>> ServerSummary::marks(const EventFilter &filter, qint64 first,
                                                            qint64 last, int limit, QString *error)
{
    const auto r = resolve(filter, error);
    if (!r)
        return std::nullopt;
    Where w = eventCondition(*r, Facet::None, r->from, r->to);
    w.add(u"e.date_lower BETWEEN ? AND ?"_s, {first, last});
    // Read in date order until the limit, by this connection alone: with parallel workers, a
    // country and a topic's marks for a year at 20M took 107 ms in psql, 52 ms without them.
    const ScopedSetting serial(m_db, u"max_parallel_workers_per_gather"_s, u"0"_s);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.id, e.date_lower, e.date_upper, e.title, EXISTS (SELECT 1 FROM "
              "unreviewed_event u WHERE u.event_id = e.id), e.date, array_to_string(ARRAY(SELECT "
              "c.country_id FROM event_country c WHERE c.event_id = e.id ORDER BY 1), ',') "
              "FROM event e WHERE %1 ORDER BY "
              "e.date_lower, e.date_upper, e.id LIMIT ?"_s.arg(w.text()));
    for (const QVariant &v : std::as_const(w.binds))
        q.addBindValue(v);
    q.addBindValue(std::max(0, limit) + 1);
    std::optional<std::vector<ServerMark>> out;
    if (run(q, error)) {
        out.emplace();
        while (q.next()) {
            ServerMark mark;
            mark.id = q.value(0).toLongLong();
            mark.lower = q.value(1).toLongLong();
            mark.upper = q.value(2).toLongLong();
            mark.title = q.value(3).toString();
            mark.unreviewed = q.value(4).toBool();
            mark.date = q.value(5).toString();
            const QString countries = q.value(6).toString();
            for (QStringView id : QStringView(countries).split(u',', Qt::SkipEmptyParts))
                mark.countries.append(id.toLongLong());
            out->push_back(std::move(mark));
        }
    }
    return out;
}

bool ServerSummary::pairCounts(const Resolved &r, const std::function<void(qint64, qint64)> &store,
                               QString *error)
{
    const qint64 country = r.countries.first();
    const PeriodParts period = periodParts(r.from, r.to);
    QVariantList binds{country}; // of the summaries' rows: the country, then each range of blocks
    // The whole years and months and the undated from the summary; the days from the events.
    QStringList blocks;
    for (const PeriodParts::Blocks &range : period.blocks) {
        blocks.append(u"(grain = ? AND block BETWEEN ? AND ?)"_s);
        binds << range.grain << range.first << range.last;
    }
    auto read = [&](QSqlQuery &q) {
        if (!run(q, error))
            return false;
        while (q.next())
            store(q.value(0).toLongLong(), q.value(1).toLongLong());
        return true;
    };
    // The other countries of the summary's blocks, and the country itself (all their events).
    if (!blocks.isEmpty()) {
        const QString when = blocks.join(u" OR "_s);
        QSqlQuery q(m_db);
        q.prepare(u"SELECT c, sum(events) FROM (SELECT other_id AS c, events FROM "
                  "country_pair_summary WHERE country_id = ? AND (%1) UNION ALL SELECT "
                  "country_id, events FROM event_summary WHERE country_id = ? AND topic_id = 0 "
                  "AND type_code = '' AND (%1)) s GROUP BY c"_s.arg(when));
        for (const QVariant &v : binds + binds)
            q.addBindValue(v);
        if (!read(q))
            return false;
    }
    // The country itself, and the others, of the events in the rest of the period: those that
    // begin in it, and those that begin before it and reach into it.
    for (const auto &[first, last] : period.days) {
        Where w = eventCondition(r, Facet::None, std::nullopt, std::nullopt);
        w.add(u"e.date_lower BETWEEN ? AND ?"_s, {first, last});
        if (!directCount(m_db, Facet::Country, w, read))
            return false;
    }
    return !r.from ||
           directCount(m_db, Facet::Country, reachingInto(r, Facet::None, *r.from), read);
}

std::optional<EventCharts> ServerSummary::charts(const EventFilter &filter,
                                                 const ServerFacets &facets,
                                                 const EventIndex &vocabulary, QString *error,
                                                 std::vector<qint64> *countryCounts,
                                                 bool countFromEvents)
{
    const auto r = resolve(filter, error);
    if (!r)
        return std::nullopt;
    QHash<qint64, qsizetype> countryRef, topicRef;
    for (qsizetype i = 0; i < vocabulary.countries().size(); ++i)
        countryRef.insert(vocabulary.countries()[i].id, i);
    for (qsizetype i = 0; i < vocabulary.topics().size(); ++i)
        topicRef.insert(vocabulary.topics()[i].id, i);
    // One country and nothing but a period, where the summary answers the rest: the other
    // countries from the countries named together.
    const bool pairs = m_pairs && facets.fromSummary && r->countries.size() == 1 &&
                       r->topics.isEmpty() && r->types.isEmpty() && !r->anyText &&
                       !r->unreviewedOnly;
    // A facet's counts under the whole filter: the panel's own when the filter leaves that
    // facet free, the countries named together as above, else counted from the events the whole
    // filter selects.
    auto countsOf = [&](Facet facet, const QHash<qint64, qint64> &free,
                        const QHash<qint64, qsizetype> &refs, std::vector<qint64> *counts) -> bool {
        counts->assign(size_t(refs.size()), 0);
        auto store = [&](qint64 id, qint64 n) {
            if (const auto it = refs.constFind(id);
                it != refs.cend() && *it < qsizetype(counts->size()))
                (*counts)[size_t(*it)] += n;
        };
        const bool constrained =
            facet == Facet::Country ? !r->countries.isEmpty() : !r->topics.isEmpty();
        if (!constrained) {
            for (auto it = free.cbegin(); it != free.cend(); ++it)
                store(it.key(), it.value());
            return true;
        }
        if (facet == Facet::Country && pairs)
            return pairCounts(*r, store, error);
        if (!countFromEvents)
            return true; // pending
        // Merged in the order of the events' ids (the indexes' order) rather than hashed: the
        // chart per country under one country at 20M took 6.4 s so, 9.3-10 s hashed (psql).
        const ScopedSetting merged(m_db, u"enable_hashjoin"_s, u"off"_s);
        return directCount(m_db, facet, eventCondition(*r, Facet::None, r->from, r->to),
                           [&](QSqlQuery &q) {
                               if (!run(q, error))
                                   return false;
                               while (q.next())
                                   store(q.value(0).toLongLong(), q.value(1).toLongLong());
                               return true;
                           });
    };
    std::vector<qint64> countries, topics;
    if (!countsOf(Facet::Country, facets.countries, countryRef, &countries) ||
        !countsOf(Facet::Topic, facets.topics, topicRef, &topics))
        return std::nullopt;
    if (countryCounts)
        *countryCounts = countries;
    const bool countriesPending = !countFromEvents && !r->countries.isEmpty() && !pairs;
    const bool topicsPending = !countFromEvents && !r->topics.isEmpty();
    qint64 dated = 0;
    for (qint64 n : facets.years)
        dated += n;
    // Events that name no country (or topic) are not told apart by the summary: none is said.
    EventCharts charts{eventsPerYear(facets.years, facets.events - dated),
                       eventsPerCountry(vocabulary, countries, facets.events, 0),
                       topicShares(vocabulary, topics, facets.events, 0)};
    charts.perCountry.pending = countriesPending;
    charts.topics.pending = topicsPending;
    return charts;
}

} // namespace entente::core
