// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasewriter.h"

#include "domain/partialdate.h"
#include "index/eventindex.h"
#include "index/textsearch.h"
#include "store/eventstore.h"
#include "store/indexcache.h"
#include "store/sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace entente::core {

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::DatabaseWriter)
};
} // namespace

DatabaseWriter::~DatabaseWriter()
{
    abandon();
}

void DatabaseWriter::abandon()
{
    m_connection.close();
    if (!m_partialPath.isEmpty()) {
        QFile::remove(m_partialPath);
        QFile::remove(m_partialPath + QLatin1String("-journal"));
        unregisterTemporary(m_partialPath);
        m_partialPath.clear();
    }
    if (m_lock) {
        const QString lockPath = m_lock->fileName();
        m_lock.reset(); // unlocks
        unregisterTemporary(lockPath);
    }
}

bool DatabaseWriter::fail(FileCheck::Verdict verdict, const QString &message)
{
    m_failure = verdict;
    m_error = message;
    return false;
}

// The guard, the lock, and a clean place for the partial file: what create() and createFrom()
// both need before they write a byte.
bool DatabaseWriter::begin(const OutputTarget &target)
{
    abandon();
    m_failure = FileCheck::Verdict::Ok;
    if (FileCheck check = checkOutputFile(target); !check.ok())
        return fail(check.verdict, check.message);
    m_path = target.path;
    m_lock = std::make_unique<QLockFile>(m_path + QLatin1String(".lock"));
    // Registered first: a signal just after the lock is taken still removes it.
    registerLockFile(m_lock->fileName());
    if (!tryLockForWriting(*m_lock, 0)) {
        if (m_lock->error() == QLockFile::LockFailedError && m_onWaiting)
            m_onWaiting();
        if (m_lock->error() != QLockFile::LockFailedError ||
            !tryLockForWriting(*m_lock, m_lockWaitMs)) {
            const bool busy = m_lock->error() == QLockFile::LockFailedError;
            unregisterTemporary(m_lock->fileName());
            m_lock.reset();
            return fail(
                FileCheck::Verdict::CannotWrite,
                busy ? Text::tr("Another program is writing “%1”; try again when it has finished.")
                           .arg(QDir::toNativeSeparators(m_path))
                     : Text::tr("Cannot write in the folder of “%1”.")
                           .arg(QDir::toNativeSeparators(m_path)));
        }
    }
    // Holding the lock, every partial file of this database is a killed writer's leftover.
    const QFileInfo info(m_path);
    const QStringList stale = info.dir().entryList({info.fileName() + QLatin1String(".*partial")},
                                                   QDir::Files | QDir::Hidden);
    for (const QString &name : stale)
        QFile::remove(info.dir().filePath(name));
    m_partialPath =
        QStringLiteral("%1.%2.partial").arg(m_path).arg(QCoreApplication::applicationPid());
    registerTemporary(m_partialPath);
    return true;
}

bool DatabaseWriter::exec(const QString &statement)
{
    QSqlQuery query(m_connection.database());
    if (query.exec(statement))
        return true;
    // SQLITE_FULL: a full disk is the user's to fix, and says so plainly.
    constexpr int kSqliteFull = 13;
    m_error =
        query.lastError().nativeErrorCode().toInt() == kSqliteFull
            ? Text::tr("Cannot write “%1”: the disk is full.").arg(QDir::toNativeSeparators(m_path))
            : Text::tr("SQL failed (%1): %2").arg(query.lastError().text(), statement.left(200));
    return false;
}

