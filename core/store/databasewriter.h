// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/country.h"
#include "store/fileguard.h"
#include "store/sqlconnection.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace entente::core {

/*!
 * Writes a new Entente database: the bundled one at build time, generated and imported ones at
 * run time. The target passes checkOutputFile() first. For the whole write the writer holds a
 * lock file "<path>.lock" (QLockFile: a second writer of the same database waits for it, and a
 * lock left by a killed process is taken over). Everything goes into a sibling file
 * "<path>.<pid>.partial" inside one transaction; only finish() moves it to \a path, after an
 * fsync, so a failure, a cancel, Ctrl+C or a crash never leaves a half-written database where the
 * user expects one, nor touches a file already there. Temporaries left by a killed writer of the
 * same database are removed once the lock is held.
 */
class DatabaseWriter final
{
public:
    DatabaseWriter() = default;
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    /*! Starts a database that will be written to \a target, with the schema in place. */
    bool create(const OutputTarget &target);
    bool create(const QString &path)
    {
        return create(OutputTarget{path, OutputKind::Database, {}, false});
    }
    /*!
     * Starts from a copy of the Entente database \a existing (which is not touched), to be written
     * to \a target: imports add to a user's database this way, all or nothing.
     */
    bool createFrom(const QString &existing, const OutputTarget &target);
    /*!
     * Called, once, when another program holds the target's lock and this writer starts to wait
     * for it (at most \a waitMs, default ten minutes): a command line says so on stderr.
     */
    void setWaitingForLock(std::function<void()> onWaiting, int waitMs = 10 * 60 * 1000)
    {
        m_onWaiting = std::move(onWaiting);
        m_lockWaitMs = waitMs;
    }
    /*! Why create() or createFrom() failed: refused by the guard, or could not write. */
    FileCheck::Verdict failure() const
    {
        return m_failure == FileCheck::Verdict::Ok && !m_error.isEmpty()
                   ? FileCheck::Verdict::CannotWrite
                   : m_failure;
    }
    /*! Writes \a countries, numbered 1, 2, … in their order (insertIsoCountries()). */
    bool insertCountries(const QList<Country> &countries);
    /*! Runs one statement; false with errorString() set. */
    bool exec(const QString &statement);
    /*! Runs every statement of an SQL script (see splitSqlStatements()). */
    bool runScript(const QString &script, const QString &scriptName);
    /*!
     * Derives what is never written by hand (date bounds from the EDTF dates, the folded
     * full-text index), checks every foreign key, commits, stores the built in-memory index as
     * the file's index cache, and moves the file into place.
     */
    bool finish();
    /*!
     * Tells finish() that the caller wrote the date bounds and the full-text rows itself (the
     * generator and importers do, row by row), so it need not derive them again.
     */
    void setDerivedDataWritten(bool written) { m_derivedWritten = written; }
    /*!
     * Call before create() or createFrom(): bulk writers (imports, the generator) skip SQLite's
     * per-row foreign key checks, which cost three index lookups a row; finish() checks every
     * foreign key of the file anyway. Into a new database (create()), they also leave the
     * secondary indexes and the merging of the full-text index to finish(), which builds each
     * once.
     */
    void setBulkWrite(bool bulk) { m_keysAtFinishOnly = bulk; }
    /*! Drops the partial file. Called by the destructor when finish() did not succeed. */
    void abandon();

    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_connection.database(); }

private:
    bool begin(const OutputTarget &target);
    bool fail(FileCheck::Verdict verdict, const QString &message);
    bool setPragmas();
    bool deriveBounds();
    bool fillFullTextIndex();
    bool checkForeignKeys();
    bool buildDeferred();
    void writeIndexCache();

    SqlConnection m_connection;
    QString m_path;
    QString m_partialPath;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    std::function<void()> m_onWaiting;
    int m_lockWaitMs = 10 * 60 * 1000;
    FileCheck::Verdict m_failure = FileCheck::Verdict::Ok;
    bool m_derivedWritten = false;
    bool m_keysAtFinishOnly = false;
    bool m_fromScratch = false;    // create(), not createFrom()
    QStringList m_deferredIndexes; // CREATE INDEX statements finish() runs
};

/*!
 * Writes a copy of the Entente database \a from to \a target (its inputs should name \a from), the
 * guarded way: "Save a copy as my database" of the bundled dataset, to extend it. False with one
 * sentence in \a error.
 */
bool copyDatabase(const QString &from, const OutputTarget &target, QString *error);

/*!
 * Inserts \a countries into \a table of \a db (a file's or a server's), numbered 1, 2, … in
 * their order, as every new database numbers the iso-codes countries. False with one sentence in
 * \a error.
 */
bool insertIsoCountries(QSqlDatabase db, const QString &table, const QList<Country> &countries,
                        QString *error);

} // namespace entente::core
