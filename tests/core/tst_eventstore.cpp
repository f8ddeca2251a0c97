// SPDX-License-Identifier: GPL-3.0-or-later
// The schema, the bundled dataset's facts with their quotes and sources, the store's queries, the
// in-memory index and the event table model (under QAbstractItemModelTester).

#include "engine.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "index/eventtablemodel.h"
#include "index/roles.h"
#include "store/sqlconnection.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Dataset> m_dataset;
    QString m_sourceText;

    // The event whose title is \a title; fails the test when there is none.
    std::optional<Event> eventTitled(const QString &title)
    {
        const EventIndex &index = m_dataset->index();
        for (qsizetype pos = 0; pos < index.size(); ++pos) {
            auto e = m_dataset->store().event(index.id(pos));
            if (e && e->title == title)
                return e;
        }
        return std::nullopt;
    }

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_dataset->store().database());
        q.exec(sql);
        return q;
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        const QString db = entente::test::onEngine(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        m_dataset = Dataset::open(db, &error);
        QVERIFY2(m_dataset, qPrintable(error));
        m_sourceText =
            QString::fromUtf8(entente::test::readAll(QStringLiteral(ENTENTE_SOURCE_TEXT)));
        QVERIFY(!m_sourceText.isEmpty());
    }

    void schemaIsVersionedAndIndexed()
    {
        const auto indexNames = [this](const QString &sql) {
            auto q = query(sql);
            QStringList names;
            while (q.next())
                names.append(q.value(0).toString());
            return names;
        };
        QStringList indexes;
        if (m_dataset->store().isServer()) {
            // A server's Entente database says what it is in its meta table, has the same indexes
            // and searches a GIN-indexed tsvector; its foreign keys are enforced as rows go in.
            QCOMPARE(m_dataset->store().metadata(u"application"_s), u"entente"_s);
            QCOMPARE(m_dataset->store().metadata(u"schema_version"_s).toInt(),
                     kServerSchemaVersion);
            indexes =
                indexNames(u"SELECT indexname FROM pg_indexes WHERE schemaname = 'entente'"_s);
            QVERIFY(indexes.contains(u"event_text_search"_s));
            auto q = query(u"SELECT count(*) FROM event_text"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 11);
        } else {
            auto q = query(u"PRAGMA user_version"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), kSchemaVersion);
            q = query(u"PRAGMA application_id"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), kApplicationId);
            indexes = indexNames(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name "
                                 "NOT LIKE 'sqlite_%'"_s);
            q = query(u"SELECT sql FROM sqlite_master WHERE name = 'event_fts'"_s);
            QVERIFY(q.next());
            QVERIFY(q.value(0).toString().contains(u"fts5"_s));
            q = query(u"PRAGMA foreign_key_check"_s);
            QVERIFY2(!q.next(), "a row refers to a missing row");
        }
        for (const auto name :
             {"event_by_bounds", "event_country_by_country", "event_topic_by_topic"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
    }

    void countriesComeFromIsoCodes()
    {
        const QList<Country> countries = m_dataset->index().countries();
        QCOMPARE(countries.size(), 249); // iso-codes 4.15 lists 249 ISO 3166-1 entries
        const auto khm = std::find_if(countries.begin(), countries.end(),
                                      [](const Country &c) { return c.alpha3 == u"KHM"_s; });
        QVERIFY(khm != countries.end());
        QCOMPARE(khm->alpha2, u"KH"_s);
        QCOMPARE(khm->name, u"Cambodia"_s);
        QCOMPARE(khm->officialName, u"Kingdom of Cambodia"_s);
    }

    void everyBundledFactIsPresent_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QString>("stated");
        QTest::addColumn<QString>("countries");
        QTest::addColumn<QString>("topics");
        QTest::addColumn<QString>("typeCode");
        QTest::addColumn<QString>("quotePart");

        QTest::newRow("relations 1995")
            << u"Diplomatic relations established"_s << u"1995-02-02"_s << u"2 February 1995"_s
            << u"AZE:party,KHM:party"_s << u"diplomatic-relations"_s << u"054"_s
            << u"established diplomatic relations on February 2, 1995"_s;
        QTest::newRow("Hun Sen visit 2014")
            << u"Prime Minister Hun Sen visits Azerbaijan"_s << u"2014-04-23/2014-04-24"_s
            << u"23–24 April 2014"_s << u"AZE:host,KHM:visitor"_s << u"visits"_s << u"042"_s
            << u"Hun Sen’s visit to Azerbaijan on April 23-24, 2014"_s;
        QTest::newRow("first round undated")
            << u"First round of foreign-ministry consultations"_s << QString() << u"undated"_s
            << u"AZE:party,KHM:party"_s << u"consultations"_s << u"040"_s
            << u"the two previous meetings"_s;
        QTest::newRow("second round undated")
            << u"Second round of foreign-ministry consultations"_s << QString() << u"undated"_s
            << u"AZE:party,KHM:party"_s << u"consultations"_s << u"040"_s
            << u"the two previous meetings"_s;
        QTest::newRow("demining conference")
            << u"Baku conference “Humanitarian de-mining and sustainable development goals”"_s
            << u"2022-04"_s << u"April 2022"_s << u"AZE:party,KHM:party"_s << u"demining"_s
            << u"entente:conference"_s
            << u"\"Humanitarian de-mining and sustainable development goals\" held in April, in Baku"_s;
        QTest::newRow("demining offer with JICA")
            << u"Cambodia offers to assist demining in Azerbaijan, with JICA"_s << u"2022-04"_s
            << u"April 2022"_s << u"AZE:party,KHM:party"_s << u"demining"_s << u"033"_s
            << u"in collaboration with the Japan International Cooperation Agency (JICA)"_s;
        QTest::newRow("third round")
            << u"Third round of foreign-ministry consultations, Baku"_s << u"2022-06-01"_s
            << u"1 June 2022"_s << u"AZE:party,KHM:party"_s
            << u"consultations,demining,international-organisations"_s << u"040"_s
            << u"third round of bilateral consultations"_s;
        QTest::newRow("visa exemption")
            << u"Visa exemption for holders of diplomatic passports signed"_s << u"2022-06-01"_s
            << u"1 June 2022"_s << u"AZE:party,KHM:party"_s << u"agreements,visas"_s << u"057"_s
            << u"Elnur Mammadov and his Cambodian counterpart Chem Widhya inked an agreement on visa exemption"_s;
        QTest::newRow("NAM chairmanship")
            << u"Azerbaijan chairs the Non-Aligned Movement"_s << QString()
            << u"current on 1 June 2022"_s << u"AZE:chair"_s << u"international-organisations"_s
            << u"entente:chairmanship"_s
            << u"Azerbaijan’s chairmanship in the Non-Aligned Movement (NAM)"_s;
        QTest::newRow("ASEAN chairmanship")
            << u"Cambodia chairs ASEAN"_s << QString() << u"current on 1 June 2022"_s
            << u"KHM:chair"_s << u"international-organisations"_s << u"entente:chairmanship"_s
            << u"Cambodia’s chairmanship in the Association of Southeast Asian Nations (ASEAN)"_s;
        QTest::newRow("the report")
            << u"Azernews reports the visa exemption for diplomats"_s << u"2022-06-06"_s
            << u"6 June 2022"_s << u"AZE:party,KHM:party"_s << u"media"_s << u"entente:report"_s
            << u"canceled visa requirements for diplomats"_s;
    }
    void everyBundledFactIsPresent()
    {
        QFETCH(QString, title);
        QFETCH(QString, edtf);
        QFETCH(QString, stated);
        QFETCH(QString, countries);
        QFETCH(QString, topics);
        QFETCH(QString, typeCode);
        QFETCH(QString, quotePart);

        const auto e = eventTitled(title);
        QVERIFY2(e, qPrintable(title));
        QCOMPARE(e->date.toEdtf(), edtf);
        QCOMPARE(e->dateText(), stated);
        QStringList roles;
        for (const Participant &p : e->participants)
            roles.append(p.country.alpha3 + u':' + p.role);
        roles.sort();
        QCOMPARE(roles.join(u','), countries);
        QStringList slugs;
        for (const Topic &t : e->topics)
            slugs.append(t.slug);
        slugs.sort();
        QCOMPARE(slugs.join(u','), topics);
        QCOMPARE(e->type.code, typeCode);

        QVERIFY(!e->citations.isEmpty());
        bool quoted = false;
        for (const Citation &c : e->citations) {
            QCOMPARE(c.source.publisher, u"Azernews"_s);
            QCOMPARE(c.source.author, u"Vugar Khalilov"_s);
            QCOMPARE(c.source.published.toEdtf(), u"2022-06-06"_s);
            quoted = quoted || c.quote.contains(quotePart);
        }
        QVERIFY2(quoted, qPrintable(quotePart));
    }

    void everyQuoteIsVerbatimFromTheSource()
    {
        // The report's body only: the header above the rule was written by this project.
        const qsizetype rule = m_sourceText.indexOf(u"\n-----"_s);
        QVERIFY(rule > 0);
        const QString body = m_sourceText.mid(m_sourceText.indexOf(u'\n', rule + 1) + 1);
        auto q = query(u"SELECT id, quote FROM citation"_s);
        int count = 0;
        while (q.next()) {
            ++count;
            const QString quote = q.value(1).toString();
            const QString where = u"citation %1: "_s.arg(q.value(0).toInt()) + quote;
            QVERIFY2(!quote.trimmed().isEmpty(), qPrintable(where));
            const qsizetype at = body.indexOf(quote);
            QVERIFY2(at >= 0, qPrintable(u"not in the report's body: "_s + where));
            // A whole sentence or clause: it starts where a sentence does and ends where a
            // sentence or clause does, never inside a word or mid-phrase.
            const QString before = body.left(at).trimmed();
            QVERIFY2(before.isEmpty() || before.endsWith(u'.') || before.endsWith(u':') ||
                         body.left(at).endsWith(u'\n'),
                     qPrintable(u"starts mid-sentence: "_s + where));
            const QChar after = at + quote.size() < body.size() ? body[at + quote.size()] : u'\n';
            QVERIFY2(quote.endsWith(u'.') || after == u',' || after == u';' || after == u'.',
                     qPrintable(u"ends mid-clause: "_s + where));
        }
        QVERIFY(count >= 12);
        // Every event rests on at least one citation.
        q = query(u"SELECT count(*) FROM event WHERE id NOT IN (SELECT event_id FROM citation "
                  "WHERE event_id IS NOT NULL)"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void conflictAndInferredYearsAreRecorded()
    {
        const auto visit = eventTitled(u"Prime Minister Hun Sen visits Azerbaijan"_s);
        QVERIFY(visit);
        QVERIFY(visit->citations.first().note.startsWith(u"Conflict in the source"_s));
        // The third round carries the same conflict, and its inferred year.
        const auto third = eventTitled(u"Third round of foreign-ministry consultations, Baku"_s);
        QVERIFY(third);
        QVERIFY(third->dateNote.contains(u"“on June 1”"_s));
        QVERIFY(third->dateNote.contains(u"Conflict in the source"_s));
        for (const QString &title : {u"First round of foreign-ministry consultations"_s,
                                     u"Second round of foreign-ministry consultations"_s}) {
            const auto round = eventTitled(title);
            QVERIFY2(round, qPrintable(title));
            QVERIFY(round->date.isUndated());
            QVERIFY(!round->attestedOn);
            QVERIFY(round->dateNote.contains(u"gives this round no date"_s));
            QVERIFY(round->dateNote.contains(u"only orders it"_s));
        }
        // The sentence on the roadmap is recorded, with its ambiguity.
        bool roadmap = false;
        for (const Citation &c : visit->citations)
            roadmap = roadmap || (c.quote.contains(u"roadmap for future cooperation"_s) &&
                                  c.note.contains(u"does not say which meeting"_s));
        QVERIFY(roadmap);
    }

    void everyYearNotInItsQuoteIsExplained()
    {
        // A year that no quoted sentence of the event states was inferred: its date note says
        // where it comes from.
        const EventIndex &index = m_dataset->index();
        int inferred = 0;
        for (qsizetype pos = 0; pos < index.size(); ++pos) {
            const auto e = m_dataset->store().event(index.id(pos));
            QVERIFY(e);
            const PartialDate &date = boundingDate(e->date, e->attestedOn);
            if (date.isUndated())
                continue;
            const QString year = QString::number(date.start().year);
            const bool stated =
                std::any_of(e->citations.begin(), e->citations.end(),
                            [&](const Citation &c) { return c.quote.contains(year); });
            if (stated)
                continue;
            ++inferred;
            QVERIFY2(e->dateNote.contains(year), qPrintable(e->title + u": "_s + e->dateNote));
        }
        QVERIFY(inferred >= 6);
    }

    void sentencesAreAttributedOnlyWhereTheReportDoes()
    {
        // The report names the Foreign Ministry for its first sentence ("citing the Foreign
        // Ministry") and its second ("the report added"); no other quote is put in its mouth.
        auto q = query(u"SELECT quote, cites FROM citation WHERE cites = 'Foreign Ministry of "
                       "Azerbaijan'"_s);
        int attributed = 0;
        while (q.next()) {
            ++attributed;
            const QString quote = q.value(0).toString();
            QVERIFY2(quote.contains(u"citing the Foreign Ministry"_s) ||
                         quote.contains(u"the report added"_s),
                     qPrintable(quote));
        }
        QVERIFY(attributed >= 3);
    }

    void rolesAreOnlyWhatTheReportStates()
    {
        // Host and visitor only for the visit "to Azerbaijan"; no delegation heads.
        auto q = query(u"SELECT e.title, ec.role FROM event_country ec JOIN event e ON e.id = "
                       "ec.event_id WHERE ec.role IN ('host', 'visitor', 'participant')"_s);
        while (q.next())
            QCOMPARE(q.value(0).toString(), u"Prime Minister Hun Sen visits Azerbaijan"_s);
        q = query(u"SELECT count(*) FROM event_actor WHERE role = 'delegation head'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void peopleAreNamed()
    {
        const auto visa =
            eventTitled(u"Visa exemption for holders of diplomatic passports signed"_s);
        QStringList names;
        for (const NamedActor &a : visa->actors)
            names.append(a.name + u'/' + a.role);
        QCOMPARE(names, (QStringList{u"Elnur Mammadov/signatory"_s, u"Chem Widhya/signatory"_s}));
    }

    void tradeObservationCitesComtrade()
    {
        const QList<Observation> observations = m_dataset->store().observations();
        QCOMPARE(observations.size(), 1);
        const Observation &o = observations.first();
        QCOMPARE(o.reporter.alpha3, u"AZE"_s);
        QCOMPARE(o.partner.alpha3, u"KHM"_s);
        QCOMPARE(o.period.toEdtf(), u"2021"_s);
        QCOMPARE(o.value, 2.2e6);
        QCOMPARE(o.unit, u"US$"_s);
        QCOMPARE(o.citations.size(), 1);
        QCOMPARE(o.citations.first().cites, u"United Nations COMTRADE database"_s);
        QVERIFY(m_sourceText.contains(o.citations.first().quote));
    }

    void indexIsChronologicalWithUndatedLast()
    {
        const EventIndex &index = m_dataset->index();
        QCOMPARE(index.size(), 11);
        QCOMPARE(index.datedCount(), 9);
        for (qsizetype pos = 1; pos < index.datedCount(); ++pos)
            QVERIFY(index.lower(pos - 1) <= index.lower(pos));
        for (qsizetype pos = index.datedCount(); pos < index.size(); ++pos)
            QVERIFY(index.hasFlag(pos, DateFlag::Undated));
        const auto span = index.datedSpan();
        QVERIFY(span);
        QCOMPARE(span->first.toDate(), QDate(1995, 2, 2));
        QCOMPARE(span->second.toDate(), QDate(2022, 6, 6));
        // The chairmanships are drawn at the day they are attested, with both ends unknown.
        const qsizetype nam = index.positionOf(9);
        QVERIFY(index.hasFlag(nam, DateFlag::Attested));
        QVERIFY(index.hasFlag(nam, DateFlag::StartUnknown));
        QVERIFY(index.hasFlag(nam, DateFlag::EndUnknown));
        QCOMPARE(index.lower(nam).toDate(), QDate(2022, 6, 1));
        // A month-precision event spans its month.
        const qsizetype conference = index.positionOf(5);
        QCOMPARE(index.precision(conference), DatePrecision::Month);
        QCOMPARE(index.upper(conference).toDate(), QDate(2022, 4, 30));
        for (qsizetype pos = 0; pos < index.size(); ++pos)
            QCOMPARE(index.positionOf(index.id(pos)), pos);
        QCOMPARE(index.positionOf(424242), -1);
        QVERIFY(index.memoryBytes() > 0);
    }

    void windowQueriesBracketEvents()
    {
        const EventIndex &index = m_dataset->index();
        const JulianDay from = JulianDay::fromDate(QDate(2014, 4, 24));
        const JulianDay to = JulianDay::fromDate(QDate(2022, 4, 30));
        const qsizetype first = index.firstEndingAtOrAfter(from);
        const qsizetype end = index.firstStartingAtOrAfter(to + 1);
        QStringList visible;
        for (qsizetype pos = first; pos < end; ++pos) {
            if (index.upper(pos) >= from)
                visible.append(QString::number(index.id(pos)));
        }
        QCOMPARE(visible, (QStringList{u"2"_s, u"5"_s, u"6"_s}));
    }

    void searchFindsFoldedPrefixes()
    {
        auto ids = m_dataset->store().searchText(u"JICA"_s);
        QVERIFY(ids);
        QCOMPARE(*ids, QList<qint64>{6});
        ids = m_dataset->store().searchText(u"demin"_s); // prefix of "demining"
        QVERIFY(ids);
        std::sort(ids->begin(), ids->end());
        QCOMPARE(*ids, (QList<qint64>{5, 6, 7}));
        ids = m_dataset->store().searchText(u"\" OR 1=1 --"_s);
        QVERIFY(ids);
        QVERIFY(ids->isEmpty());
    }

    void headlinesReadOnlyWhatIsAsked()
    {
        const QList<EventHeadline> headlines = m_dataset->store().headlines({8, 1});
        QCOMPARE(headlines.size(), 2);
        QStringList titles;
        for (const EventHeadline &h : headlines)
            titles.append(h.title);
        titles.sort();
        QCOMPARE(titles,
                 (QStringList{u"Diplomatic relations established"_s,
                              u"Visa exemption for holders of diplomatic passports signed"_s}));
    }

    void tableModelShowsEventsInDateOrder()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_dataset.get());
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(0, EventTableModel::DateColumn).data().toString(),
                 u"2 February 1995"_s);
        QCOMPARE(model.index(1, EventTableModel::DateColumn).data().toString(),
                 u"23–24 April 2014"_s);
        QCOMPARE(model.index(1, EventTableModel::CountriesColumn).data().toString(),
                 u"Azerbaijan, Cambodia"_s);
        QCOMPARE(model.index(10, EventTableModel::DateColumn).data().toString(), u"undated"_s);
        QCOMPARE(model.index(0, 0).data(EventIdRole).toLongLong(), 1);
        QVERIFY(!model.index(0, 0).data(TopicColourRole).toString().isEmpty());
        QVERIFY(!model.index(99, 0).data().isValid());

        model.setPositions({1, 5});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, EventTableModel::TitleColumn).data().toString(),
                 u"Visa exemption for holders of diplomatic passports signed"_s);
        QCOMPARE(model.rowOfPosition(5), 1);
        QCOMPARE(model.rowOfPosition(2), -1);
        // A result that brings its first page of titles is shown with them, not read again.
        auto result = std::make_shared<FilterResult>();
        result->positions = {0, 1};
        EventHeadline first, second;
        first.id = m_dataset->index().id(0);
        first.title = u"Read on the filter's thread"_s;
        second.id = m_dataset->index().id(1);
        second.title = u"Also read there"_s;
        result->firstHeadlines =
            std::make_shared<const QList<EventHeadline>>(QList<EventHeadline>{first, second});
        model.setFilterResult(result);
        QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(),
                 u"Read on the filter's thread"_s);
        QCOMPARE(model.index(1, EventTableModel::TitleColumn).data().toString(),
                 u"Also read there"_s);
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
