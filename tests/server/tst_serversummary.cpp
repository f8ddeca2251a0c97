// SPDX-License-Identifier: GPL-3.0-or-later
// The counts a large server database answers from its summary table (ServerSummary) are the
// counts the client's own index gives: facet counts for every kind of filter, density by day,
// after every kind of change, and after an older database is upgraded.

#include "engine.h"
#include "testutil.h"

#include "domain/country.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "maths/chartdata.h"
#include "store/chronology.h"
#include "store/generator.h"
#include "store/serversummary.h"
#include "store/sqlconnection.h"

#include <QDate>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>
#include <numeric>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestServerSummary : public QObject
{
    Q_OBJECT

    std::optional<entente::test::TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_file; // the generated events, in a file
    QString m_url;  // the same, on the server
    std::unique_ptr<Dataset> m_local;

    // The client's counts for \a filter, keyed as the server's.
    ServerFacets expected(Dataset &dataset, const EventFilter &filter)
    {
        QString error;
        auto result = applyFilter(dataset.index(), &dataset.store(), filter, &error);
        ServerFacets out;
        if (!result) {
            qWarning("%s", qPrintable(error));
            return out;
        }
        const EventIndex &index = dataset.index();
        out.events = qint64(result->positions.size());
        for (size_t i = 0; i < result->countryCounts.size(); ++i)
            if (result->countryCounts[i])
                out.countries[index.countries()[qsizetype(i)].id] = result->countryCounts[i];
        for (size_t i = 0; i < result->topicCounts.size(); ++i)
            if (result->topicCounts[i])
                out.topics[index.topics()[qsizetype(i)].id] = result->topicCounts[i];
        for (size_t i = 0; i < result->typeCounts.size(); ++i)
            if (result->typeCounts[i])
                out.types[index.eventTypes()[qsizetype(i)].code] = result->typeCounts[i];
        for (qint32 pos : result->positions)
            if (!index.hasFlag(pos, DateFlag::Undated))
                ++out.years[QDate::fromJulianDay(index.lower(pos).value).year()];
        return out;
    }

    static QString differences(const ServerFacets &a, const ServerFacets &b)
    {
        QStringList said;
        if (a.events != b.events)
            said << u"events %1 ≠ %2"_s.arg(a.events).arg(b.events);
        if (a.countries != b.countries)
            said << u"countries differ (%1 ≠ %2 keys)"_s.arg(a.countries.size())
                        .arg(b.countries.size());
        if (a.topics != b.topics)
            said << u"topics differ"_s;
        if (a.types != b.types)
            said << u"types differ"_s;
        if (a.years != b.years)
            said << u"years differ (%1 ≠ %2 years)"_s.arg(a.years.size()).arg(b.years.size());
        return said.join(u"; "_s);
    }

    // The most frequent country, topic and type codes of the index, the \a rank-th of each.
    template<typename Counts, typename Name>
    static QString ranked(const Counts &counts, int rank, Name name)
    {
        std::vector<std::pair<qint64, size_t>> order;
        for (size_t i = 0; i < counts.size(); ++i)
            order.emplace_back(-qint64(counts[i]), i);
        std::sort(order.begin(), order.end());
        return name(order[size_t(rank)].second);
    }

    QList<std::pair<QString, EventFilter>> filters()
    {
        QString error;
        const auto all = applyFilter(m_local->index(), nullptr, {}, &error);
        const EventIndex &index = m_local->index();
        auto country = [&](int rank) {
            return ranked(all->countryCounts, rank,
                          [&](size_t i) { return index.countries()[qsizetype(i)].alpha3; });
        };
        auto topic = [&](int rank) {
            return ranked(all->topicCounts, rank,
                          [&](size_t i) { return index.topics()[qsizetype(i)].slug; });
        };
        auto type = [&](int rank) {
            return ranked(all->typeCounts, rank,
                          [&](size_t i) { return index.eventTypes()[qsizetype(i)].code; });
        };
        auto period = [](const QString &from, const QString &to) {
            EventFilter f;
            f.from = *PartialDate::fromEdtf(from);
            f.to = *PartialDate::fromEdtf(to);
            return f;
        };
        QList<std::pair<QString, EventFilter>> out;
        out.append({u"nothing"_s, {}});
        EventFilter f;
        f.countries = {country(0)};
        out.append({u"one country"_s, f});
        f.topics = {topic(1)};
        out.append({u"a country and a topic"_s, f});
        f.eventTypes = {type(0)};
        out.append({u"a country, a topic and a type"_s, f});
        f = {};
        f.topics = {topic(0)};
        out.append({u"one topic"_s, f});
        f = {};
        f.eventTypes = {type(2)};
        out.append({u"one type"_s, f});
        out.append({u"years"_s, period(u"1990"_s, u"2004"_s)});
        out.append({u"months"_s, period(u"1995-03"_s, u"2001-10"_s)});
        out.append({u"months within a year"_s, period(u"2010-02"_s, u"2010-05"_s)});
        f = period(u"1999"_s, u""_s);
        out.append({u"from a year on"_s, f});
        f = period(u""_s, u"1998-06"_s);
        out.append({u"until a month"_s, f});
        f = period(u"1996"_s, u"2012"_s);
        f.countries = {country(1)};
        f.topics = {topic(0)};
        out.append({u"years, a country and a topic"_s, f});
        // Days: the whole months between from the summary, the days at the ends from the events.
        out.append({u"days"_s, period(u"1997-05-14"_s, u"2003-02-02"_s)});
        out.append({u"days within a month"_s, period(u"2003-03-17"_s, u"2003-03-25"_s)});
        out.append({u"days in two months"_s, period(u"2003-03-17"_s, u"2003-04-09"_s)});
        out.append({u"days of a month and the next"_s, period(u"2007-10-20"_s, u"2007-11"_s)});
        out.append({u"from a day on"_s, period(u"2011-06-02"_s, u""_s)});
        f = period(u""_s, u"1993-12-30"_s);
        f.topics = {topic(0)};
        out.append({u"until a day, a topic"_s, f});
        f = period(u"2002-07-09"_s, u"2006-11-21"_s);
        f.countries = {country(0)};
        f.eventTypes = {type(1)};
        out.append({u"days, a country and a type"_s, f});
        // One country and a period: its chart per country from the countries named together
        // (schema 6), whole months and years from the summary, the rest from the events.
        auto inCountry = [&](EventFilter f, int rank) {
            f.countries = {country(rank)};
            return f;
        };
        out.append({u"years, a country"_s, inCountry(period(u"1996"_s, u"2012"_s), 2)});
        out.append({u"days, a country"_s, inCountry(period(u"1997-05-14"_s, u"2003-02-02"_s), 1)});
        out.append({u"from a day on, a country"_s, inCountry(period(u"2011-06-02"_s, u""_s), 0)});
        out.append({u"until a month, a country"_s, inCountry(period(u""_s, u"1998-06"_s), 3)});
        // One topic or one type and days: whole months from the summary, the rest from the events.
        f = period(u"2003-03-17"_s, u"2003-04-09"_s);
        f.topics = {topic(2)};
        out.append({u"days in two months, a topic"_s, f});
        f = period(u"1999-11-03"_s, u"2004-01-20"_s);
        f.eventTypes = {type(0)};
        out.append({u"days, a type"_s, f});
        // What the summary cannot answer: counted from the events.
        f = {};
        f.countries = {country(0), country(1)};
        out.append({u"two countries, any"_s, f});
        f.countryMode = EventFilter::CountryMode::All;
        out.append({u"two countries, both"_s, f});
        f = {};
        f.topics = {topic(0), topic(2)};
        f.countries = {country(2)};
        out.append({u"two topics and a country"_s, f});
        f = {};
        f.text = u"minist"_s;
        out.append({u"text"_s, f});
        f = period(u"1994-07-03"_s, u"2010"_s);
        f.text = u"talks"_s;
        f.countries = {country(0), country(3)};
        f.countryMode = EventFilter::CountryMode::Any;
        f.eventTypes = {type(0)};
        out.append({u"text, two countries, a type and days"_s, f});
        // One word alone, with a period or not: from the words' summary (schema 3).
        auto word = [](EventFilter f) {
            f.text = u"ceasefire"_s;
            return f;
        };
        out.append({u"one word"_s, word({})});
        f = {};
        f.text = u"Ceasef"_s; // a prefix of one word only
        out.append({u"the prefix of one word"_s, f});
        f.text = u"qqzzx"_s;
        out.append({u"a word no event holds"_s, f});
        out.append({u"one word, years"_s, word(period(u"1995"_s, u"2010"_s))});
        out.append({u"one word, days"_s, word(period(u"1997-05-14"_s, u"2003-02-02"_s))});
        out.append(
            {u"one word, days within a year"_s, word(period(u"2003-03-17"_s, u"2003-09-02"_s))});
        out.append({u"one word, from a day on"_s, word(period(u"2004-02-11"_s, u""_s))});
        // After the change below, an event of July 2001 holds the word and reaches into this.
        out.append(
            {u"one word, from a day within a month"_s, word(period(u"2001-07-15"_s, u"2003"_s))});
        f = {};
        f.text = u"ceasefire"_s;
        f.countries = {country(0)};
        out.append({u"one word and a country"_s, f});
        f = {};
        f.text = u"ceasefire talks"_s;
        out.append({u"two words"_s, f});
        f = {};
        f.unreviewedOnly = true;
        f.topics = {topic(1)};
        out.append({u"not reviewed, a topic"_s, f});
        f = {};
        f.countries = {u"ZZZ"_s};
        out.append({u"a country no event has"_s, f});
        return out;
    }

    // The summaries' rows that count something, in a fixed order, one string a row.
    static inline const QString kWordsSelect =
        u"SELECT concat_ws(' ', lexeme, part, grain, key, block, events) FROM word_summary "
        "WHERE events <> 0 ORDER BY lexeme, part, grain, key, block"_s;
    static inline const QString kEventsSelect =
        u"SELECT concat_ws(' ', grain, block, country_id, topic_id, type_code, events) FROM "
        "event_summary WHERE events <> 0 ORDER BY grain, topic_id, type_code, country_id, "
        "block"_s;
    static inline const QString kPairsSelect =
        u"SELECT concat_ws(' ', country_id, grain, block, other_id, events) FROM "
        "country_pair_summary WHERE events <> 0 ORDER BY country_id, grain, block, other_id"_s;
    static inline const QString kEndsSelect =
        u"SELECT concat_ws(' ', part, grain, key, block, events) FROM event_end_summary "
        "WHERE events <> 0 ORDER BY part, grain, block, key"_s;

    static QStringList rowsOf(const QString &url, const QString &select)
    {
        SqlConnection connection;
        QString error;
        QStringList rows;
        if (!connection.openServer(*parseServerAddress(url, &error), false))
            return rows;
        QSqlQuery q(connection.database());
        if (!q.exec(select))
            return rows;
        while (q.next())
            rows.append(q.value(0).toString());
        return rows;
    }

    static QString setting(const QSqlDatabase &db, const QString &name)
    {
        QSqlQuery q(db);
        return q.exec(u"SHOW "_s + name) && q.next() ? q.value(0).toString() : QString();
    }

    static bool summaryAnswers(const QString &tag)
    {
        return !QStringList{u"two countries, any"_s,
                            u"two countries, both"_s,
                            u"two topics and a country"_s,
                            u"text"_s,
                            u"text, two countries, a type and days"_s,
                            u"one word and a country"_s,
                            u"two words"_s,
                            u"not reviewed, a topic"_s}
                    .contains(tag);
    }

    // With \a counted false, the summaries are pending: every answer comes from the events.
    void compareAll(const QString &url, Dataset &truth, const QString &when, bool counted = true)
    {
        SqlConnection connection;
        QString error;
        const auto address = parseServerAddress(url, &error);
        QVERIFY2(connection.openServer(*address, false), qPrintable(error));
        ServerSummary summary(connection.database());
        for (const auto &[tag, filter] : filters()) {
            const ServerFacets want = expected(truth, filter);
            summary.setUseSummary(true);
            const auto fromSummary = summary.facets(filter, &error);
            QVERIFY2(fromSummary, qPrintable(error));
            QVERIFY2(differences(*fromSummary, want).isEmpty(),
                     qPrintable(when + u": "_s + tag + u": "_s + differences(*fromSummary, want)));
            // The summary answered where it can, the events otherwise: both were compared.
            QCOMPARE(fromSummary->fromSummary, counted && summaryAnswers(tag));
            // A period alone, its edges too: no event was read.
            const bool periodAlone = (!filter.from.isUndated() || !filter.to.isUndated()) &&
                                     filter.countries.isEmpty() && filter.topics.isEmpty() &&
                                     filter.eventTypes.isEmpty() && filter.text.isEmpty();
            QVERIFY2(fromSummary->edgesFromSummary == (counted && periodAlone), qPrintable(tag));
            summary.setUseSummary(false);
            const auto counted = summary.facets(filter, &error);
            QVERIFY2(counted, qPrintable(error));
            QVERIFY(!counted->fromSummary);
            QVERIFY2(
                differences(*counted, want).isEmpty(),
                qPrintable(when + u": "_s + tag + u" (events): "_s + differences(*counted, want)));
        }
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }

    void initTestCase()
    {
        m_server = entente::test::testServer();
        if (!m_server)
            QSKIP("no test cluster (ctest starts one: run through ctest)");
        // The copies count the summaries, small as they are (aSmallCopyLeavesItsSummariesForLater
        // sets the default back).
        qputenv("ENTENTE_SERVER_COUNT_ABOVE", "0");
        QString error;
        const auto countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(!countries.isEmpty(), qPrintable(error));
        m_file = m_dir.filePath(u"generated.sqlite"_s);
        QVERIFY2(generateDatabase({m_file, OutputKind::Database}, countries, {6000, 11}, &error),
                 qPrintable(error));
        const auto url = entente::test::newServerDatabase(*m_server, u"summary"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        m_url = *url;
        QVERIFY2(copyBetween(m_file, {m_url, OutputKind::Database}, &error), qPrintable(error));
        m_local = Dataset::open(m_file, &error);
        QVERIFY2(m_local, qPrintable(error));
    }

    void facetCountsAreTheIndexs() { compareAll(m_url, *m_local, u"after the copy"_s); }

    void theCopyLeavesTheSummaryVacuumed()
    {
        // Else its index-only scans read the table's pages (a whole span's lanes at 20M: 380 ms
        // before, 65 ms after).
        SqlConnection connection;
        QString error;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(u"SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM "
                       "pg_stat_user_tables WHERE relname = 'event_summary'"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
    }

    void densityByDayIsTheEventsOwn()
    {
        SqlConnection connection;
        QString error;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        ServerSummary summary(connection.database());
        const EventIndex &index = m_local->index();
        const QList<qint64> lanes{index.countries()[0].id, index.countries()[5].id,
                                  index.countries()[40].id};
        const qint64 first = index.lower(0).value;
        const qint64 last = index.upper(index.datedCount() - 1).value;
        for (int buckets : {1, 37, 400}) {
            summary.setUseSummary(true);
            const auto fromSummary = summary.density({}, LaneMode::Countries, lanes, first + 3,
                                                     last - 100, buckets, &error);
            summary.setUseSummary(false);
            const auto counted = summary.density({}, LaneMode::Countries, lanes, first + 3,
                                                 last - 100, buckets, &error);
            QVERIFY2(fromSummary && counted, qPrintable(error));
            QVERIFY(fromSummary->fromSummary);
            QVERIFY(!counted->fromSummary);
            QCOMPARE(fromSummary->total, counted->total);
            QCOMPARE(fromSummary->lanes, counted->lanes);
            // Against the index: the events whose first day is in the span.
            qint64 inSpan = 0;
            for (qsizetype pos = 0; pos < index.datedCount(); ++pos)
                inSpan +=
                    index.lower(pos).value >= first + 3 && index.lower(pos).value <= last - 100;
            QCOMPARE(std::accumulate(counted->total.begin(), counted->total.end(), qint64(0)),
                     inSpan);
        }
        // By topic, with a type: the events' own counts too (by month when the parts are wide).
        EventFilter f;
        f.eventTypes = {index.eventTypes()[0].code};
        const QList<qint64> topicLanes{index.topics()[0].id, index.topics()[1].id};
        summary.setUseSummary(true);
        const auto monthly =
            summary.density(f, LaneMode::Topics, topicLanes, first, last, 12, &error);
        summary.setUseSummary(false);
        const auto counted =
            summary.density(f, LaneMode::Topics, topicLanes, first, last, 12, &error);
        QVERIFY2(monthly && counted, qPrintable(error));
        QVERIFY(monthly->fromSummary);
        auto sum = [](const std::vector<qint64> &v) {
            return std::accumulate(v.begin(), v.end(), qint64(0));
        };
        QCOMPARE(sum(monthly->total), sum(counted->total));
        QVERIFY(sum(counted->total) > 0);
        for (int lane = 0; lane < 2; ++lane)
            QCOMPARE(sum(monthly->lanes[size_t(lane)]), sum(counted->lanes[size_t(lane)]));
    }

    void densityOfAFilterIsTheEventsOwn()
    {
        SqlConnection connection;
        QString error;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        ServerSummary summary(connection.database());
        const EventIndex &index = m_local->index();
        const qint64 first = index.lower(0).value;
        const qint64 last = index.upper(index.datedCount() - 1).value;
        auto sum = [](const std::vector<qint64> &v) {
            return std::accumulate(v.begin(), v.end(), qint64(0));
        };
        // The parts of an event in the middle: the filters select something.
        const qsizetype middle = index.datedCount() / 2;
        QVERIFY(!index.countriesAt(middle).empty() && !index.topicsAt(middle).empty());
        EventFilter country, topic, all;
        country.countries = {index.countries()[index.countriesAt(middle)[0]].alpha3};
        topic.topics = {index.topics()[index.topicsAt(middle)[0]].slug};
        all = country;
        all.topics = topic.topics;
        all.eventTypes = {index.eventTypes()[index.typeIndex(middle)].code};
        const QList<qint64> topicLanes{index.topics()[0].id, index.topics()[2].id};
        const QList<qint64> countryLanes{index.countries()[index.countriesAt(middle)[0]].id,
                                         index.countries()[7].id};
        EventFilter period, periodTopic;
        period.from = *PartialDate::fromEdtf(u"1996-05-19"_s);
        period.to = *PartialDate::fromEdtf(u"2008-02-03"_s);
        periodTopic = period;
        periodTopic.topics = topic.topics;
        EventFilter word, wordPeriod = period;
        word.text = u"ceasefire"_s;
        wordPeriod.text = word.text;
        // From the second day of an event of the word that lasts several: it reaches in.
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(u"SELECT min(e.date_lower) FROM event e JOIN event_text t ON t.event_id = "
                       "e.id WHERE t.folded @@ to_tsquery('simple', 'ceasefire') AND e.date_upper "
                       "> e.date_lower + 1 AND e.date_lower > %1"_s.arg(first)));
        QVERIFY(q.next() && !q.isNull(0));
        EventFilter wordReaching = word;
        wordReaching.from = *PartialDate::fromEdtf(
            QDate::fromJulianDay(q.value(0).toLongLong() + 1).toString(Qt::ISODate));
        struct Case
        {
            const char *tag;
            EventFilter filter;
            LaneMode mode;
            QList<qint64> lanes;
            int buckets;
            bool byDay; // from the summary by day: the same parts exactly
        } cases[] = {
            {"one country, by day", country, LaneMode::Countries, {}, 4000, true},
            {"one topic, by day", topic, LaneMode::Countries, {}, 2000, true},
            {"a country, a topic and a type, by month", all, LaneMode::Countries, {}, 12, false},
            {"one country, its topics by month", country, LaneMode::Topics, topicLanes, 20, false},
            {"a period, by day, with lanes", period, LaneMode::Countries, countryLanes, 400, true},
            {"a period and a topic, by day", periodTopic, LaneMode::Countries, {}, 333, true},
            {"one word, by month", word, LaneMode::Countries, {}, 12, false},
            {"one word, by day", word, LaneMode::Countries, {}, 3000, true},
            {"one word and a period, by day", wordPeriod, LaneMode::Countries, {}, 700, true},
            {"one word from a day, by day", wordReaching, LaneMode::Countries, {}, 900, true},
        };
        for (const Case &c : cases) {
            // What the window asks for this filter: the lanes the summary counts.
            const double perBucket = double(last + 1 - first) / c.buckets;
            const auto lanes = ServerSummary::summaryLanes(c.filter, perBucket);
            QCOMPARE(lanes.has_value(), !c.lanes.isEmpty());
            if (lanes)
                QCOMPARE(*lanes, c.mode);
            summary.setUseSummary(true);
            const auto quick =
                summary.density(c.filter, c.mode, c.lanes, first, last, c.buckets, &error);
            summary.setUseSummary(false);
            const auto counted =
                summary.density(c.filter, c.mode, c.lanes, first, last, c.buckets, &error);
            QVERIFY2(quick && counted, qPrintable(error));
            QVERIFY2(quick->fromSummary, c.tag);
            QVERIFY(sum(counted->total) > 0);
            if (c.byDay) {
                QVERIFY2(quick->total == counted->total, c.tag);
                QVERIFY2(quick->lanes == counted->lanes, c.tag);
            }
            QCOMPARE(sum(quick->total), sum(counted->total));
            for (qsizetype lane = 0; lane < c.lanes.size(); ++lane)
                QCOMPARE(sum(quick->lanes[size_t(lane)]), sum(counted->lanes[size_t(lane)]));
        }
        // One word zoomed to a year, a part a day: from the words' days.
        const qint64 year = QDate(2003, 1, 1).toJulianDay();
        summary.setUseSummary(true);
        const auto quick =
            summary.density(word, LaneMode::Countries, {}, year, year + 364, 365, &error);
        summary.setUseSummary(false);
        const auto counted =
            summary.density(word, LaneMode::Countries, {}, year, year + 364, 365, &error);
        QVERIFY2(quick && counted, qPrintable(error));
        QVERIFY(quick->fromSummary);
        QVERIFY(sum(counted->total) > 0);
        QVERIFY(quick->total == counted->total);
        // Narrower parts than a month with a filter: no lanes the summary counts.
        QVERIFY(!ServerSummary::summaryLanes(country, 3.0));
        QCOMPARE(ServerSummary::summaryLanes({}, 0.5), LaneMode::Countries);
    }

    void chartsAreTheIndexs()
    {
        SqlConnection connection;
        QString error;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        ServerSummary summary(connection.database());
        const EventIndex &index = m_local->index();
        for (const auto &[tag, filter] : filters()) {
            const auto result = applyFilter(index, &m_local->store(), filter, &error);
            QVERIFY2(result, qPrintable(error));
            const EventCharts want = eventCharts(index, result->positions);
            const auto facets = summary.facets(filter, &error);
            QVERIFY2(facets, qPrintable(error));
            const auto got = summary.charts(filter, *facets, index, &error);
            QVERIFY2(got, qPrintable(tag + u": "_s + error));
            // Per year: the same bins and totals (one series, as the summary cannot tell
            // several topics apart).
            QCOMPARE(got->perYear.firstYear, want.perYear.firstYear);
            QCOMPARE(got->perYear.binYears, want.perYear.binYears);
            QVERIFY2(got->perYear.totals == want.perYear.totals, qPrintable(tag));
            QCOMPARE(got->perYear.undated, want.perYear.undated);
            // Per country and the topics' shares: the same bars and slices.
            QCOMPARE(got->perCountry.bars.size(), want.perCountry.bars.size());
            for (size_t i = 0; i < want.perCountry.bars.size(); ++i) {
                QCOMPARE(got->perCountry.bars[i].alpha3, want.perCountry.bars[i].alpha3);
                QCOMPARE(got->perCountry.bars[i].count, want.perCountry.bars[i].count);
            }
            QCOMPARE(got->perCountry.otherCountries, want.perCountry.otherCountries);
            // The quick part first: what the summary gives, the rest said to be pending.
            const auto quick = summary.charts(filter, *facets, index, &error, nullptr, false);
            QVERIFY2(quick, qPrintable(error));
            QVERIFY(quick->perYear.totals == want.perYear.totals);
            // One country and nothing but a period: its countries from the countries named
            // together, at once.
            const bool pairs = filter.countries.size() == 1 && filter.topics.isEmpty() &&
                               filter.eventTypes.isEmpty() && filter.text.isEmpty() &&
                               !filter.unreviewedOnly;
            QCOMPARE(quick->perCountry.pending, !filter.countries.isEmpty() && !pairs);
            if (pairs) {
                QCOMPARE(quick->perCountry.bars.size(), want.perCountry.bars.size());
                for (size_t i = 0; i < want.perCountry.bars.size(); ++i)
                    QCOMPARE(quick->perCountry.bars[i].count, want.perCountry.bars[i].count);
                QCOMPARE(quick->perCountry.otherCountries, want.perCountry.otherCountries);
            }
            QCOMPARE(quick->topics.pending, !filter.topics.isEmpty());
            QVERIFY(!got->perCountry.pending && !got->topics.pending);
            if (filter.countries.isEmpty())
                QCOMPARE(quick->perCountry.bars.size(), want.perCountry.bars.size());
            QCOMPARE(got->topics.assignments, want.topics.assignments);
            QCOMPARE(got->topics.slices.size(), want.topics.slices.size());
            for (size_t i = 0; i < want.topics.slices.size(); ++i)
                QCOMPARE(got->topics.slices[i].count, want.topics.slices[i].count);
        }
        // What the charts changed in the planner for their own questions is back as it was.
        QCOMPARE(setting(connection.database(), u"enable_hashjoin"_s), u"on"_s);
    }

    void marksAreTheEventsBeginningInTheWindow()
    {
        SqlConnection connection;
        QString error;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        ServerSummary summary(connection.database());
        const EventIndex &index = m_local->index();
        const qint64 first = index.lower(index.datedCount() / 2).value;
        for (const auto &[tag, filter] : filters()) {
            const auto result = applyFilter(index, &m_local->store(), filter, &error);
            QVERIFY2(result, qPrintable(error));
            for (qint64 days : {1, 60, 4000}) {
                QList<qint64> want; // in the index's order: first day, last day, id
                for (qint32 pos : result->positions)
                    if (!index.hasFlag(pos, DateFlag::Undated) && index.lower(pos).value >= first &&
                        index.lower(pos).value < first + days)
                        want.append(index.id(pos));
                constexpr int kLimit = 50;
                const auto marks = summary.marks(filter, first, first + days - 1, kLimit, &error);
                QVERIFY2(marks, qPrintable(error));
                QList<qint64> got;
                for (const ServerMark &m : *marks) {
                    got.append(m.id);
                    const qsizetype pos = index.positionOf(m.id);
                    QCOMPARE(m.lower, index.lower(pos).value);
                    QCOMPARE(m.upper, index.upper(pos).value);
                    QCOMPARE(m.unreviewed, index.hasFlag(pos, DateFlag::Unreviewed));
                }
                // One more than the limit says there are more.
                QVERIFY2(got == want.mid(0, kLimit + 1),
                         qPrintable(u"%1, %2 days: %3 marks, %4 events"_s.arg(tag)
                                        .arg(days)
                                        .arg(got.size())
                                        .arg(want.size())));
            }
        }
        // Likewise for the marks: the server's default back, or the value the session had set.
        QCOMPARE(setting(connection.database(), u"max_parallel_workers_per_gather"_s), u"2"_s);
        QVERIFY(
            QSqlQuery(connection.database()).exec(u"SET max_parallel_workers_per_gather = 1"_s));
        const auto one = summary.marks({}, first, first, 5, &error);
        QVERIFY(one && !one->empty());
        const auto event = m_local->store().event(one->front().id);
        QCOMPARE(one->front().title, event->title);
        QCOMPARE(setting(connection.database(), u"max_parallel_workers_per_gather"_s), u"1"_s);
    }

    void changesKeepTheSummaryCurrent()
    {
        QString error;
        Chronology chronology(m_url, 0);
        auto server = Dataset::open(m_url, &error);
        QVERIFY2(server, qPrintable(error));
        const EventIndex &index = server->index();
        // An event added, one redated to an undated one and moved to other countries, one
        // deleted: in one change, as the editor's undo stack writes them.
        const qint64 changedId = index.id(index.datedCount() / 2);
        const qint64 deletedId = index.id(index.datedCount() / 3);
        auto current = [&](qint64 id) {
            const auto e = server->store().event(id);
            return e ? std::optional(toImported(*e)) : std::nullopt;
        };
        const auto changedBefore = current(changedId);
        const auto deletedBefore = current(deletedId);
        QVERIFY(changedBefore && deletedBefore);
        ImportedEvent changed = *changedBefore;
        changed.date = PartialDate();
        changed.countries = {{u"AZE"_s, u"party"_s}, {u"KHM"_s, u"party"_s}};
        ImportedEvent added = *deletedBefore;
        added.title = u"Added on the server after a ceasefire"_s;
        // Its words move too: one more, counted undated now.
        changed.title += u" (ceasefire)"_s;
        added.date = *PartialDate::fromEdtf(u"2001-07"_s);
        QList<Chronology::Move> moves{{changedId, changedBefore, changed},
                                      {deletedId, deletedBefore, std::nullopt},
                                      {0, std::nullopt, added}};
        QVERIFY2(chronology.apply(moves, &error), qPrintable(error));
        auto after = Dataset::open(m_url, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->index().size(), index.size());
        compareAll(m_url, *after, u"after a change"_s);
        // The countries named together moved with them: each moved country's chart per country.
        SqlConnection connection;
        QVERIFY(connection.openServer(*parseServerAddress(m_url, &error), false));
        ServerSummary summary(connection.database());
        QStringList moved{u"AZE"_s, u"KHM"_s};
        for (const auto &e : {*changedBefore, *deletedBefore})
            for (const auto &c : e.countries)
                moved.append(c.alpha3);
        for (const QString &alpha3 : std::as_const(moved)) {
            for (const QString &year : {QString(), u"2001"_s}) {
                EventFilter one;
                one.countries = {alpha3};
                if (!year.isEmpty())
                    one.from = one.to = *PartialDate::fromEdtf(year);
                const auto result = applyFilter(after->index(), nullptr, one, &error);
                QVERIFY2(result, qPrintable(error));
                const EventCharts want = eventCharts(after->index(), result->positions);
                const auto facets = summary.facets(one, &error);
                QVERIFY2(facets, qPrintable(error));
                const auto got =
                    summary.charts(one, *facets, after->index(), &error, nullptr, false);
                QVERIFY2(got && !got->perCountry.pending, qPrintable(error));
                QCOMPARE(got->perCountry.bars.size(), want.perCountry.bars.size());
                for (size_t i = 0; i < want.perCountry.bars.size(); ++i)
                    QCOMPARE(got->perCountry.bars[i].count, want.perCountry.bars[i].count);
                QCOMPARE(got->perCountry.otherCountries, want.perCountry.otherCountries);
            }
        }
    }

    void anOlderDatabaseIsUpgraded()
    {
        QString error;
        const auto url = entente::test::newServerDatabase(*m_server, u"older"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY2(copyBetween(m_file, {*url, OutputKind::Database}, &error), qPrintable(error));
        const QString name = url->section(u'/', -1);
        // The summaries as the copy counted them, as it read the file.
        const QStringList copiedWords = rowsOf(*url, kWordsSelect);
        const QStringList copiedEvents = rowsOf(*url, kEventsSelect);
        const QStringList copiedEnds = rowsOf(*url, kEndsSelect);
        const QStringList copiedPairs = rowsOf(*url, kPairsSelect);
        QVERIFY(copiedPairs.size() > 1000);
        QVERIFY(copiedWords.size() > 1000);
        QVERIFY(copiedEvents.size() > 1000);
        QVERIFY(copiedEnds.size() > 1000);
        // Each event's type by the day it begins, among them.
        QVERIFY(std::any_of(copiedEvents.cbegin(), copiedEvents.cend(), [](const QString &row) {
            const QStringList v = row.split(u' ');
            return v[0] == u"3"_s && v[2] == u"0"_s && v[3] == u"0"_s && v.size() == 6;
        }));
        // As a database an earlier Entente made: schema 4, no ends; schema 3, no words by day
        // either; schema 2, no words' summary; then schema 1, no summary at all.
        const QString noState = u"DELETE FROM entente.meta WHERE key = 'summaries'"_s;
        const QStringList noPairs{noState, u"DROP TABLE entente.country_pair_summary"_s};
        const QStringList noEnds{
            noState, u"DROP TABLE entente.country_pair_summary"_s,
            u"DROP TABLE entente.event_end_summary"_s,
            u"DELETE FROM entente.event_summary WHERE grain = 3 AND type_code <> ''"_s};
        const struct
        {
            int version;
            QStringList statements;
        } olderSchemas[] = {
            {6, {noState, u"UPDATE entente.meta SET value = '6' WHERE key = 'schema_version'"_s}},
            {5, noPairs + QStringList{u"UPDATE entente.meta SET value = '5' WHERE key = "
                                      "'schema_version'"_s}},
            {4, noEnds + QStringList{u"UPDATE entente.meta SET value = '4' WHERE key = "
                                     "'schema_version'"_s}},
            {3, noEnds +
                    QStringList{
                        u"DELETE FROM entente.word_summary WHERE grain = 3"_s,
                        u"ALTER TABLE entente.word_summary DROP CONSTRAINT "
                        u"word_summary_grain_check, ADD "
                        "CONSTRAINT word_summary_grain_check CHECK (grain BETWEEN 0 AND 2)"_s,
                        u"UPDATE entente.meta SET value = '3' WHERE key = 'schema_version'"_s}},
            {2, noEnds +
                    QStringList{
                        u"DROP TABLE entente.word_summary"_s,
                        u"UPDATE entente.meta SET value = '2' WHERE key = 'schema_version'"_s}},
            {1,
             {noState, u"DROP TABLE entente.country_pair_summary"_s,
              u"DROP TABLE entente.event_end_summary"_s, u"DROP TABLE entente.word_summary"_s,
              u"DROP TABLE entente.event_summary"_s, u"DROP INDEX entente.event_by_span"_s,
              u"UPDATE entente.meta SET value = '1' WHERE key = 'schema_version'"_s}},
        };
        for (const auto &[version, older] : olderSchemas) {
            QVERIFY(entente::test::runAsAdmin(*m_server, older, &error, name));
            if (version == 5) {
                // Schema 5 still draws the chart per country under one country, from the events.
                SqlConnection connection;
                QVERIFY(connection.openServer(*parseServerAddress(*url, &error), false));
                ServerSummary summary(connection.database());
                EventFilter one;
                one.countries = {m_local->index().countries().front().alpha3};
                const auto facets = summary.facets(one, &error);
                QVERIFY2(facets, qPrintable(error));
                const auto quick =
                    summary.charts(one, *facets, m_local->index(), &error, nullptr, false);
                QVERIFY2(quick, qPrintable(error));
                QVERIFY(quick->perCountry.pending);
                const auto result = applyFilter(m_local->index(), nullptr, one, &error);
                const EventCharts want = eventCharts(m_local->index(), result->positions);
                const auto got = summary.charts(one, *facets, m_local->index(), &error);
                QVERIFY2(got, qPrintable(error));
                QCOMPARE(got->perCountry.bars.size(), want.perCountry.bars.size());
                for (size_t i = 0; i < want.perCountry.bars.size(); ++i)
                    QCOMPARE(got->perCountry.bars[i].count, want.perCountry.bars[i].count);
            }
            if (version == 4) {
                // Schema 4 still reads a period of days, its edges counted from the events.
                SqlConnection connection;
                QVERIFY(connection.openServer(*parseServerAddress(*url, &error), false));
                ServerSummary summary(connection.database());
                EventFilter days;
                days.from = *PartialDate::fromEdtf(u"2003-03-17"_s);
                days.to = *PartialDate::fromEdtf(u"2003-04-09"_s);
                const auto counted = summary.facets(days, &error);
                QVERIFY2(counted, qPrintable(error));
                QVERIFY(counted->fromSummary);
                QVERIFY(!counted->edgesFromSummary);
                QCOMPARE(differences(*counted, expected(*m_local, days)), QString());
            }
            if (version == 3) {
                // Schema 3 still reads, a word's days counted from the events.
                SqlConnection connection;
                QVERIFY(connection.openServer(*parseServerAddress(*url, &error), false));
                ServerSummary summary(connection.database());
                EventFilter word;
                word.text = u"ceasefire"_s;
                const qint64 year = QDate(2003, 1, 1).toJulianDay();
                const auto days =
                    summary.density(word, LaneMode::Countries, {}, year, year + 364, 365, &error);
                QVERIFY2(days, qPrintable(error));
                QVERIFY(!days->fromSummary);
            }
            if (version == 2) {
                // Schema 2 still reads, its text counted from the events.
                SqlConnection connection;
                QVERIFY(connection.openServer(*parseServerAddress(*url, &error), false));
                ServerSummary summary(connection.database());
                EventFilter word;
                word.text = u"ceasefire"_s;
                const auto counted = summary.facets(word, &error);
                QVERIFY2(counted, qPrintable(error));
                QVERIFY(!counted->fromSummary);
                QCOMPARE(differences(*counted, expected(*m_local, word)), QString());
            }
            auto outcome = ServerInit::Made;
            QVERIFY2(initServer(*url, &error, &outcome), qPrintable(error));
            QCOMPARE(outcome, ServerInit::Upgraded);
            compareAll(*url, *m_local, u"after the upgrade from schema %1"_s.arg(version));
            // The server counted the same rows as the copy did.
            QCOMPARE(rowsOf(*url, kWordsSelect), copiedWords);
            QCOMPARE(rowsOf(*url, kEventsSelect), copiedEvents);
            QCOMPARE(rowsOf(*url, kEndsSelect), copiedEnds);
            QCOMPARE(rowsOf(*url, kPairsSelect), copiedPairs);
            // Once is enough: a current database is refused as before.
            QVERIFY(!initServer(*url, &error, &outcome));
            QVERIFY2(error.contains(u"already holds"_s), qPrintable(error));
        }
    }

    void aSmallCopyLeavesItsSummariesForLater()
    {
        // With the default limit (a million events), the copy of 6,000 leaves the summaries
        // pending: every answer comes from the events, and changes leave them alone, until
        // server-init counts them.
        qputenv("ENTENTE_SERVER_COUNT_ABOVE", "1000000");
        const auto restore = qScopeGuard([] { qputenv("ENTENTE_SERVER_COUNT_ABOVE", "0"); });
        QString error;
        const auto url = entente::test::newServerDatabase(*m_server, u"pending"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY2(copyBetween(m_file, {*url, OutputKind::Database}, &error), qPrintable(error));
        const QString summaryRows =
            u"SELECT concat_ws(' ', (SELECT count(*) FROM event_summary), (SELECT count(*) FROM "
            "word_summary), (SELECT count(*) FROM event_end_summary), (SELECT count(*) FROM "
            "country_pair_summary))"_s;
        const QStringList none{u"0 0 0 0"_s};
        QCOMPARE(rowsOf(*url, summaryRows), none);
        compareAll(*url, *m_local, u"pending"_s, false);
        {
            // As the window asks, with nothing set: from the events.
            SqlConnection connection;
            QVERIFY(connection.openServer(*parseServerAddress(*url, &error), false));
            QVERIFY(!ServerSummary::isCounted(connection.database()));
            ServerSummary summary(connection.database());
            const auto whole = summary.facets({}, &error);
            QVERIFY2(whole, qPrintable(error));
            QVERIFY(!whole->fromSummary);
            QCOMPARE(differences(*whole, expected(*m_local, {})), QString());
        }
        // Deletes the event a \a part of the way through the dated ones, and opens the result.
        auto deleteOne = [&](Dataset &from, qsizetype part) -> std::unique_ptr<Dataset> {
            const qint64 id = from.index().id(from.index().datedCount() / part);
            const auto e = from.store().event(id);
            QList<Chronology::Move> moves{{id, toImported(*e), std::nullopt}};
            if (!e || !Chronology(*url, 0).apply(moves, &error))
                return nullptr;
            auto after = Dataset::open(*url, &error);
            if (after && after->index().size() != from.index().size() - 1)
                return nullptr;
            return after;
        };
        // A change while they are pending: the answers follow it, the summaries stay empty.
        auto server = Dataset::open(*url, &error);
        QVERIFY2(server, qPrintable(error));
        auto after = deleteOne(*server, 4);
        QVERIFY2(after, qPrintable(error));
        compareAll(*url, *after, u"a change while pending"_s, false);
        QCOMPARE(rowsOf(*url, summaryRows), none);
        // server-init counts them, as a copy of the same events counts them.
        auto outcome = ServerInit::Made;
        QVERIFY2(initServer(*url, &error, &outcome), qPrintable(error));
        QCOMPARE(outcome, ServerInit::Counted);
        compareAll(*url, *after, u"counted"_s);
        const QString file = m_dir.filePath(u"pending-then-counted.sqlite"_s);
        QVERIFY2(copyBetween(*url, {file, OutputKind::Database}, &error), qPrintable(error));
        qputenv("ENTENTE_SERVER_COUNT_ABOVE", "0");
        const auto copied =
            entente::test::newServerDatabase(*m_server, u"recopied"_s, true, &error);
        QVERIFY2(copied, qPrintable(error));
        QVERIFY2(copyBetween(file, {*copied, OutputKind::Database}, &error), qPrintable(error));
        for (const QString &select : {kWordsSelect, kEventsSelect, kEndsSelect, kPairsSelect})
            QCOMPARE(rowsOf(*url, select), rowsOf(*copied, select));
        // Once counted, a change adjusts them again.
        auto last = deleteOne(*after, 5);
        QVERIFY2(last, qPrintable(error));
        compareAll(*url, *last, u"a change after counting"_s);
        // Counted, the database is refused as before.
        QVERIFY(!initServer(*url, &error, &outcome));
        QVERIFY2(error.contains(u"already holds"_s), qPrintable(error));
    }

    void aFileWhoseSearchIndexMissesAnEventIsCountedWhole()
    {
        // The copy counts the events' summary as it reads their words from the file's full-text
        // index. A file whose index lost an event (a damaged or hand-edited file) still gives
        // every event's counts: the server counts them instead.
        const QString damaged = m_dir.filePath(u"index-misses-one.sqlite"_s);
        QVERIFY(QFile::copy(m_file, damaged));
        {
            SqlConnection connection;
            QVERIFY(connection.open(damaged, QString()));
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(u"DELETE FROM event_fts WHERE rowid = (SELECT max(id) FROM event WHERE "
                           "date_lower IS NOT NULL)"_s));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        // Copied beside the whole file, into two new databases.
        QStringList counted[2];
        for (int i = 0; i < 2; ++i) {
            QString error;
            const auto url = entente::test::newServerDatabase(*m_server, u"misses"_s, true, &error);
            QVERIFY2(url, qPrintable(error));
            QVERIFY2(copyBetween(i == 0 ? damaged : m_file, {*url, OutputKind::Database}, &error),
                     qPrintable(error));
            counted[i] = rowsOf(*url, kEventsSelect);
        }
        QVERIFY(counted[0].size() > 1000);
        QCOMPARE(counted[0], counted[1]);
    }
};

QTEST_GUILESS_MAIN(TestServerSummary)
#include "tst_serversummary.moc"
