// SPDX-License-Identifier: GPL-3.0-or-later
// From a report to proposed events: the temporal tagger on sentences written for these tests
// (tests/data/extract/sentences.tsv), the proposals for the bundled report against the bundled
// events, the report's head, HTML, and hostile text.
#include "extract/reportextractor.h"
#include "extract/reporttext.h"
#include "extract/temporaltagger.h"
#include "store/eventstore.h"

#include "testutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {

QList<Country> isoCountries()
{
    QString error;
    return readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
}

StatedDate day(const QString &edtf)
{
    return PartialDate::fromEdtf(edtf)->start();
}

QString sortedCodes(QStringList codes)
{
    codes.sort();
    return codes.join(u',');
}

// The proposal that quotes \a sentence first, or nullptr.
// The proposal whose own sentence \a sentence is; else the one it is a further quote of.
const Proposal *quoting(const QList<Proposal> &proposals, const QString &sentence)
{
    for (const Proposal &p : proposals) {
        if (p.quotes.value(0) == sentence)
            return &p;
    }
    for (const Proposal &p : proposals) {
        if (p.quotes.contains(sentence))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT

private:
    QList<Country> m_countries;
    std::unique_ptr<ReportExtractor> m_extractor;

private Q_SLOTS:
    void initTestCase()
    {
        m_countries = isoCountries();
        QVERIFY(!m_countries.isEmpty());
        m_extractor = std::make_unique<ReportExtractor>(m_countries);
    }

    // Each sentence of the fixture: the date it is given (value, precision, what was inferred),
    // its countries and its type are those a careful reader would record.
    void sentences_data()
    {
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("inferred");
        QTest::addColumn<QString>("countries");
        QTest::addColumn<QString>("type");
        QFile file(QStringLiteral(ENTENTE_TEST_DATA "/extract/sentences.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QStringList f = QString::fromUtf8(line).split(u'\t');
            QCOMPARE(f.size(), 6);
            QTest::newRow(qPrintable(f[1].left(60)))
                << f[0] << f[1] << f[2] << (f[3] == u"y") << f[4] << f[5];
            ++rows;
        }
        QVERIFY2(rows >= 60, "the fixture has at least 60 sentences");
    }

    void sentences()
    {
        QFETCH(QString, published);
        QFETCH(QString, text);
        QFETCH(QString, date);
        QFETCH(bool, inferred);
        QFETCH(QString, countries);
        QFETCH(QString, type);
        ReportHead head;
        head.published = day(published);
        const QList<Proposal> proposals = m_extractor->propose(text, head);
        const QList<TextSpan> spans = ReportExtractor::sentences(text);
        QVERIFY(!spans.isEmpty());
        const QString last = text.mid(spans.last().start, spans.last().length);
        const Proposal *p = quoting(proposals, last);
        if (date == u"none") { // nothing at all, or nothing quoting the last of several
            if (spans.size() == 1)
                QVERIFY2(proposals.isEmpty(), qPrintable(proposals.value(0).title));
            else
                QVERIFY2(!p, qPrintable(p ? p->title : QString()));
            return;
        }
        QVERIFY2(p, "the sentence is proposed as an event");
        QCOMPARE(p->date.isUndated() ? u"undated"_s : p->date.toEdtf(), date);
        QCOMPARE(!p->dateNote.isEmpty(), inferred);
        QCOMPARE(sortedCodes(p->countries), countries);
        if (!type.isEmpty())
            QCOMPARE(p->typeCode, type);
        // The date expression is where the proposal says it is.
        if (!p->date.isUndated()) {
            QVERIFY(p->dateSpan.isValid());
            QVERIFY(p->dateSpan.start + p->dateSpan.length <= text.size());
        }
    }

    // The expressions themselves: where they are, what they mean, what is inferred.
    void tagger_data()
    {
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("note");
        const QString june6 = u"2022-06-06"_s;
        const QString inferred = u"year inferred from the report's date (6 June 2022)"_s;
        QTest::newRow("on June 1") << june6 << u"They met on June 1 in Baku."_s << u"on June 1"_s
                                   << u"2022-06-01"_s << inferred;
        QTest::newRow("held in April") << june6 << u"The conference held in April, in Baku."_s
                                       << u"in April"_s << u"2022-04"_s << inferred;
        QTest::newRow("full date") << june6 << u"Relations began on February 2, 1995."_s
                                   << u"on February 2, 1995"_s << u"1995-02-02"_s << QString();
        QTest::newRow("range") << june6 << u"A visit on April 23-24, 2014 followed."_s
                               << u"on April 23-24, 2014"_s << u"2014-04-23/2014-04-24"_s
                               << QString();
        QTest::newRow("yesterday")
            << june6 << u"They spoke yesterday."_s << u"yesterday"_s << u"2022-06-05"_s
            << u"the day before the report's date (6 June 2022)"_s;
        QTest::newRow("no report date")
            << QString() << u"They met on June 1."_s << u"on June 1"_s << QString()
            << u"no year in the text, and the report's date is not known"_s;
        QTest::newRow("29 February in a common year")
            << u"2023-03-15"_s << u"They met on 29 February."_s << QString() << QString()
            << QString();
        QTest::newRow("May the verb")
            << june6 << u"Officials may meet in Baku."_s << QString() << QString() << QString();
        QTest::newRow("amount") << june6 << u"It costs $2021 and 2000 tons."_s << u"2000"_s
                                << u"2000"_s << QString();
    }

    void tagger()
    {
        QFETCH(QString, published);
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        QFETCH(QString, date);
        QFETCH(QString, note);
        const TemporalTagger tagger(published.isEmpty() ? std::nullopt
                                                        : std::optional(day(published)));
        const QList<DateMention> mentions = tagger.tag(sentence, TemporalTagger::tenseOf(sentence));
        if (expression.isEmpty()) {
            QCOMPARE(mentions.size(), 0);
            return;
        }
        QCOMPARE(mentions.size(), 1);
        const DateMention &m = mentions.first();
        QCOMPARE(sentence.mid(m.start, m.length), expression);
        QCOMPARE(m.date.isUndated() ? QString() : m.date.toEdtf(), date);
        QCOMPARE(m.note, note);
    }

    void attributiveYears()
    {
        const TemporalTagger tagger(day(u"2022-06-06"_s));
        const QList<DateMention> m =
            tagger.tag(u"They reviewed the 1995 agreement and 2000 troops."_s, Tense::Past);
        QCOMPARE(m.size(), 2);
        QVERIFY(m[0].attributive);
        QVERIFY(m[1].attributive);
    }

    // A person's country given late in a report counts from the first mention on.
    void peopleKnownFromLaterSentences()
    {
        ReportHead head;
        head.published = day(u"2017-06-25"_s);
        const QString text = u"Prime Minister Ravi Example held talks in Washington on Sunday. "
                             "Officials at the White House welcomed Nepal's PM Ravi Example."_s;
        const QList<Proposal> proposals = m_extractor->propose(text, head);
        QVERIFY(!proposals.isEmpty());
        QCOMPARE(proposals.first().quotes.value(0),
                 u"Prime Minister Ravi Example held talks in Washington on Sunday."_s);
        QCOMPARE(sortedCodes(proposals.first().countries), u"NPL,USA"_s);
    }

    // The report's own country, as the person reading gives it: whose officials the text names
    // without saying whose. "Here" stays the date line's place.
    // A meeting "to discuss preparations for the visit" is the meeting alone: the visit is what
    // it prepares, not a second event of the same day.
    void aVisitPreparedIsNoVisit()
    {
        ReportHead head;
        head.published = day(u"2022-06-06"_s);
        const QList<Proposal> proposals = m_extractor->propose(
            u"The Kenyan foreign minister held a meeting with the Chilean ambassador on Thursday, "
            "June 2, 2022, to discuss preparations for the visit."_s,
            head);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().typeCode, u"040"_s);
        QCOMPARE(proposals.first().date.toEdtf(), u"2022-06-02"_s);
    }

    // "the following morning" counts from the day the same sentence gave before it, not from
    // one in brackets ("Kenyan time: 2 June"), and the arrival keeps its own day.
    void theFollowingMorning()
    {
        ReportHead head;
        head.published = day(u"2022-06-06"_s);
        for (const QString &text :
             {u"Having arrived in Santiago on 1 June 2022, the Kenyan president met the Chilean "
              "president the following morning."_s,
              u"Having arrived in Santiago on the afternoon of 1 June 2022 (Kenyan time: early "
              "morning of 2 June), the Kenyan president met the Chilean president the following "
              "morning."_s}) {
            const QList<Proposal> proposals = m_extractor->propose(text, head);
            QStringList found;
            for (const Proposal &p : proposals)
                found.append(p.typeCode + u' ' + p.date.toEdtf());
            found.sort();
            QCOMPARE(found, (QStringList{u"040 2022-06-02"_s, u"042 2022-06-01"_s}));
        }
    }

    void theReportsOwnCountry()
    {
        ReportHead head;
        head.published = day(u"2023-05-03"_s);
        const QString text = u"ULAANBAATAR, May 3. Foreign Minister Ravi Example arrived here on "
                             "Tuesday for talks with his counterpart."_s;
        head.dateline = u"ULAANBAATAR"_s;
        QCOMPARE(m_extractor->countryOfDateline(head.dateline), u"MNG"_s);
        head.bodyStart = text.indexOf(u"Foreign"_s);
        const auto countriesOf = [&](const QString &own) {
            head.country = own;
            const QList<Proposal> proposals = m_extractor->propose(text, head);
            return proposals.size() == 1 ? sortedCodes(proposals.first().countries) : u"?"_s;
        };
        // Not given: the date line's country is taken for the minister's too.
        QCOMPARE(countriesOf(QString()), u"MNG"_s);
        QCOMPARE(countriesOf(u"AZE"_s), u"AZE,MNG"_s);
        // Without a date line, "here" is the report's own country.
        head.dateline.clear();
        head.bodyStart = 0;
        const QString plain = u"Prime Minister Ravi Example received the Foreign Minister of "
                              "Ghana here on Tuesday."_s;
        head.country = u"IND"_s;
        QList<Proposal> proposals = m_extractor->propose(plain, head);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(sortedCodes(proposals.first().countries), u"GHA,IND"_s);
        QCOMPARE(proposals.first().date.toEdtf(), u"2023-05-02"_s);
        head.country.clear();
        proposals = m_extractor->propose(plain, head);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(sortedCodes(proposals.first().countries), u"GHA"_s);
        // "The Prime Minister", unnamed and unqualified, is the report's own; a qualified one
        // ("the Ghanaian Prime Minister", "the Prime Minister of Ghana") is not.
        head.country = u"IND"_s;
        const auto codesOf = [&](const QString &sentence) {
            const QList<Proposal> found = m_extractor->propose(sentence, head);
            return found.size() == 1 ? sortedCodes(found.first().countries) : u"?"_s;
        };
        QCOMPARE(codesOf(u"The Prime Minister spoke this evening with the President of Ghana."_s),
                 u"GHA,IND"_s);
        QCOMPARE(codesOf(u"The PM held talks with Ghana's foreign minister on Tuesday."_s),
                 u"GHA,IND"_s);
        QCOMPARE(codesOf(u"The Ghanaian Prime Minister met officials of Togo on Tuesday."_s),
                 u"GHA,TGO"_s);
        QCOMPARE(codesOf(u"The Prime Minister of Ghana met officials of Togo on Tuesday."_s),
                 u"GHA,TGO"_s);
        // A report on two other countries is not on the reader's own: an official the text gives
        // no country is not taken for its.
        QCOMPARE(codesOf(u"Ghana's foreign minister met his Togolese counterpart on Monday. Deputy "
                         "Foreign Minister Ravi Example said the minister would visit Lome on "
                         "June 19."_s.section(u". "_s, 1)),
                 u"IND,TGO"_s);
        const QList<Proposal> twoOthers = m_extractor->propose(
            u"Ghana's foreign minister met his Togolese counterpart on Monday. Deputy Foreign "
            "Minister Ravi Example said the minister would visit Lome on June 19."_s,
            head);
        QCOMPARE(twoOthers.size(), 2);
        QCOMPARE(sortedCodes(twoOthers.last().countries), u"GHA,TGO"_s);
        head.country.clear();
        QCOMPARE(codesOf(u"The Prime Minister spoke this evening with the President of Ghana."_s),
                 u"GHA"_s);
        // "Cabinet", unqualified, is the report's own; a qualified one is not.
        head.country = u"IND"_s;
        QCOMPARE(codesOf(u"Cabinet has endorsed an agreement to be signed with the Government of "
                         "Ghana."_s),
                 u"GHA,IND"_s);
        QCOMPARE(codesOf(u"The Cabinet of Togo has endorsed an agreement to be signed with the "
                         "Government of Ghana."_s),
                 u"GHA,TGO"_s);
        // A title with its portfolio, another title and an honorific before the name: still
        // the reader's own official, named with the whole title.
        QCOMPARE(codesOf(u"Minister for Trade and Industry Ravi Example met the Ghanaian "
                         "ambassador on Tuesday."_s),
                 u"GHA,IND"_s);
        const QString lunch = u"Deputy Prime Minister and Minister for Finance Mr Ravi Example "
                              "hosted Ghana's foreign minister to lunch on Tuesday."_s;
        QCOMPARE(codesOf(lunch), u"GHA,IND"_s);
        QVERIFY(m_extractor->propose(lunch, head)
                    .value(0)
                    .people.contains(ProposedPerson{
                        u"Ravi Example"_s, u"Deputy Prime Minister and Minister for Finance"_s,
                        u"IND"_s}));
        // An official taken for the reader's own who arrives there: the visit is still his, not
        // the host's own ("Mongolia visits Mongolia").
        head.country = u"MNG"_s;
        const QList<Proposal> arrival = m_extractor->propose(
            u"Foreign Minister Ravi Example arrived in Ulaanbaatar on Monday."_s, head);
        QCOMPARE(arrival.size(), 1);
        QCOMPARE(arrival.first().title, u"Ravi Example visits Mongolia"_s);
    }

    // What a later sentence repeats, and what it does not: "The memorandum was signed as …"
    // is the signing before; a meeting held is no repeat of one still to come.
    void repeatsAndNotRepeats()
    {
        ReportHead head;
        head.published = day(u"2023-03-15"_s);
        const auto summary = [&](const QString &text) {
            QStringList out;
            for (const Proposal &p : m_extractor->propose(text, head))
                out.append(u"%1 %2 %3"_s
                               .arg(p.typeCode, p.date.isUndated() ? u"undated"_s : p.date.toEdtf())
                               .arg(p.quotes.size()));
            return out.join(u" | "_s);
        };
        QCOMPARE(summary(u"Kenya and Ghana have signed a memorandum on trade. The memorandum was "
                         "signed as the foreign minister of Kenya met his Ghanaian counterpart."_s),
                 u"057 undated 2 | 040 undated 1"_s);
        // A second document is another signing.
        QCOMPARE(summary(u"Kenya and Ghana have signed a memorandum on trade. Kenya and Ghana "
                         "also signed a protocol on fisheries."_s),
                 u"057 undated 1 | 057 undated 1"_s);
        QCOMPARE(summary(u"The foreign minister of Kenya met his Ghanaian counterpart in Nairobi. "
                         "The two ministers will meet again in Accra in April."_s),
                 u"040 undated 1 | 040 2023-04 1"_s);
        // Documents signed during a visit are a signing of their own, undated: the visit's first
        // day is not theirs. Talks held during it are more of the visit.
        QCOMPARE(summary(u"The President of Ghana began a state visit to Togo on Monday. Four "
                         "agreements were signed during the visit. During the visit, the two "
                         "presidents held talks on trade."_s),
                 u"042 2023-03-13 2 | 057 undated 1"_s);
        // A welcome after an arrival is the arrival again; a reception of someone else is not.
        QCOMPARE(summary(u"The President of Ghana arrived in Lome on Monday for a state visit to "
                         "Togo. The President was welcomed by the Togolese foreign minister."_s),
                 u"042 2023-03-13 2"_s);
        QCOMPARE(summary(u"The President of Ghana arrived in Lome on Monday for a state visit to "
                         "Togo. The President of Togo also received the ambassador of Japan."_s),
                 u"042 2023-03-13 1 | 043 undated 1"_s);
    }

    // When the source spoke dates the sentence only when nothing else does.
    void attributionDatesNothingElse()
    {
        ReportHead head;
        head.published = day(u"2019-02-14"_s);
        const QList<Proposal> proposals = m_extractor->propose(
            u"Chile's president will pay a state visit to India from February 17 to 19, during "
            "which he will hold talks with officials, the ministry said Thursday."_s,
            head);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().date.toEdtf(), u"2019-02-17/2019-02-19"_s);
    }

    // "A day later" counts from the sentence's own date, not from when its source spoke.
    void attributionAnchorsNothing()
    {
        ReportHead head;
        head.published = day(u"2021-03-12"_s); // a Friday
        const QList<Proposal> proposals = m_extractor->propose(
            u"Armenia and Georgia signed a trade agreement on March 3, the ministry said on "
            "Thursday. A day later, the two foreign ministers met in Tbilisi."_s,
            head);
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals[0].date.toEdtf(), u"2021-03-03"_s);
        QCOMPARE(proposals[1].date.toEdtf(), u"2021-03-04"_s);
    }

    void reportDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("header") << u"Source: Azernews\nPublished: 2022-06-06\n\nText."_s
                                << u"2022-06-06"_s;
        QTest::newRow("dateline")
            << u"BAKU, June 6, 2022 (Agency) — The ministers met on May 2, 2021."_s
            << u"2022-06-06"_s;
        QTest::newRow("date line")
            << u"Headline of the story\n05 Jun 2023\n\nThe talks ended."_s << u"2023-06-05"_s;
        QTest::newRow("body only")
            << u"Azerbaijan and Cambodia established diplomatic relations on February 2, 1995, and signed a further agreement later."_s
            << QString();
        QTest::newRow("dateline without year")
            << u"DUSHANBE, Tajikistan, April 24 (Agency) - Talks were held in the capital on the same day."_s
            << QString();
    }

    void reportDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        const auto found = findReportDate(text);
        QCOMPARE(found ? found->toEdtf() : QString(), date);
    }

    // The bundled report proposes every dated bundled event with its date, precision and
    // countries; the undated rounds come out undated; no date is one the report does not give.
    void bundledReport()
    {
        const QString text =
            QString::fromUtf8(entente::test::readAll(QStringLiteral(ENTENTE_SOURCE_TEXT)));
        const ReportHead head = readReportHead(text);
        QCOMPARE(head.publisher, u"Azernews"_s);
        QCOMPARE(head.author, u"Vugar Khalilov"_s);
        QVERIFY(head.published);
        QCOMPARE(head.published->toEdtf(), u"2022-06-06"_s);
        QVERIFY(head.title.isEmpty()); // the head says there is none
        const QList<Proposal> proposals = m_extractor->propose(text, head);

        EventStore store;
        QVERIFY(store.open(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QSet<QString> bundledDates;
        int dated = 0, undated = 0;
        for (qint64 id = 1; id <= 11; ++id) {
            const std::optional<Event> e = store.event(id);
            QVERIFY(e);
            QStringList codes;
            for (const Participant &p : e->participants)
                codes.append(p.country.alpha3);
            const QString quote = e->citations.value(0).quote;
            if (e->attestedOn) // the chairmanships: states of affairs, not events of the report
                continue;
            bool found = false;
            for (const Proposal &p : proposals) {
                found =
                    found || (p.date == e->date && sortedCodes(p.countries) == sortedCodes(codes) &&
                              p.quotes.contains(quote));
            }
            QVERIFY2(found, qPrintable(u"no proposal for event %1, %2"_s.arg(id).arg(e->title)));
            if (e->date.isUndated())
                ++undated;
            else {
                ++dated;
                bundledDates.insert(e->date.toEdtf());
            }
        }
        QCOMPARE(dated, 7);
        QCOMPARE(undated, 2);
        for (const Proposal &p : proposals) {
            QVERIFY2(p.date.isUndated() || bundledDates.contains(p.date.toEdtf()),
                     qPrintable(p.date.toEdtf()));
            // Every quote is the report's sentence, character for character, where it says.
            for (qsizetype i = 0; i < p.quotes.size(); ++i)
                QCOMPARE(text.mid(p.sentences[i].start, p.sentences[i].length), p.quotes[i]);
        }
        // The people, with the titles and countries the report gives them.
        const Proposal *visit = nullptr;
        for (const Proposal &p : proposals)
            visit = p.typeCode == u"042" ? &p : visit;
        QVERIFY(visit);
        QCOMPARE(visit->people.value(0).name, u"Hun Sen"_s);
        QCOMPARE(visit->people.value(0).country, u"KHM"_s);
        QCOMPARE(visit->roles, QStringList({u"visitor"_s, u"host"_s}));
    }

    void html()
    {
        const QString html =
            u"<!DOCTYPE html><html><head><title>Talks in Baku</title>"
            "<meta name=\"author\" content=\"A. Writer\">"
            "<meta property=\"article:published_time\" content=\"2022-06-06T10:00:00Z\">"
            "<style>p { color: red }</style><script>var x = '<p>June 1</p>';</script>"
            "</head><body><p>Azerbaijan and Cambodia held talks on June&nbsp;1.</p>"
            "<p>Tom &amp; Jerry &#8217;s</p></body></html>"_s;
        const QString text = htmlToText(html);
        QVERIFY(!text.contains(u"color"_s));
        QVERIFY(!text.contains(u"var x"_s));
        QVERIFY(text.contains(u"Tom & Jerry ’s"_s));
        const ReportHead head = readReportHead(text);
        QCOMPARE(head.title, u"Talks in Baku"_s);
        QCOMPARE(head.author, u"A. Writer"_s);
        QCOMPARE(head.published->toEdtf(), u"2022-06-06"_s);
        const QList<Proposal> proposals = m_extractor->propose(text, head);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals[0].date.toEdtf(), u"2022-06-01"_s);
    }

    void badFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(readReportFile(dir.filePath(u"missing.txt"_s), &error).isEmpty());
        QVERIFY(error.contains(u"missing.txt"_s));
        const QString binary = dir.filePath(u"binary.txt"_s);
        QVERIFY(entente::test::writeFile(binary, QByteArray("\xff\xfe\x00\x01garbage", 11)));
        error.clear();
        QVERIFY(readReportFile(binary, &error).isEmpty());
        QVERIFY(error.contains(u"UTF-8"_s));
        const QString empty = dir.filePath(u"empty.txt"_s);
        QVERIFY(entente::test::writeFile(empty, "  \n"));
        QVERIFY(readReportFile(empty, &error).isEmpty());
    }

    // Random and hostile text: no crash, every span inside the text, and linear time.
    void hostileText()
    {
        QRandomGenerator random(20221);
        const QStringList pieces{u"June"_s,    u"1"_s,    u"-"_s,      u"2022"_s,   u"Azerbaijan"_s,
                                 u"visited"_s, u"on"_s,   u"Monday"_s, u"two"_s,    u"days"_s,
                                 u"later"_s,   u","_s,    u"."_s,      u"\n"_s,     u"President"_s,
                                 u"(“"_s,      u"9999"_s, u"/"_s,      u"signed"_s, u"\u0301"_s};
        ReportHead head;
        head.published = day(u"2022-06-06"_s);
        for (int round = 0; round < 50; ++round) {
            QString text;
            for (int i = 0; i < 400; ++i)
                text += pieces[random.bounded(int(pieces.size()))] +
                        (random.bounded(3) ? u" "_s : QString());
            for (const Proposal &p : m_extractor->propose(text, head)) {
                for (const TextSpan &s : p.sentences)
                    QVERIFY(s.start >= 0 && s.start + s.length <= text.size());
                QVERIFY(!p.dateSpan.isValid() ||
                        p.dateSpan.start + p.dateSpan.length <= text.size());
            }
        }
        // One sentence of 200,000 characters and no spaces.
        const QString wall(200'000, u'9');
        QVERIFY(m_extractor->propose(wall, head).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
