// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind every chart: on the bundled data for known filters (exact values a reader can
// check against the event list), on a fixture with awkward dates (spanning years, several topics,
// none), and on a generated database against counts SQLite computes independently.

#include "engine.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "maths/chartdata.h"
#include "store/databasewriter.h"
#include "store/generator.h"
#include "testutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {

std::vector<qint32> positionsOf(Dataset &dataset, const EventFilter &filter)
{
    QString error;
    const auto result = applyFilter(dataset.index(), &dataset.store(), filter, &error);
    if (!result)
        qFatal("%s", qPrintable(error));
    return result->positions;
}

const PerYearChart::Series *seriesNamed(const PerYearChart &chart, const QString &label)
{
    for (const auto &s : chart.series) {
        if (s.label == label)
            return &s;
    }
    return nullptr;
}

EventFilter bilateral()
{
    EventFilter f;
    f.countries = {u"AZE"_s, u"KHM"_s};
    f.countryMode = EventFilter::CountryMode::All;
    f.from = PartialDate::fromEdtf(u"1995").value();
    f.to = PartialDate::fromEdtf(u"2022").value();
    return f;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Dataset> m_bundled;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        const QString bundled = entente::test::onEngine(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QVERIFY2(!bundled.isEmpty(), qPrintable(error));
        m_bundled = Dataset::open(bundled, &error);
        QVERIFY2(m_bundled, qPrintable(error));
    }

    void perYearOnTheBundledData()
    {
        const PerYearChart chart = eventsPerYear(m_bundled->index(), positionsOf(*m_bundled, {}));
        // 1995 to 2022, one bar a year, years without events included.
        QCOMPARE(chart.firstYear, 1995);
        QCOMPARE(chart.binYears, 1);
        QCOMPARE(chart.binCount(), 28);
        QCOMPARE(chart.binLabel(19), u"2014"_s);
        QCOMPARE(chart.dated, 9);
        QCOMPARE(chart.undated, 2); // the first two rounds of consultations
        QCOMPARE(chart.spanningYears, 0);
        QCOMPARE(chart.totals[0], 1);  // diplomatic relations
        QCOMPARE(chart.totals[19], 1); // the 2014 visit
        QCOMPARE(chart.totals[27], 7); // 2022
        QCOMPARE(std::accumulate(chart.totals.begin(), chart.totals.end(), qint64(0)), 9);
        // 2022 stacked: two demining events, the two chairmanships, the report, and two with
        // several topics (the third consultations, the visa agreement).
        QCOMPARE(seriesNamed(chart, u"Demining"_s)->counts[27], 2);
        QCOMPARE(seriesNamed(chart, u"International organisations"_s)->counts[27], 2);
        QCOMPARE(seriesNamed(chart, u"Media reports"_s)->counts[27], 1);
        QCOMPARE(seriesNamed(chart, u"Several topics"_s)->counts[27], 2);
        QCOMPARE(seriesNamed(chart, u"Diplomatic relations"_s)->counts[0], 1);
        QCOMPARE(seriesNamed(chart, u"Visits"_s)->counts[19], 1);
        QVERIFY(!seriesNamed(chart, u"No topic"_s));
        QVERIFY(!seriesNamed(chart, u"Visas"_s)); // only ever with another topic
        // The stack of every bar is its total.
        for (qsizetype bin = 0; bin < chart.binCount(); ++bin) {
            qint64 sum = 0;
            for (const auto &s : chart.series)
                sum += s.counts[size_t(bin)];
            QCOMPARE(sum, chart.totals[size_t(bin)]);
        }
        QCOMPARE(chart.series.last().kind, PerYearChart::Series::Kind::SeveralTopics);
    }

    void perYearOfTheBilateralFilter()
    {
        // The issue's example: Azerbaijan and Cambodia, 1995–2022. The chairmanships involve one
        // country each and drop out.
        const PerYearChart chart =
            eventsPerYear(m_bundled->index(), positionsOf(*m_bundled, bilateral()));
        QCOMPARE(chart.firstYear, 1995);
        QCOMPARE(chart.binCount(), 28);
        QCOMPARE(chart.totals[27], 5);
        QCOMPARE(chart.undated, 0); // undated events never match a period
        QVERIFY(!seriesNamed(chart, u"International organisations"_s));
    }

    void perCountryAndTopicsOnTheBundledData()
    {
        const std::vector<qint32> all = positionsOf(*m_bundled, {});
        const PerCountryChart countries = eventsPerCountry(m_bundled->index(), all);
        QCOMPARE(countries.events, 11);
        QCOMPARE(countries.bars.size(), size_t(2));
        // Ten events each; ties by name.
        QCOMPARE(countries.bars[0].name, u"Azerbaijan"_s);
        QCOMPARE(countries.bars[0].count, 10);
        QCOMPARE(countries.bars[1].alpha3, u"KHM"_s);
        QCOMPARE(countries.bars[1].count, 10);
        QCOMPARE(countries.otherCountries, 0);
        const PerCountryChart top1 = eventsPerCountry(m_bundled->index(), all, 1);
        QCOMPARE(top1.bars.size(), size_t(1));
        QCOMPARE(top1.otherCountries, 1);

        const TopicsChart topics = topicShares(m_bundled->index(), all);
        QCOMPARE(topics.events, 11);
        QCOMPARE(topics.assignments, 14); // two events have several topics: 1 + 3 + 1 + …
        QCOMPARE(topics.withoutTopic, 0);
        QCOMPARE(topics.slices.size(), size_t(8));
        QHash<QString, qint64> counts;
        double shares = 0;
        for (const auto &s : topics.slices) {
            counts.insert(s.slug, s.count);
            shares += s.share;
        }
        QCOMPARE(counts.value(u"consultations"_s), 3);
        QCOMPARE(counts.value(u"demining"_s), 3);
        QCOMPARE(counts.value(u"international-organisations"_s), 3);
        QCOMPARE(counts.value(u"visas"_s), 1);
        QVERIFY(!counts.contains(u"trade"_s)); // no event is filed under trade
        QVERIFY(qAbs(shares - 1.0) < 1e-9);
        QCOMPARE(topics.slices.front().count, 3);

        // A topic filter leaves one slice per topic of the matching events.
        EventFilter visas;
        visas.topics = {u"visas"_s};
        const TopicsChart visaTopics =
            topicShares(m_bundled->index(), positionsOf(*m_bundled, visas));
        QCOMPARE(visaTopics.events, 1);
        QCOMPARE(visaTopics.assignments, 2); // visas and agreements
    }

    void observationsOfTheBundledData()
    {
        const QList<Observation> all = m_bundled->store().observations();
        ObservationsChart chart = observationsOverTime(all, bilateral());
        QCOMPARE(chart.series.size(), 1);
        const auto &series = chart.series.front();
        QCOMPARE(series.reporter.alpha3, u"AZE"_s);
        QCOMPARE(series.partner.alpha3, u"KHM"_s);
        QCOMPARE(series.unit, u"US$"_s);
        QCOMPARE(series.label(), u"Imports of goods, Azerbaijan from Cambodia (US$)"_s);
        QCOMPARE(series.points.size(), size_t(1));
        QCOMPARE(series.points[0].value, 2200000.0);
        QCOMPARE(series.points[0].year, 2021.5);
        QCOMPARE(series.source, u"Azernews, citing United Nations COMTRADE database"_s);
        QVERIFY(!chart.ignoredFilter);
        QCOMPARE(describeObservationSources(chart),
                 u"Source: Azernews, citing United Nations COMTRADE database"_s);

        EventFilter france;
        france.countries = {u"FRA"_s};
        QVERIFY(observationsOverTime(all, france).series.isEmpty());
        EventFilter before;
        before.to = PartialDate::fromEdtf(u"2020").value();
        QVERIFY(observationsOverTime(all, before).series.isEmpty());
        EventFilter topic;
        topic.topics = {u"visas"_s};
        chart = observationsOverTime(all, topic);
        QCOMPARE(chart.series.size(), 1); // topics do not apply to observations…
        QVERIFY(chart.ignoredFilter);     // …and the chart says so
    }

    void sourcesOfTheBundledData()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(describeSources(m_bundled->store(), m_bundled->index(),
                                 positionsOf(*m_bundled, bilateral()), english),
                 u"Source: Azernews, 6 Jun 2022"_s);
        QCOMPARE(describeSources(m_bundled->store(), m_bundled->index(),
                                 positionsOf(*m_bundled, {}), english),
                 u"Source: Azernews, 6 Jun 2022"_s);
        QCOMPARE(describeSources(m_bundled->store(), m_bundled->index(), {}, english), QString());
    }

    void clicksAskForNarrowerFilters()
    {
        EventFilter base = bilateral();
        EventFilter year = filterForYears(base, 2014, 2014);
        QCOMPARE(year.from.toEdtf(), u"2014"_s);
        QCOMPARE(year.to.toEdtf(), u"2014"_s);
        QCOMPARE(year.countries, base.countries);
        QCOMPARE(positionsOf(*m_bundled, year).size(), size_t(1));
        // With "all of", a country joins; with "any of", it replaces.
        QCOMPARE(filterForCountry(base, u"FRA"_s).countries,
                 (QStringList{u"AZE"_s, u"KHM"_s, u"FRA"_s}));
        EventFilter any;
        any.countries = {u"AZE"_s, u"KHM"_s};
        QCOMPARE(filterForCountry(any, u"KHM"_s).countries, QStringList{u"KHM"_s});
        QCOMPARE(filterForTopic(base, u"visas"_s).topics, QStringList{u"visas"_s});
    }

    void awkwardDatesAndTopics()
    {
        // Dates over several years, a long span that needs bins, events without topic, one BC.
        const QList<Country> countries =
            readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), nullptr);
        DatabaseWriter writer;
        const QString path = m_dir.filePath(u"awkward.sqlite"_s);
        QVERIFY(writer.create(path));
        QVERIFY(writer.insertCountries(countries));
        QVERIFY2(writer.runScript(uR"(
            INSERT INTO topic (id, slug, name, colour) VALUES (1, 'trade', 'Trade', '#111111'), (2, 'war', 'War', '#222222');
            INSERT INTO event_type (code, scheme, name) VALUES ('042', 'cameo', 'Make a visit');
            INSERT INTO event (id, title, date, type_code) VALUES
                (1, 'A long treaty', '1901/1905', '042'),
                (2, 'A decade', '1950/1959', '042'),
                (3, 'A visit', '1999-12-31', '042'),
                (4, 'Another', '2000-01-01', '042'),
                (5, 'No topic', '2000-06', '042'),
                (6, 'Undated', NULL, '042');
            INSERT INTO event_topic (event_id, topic_id) VALUES (1, 2), (2, 1), (2, 2), (3, 1), (4, 1), (6, 1);
        )"_s,
                                  u"awkward"_s),
                 qPrintable(writer.errorString()));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
        QString error;
        const QString db = entente::test::onEngine(path, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        auto dataset = Dataset::open(db, &error);
        QVERIFY2(dataset, qPrintable(error));
        const std::vector<qint32> all = positionsOf(*dataset, {});

        const PerYearChart years = eventsPerYear(dataset->index(), all);
        QCOMPARE(years.binYears, 2); // 1901–2000: 100 years make 50 bins of two
        QCOMPARE(years.firstYear, 1900);
        QCOMPARE(years.binCount(), 51);
        QCOMPARE(years.binLabel(0), u"1900–1901"_s);
        QCOMPARE(years.dated, 5);
        QCOMPARE(years.undated, 1);
        QCOMPARE(years.spanningYears, 2); // 1901/1905 and the 1950s
        QCOMPARE(years.totals[0], 1);     // the treaty, in its first year
        QCOMPARE(years.totals[25], 1);    // 1950–1951: the decade, in its first year
        QCOMPARE(years.totals[49], 1);    // 1998–1999
        QCOMPARE(years.totals[50], 2);    // 2000–2001
        QCOMPARE(seriesNamed(years, u"No topic"_s)->counts[50], 1);
        QCOMPARE(seriesNamed(years, u"Several topics"_s)->counts[25], 1);
        QCOMPARE(seriesNamed(years, u"War"_s)->counts[0], 1);

        const PerYearChart decades = eventsPerYear(dataset->index(), all, 12);
        QCOMPARE(decades.binYears, 10);
        QCOMPARE(decades.binLabel(0), u"1900–1909"_s);
        QCOMPARE(std::accumulate(decades.totals.begin(), decades.totals.end(), qint64(0)), 5);

        const PerCountryChart countries0 = eventsPerCountry(dataset->index(), all);
        QVERIFY(countries0.bars.empty());
        QCOMPARE(countries0.withoutCountry, 6);
        const TopicsChart topics = topicShares(dataset->index(), all);
        QCOMPARE(topics.withoutTopic, 1);
        QCOMPARE(topics.assignments, 6);
    }

    void generatedDataAgreesWithSqlite()
    {
        // The same counts computed two ways: by the charts from the index, and by SQL on the file.
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        const QString path = m_dir.filePath(u"generated.sqlite"_s);
        GeneratorOptions options;
        options.events = 5000;
        options.seed = 7;
        QVERIFY2(generateDatabase({path, OutputKind::Database}, countries, options, &error),
                 qPrintable(error));
        const QString location = entente::test::onEngine(path, &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        auto dataset = Dataset::open(location, &error);
        QVERIFY2(dataset, qPrintable(error));
        QSqlDatabase db = dataset->store().database();
        const std::vector<qint32> all = positionsOf(*dataset, {});

        const PerYearChart years = eventsPerYear(dataset->index(), all);
        QCOMPARE(years.binYears, 1);
        QSqlQuery q(db);
        // SQLite reads an integer as a Julian day number at noon: strftime gives its year.
        // PostgreSQL reads one with to_date(…, 'J').
        QVERIFY(q.exec(dataset->store().isServer()
                           ? u"SELECT EXTRACT(YEAR FROM to_date(date_lower::text, 'J'))::int, "
                             "COUNT(*) FROM event WHERE date_lower IS NOT NULL GROUP BY 1"_s
                           : u"SELECT CAST(strftime('%Y', date_lower) AS INTEGER), COUNT(*) FROM "
                             "event WHERE date_lower IS NOT NULL GROUP BY 1"_s));
        qint64 checked = 0;
        while (q.next()) {
            const int year = q.value(0).toInt();
            QCOMPARE(years.totals[size_t(year - years.firstYear)], q.value(1).toLongLong());
            checked += q.value(1).toLongLong();
        }
        QCOMPARE(checked, years.dated);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM event WHERE date_lower IS NULL"_s) && q.next());
        QCOMPARE(years.undated, q.value(0).toLongLong());

        const PerCountryChart perCountry = eventsPerCountry(dataset->index(), all);
        QCOMPARE(perCountry.bars.size(), size_t(kTopCountries));
        QVERIFY(q.exec(u"SELECT c.alpha3, COUNT(*) FROM event_country ec JOIN country c ON c.id = "
                       u"ec.country_id"
                       " GROUP BY c.alpha3 ORDER BY 2 DESC LIMIT 15"_s));
        QHash<QString, qint64> sqlCounts;
        while (q.next())
            sqlCounts.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (const auto &bar : perCountry.bars)
            QCOMPARE(bar.count,
                     sqlCounts.value(bar.alpha3, -1)); // ties at the 15th may differ in name only

        const TopicsChart topics = topicShares(dataset->index(), all);
        QVERIFY(q.exec(
            u"SELECT t.slug, COUNT(*) FROM event_topic et JOIN topic t ON t.id = et.topic_id GROUP BY t.slug"_s));
        qint64 assignments = 0;
        while (q.next()) {
            const auto slice =
                std::find_if(topics.slices.begin(), topics.slices.end(),
                             [&](const auto &s) { return s.slug == q.value(0).toString(); });
            QVERIFY(slice != topics.slices.end());
            QCOMPARE(slice->count, q.value(1).toLongLong());
            assignments += slice->count;
        }
        QCOMPARE(topics.assignments, assignments);

        // A filter: the charts count exactly the filtered events.
        EventFilter filter;
        filter.countries = {perCountry.bars[0].alpha3};
        const std::vector<qint32> some = positionsOf(*dataset, filter);
        const PerCountryChart narrowed = eventsPerCountry(dataset->index(), some);
        QCOMPARE(narrowed.bars[0].alpha3, perCountry.bars[0].alpha3);
        QCOMPARE(narrowed.bars[0].count, perCountry.bars[0].count);
        const PerYearChart narrowedYears = eventsPerYear(dataset->index(), some);
        QCOMPARE(narrowedYears.dated + narrowedYears.undated, qint64(some.size()));
        // Synthetic sources are named, most cited first.
        QVERIFY(describeSources(dataset->store(), dataset->index(), some).startsWith(u"Source"_s));
    }

    // The filter reads large indexes in slices on both cores and in blocks, and skips what cannot
    // meet a period: on enough events for all of that, its selections and counts are those SQL
    // gives on the same file.
    void filtersOverManyEventsAgreeWithSql()
    {
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        const QString path = m_dir.filePath(u"many.sqlite"_s);
        GeneratorOptions options;
        options.events = 80'000; // over the size the filter cuts into slices
        options.seed = 11;
        QVERIFY2(generateDatabase({path, OutputKind::Database}, countries, options, &error),
                 qPrintable(error));
        const QString location = entente::test::onEngine(path, &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        auto dataset = Dataset::open(location, &error);
        QVERIFY2(dataset, qPrintable(error));
        const EventIndex &index = dataset->index();
        QSqlQuery q(dataset->store().database());
        auto sqlIds = [&](const QString &where) {
            std::vector<qint64> ids;
            if (!q.exec(u"SELECT id FROM event e WHERE "_s + where + u" ORDER BY id"_s))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                ids.push_back(q.value(0).toLongLong());
            return ids;
        };
        auto filterIds = [&](const std::vector<qint32> &positions) {
            std::vector<qint64> ids;
            for (qint32 pos : positions)
                ids.push_back(index.id(pos));
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        auto run = [&](const EventFilter &f) {
            auto r = applyFilter(index, &dataset->store(), f, &error);
            if (!r)
                qFatal("%s", qPrintable(error));
            return *r;
        };

        // The most used topic, and two topics.
        const qsizetype top = std::max_element(index.topicUses().begin(), index.topicUses().end()) -
                              index.topicUses().begin();
        const QString slug = index.topics()[top].slug;
        const QString second = index.topics()[(top + 1) % index.topics().size()].slug;
        const QString hasTopic = u"EXISTS (SELECT 1 FROM event_topic et JOIN topic t ON t.id = "
                                 "et.topic_id WHERE et.event_id = e.id AND t.slug IN (%1))"_s;
        EventFilter byTopic;
        byTopic.topics = {slug};
        const FilterResult topicResult = run(byTopic);
        const std::vector<qint64> topicIds = sqlIds(hasTopic.arg(u"'"_s + slug + u"'"_s));
        QVERIFY(topicIds.size() > 10'000);
        QCOMPARE(filterIds(topicResult.positions), topicIds);
        // The country counts are of the events with the topic.
        QVERIFY(q.exec(u"SELECT c.alpha3, COUNT(*) FROM event_country ec JOIN country c ON c.id = "
                       "ec.country_id JOIN event e ON e.id = ec.event_id WHERE "_s +
                       hasTopic.arg(u"'"_s + slug + u"'"_s) + u" GROUP BY c.alpha3"_s));
        int countriesChecked = 0;
        while (q.next()) {
            const qsizetype c = findCountry(index.countries(), q.value(0).toString(), nullptr);
            QVERIFY(c >= 0);
            QCOMPARE(qint64(topicResult.countryCounts[size_t(c)]), q.value(1).toLongLong());
            ++countriesChecked;
        }
        QVERIFY(countriesChecked > 20);

        EventFilter twoTopics;
        twoTopics.topics = {slug, second};
        const FilterResult twoResult = run(twoTopics);
        QCOMPARE(filterIds(twoResult.positions),
                 sqlIds(hasTopic.arg(u"'"_s + slug + u"', '"_s + second + u"'"_s)));

        // A period, and a period with the topic: what overlaps it, and what reaches out of it.
        EventFilter byPeriod;
        byPeriod.from = *PartialDate::fromEdtf(u"2001"_s);
        byPeriod.to = *PartialDate::fromEdtf(u"2003-06"_s);
        const qint64 fromDay = byPeriod.from.lowerBound().value;
        const qint64 toDay = byPeriod.to.upperBound().value;
        const QString overlaps =
            u"e.date_lower <= %1 AND e.date_upper >= %2"_s.arg(toDay).arg(fromDay);
        const QString reachesOut =
            u" AND (e.date_lower < %1 OR e.date_upper > %2)"_s.arg(fromDay).arg(toDay);
        const FilterResult periodResult = run(byPeriod);
        const std::vector<qint64> periodIds = sqlIds(overlaps);
        QVERIFY(periodIds.size() > 1000 && periodIds.size() < 40'000);
        QCOMPARE(filterIds(periodResult.positions), periodIds);
        QCOMPARE(filterIds(periodResult.partialPositions), sqlIds(overlaps + reachesOut));
        QCOMPARE(periodResult.datedCount, qsizetype(periodIds.size()));

        EventFilter both = byPeriod;
        both.topics = {slug};
        const FilterResult bothResult = run(both);
        QCOMPARE(filterIds(bothResult.positions),
                 sqlIds(overlaps + u" AND "_s + hasTopic.arg(u"'"_s + slug + u"'"_s)));
        // The topic counts under a period are those of the events in it.
        QVERIFY(q.exec(u"SELECT t.slug, COUNT(*) FROM event_topic et JOIN topic t ON t.id = "
                       "et.topic_id JOIN event e ON e.id = et.event_id WHERE "_s +
                       overlaps + u" GROUP BY t.slug"_s));
        while (q.next()) {
            const qsizetype t = findTopic(index.topics(), q.value(0).toString(), nullptr);
            QVERIFY(t >= 0);
            QCOMPARE(qint64(bothResult.topicCounts[size_t(t)]), q.value(1).toLongLong());
        }
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
