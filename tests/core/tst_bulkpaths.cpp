// SPDX-License-Identifier: GPL-3.0-or-later
// The paths that move millions of events, on a real generated database in a temporary folder:
// a bulk write leaves every index of the schema and a merged, searchable full-text index, with
// ids in date order; events read in batches come in the asked order, with their rows, across
// batch boundaries, duplicates and missing ids; a writer that gives up stops its producer; the
// filter, cut into slices over the cores, counts what SQL counts; an index cache stored in parts
// reads back whole.

#include "domain/country.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "store/chronology.h"
#include "store/eventpipe.h"
#include "store/eventstore.h"
#include "store/generator.h"
#include "store/indexcache.h"
#include "store/sqlconnection.h"
#include "store/sqlitestatement.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestBulkPaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    qint64 number(const QString &sql)
    {
        SqlConnection connection;
        connection.open(m_path, u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(connection.database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A consultation with one country and a cited report, as a person adds it.
    static ImportedEvent consultation(const QString &title, const QString &summary,
                                      const QString &country)
    {
        ImportedEvent e;
        e.title = title;
        e.summary = summary;
        e.date = PartialDate::fromEdtf(u"2021-03-04"_s).value();
        e.type = {u"040"_s, u"cameo"_s, u"Consult"_s};
        e.countries = {{country, u"party"_s}};
        ImportedCitation citation;
        citation.source.publisher = u"A publisher"_s;
        citation.source.title = u"A report"_s;
        citation.quote = u"They consulted."_s;
        e.citations = {citation};
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        entente::test::failOnWarnings();
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(!countries.isEmpty(), qPrintable(error));
        m_path = m_dir.filePath(u"generated.sqlite"_s);
        GeneratorOptions options;
        options.events = 70'000; // more than one filter slice
        options.seed = 11;
        QVERIFY2(generateDatabase({m_path, OutputKind::Database}, countries, options, &error),
                 qPrintable(error));
    }

    void aBulkWriteLeavesEveryIndexOfTheSchema()
    {
        // The indexes are made at the end of a bulk write: every one the schema names is there.
        QFile schema(u":/entente/schema.sql"_s);
        QVERIFY(schema.open(QIODevice::ReadOnly));
        const QRegularExpression createIndex(u"CREATE INDEX (\\w+)"_s);
        int indexes = 0;
        for (auto it = createIndex.globalMatch(QString::fromUtf8(schema.readAll()));
             it.hasNext();) {
            const QString name = it.next().captured(1);
            QCOMPARE(
                number(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s
                           .arg(name)),
                1);
            ++indexes;
        }
        QCOMPARE(indexes, 5);
        QCOMPARE(
            number(u"SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"_s),
            0);
        // Later changes merge the full-text index as SQLite does by default.
        QCOMPARE(number(u"SELECT v FROM event_fts_config WHERE k = 'automerge'"_s), 4);
        // The bulk write's own settings (no crisis merge, segments of 64 MiB) are gone too.
        QCOMPARE(number(u"SELECT v FROM event_fts_config WHERE k = 'crisismerge'"_s), 16);
        QCOMPARE(number(u"SELECT v FROM event_fts_config WHERE k = 'hashsize'"_s), 1048576);
    }

    void theFullTextIndexFindsWhatTheTextSays()
    {
        EventStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        const auto found = store.searchText(u"Geneva"_s);
        QVERIFY(found);
        const qint64 expected =
            number(u"SELECT COUNT(*) FROM event WHERE summary LIKE '%Geneva%'"_s);
        QVERIFY(expected > 50);
        QCOMPARE(qint64(found->size()), expected);
    }

    // A new database's full-text index, merged once at the end of the bulk write: it must be
    // whole (FTS5's own check), hold every event, leave nothing beside the file, and take later
    // changes as an index built change by change does.
    void theBulkBuiltFullTextIndexIsWholeAndTakesChanges()
    {
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"generated.sqlite"_s});
        QCOMPARE(number(u"SELECT COUNT(*) FROM event_fts_docsize"_s), 70'000);
        QCOMPARE(number(u"SELECT COUNT(*) FROM event_fts_content"_s), 70'000);
        const QString copy = m_dir.filePath(u"edited.sqlite"_s);
        QVERIFY(QFile::copy(m_path, copy));
        const auto cleanUp = qScopeGuard([&] { QFile::remove(copy); });
        {
            SqlConnection connection;
            QVERIFY(connection.open(copy, QString()));
            QSqlQuery q(connection.database());
            QVERIFY2(q.exec(u"INSERT INTO event_fts (event_fts) VALUES ('integrity-check')"_s),
                     qPrintable(q.lastError().text()));
        }
        Chronology chronology(copy, fileChangeCounter(copy));
        QString error;
        QVERIFY2(chronology.add(consultation(u"Zanzibarian consultations"_s, QString(), u"AZE"_s),
                                &error),
                 qPrintable(error));
        EventStore store;
        QVERIFY2(store.open(copy), qPrintable(store.errorString()));
        const auto found = store.searchText(u"zanzibarian"_s);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const auto geneva = store.searchText(u"Geneva"_s);
        QVERIFY(geneva && geneva->size() > 50);
    }

    // Letters with no decomposition (ł, ø, ß, æ) are found as a reader types them, in what this
    // version writes; a file written before, whose words keep them, is still found by them.
    void lettersWithoutDecompositionAreFoundAsTyped()
    {
        const QString copy = m_dir.filePath(u"letters.sqlite"_s);
        QVERIFY(QFile::copy(m_path, copy));
        const auto cleanUp = qScopeGuard([&] { QFile::remove(copy); });
        Chronology chronology(copy, fileChangeCounter(copy));
        QString error;
        QVERIFY2(chronology.add(consultation(u"Consultations in Łódź"_s,
                                             u"Søren Ærø met the delegation in the Hauptstraße."_s,
                                             u"POL"_s),
                                &error),
                 qPrintable(error));
        const auto found = [&copy](const QString &text) {
            EventStore store;
            if (!store.open(copy))
                return qsizetype(-1);
            const auto ids = store.searchText(text);
            return ids ? ids->size() : qsizetype(-1);
        };
        for (const QString &text :
             {u"lodz"_s, u"Łódź"_s, u"LODZ consultations"_s, u"soren"_s, u"Søren"_s, u"aero"_s,
              u"Ærø"_s, u"hauptstrasse"_s, u"Hauptstraße"_s, u"hauptstr"_s})
            QVERIFY2(found(text) == 1, qPrintable(text));
        // As an earlier version wrote the same words: ł, ø, æ and ß kept.
        {
            SqlConnection connection;
            QVERIFY(connection.open(copy, QString()));
            QSqlQuery q(connection.database());
            q.prepare(u"UPDATE event_fts SET title = ?, summary = ? WHERE rowid = "
                      "(SELECT MAX(id) FROM event)"_s);
            q.addBindValue(u"consultations in łodz"_s);
            q.addBindValue(u"søren ærø met the delegation in the hauptstraße."_s);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        for (const QString &text : {u"Łódź"_s, u"łódź consultations"_s, u"Søren"_s, u"Ærø"_s,
                                    u"Hauptstraße"_s, u"hauptstra"_s})
            QVERIFY2(found(text) == 1, qPrintable(text));
        QCOMPARE(found(u"Geneva Łódź"_s), 0);
    }

    void generatedIdsFollowTime()
    {
        QCOMPARE(number(u"SELECT COUNT(*) FROM event a JOIN event b ON b.id = a.id + 1"
                        " WHERE b.date_upper < a.date_lower"_s),
                 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM event"_s), 70'000);
        // The title the status bar shows groups its count's digits, as English writes numbers.
        QCOMPARE(number(u"SELECT COUNT(*) FROM meta WHERE key = 'title' AND value = "
                        "'Synthetic dataset: 70,000 events, seed 11'"_s),
                 1);
    }

    void eventsComeInTheAskedOrderWithTheirRows()
    {
        EventStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        // Backwards over three batches of 512, one id twice, one of no event.
        QList<qint64> ids;
        for (qint64 id = 1400; id >= 1; --id)
            ids.append(id);
        ids.insert(600, 77);
        ids.insert(10, 999999);
        QList<Event> read;
        QVERIFY2(store.readEvents(ids,
                                  [&](Event &e) {
                                      read.append(std::move(e));
                                      return true;
                                  }),
                 qPrintable(store.errorString()));
        QCOMPARE(read.size(), 1401);
        QCOMPARE(read.front().id, 1400);
        QCOMPARE(read.back().id, 1);
        // 77 asked for twice: at ids[601] and in its place further on (both after the missing id).
        QCOMPARE(read[600].id, 77);
        QCOMPARE(read[1324].id, 77);
        QCOMPARE(read[600].title, read[1324].title);
        QCOMPARE(read[600].citations.size(), read[1324].citations.size());
        SqlConnection connection;
        QVERIFY(connection.open(m_path, u"QSQLITE_OPEN_READONLY"_s));
        QSqlQuery rows(connection.database());
        rows.prepare(u"SELECT (SELECT COUNT(*) FROM event_country WHERE event_id = :id),"
                     " (SELECT COUNT(*) FROM event_topic WHERE event_id = :id),"
                     " (SELECT COUNT(*) FROM citation WHERE event_id = :id),"
                     " (SELECT title FROM event WHERE id = :id)"_s);
        for (const Event &e : std::as_const(read)) {
            rows.bindValue(u":id"_s, e.id);
            QVERIFY(rows.exec() && rows.next());
            QCOMPARE(e.participants.size(), rows.value(0).toInt());
            QCOMPARE(e.topics.size(), rows.value(1).toInt());
            QCOMPARE(e.citations.size(), rows.value(2).toInt());
            QCOMPARE(e.title, rows.value(3).toString());
            QVERIFY(!e.citations.front().quote.isEmpty());
            QVERIFY(e.participants.front().country.name <= e.participants.back().country.name);
        }
        // A consumer that has enough stops the read; that is no error.
        int taken = 0;
        QVERIFY(store.readEvents(ids, [&](Event &) { return ++taken < 700; }));
        QCOMPARE(taken, 700);
    }

    void theFilterInSlicesCountsWhatSqlCounts()
    {
        QString error;
        auto dataset = Dataset::open(m_path, &error);
        QVERIFY2(dataset, qPrintable(error));
        const EventIndex &index = dataset->index();
        QVERIFY(index.size() >= 65'536);
        QVERIFY(index.loadedFromCache()); // the generator stored it, in one transaction
        EventFilter filter;
        filter.topics = {u"trade"_s, u"energy"_s};
        const auto result = applyFilter(index, nullptr, filter, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(qint64(result->positions.size()),
                 number(u"SELECT COUNT(DISTINCT et.event_id) FROM event_topic et JOIN topic t"
                        " ON t.id = et.topic_id WHERE t.slug IN ('trade', 'energy')"_s));
        QVERIFY(std::is_sorted(result->positions.begin(), result->positions.end()));
        QVERIFY(std::adjacent_find(result->positions.begin(), result->positions.end()) ==
                result->positions.end());
        // The country facet: events of either topic that involve each country.
        for (qsizetype c = 0; c < index.countries().size(); c += 17) {
            QCOMPARE(qint64(result->countryCounts[size_t(c)]),
                     number(u"SELECT COUNT(DISTINCT ec.event_id) FROM event_country ec"
                            " JOIN country c ON c.id = ec.country_id JOIN event_topic et"
                            " ON et.event_id = ec.event_id JOIN topic t ON t.id = et.topic_id"
                            " WHERE c.alpha3 = '%1' AND t.slug IN ('trade', 'energy')"_s.arg(
                                index.countries()[c].alpha3)));
        }
        // Every topic's count: the events the other facets (none) leave that carry it.
        for (qsizetype t = 0; t < index.topics().size(); ++t) {
            QCOMPARE(qint64(result->topicCounts[size_t(t)]),
                     number(u"SELECT COUNT(*) FROM event_topic et JOIN topic t ON t.id ="
                            " et.topic_id WHERE t.slug = '%1'"_s.arg(index.topics()[t].slug)));
        }
    }

    void anIndexCacheInPartsReadsBackWhole()
    {
        // A gigabyte of cache is stored in parts (SQLite refuses a value over 10^9 bytes); the same
        // code with parts of 1,000 bytes, on a copy of the generated file.
        const QString copy = m_dir.filePath(u"parts.sqlite"_s);
        QVERIFY(QFile::copy(m_path, copy));
        QByteArray blob(4'500, Qt::Uninitialized);
        for (qsizetype i = 0; i < blob.size(); ++i)
            blob[i] = char(i * 7 % 251);
        SqlConnection connection;
        QVERIFY(connection.open(copy, QString()));
        QString error;
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(u"BEGIN"_s));
        QVERIFY2(storeIndexCache(connection.database(), 41, blob, &error, 1'000),
                 qPrintable(error));
        QVERIFY(q.exec(u"COMMIT"_s));
        QVERIFY(q.exec(u"SELECT COUNT(*), SUM(length(data)) FROM index_cache_part"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 3'500);
        q.finish();
        sqlite3 *db = sqliteHandle(connection.database());
        QCOMPARE(loadIndexCache(db, 41), std::optional<QByteArray>(blob));
        QVERIFY(!loadIndexCache(db, 42)); // made for another state of the file
        // Stored in one transaction for the counter a reader finds: it opens from it.
        {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray header = file.read(100);
            const qint64 counter = qFromBigEndian<quint32>(header.constData() + 24);
            QVERIFY(q.exec(u"BEGIN"_s));
            QVERIFY2(storeIndexCache(connection.database(), counter, blob, &error, 1'000),
                     qPrintable(error));
            QVERIFY(q.exec(u"COMMIT"_s));
            EventStore store;
            QVERIFY2(store.open(copy), qPrintable(store.errorString()));
            QCOMPARE(store.readIndexCache(), std::optional<QByteArray>(blob));
        }
        // A smaller cache later leaves no part of the older one behind.
        QVERIFY2(storeIndexCache(connection.database(), 43, blob.left(800), &error, 1'000),
                 qPrintable(error));
        QCOMPARE(loadIndexCache(db, 43), std::optional<QByteArray>(blob.left(800)));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM index_cache_part"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aWriterThatGivesUpStopsItsProducer()
    {
        EventPipe pipe(64, 2);
        std::atomic<int> pushed = 0;
        std::unique_ptr<QThread> producer(QThread::create([&] {
            for (int i = 0; i < 1'000'000; ++i) {
                ImportedEvent e;
                e.title = u"Event %1"_s.arg(i);
                if (!pipe.push(std::move(e)))
                    break;
                ++pushed;
            }
            pipe.close();
        }));
        producer->start();
        std::vector<ImportedEvent> batch;
        QVERIFY(pipe.pop(&batch));
        QCOMPARE(batch.size(), size_t(64));
        QCOMPARE(batch.front().title, u"Event 0"_s);
        QVERIFY(pipe.pop(&batch));
        QCOMPARE(batch.front().title, u"Event 64"_s);
        pipe.stop();
        QVERIFY(producer->wait(10'000));
        QVERIFY(pushed < 1000);
        // And a producer that finishes ends the consumer's loop after the last batch.
        EventPipe all(64, 2);
        std::unique_ptr<QThread> finite(QThread::create([&] {
            for (int i = 0; i < 200; ++i)
                all.push(ImportedEvent{});
            all.close();
        }));
        finite->start();
        size_t received = 0;
        while (all.pop(&batch))
            received += batch.size();
        QVERIFY(finite->wait(10'000));
        QCOMPARE(received, size_t(200));
    }
};

QTEST_GUILESS_MAIN(TestBulkPaths)
#include "tst_bulkpaths.moc"
