// SPDX-License-Identifier: GPL-3.0-or-later
// A person's changes to their own chronology: each written in a transaction of its own to the
// real SQLite file, read back as the app reads it; the bundled dataset and files changed by
// another program are never written; and the index the views get after a change, made by merging
// rather than reloading, is the index a fresh load of the file gives.

#include "formats/importer.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "maths/timelinelayout.h"
#include "store/chronology.h"
#include "store/generator.h"
#include "testutil.h"

#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {

ImportedEvent sourcedEvent(const QString &title, const QString &date)
{
    ImportedEvent e;
    e.title = title;
    e.summary = u"The ministers met in Baku."_s;
    e.date = *PartialDate::fromEdtf(date);
    e.type = {u"040"_s, u"cameo"_s, u"Consult"_s};
    e.countries = {{u"AZE"_s, u"host"_s}, {u"KHM"_s, u"visitor"_s}};
    e.topics = {{0, u"consultations"_s, u"Consultations"_s, QString()},
                {0, u"my-new-topic"_s, u"My new topic"_s, u"#336699"_s}};
    e.actors = {{u"A. Minister"_s, u"person"_s, u"Foreign Minister"_s, u"host"_s}};
    ImportedCitation c;
    c.source.publisher = u"A newspaper"_s;
    c.source.title = u"A report of my own"_s;
    c.quote = u"The ministers met in Baku."_s;
    e.citations = {c};
    return e;
}

// Every column of two indexes, position by position.
void compareIndexes(const EventIndex &a, const EventIndex &b)
{
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.datedCount(), b.datedCount());
    for (qsizetype pos = 0; pos < a.size(); ++pos) {
        QCOMPARE(a.id(pos), b.id(pos));
        QCOMPARE(a.lower(pos).value, b.lower(pos).value);
        QCOMPARE(a.upper(pos).value, b.upper(pos).value);
        QCOMPARE(a.precision(pos), b.precision(pos));
        QCOMPARE(a.hasFlag(pos, DateFlag::Unreviewed), b.hasFlag(pos, DateFlag::Unreviewed));
        QCOMPARE(a.eventTypes()[a.typeIndex(pos)].code, b.eventTypes()[b.typeIndex(pos)].code);
        QStringList ca, cb, ta, tb;
        for (quint16 r : a.countriesAt(pos))
            ca.append(a.countries()[r].alpha3);
        for (quint16 r : b.countriesAt(pos))
            cb.append(b.countries()[r].alpha3);
        for (quint16 r : a.topicsAt(pos))
            ta.append(a.topics()[r].slug);
        for (quint16 r : b.topicsAt(pos))
            tb.append(b.topics()[r].slug);
        ca.sort();
        cb.sort();
        ta.sort();
        tb.sort();
        QCOMPARE(ca, cb);
        QCOMPARE(ta, tb);
        QCOMPARE(a.positionOf(a.id(pos)), pos);
    }
    QCOMPARE(a.datedSpan(), b.datedSpan());
    for (qsizetype i = 0; i < a.topics().size(); ++i)
        QCOMPARE(a.topicUsed(i), b.topicUsed(i));
    for (qsizetype i = 0; i < a.countries().size(); ++i)
        QCOMPARE(a.countryUsed(i), b.countryUsed(i));
    for (qsizetype i = 0; i < a.eventTypes().size(); ++i)
        QCOMPARE(a.typeUsed(i), b.typeUsed(i));
}

