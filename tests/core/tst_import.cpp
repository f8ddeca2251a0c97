// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export of events: every format's fixture (tests/data/import, written for these
// tests) with the dates, precision, countries, topics and sources a user would check; malformed
// files that give row-level problems and leave the database byte for byte as it was; cancel; the
// bundled dataset refused; and the round trip through Entente CSV and JSON.

#include "formats/dataexport.h"
#include "formats/importer.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ENTENTE_TEST_DATA) + u"/import/"_s + QLatin1String(name);
}

struct Row
{
    QString date;
    QString title;
    QString countries;
    QString topics;
    friend bool operator==(const Row &, const Row &) = default;
};

// Everything an event says, as one text: two events with the same digest are the same event.
QString digest(const Event &e)
{
    QStringList parts = {
        e.title,    e.summary,   e.date.toEdtf(), e.attestedOn ? e.attestedOn->toEdtf() : QString(),
        e.dateNote, e.type.code, e.type.name};
    QStringList list;
    for (const Participant &p : e.participants)
        list << p.country.alpha3 + u':' + p.role;
    list.sort();
    parts << list.join(u';');
    list.clear();
    for (const Topic &t : e.topics)
        list << QStringList{t.slug, t.name, t.colour, t.parent}.join(u'|');
    list.sort();
    parts << list.join(u';');
    list.clear();
    for (const NamedActor &a : e.actors)
        list << QStringList{a.name, a.kind, a.description, a.role}.join(u'|');
    list.sort();
    parts << list.join(u';');
    list.clear();
    for (const Citation &c : e.citations)
        list << QStringList{c.source.publisher,
                            c.source.title,
                            c.source.author,
                            c.source.published.toEdtf(),
                            c.source.url,
                            c.source.cites,
                            c.quote,
                            c.cites,
                            c.note}
                    .join(u'|');
    list.sort();
    parts << list.join(u';');
    return parts.join(u'\n');
}

// The events of a database as `entente list` shows them, in date order.
QList<Row> rows(const QString &database)
{
    QString error;
    auto dataset = Dataset::open(database, &error);
    if (!dataset)
        qFatal("%s", qPrintable(error));
    const auto result = applyFilter(dataset->index(), &dataset->store(), {}, &error);
    QList<Row> out;
    for (qint32 pos : result->positions) {
        const auto e = dataset->store().event(dataset->index().id(pos));
        QStringList countries, topics;
        for (const Participant &p : e->participants)
            countries.append(p.country.alpha3 + u':' + p.role);
        for (const Topic &t : e->topics)
            topics.append(t.slug);
        countries.sort();
        out.append({e->date.toEdtf(), e->title, countries.join(u','), topics.join(u',')});
    }
    return out;
}

std::optional<Event> eventTitled(const QString &database, const QString &title)
{
    QString error;
    auto dataset = Dataset::open(database, &error);
    for (qsizetype pos = 0; dataset && pos < dataset->index().size(); ++pos) {
        auto e = dataset->store().event(dataset->index().id(pos));
        if (e && e->title == title)
            return e;
    }
    return std::nullopt;
}

