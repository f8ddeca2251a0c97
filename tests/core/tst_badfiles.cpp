// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad database gets one clear sentence and the right reason, and is left
// byte-for-byte as it was, with no -journal, -wal or -shm file beside it.

#include "index/dataset.h"
#include "store/fileguard.h"
#include "store/sqlconnection.h"
#include "testutil.h"

#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>
#include <cstring>

using namespace entente::core;
using namespace entente::test;
using namespace Qt::StringLiterals;

class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_bundled;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString sqliteFile(const QString &name, const QStringList &statements)
    {
        const QString file = path(name);
        SqlConnection connection;
        connection.open(file, QString());
        for (const QString &s : statements)
            QSqlQuery(connection.database()).exec(s);
        return file;
    }

    QByteArray withBigEndian(QByteArray bytes, int offset, quint32 value)
    {
        qToBigEndian(value, bytes.data() + offset);
        return bytes;
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundled = readAll(QStringLiteral(ENTENTE_BUNDLED_DB));
        QVERIFY(m_bundled.size() > 4096);
    }

    void refusedWithOneSentence_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("missing") << path(u"missing.sqlite"_s) << int(StoreError::NotFound)
                                 << u"does not exist"_s;
        QDir(m_dir.path()).mkdir(u"folder.sqlite"_s);
        QTest::newRow("folder") << path(u"folder.sqlite"_s) << int(StoreError::Unreadable)
                                << u"folder"_s;
        writeFile(path(u"empty.sqlite"_s), {});
        QTest::newRow("empty") << path(u"empty.sqlite"_s) << int(StoreError::Empty)
                               << u"is empty"_s;
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator seeded(20260101);
        for (char &c : noise)
            c = char(seeded.bounded(256));
        writeFile(path(u"noise.sqlite"_s), noise);
        QTest::newRow("random bytes")
            << path(u"noise.sqlite"_s) << int(StoreError::NotSqlite) << u"not an SQLite database"_s;
        writeFile(path(u"notes.txt"_s), "Dear diary, 1995-02-02.\n");
        QTest::newRow("text file")
            << path(u"notes.txt"_s) << int(StoreError::NotSqlite) << u"not an SQLite database"_s;
        writeFile(path(u"truncated.sqlite"_s), m_bundled.left(m_bundled.size() / 2));
        QTest::newRow("truncated")
            << path(u"truncated.sqlite"_s) << int(StoreError::Corrupt) << u"truncated"_s;
        writeFile(path(u"header-only.sqlite"_s), m_bundled.left(100));
        QTest::newRow("header only")
            << path(u"header-only.sqlite"_s) << int(StoreError::Corrupt) << u"truncated"_s;
        // Pages past the first (the schema) overwritten: the header and schema read, the events do
        // not.
        QByteArray damaged = m_bundled;
        for (qsizetype i = 4096; i < damaged.size(); ++i)
            damaged[i] = char(seeded.bounded(256));
        writeFile(path(u"damaged.sqlite"_s), damaged);
        QTest::newRow("corrupted pages")
            << path(u"damaged.sqlite"_s) << int(StoreError::Corrupt) << u"damaged"_s;
        sqliteFile(u"foreign.sqlite"_s,
                   {u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s,
                    u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_s});
        QTest::newRow("another application's database")
            << path(u"foreign.sqlite"_s) << int(StoreError::Foreign) << u"another application"_s;
        writeFile(path(u"newer.sqlite"_s), withBigEndian(m_bundled, 60, 99));
        QTest::newRow("newer schema") << path(u"newer.sqlite"_s) << int(StoreError::NewerSchema)
                                      << u"newer version of Entente (schema 99)"_s;
        sqliteFile(u"hollow.sqlite"_s, {u"PRAGMA application_id = %1"_s.arg(kApplicationId),
                                        u"PRAGMA user_version = 1"_s,
                                        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s});
        QTest::newRow("Entente mark without the tables")
            << path(u"hollow.sqlite"_s) << int(StoreError::UnknownSchema) << u"lacks the table"_s;
        writeFile(path(u"unversioned.sqlite"_s), withBigEndian(m_bundled, 60, 0));
        QTest::newRow("no schema version")
            << path(u"unversioned.sqlite"_s) << int(StoreError::UnknownSchema)
            << u"no schema version"_s;
    }
    void refusedWithOneSentence()
    {
        QFETCH(QString, file);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);

        const bool existed = QFileInfo(file).isFile();
        const QByteArray before = existed ? sha256(file) : QByteArray();
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        QString error;
        StoreError code = StoreError::None;
        const auto dataset = Dataset::open(file, &error, &code);
        QVERIFY(!dataset);
        QCOMPARE(int(code), expected);
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), "the message is one line");
        QVERIFY2(error.endsWith(u'.') || error.endsWith(u")."_s), qPrintable(error));

        if (existed)
            QCOMPARE(sha256(file), before);
        QCOMPARE(sqliteSidecars(file), QStringList());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void readOnlyFileAndFolderOpenUnchanged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(writeFile(file, m_bundled));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QByteArray before = sha256(file);
        {
            QString error;
            const auto dataset = Dataset::open(file, &error);
            QVERIFY2(dataset, qPrintable(error));
            QCOMPARE(dataset->index().size(), 11);
            QVERIFY(dataset->store().event(8));
        }
        QCOMPARE(sha256(file), before);
        QCOMPARE(sqliteSidecars(file), QStringList());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"copy.sqlite"_s});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void theIndexCacheIsUsedOnlyWhileValid()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(writeFile(file, m_bundled));
        QString error;
        {
            const auto dataset = Dataset::open(file, &error);
            QVERIFY2(dataset, qPrintable(error));
            QVERIFY(dataset->index().loadedFromCache()); // written by the build, nothing since
            QCOMPARE(dataset->index().size(), 11);
        }
        // Another program changes a date: the counter moves on, the cache is ignored, and the
        // index shows the change.
        {
            SqlConnection other;
            QVERIFY(other.open(file, QString()));
            QSqlQuery q(other.database());
            QVERIFY(q.exec(
                u"UPDATE event SET date = '1996-03-03', date_lower = %1, date_upper = %1 WHERE id = 1"_s
                    .arg(JulianDay::fromYmd(1996, 3, 3).value)));
        }
        const auto changed = Dataset::open(file, &error);
        QVERIFY2(changed, qPrintable(error));
        QVERIFY(!changed->index().loadedFromCache());
        QCOMPARE(changed->index().lower(changed->index().positionOf(1)).toDate(),
                 QDate(1996, 3, 3));
    }

    void aDamagedIndexCacheFallsBackToTheTables_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::newRow("magic") << 0 << 4;
        QTest::newRow("event count") << 8 << 8;
        QTest::newRow("first ids") << 40 << 16;
        QTest::newRow("middle") << -1 << 64;
        QTest::newRow("truncated tail") << -2 << 0;
    }
    void aDamagedIndexCacheFallsBackToTheTables()
    {
        QFETCH(int, offset);
        QFETCH(int, length);
        // The cache is outside input: a damaged blob is checked and refused, never trusted.
        QString error;
        auto good = Dataset::open(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QVERIFY(good);
        QByteArray blob = good->index().serialize();
        if (offset == -2) {
            blob.chop(7);
        } else {
            const int at = offset == -1 ? int(blob.size() / 2) : offset;
            for (int i = at; i < at + length && i < blob.size(); ++i)
                blob[i] = char(~blob[i]);
        }
        QVERIFY(!EventIndex::deserialize(blob, good->index().countries(), good->index().topics(),
                                         good->index().eventTypes()));
        // And the intact blob reads back as the same index.
        const auto same =
            EventIndex::deserialize(good->index().serialize(), good->index().countries(),
                                    good->index().topics(), good->index().eventTypes());
        QVERIFY(same);
        QCOMPARE(same->size(), good->index().size());
        for (qsizetype pos = 0; pos < same->size(); ++pos) {
            QCOMPARE(same->id(pos), good->index().id(pos));
            QCOMPARE(same->lower(pos), good->index().lower(pos));
            QCOMPARE(same->countriesAt(pos).size(), good->index().countriesAt(pos).size());
            QCOMPARE(same->positionOf(same->id(pos)), pos);
        }
    }

    // Caches written before the id table shrank to positions (version 2, pairs of id and
    // position) still read, as the same index; a version 3 table naming a position twice, or
    // one out of range, is refused.
    // Caches written by earlier builds still read, and are written again in the current format
    // (4: ids in 32 bits when they fit). Format 3 kept ids in 64 bits; format 2 also kept pairs
    // of id and position for the id table.
    void anIndexCacheOfAFormerFormatStillReads()
    {
        QString error;
        auto good = Dataset::open(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QVERIFY(good);
        const EventIndex &index = good->index();
        const QByteArray current = index.serialize();
        QVERIFY(current.startsWith("ENTIDX04"));
        const qsizetype n = index.size();
        // Format 4: magic, five header numbers, then the 32-bit ids; every column starts at a
        // multiple of 8, the id table last.
        const qsizetype restAt = (48 + 4 * n + 7) / 8 * 8;
        const qsizetype tableAt = current.size() - n * qsizetype(sizeof(qint32));
        QCOMPARE(tableAt % 8, 0);
        QByteArray wideIds;
        for (qsizetype pos = 0; pos < n; ++pos) {
            const qint64 id = index.id(pos);
            wideIds.append(reinterpret_cast<const char *>(&id), 8);
        }
        const QByteArray version3 = "ENTIDX03" + current.mid(8, 32) + wideIds + current.mid(restAt);
        QByteArray version2 =
            "ENTIDX02" + current.mid(8, 32) + wideIds + current.mid(restAt, tableAt - restAt);
        for (qsizetype i = 0; i < n; ++i) {
            qint32 pos = 0;
            std::memcpy(&pos, current.constData() + tableAt + i * 4, 4);
            const qint64 id = index.id(pos);
            const qint32 zero = 0;
            version2.append(reinterpret_cast<const char *>(&id), 8);
            version2.append(reinterpret_cast<const char *>(&pos), 4);
            version2.append(reinterpret_cast<const char *>(&zero), 4);
        }
        for (const QByteArray &former : {version3, version2}) {
            const auto read = EventIndex::deserialize(former, index.countries(), index.topics(),
                                                      index.eventTypes());
            QVERIFY(read);
            for (qsizetype pos = 0; pos < n; ++pos)
                QCOMPARE(read->positionOf(index.id(pos)), pos);
            QCOMPARE(read->positionOf(-5), qsizetype(-1));
            // Written again in the current format (its ids as they were read, in 64 bits).
            const QByteArray again = read->serialize();
            QVERIFY(again.startsWith("ENTIDX04"));
            const auto reread = EventIndex::deserialize(again, index.countries(), index.topics(),
                                                        index.eventTypes());
            QVERIFY(reread);
            for (qsizetype pos = 0; pos < n; ++pos) {
                QCOMPARE(reread->id(pos), index.id(pos));
                QCOMPARE(reread->lowerKey(pos), index.lowerKey(pos));
                QCOMPARE(reread->countriesAt(pos).size(), index.countriesAt(pos).size());
            }
        }

        for (const qint32 bad : {qint32(-1), qint32(n)}) {
            QByteArray damaged = current;
            std::memcpy(damaged.data() + tableAt + 4, &bad, 4);
            QVERIFY(!EventIndex::deserialize(damaged, index.countries(), index.topics(),
                                             index.eventTypes()));
        }
        QByteArray twice = current;
        std::memcpy(twice.data() + tableAt + 4, current.constData() + tableAt, 4);
        QVERIFY(
            !EventIndex::deserialize(twice, index.countries(), index.topics(), index.eventTypes()));
        QByteArray badWidth = current;
        const quint64 six = 6;
        std::memcpy(badWidth.data() + 40, &six, 8);
        QVERIFY(!EventIndex::deserialize(badWidth, index.countries(), index.topics(),
                                         index.eventTypes()));
    }

    // An id past 32 bits keeps every id in 64: found, cached and read back, and an edit that
    // brings one into an index of small ids widens it.
    void idsPastThirtyTwoBitsAreKept()
    {
        const QString path = m_dir.filePath(u"wide-ids.sqlite"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const qint64 big = 5'000'000'000;
        {
            entente::core::SqlConnection connection;
            QVERIFY(connection.open(path, QString()));
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(u"DELETE FROM index_cache"_s));
            QVERIFY(
                q.exec(u"INSERT INTO event (id, title, date, date_lower, date_upper, type_code) "
                       "SELECT %1, 'Far id', '2000-01-01', 2451545, 2451545, type_code FROM "
                       "event WHERE id = 1"_s.arg(big)));
            QVERIFY(q.exec(u"INSERT INTO event_country (event_id, country_id, role) SELECT %1, "
                           "country_id, role FROM event_country WHERE event_id = 1"_s.arg(big)));
        }
        QString error;
        auto dataset = Dataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        const EventIndex &index = dataset->index();
        QCOMPARE(index.size(), 12);
        const qsizetype at = index.positionOf(big);
        QVERIFY(at >= 0);
        QCOMPARE(index.id(at), big);
        const QByteArray bytes = index.serialize();
        const auto read =
            EventIndex::deserialize(bytes, index.countries(), index.topics(), index.eventTypes());
        QVERIFY(read);
        QCOMPARE(read->positionOf(big), at);
        QCOMPARE(read->id(at), big);
        QCOMPARE(read->positionOf(1), index.positionOf(1));
        // 8 bytes an id here, 4 in the bundled data's cache.
        auto bundled = Dataset::open(QStringLiteral(ENTENTE_BUNDLED_DB), &error);
        QVERIFY(bundled);
        QCOMPARE(bytes.size() - bundled->index().serialize().size() >= 12 * 4, true);

        IndexedEvent far;
        far.id = big + 1;
        far.date = *PartialDate::fromEdtf(u"2001-02-03"_s);
        far.typeCode = bundled->index().eventTypes().front().code;
        far.countries = {u"AZE"_s};
        const EventIndex widened =
            bundled->index().edited({}, {far}, bundled->index().countries(),
                                    bundled->index().topics(), bundled->index().eventTypes());
        QCOMPARE(widened.size(), 12);
        QCOMPARE(widened.id(widened.positionOf(big + 1)), big + 1);
        for (qsizetype pos = 0; pos < bundled->index().size(); ++pos) {
            const qint64 id = bundled->index().id(pos);
            QCOMPARE(widened.id(widened.positionOf(id)), id);
        }
    }

    void theBundledDatabaseIsNeverModified()
    {
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        const QByteArray before = sha256(bundled);
        {
            QString error;
            const auto dataset = Dataset::open(bundled, &error);
            QVERIFY(dataset);
            // A write through the read-only connection is refused by SQLite.
            QSqlQuery q(dataset->store().database());
            QVERIFY(!q.exec(u"DELETE FROM event"_s));
        }
        QCOMPARE(sha256(bundled), before);
        QCOMPARE(sqliteSidecars(bundled), QStringList());
    }

    void aStoppedWriterRemovesItsOwnLockOnly()
    {
        // What Ctrl+C during an import removes (the handler's own work, called directly): its
        // temporaries and its lock, but not a lock another process took meanwhile.
        const QString temporary = path(u"stopped.sqlite.7.partial"_s);
        const QString lockPath = path(u"stopped.sqlite.lock"_s);
        QVERIFY(writeFile(temporary, "half"));
        registerTemporary(temporary);
        registerLockFile(lockPath);
        QLockFile lock(lockPath);
        QVERIFY(lock.tryLock(0));
        removeRegisteredTemporaries();
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(!QFile::exists(lockPath));
        // Then taken by another import (its id, not ours): kept.
        const QByteArray others = QByteArray::number(QCoreApplication::applicationPid() + 1) +
                                  "\nentente\nanother-host\n";
        QVERIFY(writeFile(lockPath, others));
        removeRegisteredTemporaries();
        QVERIFY(QFile::exists(lockPath));
        unregisterTemporary(lockPath);
        unregisterTemporary(temporary);
        lock.unlock();
        QVERIFY(!QFile::exists(lockPath));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
