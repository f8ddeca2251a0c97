// SPDX-License-Identifier: GPL-3.0-or-later
// Filter semantics as a table — countries (any/all), topics, types, period and text — with the
// exact expected events of the bundled data and of a fixture written for the test; faceted
// counts; hostile search text; names and codes; persistence.

#include "engine.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "index/filterrunner.h"
#include "store/databasewriter.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {

PartialDate date(const QString &text)
{
    return PartialDate::fromEdtf(text).value();
}

} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Dataset> m_bundled;
    std::unique_ptr<Dataset> m_fixture;
    QTemporaryDir m_dir;

    QList<qint64> ids(Dataset &dataset, const EventFilter &filter, FilterResult *out = nullptr)
    {
        QString error;
        const auto result = applyFilter(dataset.index(), &dataset.store(), filter, &error);
        if (!result) {
            qWarning() << error;
            return {-1};
        }
        QList<qint64> found;
        for (qint32 pos : result->positions)
            found.append(dataset.index().id(pos));
        std::sort(found.begin(), found.end());
        if (out)
            *out = *result;
        return found;
    }

    // The filter the current data row describes (columns: countries, all, topics, types, from,
    // to, text).
    static EventFilter rowFilter()
    {
        QFETCH(QStringList, countries);
        QFETCH(bool, all);
        QFETCH(QStringList, topics);
        QFETCH(QStringList, types);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, text);
        EventFilter f;
        f.countries = countries;
        f.countryMode = all ? EventFilter::CountryMode::All : EventFilter::CountryMode::Any;
        f.topics = topics;
        f.eventTypes = types;
        f.from = date(from);
        f.to = date(to);
        f.text = text;
        return f;
    }

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

        // The fixture: three countries, four topics, mixed precision, one undated event.
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        DatabaseWriter writer;
        const QString path = m_dir.filePath(u"fixture.sqlite"_s);
        QVERIFY(writer.create(path));
        QVERIFY(writer.insertCountries(countries));
        const QString script = uR"(
            INSERT INTO topic (id, slug, name, colour) VALUES (1, 'trade', 'Trade', '#111111'),
                (2, 'visas', 'Visas', '#222222'), (3, 'energy', 'Energy', '#333333'), (4, 'culture', 'Culture', '#444444');
            INSERT INTO event_type (code, scheme, name) VALUES ('042', 'cameo', 'Make a visit'), ('057', 'cameo', 'Sign formal agreement');
            INSERT INTO event (id, title, summary, date, type_code) VALUES
                (1, 'Gas pipeline agreement', 'Ministers signed an energy deal in Bakı.', '2010-03-15', '057'),
                (2, 'Trade fair visit', 'A delegation visited the Paris trade fair.', '2010', '042'),
                (3, 'Visa talks', 'Talks on visas in Berlin.', '2011-06/2011-08', '042'),
                (4, 'Cultural year', 'A year of cultural exchange — Année culturelle.', '2012~', '042'),
                (5, 'Undated meeting', 'A meeting whose date is not known.', NULL, '042'),
                (6, 'Trilateral summit', 'Leaders of three states met.', '2013-05-01', '057');
            INSERT INTO event_country (event_id, country_id, role) SELECT 1, id, 'party' FROM country WHERE alpha3 IN ('AZE', 'DEU');
            INSERT INTO event_country (event_id, country_id, role) SELECT 2, id, 'party' FROM country WHERE alpha3 IN ('FRA');
            INSERT INTO event_country (event_id, country_id, role) SELECT 3, id, 'party' FROM country WHERE alpha3 IN ('DEU', 'FRA');
            INSERT INTO event_country (event_id, country_id, role) SELECT 4, id, 'party' FROM country WHERE alpha3 IN ('FRA', 'AZE');
            INSERT INTO event_country (event_id, country_id, role) SELECT 5, id, 'party' FROM country WHERE alpha3 IN ('AZE');
            INSERT INTO event_country (event_id, country_id, role) SELECT 6, id, 'party' FROM country WHERE alpha3 IN ('AZE', 'DEU', 'FRA');
            INSERT INTO event_topic (event_id, topic_id) VALUES (1, 3), (1, 1), (2, 1), (3, 2), (4, 4), (5, 1), (6, 1), (6, 3);
        )"_s;
        QVERIFY2(writer.runScript(script, u"fixture"_s), qPrintable(writer.errorString()));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
        const QString fixture = entente::test::onEngine(path, &error);
        QVERIFY2(!fixture.isEmpty(), qPrintable(error));
        m_fixture = Dataset::open(fixture, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void bundledSemantics_data()
    {
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");

        const QList<qint64> everything{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        QTest::newRow("no filter") << QStringList() << false << QStringList() << QStringList()
                                   << QString() << QString() << QString() << everything;
        QTest::newRow("Cambodia and visas")
            << QStringList{u"KHM"_s} << false << QStringList{u"visas"_s} << QStringList()
            << QString() << QString() << QString() << QList<qint64>{8};
        QTest::newRow("Azerbaijan only: not ASEAN")
            << QStringList{u"AZE"_s} << false << QStringList() << QStringList() << QString()
            << QString() << QString() << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 11};
        QTest::newRow("any of both")
            << QStringList{u"AZE"_s, u"KHM"_s} << false << QStringList() << QStringList()
            << QString() << QString() << QString() << everything;
        QTest::newRow("all of both: bilateral")
            << QStringList{u"AZE"_s, u"KHM"_s} << true << QStringList() << QStringList()
            << QString() << QString() << QString() << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 11};
        QTest::newRow("a country with no events")
            << QStringList{u"JPN"_s} << false << QStringList() << QStringList() << QString()
            << QString() << QString() << QList<qint64>{};
        QTest::newRow("topics any of")
            << QStringList() << false << QStringList{u"visas"_s, u"visits"_s} << QStringList()
            << QString() << QString() << QString() << QList<qint64>{2, 8};
        QTest::newRow("type 057") << QStringList() << false << QStringList()
                                  << QStringList{u"057"_s} << QString() << QString() << QString()
                                  << QList<qint64>{8};
        QTest::newRow("period 1995–2022 leaves the undated out")
            << QStringList() << false << QStringList() << QStringList() << u"1995"_s << u"2022"_s
            << QString() << QList<qint64>{1, 2, 5, 6, 7, 8, 9, 10, 11};
        QTest::newRow("period April 2022")
            << QStringList() << false << QStringList() << QStringList() << u"2022-04"_s
            << u"2022-04"_s << QString() << QList<qint64>{5, 6};
        QTest::newRow("period inside April: partial")
            << QStringList() << false << QStringList() << QStringList() << u"2022-04-10"_s
            << u"2022-04-12"_s << QString() << QList<qint64>{5, 6};
        QTest::newRow("open-ended period")
            << QStringList() << false << QStringList() << QStringList() << u"2014-04-24"_s
            << QString() << QString() << QList<qint64>{2, 5, 6, 7, 8, 9, 10, 11};
        QTest::newRow("chairmanships by their attested day")
            << QStringList() << false << QStringList{u"international-organisations"_s}
            << QStringList() << u"2022-06-01"_s << u"2022-06-01"_s << QString()
            << QList<qint64>{7, 9, 10};
        QTest::newRow("text demining")
            << QStringList() << false << QStringList() << QStringList() << QString() << QString()
            << u"demining"_s << QList<qint64>{5, 6, 7};
        QTest::newRow("text prefix and case")
            << QStringList() << false << QStringList() << QStringList() << QString() << QString()
            << u"VISA exempt"_s << QList<qint64>{8, 11};
        QTest::newRow("text and country and period")
            << QStringList{u"KHM"_s} << false << QStringList() << QStringList() << u"2014"_s
            << u"2022"_s << u"JICA"_s << QList<qint64>{6};
        QTest::newRow("text that matches nothing")
            << QStringList() << false << QStringList() << QStringList() << QString() << QString()
            << u"zanzibar"_s << QList<qint64>{};
    }
    void bundledSemantics()
    {
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ids(*m_bundled, rowFilter()), expected);
    }

    void partialMatchesAreMarked()
    {
        EventFilter f;
        f.from = date(u"2022-04-10"_s);
        f.to = date(u"2022-04-12"_s);
        FilterResult result;
        ids(*m_bundled, f, &result);
        QCOMPARE(result.partialPositions.size(), size_t(2)); // both April events reach outside
        f.from = date(u"2022-04"_s);
        f.to = date(u"2022-06"_s);
        ids(*m_bundled, f, &result);
        QVERIFY(result.partialPositions.empty()); // April and June lie wholly inside
    }

    void facetCountsApplyTheOtherFilters()
    {
        // With Cambodia ticked, the topic counts are Cambodia's; the country counts ignore the
        // country part (so they say what ticking another country would add).
        EventFilter f;
        f.countries = {u"KHM"_s};
        FilterResult result;
        ids(*m_bundled, f, &result);
        const EventIndex &index = m_bundled->index();
        auto topicCount = [&](const QString &slug) {
            for (qsizetype i = 0; i < index.topics().size(); ++i)
                if (index.topics()[i].slug == slug)
                    return result.topicCounts[size_t(i)];
            return -1;
        };
        auto countryCount = [&](const QString &alpha3) {
            for (qsizetype i = 0; i < index.countries().size(); ++i)
                if (index.countries()[i].alpha3 == alpha3)
                    return result.countryCounts[size_t(i)];
            return -1;
        };
        QCOMPARE(topicCount(u"visas"_s), 1);
        QCOMPARE(topicCount(u"international-organisations"_s), 2); // third round, ASEAN chair
        QCOMPARE(countryCount(u"AZE"_s), 10);
        QCOMPARE(countryCount(u"KHM"_s), 10);
        // Now with the topic visas too: Azerbaijan's count is its visa events.
        f.topics = {u"visas"_s};
        ids(*m_bundled, f, &result);
        QCOMPARE(countryCount(u"AZE"_s), 1);
        QCOMPARE(countryCount(u"KHM"_s), 1);
        QCOMPARE(topicCount(u"demining"_s), 3);
    }

    void fixtureSemantics_data()
    {
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("any DEU FRA")
            << QStringList{u"DEU"_s, u"FRA"_s} << false << QStringList() << QStringList()
            << QString() << QString() << QString() << QList<qint64>{1, 2, 3, 4, 6};
        QTest::newRow("all DEU FRA")
            << QStringList{u"DEU"_s, u"FRA"_s} << true << QStringList() << QStringList()
            << QString() << QString() << QString() << QList<qint64>{3, 6};
        QTest::newRow("all three")
            << QStringList{u"AZE"_s, u"DEU"_s, u"FRA"_s} << true << QStringList() << QStringList()
            << QString() << QString() << QString() << QList<qint64>{6};
        QTest::newRow("all with an unknown code")
            << QStringList{u"AZE"_s, u"ZZZ"_s} << true << QStringList() << QStringList()
            << QString() << QString() << QString() << QList<qint64>{};
        QTest::newRow("trade or energy")
            << QStringList() << false << QStringList{u"trade"_s, u"energy"_s} << QStringList()
            << QString() << QString() << QString() << QList<qint64>{1, 2, 5, 6};
        QTest::newRow("year-precision 2010 found by March 2010")
            << QStringList() << false << QStringList() << QStringList() << u"2010-03"_s
            << u"2010-03"_s << QString() << QList<qint64>{1, 2};
        QTest::newRow("interval overlapping")
            << QStringList() << false << QStringList() << QStringList() << u"2011-07-15"_s
            << u"2011-07-16"_s << QString() << QList<qint64>{3};
        QTest::newRow("approximate year")
            << QStringList() << false << QStringList() << QStringList() << u"2012-06"_s << QString()
            << QString() << QList<qint64>{4, 6};
        QTest::newRow("Baki finds Bakı") << QStringList() << false << QStringList() << QStringList()
                                         << QString() << QString() << u"Baki"_s << QList<qint64>{1};
        QTest::newRow("accents folded") << QStringList() << false << QStringList() << QStringList()
                                        << QString() << QString() << u"annee"_s << QList<qint64>{4};
        QTest::newRow("undated found without a period")
            << QStringList{u"AZE"_s} << false << QStringList{u"trade"_s} << QStringList()
            << QString() << QString() << QString() << QList<qint64>{1, 5, 6};
    }
    void fixtureSemantics()
    {
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ids(*m_fixture, rowFilter()), expected);
    }

    void hostileTextIsSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        const QList<qint64> everything{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        QTest::newRow("double quote") << u"\"visa"_s << QList<qint64>{8, 11};
        QTest::newRow("unbalanced quotes") << u"\"\"\"'"_s << everything;
        QTest::newRow("NEAR operator") << u"visa NEAR exemption"_s << QList<qint64>{};
        QTest::newRow("AND OR NOT as words") << u"visa AND OR NOT"_s << QList<qint64>{};
        QTest::newRow("star and caret") << u"vis* ^demining"_s << QList<qint64>{};
        QTest::newRow("column filter syntax") << u"title:visa"_s << QList<qint64>{};
        QTest::newRow("parentheses") << u"(visa) OR (demining"_s << QList<qint64>{};
        QTest::newRow("SQL fragment") << u"'); DROP TABLE event; --"_s << QList<qint64>{};
        QTest::newRow("10,000 characters") << QString(10000, u'a') << QList<qint64>{};
        QTest::newRow("emoji only") << u"🇰🇭😀"_s << everything;
        QTest::newRow("emoji beside a word") << u"😀visa"_s << QList<qint64>{8, 11};
        QTest::newRow("Azerbaijani letters") << u"Azərbaycan İlham şəhər"_s << QList<qint64>{};
        QTest::newRow("Khmer letters") << u"កម្ពុជា"_s << QList<qint64>{};
        QTest::newRow("lone surrogates")
            << QString(QChar(0xD800)) + u"visa"_s + QChar(0xDC00) << QList<qint64>{8, 11};
        QTest::newRow("NUL and controls") << u"visa\u0000\u0001\t\n"_s << QList<qint64>{8, 11};
    }
    void hostileTextIsSafe()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        EventFilter f;
        f.text = text;
        QCOMPARE(ids(*m_bundled, f), expected);
        // The database still answers afterwards: nothing was dropped or damaged.
        QCOMPARE(m_bundled->store().event(8)->title,
                 u"Visa exemption for holders of diplomatic passports signed"_s);
    }

    void countriesByCodeOrName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("alpha3");
        QTest::newRow("alpha-3") << u"KHM"_s << u"KHM"_s;
        QTest::newRow("alpha-2 lower case") << u"az"_s << u"AZE"_s;
        QTest::newRow("name") << u"Cambodia"_s << u"KHM"_s;
        QTest::newRow("official name") << u"Kingdom of Cambodia"_s << u"KHM"_s;
        QTest::newRow("common name") << u"Bolivia"_s << u"BOL"_s;
        QTest::newRow("accents ignored") << u"Cote d'Ivoire"_s << u"CIV"_s;
    }
    void countriesByCodeOrName()
    {
        QFETCH(QString, text);
        QFETCH(QString, alpha3);
        const qsizetype i = findCountry(m_bundled->index().countries(), text, nullptr);
        QVERIFY(i >= 0);
        QCOMPARE(m_bundled->index().countries()[i].alpha3, alpha3);
    }

    void unknownCountrySuggestsCloseMatches()
    {
        QStringList suggestions;
        QCOMPARE(findCountry(m_bundled->index().countries(), u"Cambodja"_s, &suggestions), -1);
        QVERIFY(suggestions.contains(u"Cambodia (KHM)"_s));
        QCOMPARE(findCountry(m_bundled->index().countries(), u"AZX"_s, &suggestions), -1);
        QVERIFY(suggestions.contains(u"Azerbaijan (AZE)"_s));
    }

    void describesInPlainLanguage()
    {
        EventFilter f;
        f.countries = {u"AZE"_s, u"KHM"_s};
        f.countryMode = EventFilter::CountryMode::All;
        f.topics = {u"visas"_s};
        f.from = date(u"1995"_s);
        f.to = date(u"2022"_s);
        QCOMPARE(describeFilter(f, m_bundled->index()),
                 u"Countries: Azerbaijan and Cambodia · Topics: Visas · 1995–2022"_s);
        QCOMPARE(describeFilter({}, m_bundled->index()), QString());
    }

    void aNewerRequestSupersedesAnOlderOne()
    {
        FilterRunner runner;
        QSignalSpy finished(&runner, &FilterRunner::finished);
        EventFilter older;
        older.countries = {u"AZE"_s};
        EventFilter newer;
        newer.countries = {u"KHM"_s};
        newer.topics = {u"visas"_s};
        runner.request(m_bundled->sharedIndex(), m_bundled->path(), older);
        const quint64 newest = runner.request(m_bundled->sharedIndex(), m_bundled->path(), newer);
        QVERIFY(finished.wait(5000));
        QTest::qWait(100); // anything else on its way has arrived by now
        // Only the newest result reaches the views.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), newest);
        const auto result = finished.first().at(1).value<std::shared_ptr<const FilterResult>>();
        QCOMPARE(result->positions.size(), size_t(1));
        QCOMPARE(m_bundled->index().id(result->positions.front()), 8);
    }

    void textSearchRunsOnTheWorkersOwnConnection()
    {
        FilterRunner runner;
        QSignalSpy finished(&runner, &FilterRunner::finished);
        EventFilter f;
        f.text = u"JICA"_s;
        runner.request(m_bundled->sharedIndex(), m_bundled->path(), f);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().at(1).value<std::shared_ptr<const FilterResult>>();
        QCOMPARE(result->positions.size(), size_t(1));
        QCOMPARE(m_bundled->index().id(result->positions.front()), 6);
    }

    void persistsThroughSettings()
    {
        entente::test::IsolatedSettings isolated;
        EventFilter f;
        f.countries = {u"KHM"_s};
        f.countryMode = EventFilter::CountryMode::All;
        f.topics = {u"visas"_s, u"trade"_s};
        f.eventTypes = {u"057"_s};
        f.from = date(u"2014-04"_s);
        f.to = date(u"2022~"_s);
        f.text = u"visa exemption"_s;
        {
            QSettings settings(u"EntenteTest"_s, u"filter"_s);
            saveFilter(settings, f);
        }
        QSettings settings(u"EntenteTest"_s, u"filter"_s);
        QCOMPARE(loadFilter(settings), f);
        // A damaged setting is dropped, not guessed.
        settings.setValue(u"from"_s, u"not a date"_s);
        QVERIFY(loadFilter(settings).from.isUndated());
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