// Writes a zip archive of \a entries (name, bytes; a name ending in '/' is a folder) at \a path,
// with libarchive's writer: the test's own archives, of every shape the reader must handle.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
              const char *options = nullptr, const char *passphrase = nullptr)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (options && archive_write_set_options(a, options) != ARCHIVE_OK)
        qFatal("zip options: %s", archive_error_string(a));
    if (passphrase)
        archive_write_set_passphrase(a, passphrase);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        qFatal("zip: %s", archive_error_string(a));
    for (const auto &[name, bytes] : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        const bool folder = name.endsWith(u'/');
        archive_entry_set_filetype(entry, folder ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, folder ? 0755 : 0644);
        archive_entry_set_size(entry, folder ? 0 : bytes.size());
        archive_write_header(a, entry);
        if (!folder)
            archive_write_data(a, bytes.constData(), size_t(bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// \a count GDELT 2.0 rows made from the fixture's first, each with an id and a day of its own.
QByteArray manyGdeltRows(int count)
{
    const QList<QByteArray> first =
        fileBytes(fixture("gdelt2.tsv")).split('\n').front().split('\t');
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        QList<QByteArray> cols = first;
        cols[0] = QByteArray::number(100000 + i);
        cols[1] = QDate(2000, 1, 1).addDays(i).toString(u"yyyyMMdd"_s).toLatin1();
        out += cols.join('\t') + '\n';
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString importInto(const char *name, ImportOptions options, ImportReport *report = nullptr,
                       bool expectOk = true)
    {
        static int n = 0;
        const QString db = m_dir.filePath(u"import-%1.sqlite"_s.arg(++n));
        ImportReport local;
        QString error;
        const bool ok = importEvents(fixture(name), options, db, report ? report : &local, &error);
        if (ok != expectOk)
            qWarning("%s: %s", name, qPrintable(error));
        return ok ? db : QString();
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void everyFormatIsDocumented()
    {
        // docs/data-format.md has a section per format of the table, headed with its key, and
        // names every column or field the format's description lists.
        QFile file(QStringLiteral(ENTENTE_TEST_DATA "/../../docs/data-format.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        for (const Format *format : formats()) {
            const QString key = u"`%1`"_s.arg(QLatin1String(format->key));
            const qsizetype heading =
                doc.indexOf(QRegularExpression(u"^## [^\n]*"_s + QRegularExpression::escape(key),
                                               QRegularExpression::MultilineOption));
            QVERIFY2(heading >= 0, format->key);
            const qsizetype next = doc.indexOf(u"\n## "_s, heading + 1);
            const QString section = doc.mid(heading, next < 0 ? -1 : next - heading);
            for (const QString &column : format->columns())
                QVERIFY2(section.contains(column),
                         qPrintable(u"%1: %2"_s.arg(QLatin1String(format->key), column)));
            QVERIFY(!format->displayName().isEmpty());
            QVERIFY(format->fileFilter().contains(QLatin1String(format->patterns)));
        }
        QCOMPARE(formatKeys(writableFormats()), u"entente-csv, entente-json or timelinejs"_s);
    }

    void detectsEveryFormat()
    {
        QString error;
        QCOMPARE(detectFormat(fixture("timelinejs.json"), &error), formatByKey(u"timelinejs"_s));
        QCOMPARE(detectFormat(fixture("sample.timeline"), &error), formatByKey(u"timeline"_s));
        QCOMPARE(detectFormat(fixture("gdelt1.tsv"), &error), formatByKey(u"gdelt1"_s));
        QCOMPARE(detectFormat(fixture("gdelt2.tsv"), &error), formatByKey(u"gdelt2"_s));
        QVERIFY(!detectFormat(QStringLiteral(ENTENTE_BUNDLED_DB), &error));
        QVERIFY(error.contains(u"not a file Entente can import"_s));
    }

    void timelineJs()
    {
        ImportOptions options;
        options.format = formatByKey(u"timelinejs"_s);
        ImportReport report;
        // Two bad events: nothing is imported, and both are named.
        QVERIFY(importInto("timelinejs.json", options, &report, false).isEmpty());
        QCOMPARE(report.problemCount, 2);
        QCOMPARE(report.problems[0].where, u"events[3]"_s);
        QVERIFY(report.problems[0].reason.contains(u"2019-2-30 does not exist"_s));
        QCOMPARE(report.problems[1].reason, u"it has no title"_s);

        options.skipProblems = true;
        const QString db = importInto("timelinejs.json", options, &report);
        QCOMPARE(report.events, 4);
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].date, u"1995"_s);      // year precision kept
        QCOMPARE(r[1].date, u"2010/2015"_s); // the era, as an interval
        QCOMPARE(r[2].date, u"2014-04-23/2014-04-24"_s);
        QCOMPARE(r[2].title, u"State visit to Baku"_s); // HTML reduced to text
        QCOMPARE(r[2].topics, u"visits"_s);             // the group
        QCOMPARE(r[3].date, u"2022-06"_s);
        const auto visit = eventTitled(db, u"State visit to Baku"_s);
        QCOMPARE(visit->summary, u"Talks on trade & energy.\nSecond paragraph — end."_s);
        QCOMPARE(visit->citations.size(), 1);
        QCOMPARE(visit->citations[0].source.publisher, u"Example News"_s);
        QCOMPARE(visit->citations[0].source.url, u"https://example.org/visit"_s);
        QCOMPARE(eventTitled(db, u"Agreement signed"_s)->dateNote,
                 u"Shown in the timeline as “June 2022”."_s);
        QCOMPARE(eventTitled(db, u"First period"_s)->type.code, u"entente:era"_s);
    }

    void timelineJsVersion2()
    {
        // {"timeline": {"date": [...], "era": [...]}}, as TimelineJS 2 and many sites wrote it.
        QString error;
        QCOMPARE(detectFormat(fixture("timelinejs2.json"), &error), formatByKey(u"timelinejs"_s));
        ImportOptions options;
        ImportReport report;
        const QString db = importInto("timelinejs2.json", options, &report);
        QVERIFY(!db.isEmpty());
        QCOMPARE(report.problemCount, 0);
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].date, u"1995"_s);
        QCOMPARE(r[1].date, u"2010/2015"_s);
        QCOMPARE(r[2].date, u"2014-04-23/2014-04-24"_s);
        QCOMPARE(r[2].topics, u"visits"_s); // tag
        QCOMPARE(r[3].date, u"2022-06"_s);
        QCOMPARE(r[3].topics, u"agreements"_s); // tags
        const auto visit = eventTitled(db, u"Official visit to Baku"_s);
        QCOMPARE(visit->summary, u"Talks on trade."_s);
        QCOMPARE(visit->citations.size(), 1);
        QCOMPARE(visit->citations[0].source.url, u"https://example.org/visit.jpg"_s);
        QCOMPARE(visit->citations[0].source.publisher, u"Example Photo Desk"_s);
        QCOMPARE(eventTitled(db, u"A first period"_s)->type.code, u"entente:era"_s);
        // An end the file garbles keeps the start, and says what the file had.
        const auto relations = eventTitled(db, u"Relations established"_s);
        QVERIFY2(relations->dateNote.contains(u"199502021200"_s), qPrintable(relations->dateNote));
        QVERIFY(relations->dateNote.contains(u"only the start is kept"_s));
    }

    void yearsBeforeTheCommonEra()
    {
        // TimelineJS counts years as EDTF does (0 is 1 BCE); beyond ±9999 are EDTF's "Y" years,
        // known to the year only, back to the Big Bang. A month in deep time is a row's problem.
        ImportOptions options;
        options.skipProblems = true;
        ImportReport report;
        const QString db = importInto("timelinejs-bce.json", options, &report);
        QVERIFY(!db.isEmpty());
        QCOMPARE(report.problemCount, 1);
        QCOMPARE(report.problems[0].where, u"events[6]"_s);
        QVERIFY2(report.problems[0].reason.contains(u"to the year only"_s),
                 qPrintable(report.problems[0].reason));
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].date, u"Y-13800000000"_s); // in order, the earliest first
        QCOMPARE(r[1].date, u"Y-315000"_s);
        QCOMPARE(r[2].date, u"-3000/-2900"_s);
        QCOMPARE(r[3].date, u"-0500-03-15"_s);
        QCOMPARE(r[4].date, u"0000"_s);
        QCOMPARE(r[5].date, u"0200"_s);
        QCOMPARE(eventTitled(db, u"Deep time: the Big Bang's date in cosmology"_s)->dateText(),
                 u"13,800,000,001 BCE"_s);

        // The index keeps deep time in its 32-bit keys: in order, bounds within a key's 22 years,
        // and a period filter in deep time finds what lies in it.
        QString error;
        auto dataset = Dataset::open(db, &error);
        QVERIFY2(dataset, qPrintable(error));
        const EventIndex &index = dataset->index();
        const JulianDay bigBang = JulianDay::fromYmd(-13'800'000'000, 1, 1);
        QVERIFY(std::abs(index.lower(0).value - bigBang.value) < 8192);
        QVERIFY(index.upper(0) >= index.lower(0));
        for (qsizetype pos = 1; pos < index.datedCount(); ++pos)
            QVERIFY(index.lower(pos - 1) <= index.lower(pos));
        QCOMPARE(index.lower(2), JulianDay::fromYmd(-3000, 1, 1)); // exact where history is
        EventFilter filter;
        filter.from = PartialDate::fromEdtf(u"Y-14000000000"_s).value();
        filter.to = PartialDate::fromEdtf(u"Y-1000000"_s).value();
        auto result = applyFilter(index, &dataset->store(), filter, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->positions, std::vector<qint32>{0});
        filter.to = PartialDate::fromEdtf(u"-0500"_s).value();
        result = applyFilter(index, &dataset->store(), filter, &error);
        QCOMPARE(result->positions.size(), size_t(4));
        QCOMPARE(index.firstStartingAtOrAfter(JulianDay::fromYmd(-1'000'000, 1, 1)), 1);
        QCOMPARE(eventTitled(db, u"An event on 15 March 501 BCE"_s)->dateText(),
                 u"15 March 501 BCE"_s);
        QCOMPARE(eventTitled(db, u"An event in 1 BCE (year 0)"_s)->dateText(), u"1 BCE"_s);
    }

    void slidesWithoutAHeadlineAreTitledAndSaySo()
    {
        ImportOptions options;
        ImportReport report;
        const QString db = importInto("timelinejs-untitled.json", options, &report);
        QVERIFY(!db.isEmpty());
        QCOMPARE(report.events, 4);
        QStringList titles;
        for (const Row &row : rows(db))
            titles << row.title;
        QCOMPARE(titles,
                 (QStringList{u"The two ministries held their third round of… (no headline in "
                              u"the file)"_s,
                              u"A report on the visa exemption (no headline in the file)"_s,
                              u"https://example.org/video (no headline in the file)"_s,
                              u"Short text"_s}));
    }

    void peersRealFilesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        // Written by the peers' own projects (../shared/peer-files, never copied here).
        QTest::newRow("TimelineJS 2 wrapper")
            << u"timelinejs3/website_examples_example.json"_s << 28;
        QTest::newRow("slides without a headline")
            << u"timelinejs3/website_examples_twain_marktwain.json"_s << 17;
        QTest::newRow("deep time, from the Big Bang")
            << u"timelinejs3/src_template_cosmo.json"_s << 7;
        QTest::newRow("Timeline's own release history")
            << u"thetimelineproj/documentation_release_versions.timeline"_s << 59;
    }
    void peersRealFilesImport()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        const QString path = QStringLiteral(ENTENTE_PEER_FILES "/") + file;
        if (!QFileInfo::exists(path))
            QSKIP("the peers' files are not on this machine");
        ImportOptions options;
        ImportReport report;
        QString error;
        const QString db = m_dir.filePath(QFileInfo(file).fileName() + u".sqlite"_s);
        QVERIFY2(importEvents(path, options, db, &report, &error), qPrintable(error));
        QCOMPARE(report.problemCount, 0);
        QCOMPARE(report.events, events);
    }

    void timelineCategoriesAllKeptWithTheirParents()
    {
        ImportOptions options;
        ImportReport report;
        const QString db = importInto("categories.timeline", options, &report);
        QVERIFY(!db.isEmpty());
        QCOMPARE(report.problemCount, 0);
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].date, u"2009-11-04"_s); // an unpadded time of Timeline 0.10
        QCOMPARE(r[0].topics, u"trade"_s);
        // Both categories of the visit, and the two categories "State visits" sits in.
        const auto visit = eventTitled(db, u"State visit with a trade forum"_s);
        QStringList topics;
        for (const Topic &t : visit->topics)
            topics << t.name + u' ' + t.colour;
        topics.sort();
        QCOMPARE(topics, (QStringList{u"Diplomacy #285aa0"_s, u"State visits #c83c14"_s,
                                      u"Trade #14963c"_s, u"Visits #e67814"_s}));
        QVERIFY(eventTitled(db, u"No category at all"_s)->topics.isEmpty());
        // The parent finds its descendants' events.
        QString error;
        auto dataset = Dataset::open(db, &error);
        QVERIFY2(dataset, qPrintable(error));
        EventFilter filter;
        filter.topics = {u"diplomacy"_s};
        const auto result = applyFilter(dataset->index(), &dataset->store(), filter, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->positions.size(), size_t(1));
    }

    void topicTreeKeptAndRoundTripped_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << u"entente-csv"_s;
        QTest::newRow("json") << u"entente-json"_s;
    }
    void topicTreeKeptAndRoundTripped()
    {
        // Each category's parent is kept as its topic's parent, read back by the store and the
        // event reader, and survives an export to an Entente format and its import.
        QFETCH(QString, format);
        const QString db = importInto("categories.timeline", {});
        QString error;
        auto dataset = Dataset::open(db, &error);
        QVERIFY2(dataset, qPrintable(error));
        auto parents = [](const QList<Topic> &topics) {
            QStringList out;
            for (const Topic &t : topics)
                out << t.slug + u'<' + t.parent;
            out.sort();
            return out;
        };
        const QStringList expected = {u"diplomacy<"_s, u"state-visits<visits"_s, u"trade<"_s,
                                      u"visits<diplomacy"_s};
        QCOMPARE(parents(dataset->index().topics()), expected);
        const auto visit = eventTitled(db, u"State visit with a trade forum"_s);
        QCOMPARE(parents(visit->topics), expected);

        QList<qint64> ids;
        for (qsizetype pos = 0; pos < dataset->index().size(); ++pos)
            ids.append(dataset->index().id(pos));
        const QString file = m_dir.filePath(u"tree-%1.out"_s.arg(format));
        QVERIFY2(exportEvents(dataset->store(), ids, *formatByKey(format),
                              {file, OutputKind::DataFile}, u"Tree"_s, &error),
                 qPrintable(error));
        const QString again = m_dir.filePath(u"tree-%1.sqlite"_s.arg(format));
        ImportOptions options;
        options.format = formatByKey(format);
        ImportReport report;
        QVERIFY2(importEvents(file, options, again, &report, &error), qPrintable(error));
        QCOMPARE(parents(eventTitled(again, u"State visit with a trade forum"_s)->topics),
                 expected);
        // A database without a parent anywhere writes its files as before: no fourth part.
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QCOMPARE(bytes.contains(format == "entente-csv"_L1 ? "|visits" : "\"parent\":\"visits\""),
                 true);
        QCOMPARE(bytes.contains(format == "entente-csv"_L1 ? "#14963c|" : "\"parent\":\"\""),
                 false);
    }

    void timelineTextOfTimelineBefore010()
    {
        QString error;
        QCOMPARE(detectFormat(fixture("old-text.timeline"), &error),
                 formatByKey(u"timeline-text"_s));
        ImportOptions options;
        options.skipProblems = true;
        ImportReport report;
        const QString db = importInto("old-text.timeline", options, &report);
        QVERIFY(!db.isEmpty());
        QCOMPARE(report.problemCount, 1);
        QCOMPARE(report.problems[0].where, u"line 7"_s);
        QVERIFY(report.problems[0].reason.contains(u"2014-2-30"_s));
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].date, u"2014-04-23/2014-04-24"_s);
        QCOMPARE(r[0].title, u"State visit to Baku"_s);
        QCOMPARE(r[0].topics, u"visits"_s);
        QCOMPARE(r[1].title, u"Consultations; second round"_s); // an escaped ";"
        const auto visit = eventTitled(db, u"State visit to Baku"_s);
        QCOMPARE(visit->summary, u"Two days of talks.\nA second line."_s);
        QCOMPARE(visit->topics.value(0).colour, u"#e67814"_s);
        const auto talks = eventTitled(db, u"Consultations; second round"_s);
        QCOMPARE(talks->topics.value(0).name, u"Talks; rounds"_s);
        QVERIFY(eventTitled(db, u"Without a category"_s)->topics.isEmpty());
    }

    void icewsCountriesByNameAndCodesRepaired()
    {
        QString error;
        QCOMPARE(detectFormat(fixture("icews.tab"), &error), formatByKey(u"icews"_s));
        ImportOptions options;
        ImportReport report;
        // A day that does not exist and a country iso-codes does not know: nothing imported.
        QVERIFY(importInto("icews.tab", options, &report, false).isEmpty());
        QCOMPARE(report.problemCount, 2);
        QCOMPARE(report.problems[0].where, u"line 5"_s);
        QVERIFY(report.problems[0].reason.contains(u"2021-02-30"_s));
        QVERIFY(report.problems[1].reason.contains(u"“Republic of Nowhere”"_s));

        options.skipProblems = true;
        const QString db = importInto("icews.tab", options, &report);
        QCOMPARE(report.events, 4);
        const QList<Row> r = rows(db);
        QCOMPARE(r[0].date, u"2014-04-23"_s);
        QCOMPARE(r[0].title, u"Hun Sen → Ilham Aliyev: Make a visit"_s);
        QCOMPARE(r[0].countries, u"AZE:participant,KHM:participant"_s);
        QCOMPARE(r[2].countries, u"KHM:participant,KOR:participant"_s); // "South Korea"
        QCOMPARE(r[3].countries, u"KHM:participant"_s);                 // no target country
        const auto visit = eventTitled(db, u"Hun Sen → Ilham Aliyev: Make a visit"_s);
        QCOMPARE(visit->type.code, u"042"_s); // the leading zero the file lost
        QCOMPARE(visit->type.name, u"Make a visit"_s);
        QCOMPARE(visit->citations.value(0).source.publisher, u"Example Wire"_s);
        QVERIFY(visit->summary.contains(u"place: Baku, Baku, Azerbaijan"_s));
        QCOMPARE(eventTitled(db, u"Cambodian Ministry: Make statement"_s)->type.code, u"010"_s);

        // The filters GDELT has: a country, a period, CAMEO root codes.
        options.filter.rootCodes = {u"04"_s};
        options.filter.countries = {u"KHM"_s};
        options.filter.from = PartialDate::fromEdtf(u"2014").value();
        options.filter.to = PartialDate::fromEdtf(u"2014").value();
        const QString filtered = importInto("icews.tab", options, &report);
        QCOMPARE(rows(filtered).size(), 1);
        QCOMPARE(report.filteredOut, 3);
    }

    void ploverRecordsWithRolesTopicsAndQuotes()
    {
        QString error;
        QCOMPARE(detectFormat(fixture("plover.jsonl"), &error), formatByKey(u"plover"_s));
        ImportOptions options;
        ImportReport report;
        // An unknown category, an unknown country code, a record without a date and a line that
        // is no JSON: nothing is imported, each problem named by its line.
        QVERIFY(importInto("plover.jsonl", options, &report, false).isEmpty());
        QCOMPARE(report.problemCount, 4);
        QCOMPARE(report.problems[0].where, u"line 4"_s);
        QVERIFY(report.problems[0].reason.contains(u"“DANCE” is not a PLOVER category"_s));
        QVERIFY(report.problems[1].reason.contains(u"“XYZ”"_s));
        QCOMPARE(report.problems[2].where, u"line 6"_s);
        QCOMPARE(report.problems[3].where, u"line 7"_s);
        QVERIFY(report.problems[3].reason.contains(u"not valid JSON"_s));

        options.skipProblems = true;
        const QString db = importInto("plover.jsonl", options, &report);
        QCOMPARE(report.events, 3); // the record marked has_event false is no event
        const QList<Row> r = rows(db);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].date, u"2014-04-23/2014-04-24"_s);
        QCOMPARE(r[0].title, u"Fixture Prime Minister → Fixture President: Consult"_s);
        QCOMPARE(r[0].topics, u"plover-consult,plover-context-diplomatic"_s);
        QCOMPARE(r[1].countries, u"KHM:participant"_s); // the United Nations is no country
        QCOMPARE(r[1].topics,
                 u"plover-agree,plover-context-diplomatic,plover-context-human-security,"
                 "plover-support"_s);
        QCOMPARE(r[2].date, u"2017-09"_s);
        QCOMPARE(r[2].countries, u"AZE:participant,THA:participant"_s);

        const auto visit = eventTitled(db, r[0].title);
        QVERIFY(visit);
        QCOMPARE(visit->type.code, u"plover:CONSULT"_s);
        QCOMPARE(visit->type.name, u"Consult"_s);
        // PLOVER codes a visit's visitor as the actor and its host as the recipient.
        QCOMPARE(visit->participants.size(), 2);
        for (const Participant &p : visit->participants)
            QCOMPARE(p.role, p.country.alpha3 == u"KHM"_s ? u"visitor"_s : u"host"_s);
        const Citation &c = visit->citations.value(0);
        QCOMPARE(c.quote, u"The fixture prime minister began a two-day visit to the fixture "
                          "capital on Wednesday."_s);
        QCOMPARE(c.source.url, u"https://example.org/fixture/1"_s);
        QCOMPARE(c.source.publisher, u"Example Wire"_s);
        QVERIFY(c.note.contains(u"no person has checked"_s));
        QVERIFY(visit->summary.contains(u"mode visit"_s));
        QVERIFY(visit->summary.contains(u"place: Baku"_s));
        QVERIFY(!Dataset::open(db, &error)->isChecked()); // shown as checked by no one
        const auto support = eventTitled(db, r[1].title);
        QVERIFY(support->citations.value(0).quote.isEmpty());
        QVERIFY(support->citations.value(0).note.contains(u"no sentence is quoted"_s));
        QVERIFY(support->summary.contains(u"backed the fixture resolution"_s));

        // The filters: a country, a period, and PLOVER categories where GDELT has root codes.
        options.filter.rootCodes = {ploverTypeCode(u"consult"_s), ploverTypeCode(u"Cooperate"_s)};
        options.filter.countries = {u"AZE"_s};
        options.filter.from = PartialDate::fromEdtf(u"2017"_s).value();
        const QString filtered = importInto("plover.jsonl", options, &report);
        QCOMPARE(rows(filtered).size(), 1);
        QCOMPARE(rows(filtered)[0].date, u"2017-09"_s);
        QCOMPARE(report.filteredOut, 2);
    }

    void timelineXml()
    {
        ImportOptions options;
        options.format = formatByKey(u"timeline"_s);
        options.skipProblems = true;
        ImportReport report;
        const QString db = importInto("sample.timeline", options, &report);
        QCOMPARE(report.events, 4);
        QCOMPARE(report.problemCount, 1);
        QVERIFY(report.problems[0].reason.contains(u"2020-13-01"_s));
        QVERIFY(report.problems[0].where.startsWith(u"line "_s));
        const QList<Row> r = rows(db);
        QCOMPARE(r[0].title, u"Negotiations"_s); // the era
        QCOMPARE(r[0].date, u"2020-01-01/2021-06-30"_s);
        QCOMPARE(r[1].date, u"2020-03-15"_s);
        QCOMPARE(r[1].topics, u"trade-talks"_s);
        QCOMPARE(r[2].title, u"Summer session"_s);         // the container, its [1] gone
        QCOMPARE(r[3].date, u"2020-06-10~/2020-06-12~"_s); // fuzzy: approximate
        const auto sub = eventTitled(db, u"Working group"_s);
        QVERIFY(sub->summary.contains(u"Part of “Summer session”."_s));
        QCOMPARE(sub->topics.front().colour, u"#ff8000"_s); // the category's colour
        QCOMPARE(eventTitled(db, u"First round"_s)->citations.front().source.url,
                 u"https://example.org/round1"_s);
    }

    void gdelt()
    {
        ImportOptions options;
        options.format = formatByKey(u"gdelt1"_s);
        options.skipProblems = true;
        ImportReport report;
        QString db = importInto("gdelt1.tsv", options, &report);
        QCOMPARE(report.events, 3);
        QCOMPARE(report.problemCount, 1); // SQLDATE 20141345
        QList<Row> r = rows(db);
        QCOMPARE(r[0].date, u"2014-04-23"_s);
        QCOMPARE(r[0].countries, u"AZE:participant,KHM:participant"_s);
        QCOMPARE(r[0].topics, u"cameo-04"_s);
        QCOMPARE(r[0].title, u"CAMBODIA → AZERBAIJAN: Consult"_s);
        QCOMPARE(r[1].countries, u"AZE:participant"_s); // AFR is a region, not a country
        const auto e = eventTitled(db, r[0].title);
        QCOMPARE(e->type.code, u"042"_s);
        QCOMPARE(e->citations.front().source.url, u"https://example.org/a"_s);
        QVERIFY(e->citations.front().note.contains(u"1001"_s));

        // The filters on import: a country, a period, a root code.
        options.filter.countries = {u"AZE"_s};
        db = importInto("gdelt1.tsv", options, &report);
        QCOMPARE(report.events, 2);
        QCOMPARE(report.filteredOut, 1);
        options.filter = {};
        options.filter.from = PartialDate::fromEdtf(u"2015").value();
        db = importInto("gdelt1.tsv", options, &report);
        QCOMPARE(rows(db).size(), 1);
        options.filter = {};
        options.filter.rootCodes = {u"03"_s, u"19"_s};
        db = importInto("gdelt1.tsv", options, &report);
        QCOMPARE(rows(db).size(), 2);

        options = {};
        options.format = formatByKey(u"gdelt2"_s);
        db = importInto("gdelt2.tsv", options, &report);
        r = rows(db);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[1].countries, u"KHM:participant,THA:participant"_s);
        QCOMPARE(eventTitled(db, r[0].title)->citations.front().source.publisher, u"GDELT 2.0"_s);
        // A 2.0 file read as 1.0 is refused as a whole.
        options.format = formatByKey(u"gdelt1"_s);
        QString error;
        QVERIFY(!importEvents(fixture("gdelt2.tsv"), options, m_dir.filePath(u"wrong.sqlite"_s),
                              &report, &error));
        QVERIFY(error.contains(u"61"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"wrong.sqlite"_s)));
    }

    void conformanceCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("problems");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QFile manifest(QStringLiteral(ENTENTE_TEST_DATA "/conformance/MANIFEST.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> formatsCovered;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 6);
            QTest::newRow(qPrintable(f[0]))
                << f[0] << f[1] << f[2].toInt() << f[3].toInt() << f[4] << f[5];
            formatsCovered.insert(f[1]);
        }
        // Every format of the table has its files in the corpus.
        for (const Format *format : formats())
            QVERIFY2(formatsCovered.contains(QLatin1String(format->key)), format->key);
    }
    void conformanceCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, events);
        QFETCH(int, problems);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const QString path = QStringLiteral(ENTENTE_TEST_DATA "/") + file;
        QString error;
        QCOMPARE(detectFormat(path, &error), formatByKey(format));
        ImportOptions options;
        options.skipProblems = true;
        ImportReport report;
        static int n = 0;
        const QString db = m_dir.filePath(u"conformance-%1.sqlite"_s.arg(++n));
        QVERIFY2(importEvents(path, options, db, &report, &error), qPrintable(error));
        for (const ImportProblem &p : std::as_const(report.problems)) {
            QVERIFY(!p.where.isEmpty());  // every problem says where…
            QVERIFY(!p.reason.isEmpty()); // …and why
        }
        QCOMPARE(report.problemCount, problems);
        QCOMPARE(report.events, events);
        const QList<Row> imported = rows(db);
        QCOMPARE(imported.first().date, first);
        QCOMPARE(imported.last().date, last);

        // Written out in each format Entente writes, and read back.
        auto dataset = Dataset::open(db, &error);
        QVERIFY2(dataset, qPrintable(error));
        QList<qint64> ids;
        for (qsizetype pos = 0; pos < dataset->index().size(); ++pos)
            ids.append(dataset->index().id(pos));
        QStringList digests;
        for (qint64 id : std::as_const(ids))
            digests << digest(*dataset->store().event(id));
        digests.sort();
        for (const Format *writer : writableFormats()) {
            const QString out = db + u'.' + QLatin1String(writer->key);
            QVERIFY2(exportEvents(dataset->store(), ids, *writer, {out, OutputKind::DataFile},
                                  u"Corpus"_s, &error),
                     qPrintable(error));
            const QString again = out + u".sqlite"_s;
            ImportOptions back;
            back.format = writer;
            ImportReport backReport;
            QVERIFY2(importEvents(out, back, again, &backReport, &error),
                     qPrintable(QLatin1String(writer->key) + u": "_s + error));
            QCOMPARE(backReport.problemCount, 0);
            if (writer->key == QByteArrayView("timelinejs")) {
                // TimelineJS keeps the dated events and where they start (it has no words for an
                // unknown or open end, nor for "approximately").
                auto starts = [](const QList<Row> &list) {
                    QList<qint64> days;
                    for (const Row &r : list)
                        if (!r.date.isEmpty())
                            days << PartialDate::fromEdtf(r.date)->lowerBound().value;
                    return days;
                };
                QList<qint64> before = starts(imported), after = starts(rows(again));
                std::sort(before.begin(), before.end());
                std::sort(after.begin(), after.end());
                QCOMPARE(after, before);
                continue;
            }
            QCOMPARE(rows(again), imported);
            auto reread = Dataset::open(again, &error);
            QStringList againDigests;
            for (qsizetype pos = 0; pos < reread->index().size(); ++pos)
                againDigests << digest(*reread->store().event(reread->index().id(pos)));
            againDigests.sort();
            QCOMPARE(againDigests, digests);
        }
    }

    void roundTripThroughEntenteFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << u"entente-csv"_s;
        QTest::newRow("json") << u"entente-json"_s;
    }
    void roundTripThroughEntenteFormats()
    {
        // The bundled events out and in again: the same events, dates and precision, attested
        // days, countries with roles, topics, and every citation with its quote and note.
        QFETCH(QString, format);
        QString error;
        auto bundled = Dataset::open(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QList<qint64> ids;
        for (qsizetype pos = 0; pos < bundled->index().size(); ++pos)
            ids.append(bundled->index().id(pos));
        const QString file =
            m_dir.filePath(format == "entente-csv"_L1 ? u"out.csv"_s : u"out.json"_s);
        QVERIFY2(exportEvents(bundled->store(), ids, *formatByKey(format),
                              {file, OutputKind::DataFile}, u"Bundled"_s, &error),
                 qPrintable(error));
        const QString db = m_dir.filePath(u"roundtrip-%1.sqlite"_s.arg(format));
        ImportOptions options;
        options.format = detectFormat(file, &error);
        ImportReport report;
        QVERIFY2(importEvents(file, options, db, &report, &error), qPrintable(error));
        QCOMPARE(report.events, 11);
        for (qint64 id : ids) {
            const Event a = *bundled->store().event(id);
            const auto b = eventTitled(db, a.title);
            QVERIFY2(b, qPrintable(a.title));
            QCOMPARE(b->summary, a.summary);
            QCOMPARE(b->date, a.date);
            QCOMPARE(b->date.precision(), a.date.precision());
            QCOMPARE(b->attestedOn, a.attestedOn);
            QCOMPARE(b->dateNote, a.dateNote);
            QCOMPARE(b->type.code, a.type.code);
            QCOMPARE(b->participants.size(), a.participants.size());
            for (qsizetype i = 0; i < a.participants.size(); ++i) {
                QCOMPARE(b->participants[i].country.alpha3, a.participants[i].country.alpha3);
                QCOMPARE(b->participants[i].role, a.participants[i].role);
            }
            QCOMPARE(b->topics.size(), a.topics.size());
            for (qsizetype i = 0; i < a.topics.size(); ++i) {
                QCOMPARE(b->topics[i].slug, a.topics[i].slug);
                QCOMPARE(b->topics[i].colour, a.topics[i].colour);
            }
            QCOMPARE(b->actors.size(), a.actors.size());
            for (qsizetype i = 0; i < a.actors.size(); ++i) {
                QCOMPARE(b->actors[i].name, a.actors[i].name);
                QCOMPARE(b->actors[i].kind, a.actors[i].kind);
                QCOMPARE(b->actors[i].role, a.actors[i].role);
                QCOMPARE(b->actors[i].description, a.actors[i].description);
            }
            QCOMPARE(b->citations.size(), a.citations.size());
            for (qsizetype i = 0; i < a.citations.size(); ++i) {
                QCOMPARE(b->citations[i].quote, a.citations[i].quote);
                QCOMPARE(b->citations[i].note, a.citations[i].note);
                QCOMPARE(b->citations[i].source.publisher, a.citations[i].source.publisher);
                QCOMPARE(b->citations[i].source.published, a.citations[i].source.published);
                QCOMPARE(b->citations[i].source.cites, a.citations[i].source.cites);
            }
        }
        // What was imported is filtered like any data: text search and the index cache work.
        auto imported = Dataset::open(db, &error);
        QVERIFY(imported->index().loadedFromCache());
        EventFilter visa;
        visa.text = u"visa exemption"_s;
        QCOMPARE(applyFilter(imported->index(), &imported->store(), visa, &error)->positions.size(),
                 size_t(2));
    }

    void importAddsToAUsersDatabase()
    {
        ImportOptions options;
        options.format = formatByKey(u"gdelt2"_s);
        const QString db = importInto("gdelt2.tsv", options);
        options.format = formatByKey(u"timeline"_s);
        options.skipProblems = true;
        ImportReport report;
        QString error;
        QVERIFY2(importEvents(fixture("sample.timeline"), options, db, &report, &error),
                 qPrintable(error));
        QCOMPARE(rows(db).size(), 6);
        auto dataset = Dataset::open(db, &error);
        QVERIFY(dataset->index().loadedFromCache()); // the cache describes the new contents
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // in a problem or the error
        const QByteArray header =
            "event,title,summary,date,attested_on,date_note,type_code,type_name,countries,topics,"
            "actors,"
            "source_publisher,source_title,source_author,source_published,source_url,source_cites,"
            "quote,cites,note\n";
        QTest::newRow("csv wrong columns") << u"entente-csv"_s << header + "1,Title,Summary,2020\n"
                                           << u"4 columns"_s;
        QTest::newRow("csv actor without kind")
            << u"entente-csv"_s << header + "1,Title,,2020,,,042,Visit,,,Somebody,P,T,,,,,q,,\n"
            << u"person or organisation"_s;
        QTest::newRow("csv bad date")
            << u"entente-csv"_s << header + "1,Title,,2020-02-31,,,042,Visit,,,,P,T,,,,,q,,\n"
            << u"not a date"_s;
        QTest::newRow("csv unknown country")
            << u"entente-csv"_s << header + "1,Title,,2020,,,042,Visit,XXA:party,,,P,T,,,,,q,,\n"
            << u"“XXA” is not an ISO 3166"_s;
        QTest::newRow("csv not utf-8")
            << u"entente-csv"_s << header + "1,Caf\xe9,,2020,,,042,Visit,,,,P,T,,,,,q,,\n"
            << u"not UTF-8"_s;
        QTest::newRow("csv unclosed quote") << u"entente-csv"_s << header + "1,\"Title,,2020\n"
                                            << u"not closed"_s;
        QTest::newRow("csv not our header")
            << u"entente-csv"_s << QByteArray("a,b,c\n1,2,3\n") << u"header"_s;
        QTest::newRow("json deep nesting")
            << u"entente-json"_s << QByteArray(100000, '[') << u"not valid JSON"_s;
        QTest::newRow("json foreign")
            << u"entente-json"_s << QByteArray("{\"events\": 3}") << u"not Entente's"_s;
        QTest::newRow("json bad event")
            << u"entente-json"_s
            << QByteArray(
                   "{\"format\":\"entente-events\",\"version\":1,\"events\":[{\"title\":\"A\","
                   "\"date\":\"yesterday\"}]}")
            << u"not a date"_s;
        QTest::newRow("timelinejs year out of range")
            << u"timelinejs"_s
            << QByteArray("{\"events\": [{\"start_date\": {\"year\": \"30000000000\"}, \"text\": "
                          "{\"headline\": \"x\"}}]}")
            << u"years from year 0"_s;
        QTest::newRow("timelinejs huge number")
            << u"timelinejs"_s
            << QByteArray("{\"events\": [{\"start_date\": {\"year\": 1e300}, \"text\": "
                          "{\"headline\": \"x\"}}]}")
            << u"not a year with an optional month and day"_s;
        QTest::newRow("timelinejs not json")
            << u"timelinejs"_s << QByteArray("{\"events\": [") << u"not valid JSON"_s;
        QTest::newRow("xml entity expansion")
            << u"timeline"_s
            << QByteArray(
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                   "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<timeline><events><"
                   "event><start>2020-01-01"
                   "</start><text>&lol2;</text></event></events></timeline>")
            << u"DTD"_s;
        QTest::newRow("xml broken")
            << u"timeline"_s << QByteArray("<timeline><events><event>") << u"not valid XML"_s;
        QTest::newRow("gdelt short row")
            << u"gdelt1"_s << QByteArray("1\t20200101\t3\n") << u"57 or 58"_s;
    }
    void malformedFilesChangeNothing()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        // Into a copy of a user's database, which must stay as it was, byte for byte.
        QTemporaryDir dir;
        const QString db = dir.filePath(u"mine.sqlite"_s);
        ImportOptions seed;
        seed.format = formatByKey(u"gdelt2"_s);
        ImportReport report;
        QString error;
        QVERIFY2(importEvents(fixture("gdelt2.tsv"), seed, db, &report, &error), qPrintable(error));
        const QByteArray before = entente::test::sha256(db);
        const QString file = dir.filePath(u"bad.input"_s);
        QVERIFY(entente::test::writeFile(file, content));
        ImportOptions options;
        options.format = formatByKey(format);
        QVERIFY(!importEvents(file, options, db, &report, &error));
        QString said = error;
        for (const ImportProblem &p : std::as_const(report.problems))
            said += u" | "_s + p.where + u": "_s + p.reason;
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(report.failure, ImportReport::Failure::BadInput);
        QCOMPARE(entente::test::sha256(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{u"bad.input"_s, u"mine.sqlite"_s}));
    }

    void aHugeFieldIsARowProblem()
    {
        // A 100 MB field: the row is refused, the reader's memory stays bounded, the rest is read.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"huge.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("event,title,summary,date,attested_on,date_note,type_code,type_name,countries,"
                  "topics,actors,source_publisher,"
                  "source_title,source_author,source_published,source_url,source_cites,quote,cites,"
                  "note\n");
        out.write("1,Huge,");
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            out.write(chunk);
        out.write(",2020,,,042,Visit,,,,P,T,,,,,q,,\n2,Small,,2021,,,042,Visit,AZE:party,,,P,T,,,,,"
                  "q,,\n");
        out.close();
        ImportOptions options;
        options.format = formatByKey(u"entente-csv"_s);
        options.skipProblems = true;
        ImportReport report;
        QString error;
        const QString db = dir.filePath(u"db.sqlite"_s);
        QVERIFY2(importEvents(file, options, db, &report, &error), qPrintable(error));
        QCOMPARE(report.problemCount, 1);
        QVERIFY(report.problems[0].reason.contains(u"longer than"_s));
        QCOMPARE(report.events, 1);
        QCOMPARE(rows(db).front().title, u"Small"_s);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"mine.sqlite"_s);
        ImportOptions options;
        options.format = formatByKey(u"gdelt2"_s);
        ImportReport report;
        QString error;
        QVERIFY(importEvents(fixture("gdelt2.tsv"), options, db, &report, &error));
        const QByteArray before = entente::test::sha256(db);
        options.format = formatByKey(u"timelinejs"_s);
        options.skipProblems = true;
        QVERIFY(!importEvents(fixture("timelinejs.json"), options, db, &report, &error,
                              [](double) { return false; }));
        QVERIFY(report.cancelled);
        QCOMPARE(entente::test::sha256(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"mine.sqlite"_s});
    }

    void zippedFilesImportAsTheFileInside()
    {
        // GDELT publishes "20220601.export.CSV.zip": one file inside, read as it is unzipped.
        QTemporaryDir dir;
        const QString zip = dir.filePath(u"20220601.export.CSV.zip"_s);
        writeZip(zip, {{u"20220601.export.CSV"_s, fileBytes(fixture("gdelt2.tsv"))}});
        QString error;
        QCOMPARE(detectFormat(zip, &error), formatByKey(u"gdelt2"_s));
        QCOMPARE(fileUse(zip, &error), std::optional<FileUse>(FileUse::Import));
        ImportOptions options;
        ImportReport plainReport, zipReport;
        const QString plain = dir.filePath(u"plain.sqlite"_s),
                      zipped = dir.filePath(u"zip.sqlite"_s);
        QVERIFY2(importEvents(fixture("gdelt2.tsv"), options, plain, &plainReport, &error),
                 qPrintable(error));
        QList<double> fractions;
        QVERIFY2(importEvents(zip, options, zipped, &zipReport, &error,
                              [&](double f) {
                                  fractions.append(f);
                                  return true;
                              }),
                 qPrintable(error));
        QCOMPARE(zipReport.events, plainReport.events);
        QCOMPARE(rows(zipped), rows(plain));

        // A folder beside the file, and deflated rows enough for progress to be reported as
        // the archive's bytes are read, up to the whole of it.
        const QString big = dir.filePath(u"big.zip"_s);
        writeZip(big, {{u"data/"_s, {}}, {u"data/rows.CSV"_s, manyGdeltRows(5000)}});
        fractions.clear();
        QVERIFY2(importEvents(big, options, dir.filePath(u"big.sqlite"_s), &zipReport, &error,
                              [&](double f) {
                                  fractions.append(f);
                                  return true;
                              }),
                 qPrintable(error));
        QCOMPARE(zipReport.events, 5000);
        QCOMPARE(rows(dir.filePath(u"big.sqlite"_s)).size(), 5000);
        QVERIFY(!fractions.isEmpty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(fractions.back() <= 1.0);
        // Cancelled while unzipping: nothing is written.
        const QString cancelled = dir.filePath(u"cancelled.sqlite"_s);
        QVERIFY(!importEvents(big, options, cancelled, &zipReport, &error,
                              [](double) { return false; }));
        QVERIFY(zipReport.cancelled);
        QVERIFY(!QFile::exists(cancelled));
        // Nor is anything left beside it: the partial file, its search index built apart.
        QCOMPARE(QDir(dir.path()).entryList({u"*partial*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void badArchivesAreOneSentence_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two files") << u"two"_s << u"holds 2 files (a.CSV, b.CSV)"_s;
        QTest::newRow("only a folder") << u"folder"_s << u"holds no file to import"_s;
        QTest::newRow("empty archive") << u"empty"_s << u"holds no file to import"_s;
        QTest::newRow("encrypted") << u"encrypted"_s << u"is encrypted"_s;
        QTest::newRow("cut short") << u"cut"_s << u"zip"_s;
        QTest::newRow("damaged inside") << u"damaged"_s << u"is damaged"_s;
        QTest::newRow("not a format inside") << u"foreign"_s << u"not a file Entente can import"_s;
    }

    void badArchivesAreOneSentence()
    {
        QFETCH(QString, shape);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString zip = dir.filePath(u"bad.zip"_s);
        const QByteArray rows = manyGdeltRows(20000);
        if (shape == u"two")
            writeZip(zip, {{u"a.CSV"_s, rows.left(1000)}, {u"b.CSV"_s, rows.left(1000)}});
        else if (shape == u"folder")
            writeZip(zip, {{u"only/"_s, {}}});
        else if (shape == u"empty")
            writeZip(zip, {});
        else if (shape == u"encrypted")
            writeZip(zip, {{u"rows.CSV"_s, rows}}, "zip:encryption=zipcrypt", "secret");
        else if (shape == u"foreign")
            writeZip(zip, {{u"picture.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8)}});
        else {
            writeZip(zip, {{u"rows.CSV"_s, rows}});
            QByteArray bytes = fileBytes(zip);
            if (shape == u"cut") {
                bytes.truncate(bytes.size() / 2);
            } else {
                // Garbage in the middle of the deflated rows: the first rows read well, then
                // the stream breaks, and the import must not keep what came before.
                for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
                    bytes[i] = char(bytes[i] ^ 0x5a);
            }
            QFile file(zip);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        const QString db = dir.filePath(u"out.sqlite"_s);
        ImportOptions options;
        options.format = shape == u"foreign" ? nullptr : formatByKey(u"gdelt2"_s);
        ImportReport report;
        QString error;
        QVERIFY(!importEvents(zip, options, db, &report, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY(!QFile::exists(db));
        // Into a database the user has: it stays as it was.
        const QString mine = dir.filePath(u"mine.sqlite"_s);
        QVERIFY(importEvents(fixture("gdelt2.tsv"), options, mine, &report, &error));
        const QByteArray before = entente::test::sha256(mine);
        QVERIFY(!importEvents(zip, options, mine, &report, &error));
        QCOMPARE(entente::test::sha256(mine), before);
    }

    void theBundledDatasetIsNeverChanged()
    {
        const QByteArray before = entente::test::sha256(QStringLiteral(ENTENTE_BUNDLED_DB));
        ImportOptions options;
        options.format = formatByKey(u"gdelt2"_s);
        ImportReport report;
        QString error;
        QVERIFY(!importEvents(fixture("gdelt2.tsv"), options, QStringLiteral(ENTENTE_BUNDLED_DB),
                              &report, &error));
        QVERIFY(error.contains(u"bundled dataset is never changed"_s));
        QCOMPARE(entente::test::sha256(QStringLiteral(ENTENTE_BUNDLED_DB)), before);
    }

    void previewShowsWhatWouldBeImported()
    {
        ImportOptions options;
        options.format = formatByKey(u"timelinejs"_s);
        ImportReport report;
        QString error;
        QVERIFY(previewImport(fixture("timelinejs.json"), options, 2, &report, &error));
        QCOMPARE(report.events, 4);
        QCOMPARE(report.sample.size(), 2);
        QCOMPARE(report.sample[0].title, u"State visit to Baku"_s);
        QCOMPARE(report.problemCount, 2);
    }

    void timelineJsExportLeavesOutUndatedEvents()
    {
        QString error;
        auto bundled = Dataset::open(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QList<qint64> ids;
        for (qsizetype pos = 0; pos < bundled->index().size(); ++pos)
            ids.append(bundled->index().id(pos));
        const QString file = m_dir.filePath(u"tl.json"_s);
        qsizetype leftOut = 0;
        QVERIFY(exportEvents(bundled->store(), ids, *formatByKey(u"timelinejs"_s),
                             {file, OutputKind::DataFile}, u"T"_s, &error, {}, &leftOut));
        QCOMPARE(leftOut, 2); // the two undated rounds of consultations
        // And it reads back as TimelineJS, with the days it had.
        ImportOptions options;
        options.format = formatByKey(u"timelinejs"_s);
        ImportReport report;
        const QString db = m_dir.filePath(u"tl.sqlite"_s);
        QVERIFY2(importEvents(file, options, db, &report, &error), qPrintable(error));
        QCOMPARE(report.events, 9);
        QCOMPARE(rows(db).front().date, u"1995-02-02"_s);

        // What TimelineJS needs and what it can show: media only with an address (a media
        // without "url" stops TimelineJS on the whole file), the countries and every source
        // with its quote in the slide's text, the lane as the group.
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray slides = QJsonDocument::fromJson(json.readAll())[u"events"_s].toArray();
        QCOMPARE(slides.size(), 9);
        for (const QJsonValue &slide : slides) {
            if (slide.toObject().contains(u"media"_s))
                QVERIFY(!slide[u"media"_s][u"url"_s].toString().isEmpty());
        }
        const QJsonObject first = slides.first().toObject();
        QCOMPARE(first[u"group"_s].toString(), u"Azerbaijan"_s);
        const QString text = first[u"text"_s][u"text"_s].toString();
        QVERIFY2(text.contains(u"Countries: Azerbaijan (party), Cambodia (party)"_s),
                 qPrintable(text));
        QVERIFY(text.contains(
            u"“Azerbaijan and Cambodia established diplomatic relations on February 2, 1995.”"_s));
        QVERIFY(text.contains(u"— Azernews, Vugar Khalilov, 6 June 2022"_s));
    }

    void listItemsSurviveAnyText()
    {
        for (const QString &text : {u"a;b|c:d%3B e%"_s, u"%%25%3A"_s, QString()})
            QCOMPARE(listItemDecoded(listItemEncoded(text)), text);
        QVERIFY(!listItemEncoded(u"a;b|c:d"_s).contains(u';'));
    }

    void plainTextFromHtmlIsPlain()
    {
        QCOMPARE(plainTextFromHtml(u"<p>A &amp; B</p><p>C&#233;&#x2014;</p><script>x</script>"_s),
                 u"A & B\nCé—\nx"_s);
        QCOMPARE(plainTextFromHtml(u"&#0; &#xD800; ok"_s), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
