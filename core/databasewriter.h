// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "country.h"
#include "sqlconnection.h"

#include <QString>

namespace entente::core {

/*!
 * Writes a new Entente database: the bundled one at build time, generated and imported ones at
 * run time. Everything goes into a sibling file "<path>.partial" inside one transaction; only
 * finish() moves it to \a path, so a failure or a cancel never leaves a half-written database
 * where the user expects one, nor touches a file already there.
 */
class DatabaseWriter final
{
public:
    DatabaseWriter() = default;
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    /*! Starts a database that will be written to \a path, with the schema in place. */
    bool create(const QString &path);
    /*!
     * Starts from a copy of the Entente database \a existing (which is not touched), to be written
     * to \a path: imports add to a user's database this way, all or nothing.
     */
    bool createFrom(const QString &existing, const QString &path);
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
     * Call before create(): bulk writers (imports) skip SQLite's per-row foreign key checks, which
     * cost three index lookups a row; finish() checks every foreign key of the file anyway.
     */
    void setForeignKeysCheckedAtFinishOnly(bool onlyAtFinish) { m_keysAtFinishOnly = onlyAtFinish; }
    /*! Drops the partial file. Called by the destructor when finish() did not succeed. */
    void abandon();

    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_connection.database(); }

private:
    bool setPragmas();
    bool deriveBounds();
    bool fillFullTextIndex();
    bool checkForeignKeys();
    void writeIndexCache();

    SqlConnection m_connection;
    QString m_path;
    QString m_partialPath;
    QString m_error;
    bool m_derivedWritten = false;
    bool m_keysAtFinishOnly = false;
};

} // namespace entente::core