// The child process of killedMidSave(): adds events to \a path until it is killed, printing the
// number saved after each commit. Each event's long summary makes its transaction last.
int saveUntilKilled(const QString &path)
{
    Chronology chronology(path, fileChangeCounter(path));
    QTextStream out(stdout);
    for (int saved = 0;; ++saved) {
        ImportedEvent e = sourcedEvent(u"Saved %1"_s.arg(saved), u"2023-01-02"_s);
        e.summary = QString(20000, u'x');
        QString error;
        if (!chronology.add(e, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        out << saved + 1 << Qt::endl;
    }
}

// Everything the views read of a filter result, and of its lanes.
void compareResults(const FilterResult &a, const FilterResult &b, const EventIndex &index)
{
    QCOMPARE(a.positions, b.positions);
    QCOMPARE(a.partialPositions, b.partialPositions);
    QCOMPARE(a.datedCount, b.datedCount);
    QCOMPARE(a.countryCounts, b.countryCounts);
    QCOMPARE(a.topicCounts, b.topicCounts);
    QCOMPARE(a.typeCounts, b.typeCounts);
    for (LaneMode mode : {LaneMode::Countries, LaneMode::Topics}) {
        const LaneIndex full(index, mode, &b.positions);
        // Lanes patched from the lanes of the same filter before the change are checked in
        // theEditedResultIsTheFilteredResult; here: the result's own lanes when it has them.
        if (a.lanes && a.lanes->mode() == mode) {
            QCOMPARE(a.lanes->lanes().size(), full.lanes().size());
            for (size_t l = 0; l < full.lanes().size(); ++l) {
                QCOMPARE(a.lanes->lanes()[l].ref, full.lanes()[l].ref);
                QCOMPARE(a.lanes->lanes()[l].positions, full.lanes()[l].positions);
                QCOMPARE(a.lanes->lanes()[l].runningMaxUpper, full.lanes()[l].runningMaxUpper);
            }
            QCOMPARE(a.lanes->histogram(), full.histogram());
            QCOMPARE(a.lanes->topicsUsed(), full.topicsUsed());
        }
    }
}

} // namespace

class TestChronology : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Dataset> open()
    {
        QString error;
        auto dataset = Dataset::open(m_path, &error);
        if (!dataset)
            qWarning("%s", qPrintable(error));
        return dataset;
    }

private Q_SLOTS:
    void init()
    {
        entente::test::failOnWarnings();
        m_path = m_dir.filePath(u"mine.sqlite"_s);
        QFile::remove(m_path);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void addsEditsRemovesAndRestores()
    {
        auto dataset = open();
        QVERIFY(dataset);
        const qsizetype before = dataset->index().size();
        Chronology chronology(m_path, dataset->store().changeCounter());
        QString error;
        const auto id =
            chronology.add(sourcedEvent(u"Consultations in Baku"_s, u"2022-06"_s), &error);
        QVERIFY2(id, qPrintable(error));
        auto added = dataset->store().event(*id);
        QVERIFY(added);
        QCOMPARE(added->title, u"Consultations in Baku"_s);
        QCOMPARE(added->date.toEdtf(), u"2022-06"_s);
        QCOMPARE(added->citations.size(), 1);
        QCOMPARE(added->citations.first().quote, u"The ministers met in Baku."_s);
        QCOMPARE(added->actors.first().description, u"Foreign Minister"_s);

        ImportedEvent edited = toImported(*added);
        edited.date = *PartialDate::fromEdtf(u"2022-06-01"_s);
        QVERIFY2(chronology.replace(*id, edited, &error), qPrintable(error));
        QCOMPARE(dataset->store().event(*id)->date.toEdtf(), u"2022-06-01"_s);
        QCOMPARE(dataset->store().event(*id)->topics.size(), 2);

        // Removing and restoring gives the same event back, with the same id.
        const ImportedEvent kept = toImported(*dataset->store().event(*id));
        QVERIFY2(chronology.remove(*id, &error), qPrintable(error));
        QVERIFY(!dataset->store().event(*id));
        QVERIFY(!chronology.remove(*id, &error));
        QCOMPARE(chronology.failure(), ChangeFailure::NoSuchEvent);
        QVERIFY2(chronology.restore(*id, kept, &error), qPrintable(error));
        dataset->store().forgetCachedRows();
        const auto back = dataset->store().event(*id);
        QVERIFY(back);
        QCOMPARE(back->title, kept.title);
        QCOMPARE(back->citations.first().source.title, u"A report of my own"_s);

        // What a fresh load of the file sees.
        auto reopened = open();
        QVERIFY(reopened);
        QCOMPARE(reopened->index().size(), before + 1);
        QVERIFY(!reopened->index().loadedFromCache()); // the cache of the old file is not used
        SqlConnection connection;
        QVERIFY(connection.open(m_path, u"QSQLITE_OPEN_READONLY"_s));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT count(*) FROM event_fts"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(before + 1));
        QVERIFY(!QFileInfo::exists(m_path + u"-journal"_s));
    }

    // Events proposed from a report and not yet reviewed: the mark is written with the event,
    // read back, in the index and its filter, and gone once a person reviews it; a file from
    // before the mark existed reads as it did and gets its table with its first change.
    void reviewMarks()
    {
        {
            SqlConnection connection;
            QVERIFY(connection.open(m_path, QString()));
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(u"DROP TABLE unreviewed_event"_s));
        }
        auto dataset = open();
        QVERIFY(dataset);
        QCOMPARE(dataset->store().unreviewedIds()->size(), 0);
        QCOMPARE(dataset->store().event(1)->unreviewed, false);
        Chronology chronology(m_path, dataset->store().changeCounter());
        ImportedEvent proposed = sourcedEvent(u"Proposed"_s, u"2022-06-01"_s);
        proposed.unreviewed = true;
        QList<Chronology::Move> moves{{0, std::nullopt, proposed},
                                      {0, std::nullopt, sourcedEvent(u"Mine"_s, u"2022-06-02"_s)}};
        QString error;
        QVERIFY2(chronology.apply(moves, &error), qPrintable(error));
        const qint64 id = moves[0].id;
        QVERIFY(id > 0 && moves[1].id == id + 1);

        auto reopened = open();
        QVERIFY(reopened);
        QCOMPARE(reopened->store().event(id)->unreviewed, true);
        QCOMPARE(reopened->store().event(id + 1)->unreviewed, false);
        EventFilter filter;
        filter.unreviewedOnly = true;
        const auto result = applyFilter(reopened->index(), &reopened->store(), filter, &error);
        QVERIFY(result);
        QCOMPARE(result->positions.size(), size_t(1));
        QCOMPARE(reopened->index().id(result->positions.front()), id);
        QVERIFY(describeFilter(filter, reopened->index()).contains(u"not yet reviewed"_s));

        // Reviewed in the editor: the mark goes.
        ImportedEvent reviewed = toImported(*reopened->store().event(id));
        reviewed.unreviewed = false;
        QVERIFY2(chronology.replace(id, reviewed, &error), qPrintable(error));
        auto after = open();
        QCOMPARE(after->store().event(id)->unreviewed, false);
        QCOMPARE(after->store().unreviewedIds()->size(), 0);
    }

    void neverWritesTheBundledDataset()
    {
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        const QByteArray hash = entente::test::sha256(bundled);
        Chronology chronology(bundled, fileChangeCounter(bundled));
        QString error;
        QVERIFY(!chronology.add(sourcedEvent(u"Not here"_s, u"2022"_s), &error));
        QCOMPARE(chronology.failure(), ChangeFailure::Refused);
        QVERIFY2(error.contains(u"save a copy"_s), qPrintable(error));
        QVERIFY(!chronology.remove(1, &error));
        QCOMPARE(entente::test::sha256(bundled), hash);
        QVERIFY(!Chronology::editable(bundled).ok());
        QVERIFY(Chronology::editable(m_path).ok());
    }

    void refusesAFileChangedByAnotherProgram()
    {
        auto dataset = open();
        QVERIFY(dataset);
        Chronology mine(m_path, dataset->store().changeCounter());
        Chronology theirs(m_path, dataset->store().changeCounter());
        QString error;
        QVERIFY2(theirs.add(sourcedEvent(u"Theirs"_s, u"2021"_s), &error), qPrintable(error));
        const QByteArray hash = entente::test::sha256(m_path);
        QVERIFY(!mine.add(sourcedEvent(u"Mine"_s, u"2021"_s), &error));
        QCOMPARE(mine.failure(), ChangeFailure::ChangedElsewhere);
        QVERIFY2(error.contains(u"changed by another program"_s), qPrintable(error));
        QCOMPARE(entente::test::sha256(m_path), hash);
        // Its own changes never count as another program's.
        QVERIFY2(theirs.add(sourcedEvent(u"Theirs again"_s, u"2021"_s), &error), qPrintable(error));
    }

    void waitsForNoImportButSaysItIsBusy()
    {
        QLockFile importing(m_path + u".lock"_s);
        QVERIFY(importing.lock());
        Chronology chronology(m_path, fileChangeCounter(m_path));
        const QByteArray hash = entente::test::sha256(m_path);
        QString error;
        QVERIFY(!chronology.add(sourcedEvent(u"Later"_s, u"2021"_s), &error));
        QCOMPARE(chronology.failure(), ChangeFailure::Busy);
        QCOMPARE(entente::test::sha256(m_path), hash);
        importing.unlock();
        QVERIFY2(chronology.add(sourcedEvent(u"Later"_s, u"2021"_s), &error), qPrintable(error));
    }

    // A writer killed between creating its lock file and writing its process id into it leaves
    // an empty file naming no one: it must not block every later save and import for good.
    void anEmptyLockLeftByAKilledWriterIsTakenOver()
    {
        const QString lockPath = m_path + u".lock"_s;
        auto leaveEmptyLock = [&] {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                             QFileDevice::FileModificationTime);
        };
        leaveEmptyLock();
        Chronology chronology(m_path, fileChangeCounter(m_path));
        QString error;
        QVERIFY2(chronology.add(sourcedEvent(u"After the crash"_s, u"2021"_s), &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(lockPath));
        // The importer's writer takes it over as well.
        leaveEmptyLock();
        ImportOptions options;
        ImportReport report;
        QVERIFY2(importEvents(QStringLiteral(ENTENTE_TEST_DATA) + u"/import/gdelt2.tsv"_s, options,
                              m_path, &report, &error),
                 qPrintable(error));
        QCOMPARE(report.events, 2);
        QVERIFY(!QFile::exists(lockPath));
    }

    void aFailedChangeWritesNothing()
    {
        Chronology chronology(m_path, fileChangeCounter(m_path));
        ImportedEvent bad = sourcedEvent(u"Nowhere"_s, u"2021"_s);
        bad.countries.append({u"XXX"_s, u"party"_s}); // no such country: a foreign key fails
        const QByteArray hash = entente::test::sha256(m_path);
        QString error;
        QVERIFY(!chronology.add(bad, &error));
        QCOMPARE(chronology.failure(), ChangeFailure::WriteFailed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(entente::test::sha256(m_path), hash);
    }

    // The merged index equals a fresh load after any mix of adds, edits and removals, on data of
    // some size: thousands of generated events with every kind of date.
    void theEditedIndexIsTheLoadedIndex()
    {
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(!countries.isEmpty(), qPrintable(error));
        m_path = m_dir.filePath(u"generated.sqlite"_s);
        QFile::remove(m_path);
        GeneratorOptions options;
        options.events = 3000;
        QVERIFY2(generateDatabase(OutputTarget(m_path, OutputKind::Database), countries, options,
                                  &error),
                 qPrintable(error));
        auto dataset = open();
        QVERIFY(dataset);
        Chronology chronology(m_path, dataset->store().changeCounter());
        QRandomGenerator random(7);
        const QStringList dates = {u"1979"_s,       u"2001-03"_s, u"2024-12-31"_s, u"2010/2012"_s,
                                   u"../2005-05"_s, u""_s,        u"2019~"_s,      u"-0500"_s};
        auto current = dataset->sharedIndex();
        for (int step = 0; step < 12; ++step) {
            QList<qint64> removed;
            QList<IndexedEvent> added;
            qint64 someId = current->id(qsizetype(random.bounded(int(current->size()))));
            if (step == 2) { // the highest id: the end of the index's id table
                for (qsizetype pos = 0; pos < current->size(); ++pos)
                    someId = std::max(someId, current->id(pos));
            }
            ImportedEvent e = sourcedEvent(u"Step %1"_s.arg(step), u"2000"_s);
            e.date = *PartialDate::fromEdtf(dates[step % dates.size()]);
            e.unreviewed = step % 2 == 0; // the review mark follows edits too
            if (step % 3 == 0) {
                const auto id = chronology.add(e, &error);
                QVERIFY2(id, qPrintable(error));
                added.append(Chronology::indexed(*id, e));
            } else if (step % 3 == 1) {
                QVERIFY2(chronology.replace(someId, e, &error), qPrintable(error));
                removed.append(someId);
                added.append(Chronology::indexed(someId, e));
            } else {
                QVERIFY2(chronology.remove(someId, &error), qPrintable(error));
                removed.append(someId);
            }
            current = std::make_shared<const EventIndex>(
                current->edited(removed, added, dataset->store().countries(),
                                dataset->store().topics(), dataset->store().eventTypes()));
            auto fresh = open();
            QVERIFY(fresh);
            QVERIFY(!fresh->index().loadedFromCache()); // the change made the cache stale
            compareIndexes(*current, fresh->index());
            if (QTest::currentTestFailed())
                return;
        }
        // The edited index stored as the file's cache: the next open reads it, and it is the
        // index of the tables.
        QVERIFY2(chronology.storeIndexCache(*current, &error), qPrintable(error));
        auto cached = open();
        QVERIFY(cached);
        QVERIFY(cached->index().loadedFromCache());
        compareIndexes(cached->index(), *current);
    }

    // After any change, the result patched from the one before (positions, counts, lanes) is the
    // result of filtering every event again, for every kind of filter but text (which always
    // runs again).
    void theEditedResultIsTheFilteredResult()
    {
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        m_path = m_dir.filePath(u"generated-results.sqlite"_s);
        QFile::remove(m_path);
        GeneratorOptions options;
        options.events = 4000;
        options.seed = 3;
        QVERIFY2(generateDatabase(OutputTarget(m_path, OutputKind::Database), countries, options,
                                  &error),
                 qPrintable(error));
        auto dataset = open();
        QVERIFY(dataset);
        std::vector<EventFilter> filters(7);
        filters[6].unreviewedOnly = true;
        filters[1].countries = {u"AZE"_s};
        filters[2].countries = {u"AZE"_s, u"KHM"_s};
        filters[2].countryMode = EventFilter::CountryMode::All;
        filters[3].from = *PartialDate::fromEdtf(u"2000"_s);
        filters[3].to = *PartialDate::fromEdtf(u"2015-06"_s);
        filters[4].topics = {dataset->index().topics().first().slug, u"consultations"_s};
        filters[5].eventTypes = {u"040"_s, u"042"_s};
        Chronology chronology(m_path, dataset->store().changeCounter());
        QRandomGenerator random(11);
        const QStringList dates = {u"2010-05-04"_s, u"2001-03"_s, u""_s,
                                   u"2012/2014"_s,  u"2019~"_s,   u"2008-02-29"_s};
        auto current = dataset->sharedIndex();
        std::vector<std::shared_ptr<const FilterResult>> results;
        for (const EventFilter &f : filters) {
            auto r = std::make_shared<FilterResult>(*applyFilter(*current, nullptr, f, &error));
            r->lanes =
                std::make_shared<const LaneIndex>(*current, LaneMode::Countries, &r->positions);
            r->index = current;
            r->filter = f;
            results.push_back(r);
        }
        int patchedLanes = 0;
        for (int step = 0; step < 15; ++step) {
            QList<qint64> removed;
            QList<IndexedEvent> added;
            const qint64 someId = current->id(qsizetype(random.bounded(int(current->size()))));
            ImportedEvent e = sourcedEvent(u"Step %1"_s.arg(step), u"2000"_s);
            e.date = *PartialDate::fromEdtf(dates[step % dates.size()]);
            e.topics = {{0, u"consultations"_s, u"Consultations"_s, QString()}};
            e.unreviewed = step % 2 == 1;
            if (step % 3 == 0) {
                const auto id = chronology.add(e, &error);
                QVERIFY2(id, qPrintable(error));
                added.append(Chronology::indexed(*id, e));
            } else if (step % 3 == 1) {
                QVERIFY2(chronology.replace(someId, e, &error), qPrintable(error));
                removed.append(someId);
                added.append(Chronology::indexed(someId, e));
            } else {
                QVERIFY2(chronology.remove(someId, &error), qPrintable(error));
                removed.append(someId);
            }
            IndexShift shift;
            auto next = std::make_shared<const EventIndex>(
                current->edited(removed, added, dataset->store().countries(),
                                dataset->store().topics(), dataset->store().eventTypes(), &shift));
            for (size_t f = 0; f < filters.size(); ++f) {
                EditedRows rows;
                auto patched =
                    editedFilterResult(*results[f], *current, *next, shift, filters[f], &rows);
                QVERIFY(patched);
                const auto full = applyFilter(*next, nullptr, filters[f], &error);
                QVERIFY(full);
                if (auto lanes = results[f]->lanes->edited(*current, *next, shift, rows)) {
                    patched->lanes = std::make_shared<const LaneIndex>(std::move(*lanes));
                    ++patchedLanes;
                } else {
                    patched->lanes = std::make_shared<const LaneIndex>(*next, LaneMode::Countries,
                                                                       &patched->positions);
                }
                compareResults(*patched, *full, *next);
                if (QTest::currentTestFailed()) {
                    qWarning("step %d, filter %zu", step, f);
                    return;
                }
                patched->index = next;
                patched->filter = filters[f];
                results[f] = std::make_shared<const FilterResult>(std::move(*patched));
            }
            current = next;
        }
        qInfo("%d of %d lane sets patched rather than rebuilt", patchedLanes,
              int(15 * filters.size()));
        QVERIFY(patchedLanes > 0);
    }

    // A child adding events is killed (SIGKILL) at a random moment, 50 times: the database always
    // opens, whole and consistent, with every event the child said it saved and at most one more.
    void killedMidSave()
    {
        const QString journal = m_path + u"-journal"_s;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int journalsLeft = 0;
        qint64 expected = open()->index().size();
        for (int round = 0; round < 50; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {u"--save-until-killed"_s, m_path});
            QVERIFY(child.waitForStarted());
            // The kill lands while it saves, however long a loaded machine takes to start it:
            // after its first save, at a random moment of the next ones.
            QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
            QTest::qWait(int(random.bounded(0, 200)));
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            const QStringList said =
                QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            const qint64 saved = said.isEmpty() ? 0 : said.last().toLongLong();
            if (QFileInfo(journal).size() > 0)
                ++journalsLeft;
            auto dataset = open(); // rolls an interrupted change back
            QVERIFY(dataset);
            const qint64 events = dataset->index().size();
            QVERIFY2(
                events == expected + saved || events == expected + saved + 1,
                qPrintable(u"%1 events, expected %2 + %3"_s.arg(events).arg(expected).arg(saved)));
            expected = events;
            SqlConnection connection;
            QVERIFY(connection.open(m_path, u"QSQLITE_OPEN_READONLY"_s));
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!q.next());
            // Every event whole: its summary, its countries, its citation and its text row.
            QVERIFY(q.exec(u"SELECT count(*) FROM event e WHERE title LIKE 'Saved %' AND ("
                           "length(summary) <> 20000 OR (SELECT count(*) FROM event_country c "
                           "WHERE c.event_id = e.id) <> 2 OR (SELECT count(*) FROM citation c "
                           "WHERE c.event_id = e.id) <> 1)"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM event) - (SELECT count(*) FROM "
                           "event_fts)"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        qInfo("%d of 50 kills came in the middle of a save (a journal was left and rolled back)",
              journalsLeft);
        QVERIFY(journalsLeft > 0);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--save-until-killed") == 0) {
        QCoreApplication app(argc, argv);
        return saveUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestChronology test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_chronology.moc"