bool DatabaseWriter::create(const OutputTarget &target)
{
    if (!begin(target))
        return false;
    m_fromScratch = true;
    m_deferredIndexes.clear();
    if (!m_connection.open(m_partialPath, QString())) {
        return fail(FileCheck::Verdict::CannotWrite,
                    Text::tr("Cannot create “%1”: %2.")
                        .arg(QDir::toNativeSeparators(m_path),
                             m_connection.database().lastError().databaseText()));
    }
    QFile schemaFile(QStringLiteral(":/entente/schema.sql"));
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        m_error = Text::tr("The schema resource is missing from this build.");
        return false;
    }
    // The schema's PRAGMAs must run outside the transaction; the rest inside it.
    if (!setPragmas())
        return false;
    const QStringList statements = splitSqlStatements(QString::fromUtf8(schemaFile.readAll()));
    bool begun = false;
    for (const QString &statement : statements) {
        if (!begun && !statement.startsWith(QLatin1String("PRAGMA"))) {
            if (!exec(QStringLiteral("BEGIN")))
                return false;
            begun = true;
        }
        // A bulk write builds the secondary indexes once, sorted, at the end: row by row, each
        // row would cost one more B-tree insertion per index.
        if (m_keysAtFinishOnly && statement.startsWith(QLatin1String("CREATE INDEX"))) {
            m_deferredIndexes.append(statement);
            continue;
        }
        if (!exec(statement))
            return false;
    }
    // And merges the full-text index once at the end instead of level by level as it grows:
    // no merge on the way (not even when a level holds 16 segments, SQLite's 'crisis'), and
    // segments of 64 MiB of terms instead of 1 MiB. Together about 2 s of a million events.
    return !m_keysAtFinishOnly ||
           (exec(QStringLiteral(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('automerge', 0)")) &&
            exec(QStringLiteral(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('crisismerge', 1999)")) &&
            exec(QStringLiteral(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('hashsize', 67108864)")));
}

bool DatabaseWriter::setPragmas()
{
    // The partial file is the writer's alone until finish() moves it: no journal on disk needed.
    return exec(m_keysAtFinishOnly ? QStringLiteral("PRAGMA foreign_keys = OFF")
                                   : QStringLiteral("PRAGMA foreign_keys = ON")) &&
           exec(QStringLiteral("PRAGMA journal_mode = MEMORY")) &&
           exec(QStringLiteral("PRAGMA synchronous = OFF"))
           // Bulk writes of a million rows touch index pages all over the file: keep them in
           // memory.
           && exec(QStringLiteral("PRAGMA cache_size = -262144")) &&
           exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

bool DatabaseWriter::createFrom(const QString &existing, const OutputTarget &target)
{
    if (!begin(target))
        return false;
    m_fromScratch = false;
    if (!QFile::copy(existing, m_partialPath)) {
        QFile::remove(m_partialPath);
        return fail(FileCheck::Verdict::CannotWrite,
                    Text::tr("Cannot write a copy of “%1” beside it (a full disk?).")
                        .arg(QDir::toNativeSeparators(existing)));
    }
    QFile::setPermissions(m_partialPath,
                          QFile::permissions(m_partialPath) | QFile::WriteOwner | QFile::ReadOwner);
    if (!m_connection.open(m_partialPath, QString())) {
        m_error = Text::tr("Cannot open “%1”: %2.")
                      .arg(QDir::toNativeSeparators(m_path),
                           m_connection.database().lastError().databaseText());
        return false;
    }
    // The old index cache goes: finish() stores the index of the new contents.
    return setPragmas() && exec(QStringLiteral("BEGIN")) &&
           exec(QStringLiteral("DELETE FROM index_cache"));
}

bool insertIsoCountries(QSqlDatabase db, const QString &table, const QList<Country> &countries,
                        QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO %1 (id, alpha2, alpha3, numeric_code, name, official_name, "
                  "common_name, flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(table));
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const Country &c = countries[i];
        query.bindValue(0, i + 1);
        query.bindValue(1, c.alpha2);
        query.bindValue(2, c.alpha3);
        query.bindValue(3, orNull(c.numericCode));
        query.bindValue(4, c.name);
        query.bindValue(5, orNull(c.officialName));
        query.bindValue(6, orNull(c.commonName));
        query.bindValue(7, orNull(c.flag));
        if (!query.exec()) {
            *error =
                Text::tr("Cannot insert country %1: %2").arg(c.alpha3, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool DatabaseWriter::insertCountries(const QList<Country> &countries)
{
    return insertIsoCountries(m_connection.database(), u"country"_s, countries, &m_error);
}

bool DatabaseWriter::runScript(const QString &script, const QString &scriptName)
{
    const QStringList statements = splitSqlStatements(script);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!exec(statements[i])) {
            m_error = Text::tr("%1, statement %2: %3").arg(scriptName).arg(i + 1).arg(m_error);
            return false;
        }
    }
    return true;
}

bool DatabaseWriter::deriveBounds()
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery read(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE event SET date_lower = ?, date_upper = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT id, date, attested_on FROM event"))) {
        m_error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        QString error;
        const auto date = PartialDate::fromEdtf(read.value(1).toString(), &error);
        const auto attested = PartialDate::fromEdtf(read.value(2).toString(), &error);
        if (!date || !attested) {
            m_error = Text::tr("Event %1 has a bad date: %2").arg(id).arg(error);
            return false;
        }
        const PartialDate &bounding = boundingDate(*date, *attested);
        update.bindValue(0,
                         bounding.isUndated() ? QVariant() : QVariant(bounding.lowerBound().value));
        update.bindValue(1,
                         bounding.isUndated() ? QVariant() : QVariant(bounding.upperBound().value));
        update.bindValue(2, id);
        if (!update.exec()) {
            m_error = update.lastError().text();
            return false;
        }
    }
    QSqlQuery observations(db);
    QSqlQuery updateObservation(db);
    updateObservation.prepare(
        QStringLiteral("UPDATE observation SET period_lower = ?, period_upper = ? WHERE id = ?"));
    observations.exec(QStringLiteral("SELECT id, period FROM observation"));
    while (observations.next()) {
        QString error;
        const auto period = PartialDate::fromEdtf(observations.value(1).toString(), &error);
        if (!period || period->isUndated()) {
            m_error = Text::tr("Observation %1 has a bad period: %2")
                          .arg(observations.value(0).toLongLong())
                          .arg(error);
            return false;
        }
        updateObservation.bindValue(0, period->lowerBound().value);
        updateObservation.bindValue(1, period->upperBound().value);
        updateObservation.bindValue(2, observations.value(0));
        if (!updateObservation.exec()) {
            m_error = updateObservation.lastError().text();
            return false;
        }
    }
    return true;
}

bool DatabaseWriter::fillFullTextIndex()
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery read(db);
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO event_fts (rowid, title, summary) VALUES (?, ?, ?)"));
    if (!exec(QStringLiteral("DELETE FROM event_fts")) ||
        !read.exec(QStringLiteral("SELECT id, title, summary FROM event"))) {
        return false;
    }
    while (read.next()) {
        insert.bindValue(0, read.value(0));
        insert.bindValue(1, foldForSearch(read.value(1).toString()));
        insert.bindValue(2, foldForSearch(read.value(2).toString()));
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool DatabaseWriter::checkForeignKeys()
{
    QSqlQuery check(m_connection.database());
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        m_error = check.lastError().text();
        return false;
    }
    if (check.next()) {
        m_error = Text::tr("Table %1, row %2, refers to a missing row of %3.")
                      .arg(check.value(0).toString(), check.value(1).toString(),
                           check.value(2).toString());
        return false;
    }
    return true;
}

void DatabaseWriter::writeIndexCache()
{
    // The change counter of the committed data; the cache's own transaction makes it one more,
    // which is what a reader checks before trusting the cache.
    QFile file(m_partialPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100)
        return;
    const quint32 counter = qFromBigEndian<quint32>(header.constData() + 24);
    QByteArray blob;
    {
        EventStore store;
        QString error;
        if (!store.open(m_partialPath))
            return;
        const auto index = EventIndex::load(store, &error);
        if (!index)
            return;
        blob = index->serialize();
    }
    // In one transaction: the cache is valid while the counter is one more than the data's.
    // Without a cache the reader builds the index from the tables: slower, not wrong.
    QString error;
    if (!exec(QStringLiteral("BEGIN")))
        return;
    if (!storeIndexCache(m_connection.database(), qint64(counter), blob, &error) ||
        !exec(QStringLiteral("COMMIT")))
        exec(QStringLiteral("ROLLBACK"));
}

bool DatabaseWriter::buildDeferred()
{
    if (!m_keysAtFinishOnly || !m_fromScratch)
        return true;
    // Sorting for CREATE INDEX may use the second core.
    exec(QStringLiteral("PRAGMA threads = 2"));
    for (const QString &statement : std::as_const(m_deferredIndexes)) {
        if (!exec(statement))
            return false;
    }
    m_deferredIndexes.clear();
    // Back to SQLite's default merging for later changes, after one full merge now.
    return exec(
               QStringLiteral("INSERT INTO event_fts (event_fts, rank) VALUES ('automerge', 4)")) &&
           exec(QStringLiteral(
               "INSERT INTO event_fts (event_fts, rank) VALUES ('crisismerge', 16)")) &&
           exec(QStringLiteral(
               "INSERT INTO event_fts (event_fts, rank) VALUES ('hashsize', 1048576)")) &&
           exec(QStringLiteral("INSERT INTO event_fts (event_fts) VALUES ('optimize')"));
}

bool DatabaseWriter::finish()
{
    if ((!m_derivedWritten && (!deriveBounds() || !fillFullTextIndex())) || !buildDeferred() ||
        !checkForeignKeys() || !exec(QStringLiteral("COMMIT")))
        return false;
    writeIndexCache();
    m_connection.close();
    // On disk before it replaces anything (the writes ran with synchronous = OFF).
    {
        QFile file(m_partialPath);
        if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
            return fail(FileCheck::Verdict::CannotWrite,
                        Text::tr("Cannot write “%1”: %2.")
                            .arg(QDir::toNativeSeparators(m_path),
                                 QString::fromLocal8Bit(std::strerror(errno))));
    }
    // rename(2) replaces an existing file in one step: there is always either the old database
    // or the new one at the path, never neither.
    if (std::rename(QFile::encodeName(m_partialPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0) {
        return fail(FileCheck::Verdict::CannotWrite,
                    Text::tr("Cannot move the new database to “%1”: %2.")
                        .arg(QDir::toNativeSeparators(m_path),
                             QString::fromLocal8Bit(std::strerror(errno))));
    }
    syncFolderOf(m_path);
    unregisterTemporary(m_partialPath);
    m_partialPath.clear();
    abandon(); // releases the lock
    return true;
}

bool copyDatabase(const QString &from, const OutputTarget &target, QString *error)
{
    DatabaseWriter writer;
    writer.setDerivedDataWritten(true); // a copy of a whole database has them already
    if (writer.createFrom(from, target) && writer.finish())
        return true;
    *error = writer.errorString();
    return false;
}

} // namespace entente::core
