// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace entente::core {

/*! The SQLite connection under \a db (QSQLITE), or null for any other driver. */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/*!
 * One prepared statement on SQLite's own interface, for the paths that move millions of rows
 * (bulk writing, exporting). QSqlQuery wraps every value in a QVariant and converts text to
 * UTF-16 and back; at a million events that costs more than SQLite's own work. Everything else
 * uses QSqlQuery on the same connection.
 *
 * Parameters and columns count from 0, as QSqlQuery's do. Text is bound as UTF-8 kept by the
 * statement until the next bind of that parameter, so temporaries may be passed.
 */
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString &text);       //!< text, empty or not (never NULL)
    void bindOrNull(int index, const QString &text); //!< NULL for an empty text
    void bindNull(int index);

    /*! Steps once: true when a row is ready; false at the end or on an error (see failed()). */
    bool next();
    /*! Runs a statement that returns no rows and makes it ready to run again. */
    bool run();
    /*! Makes it ready to run again with new parameters (the old ones stay bound). */
    void reset();
    bool failed() const { return m_failed; }
    /*! SQLite's message for the last failure on this connection. */
    QString errorString() const;
    /*! SQLite's primary result code for it (SQLITE_CORRUPT, SQLITE_BUSY, ...). */
    int errorCode() const;

    qint64 int64(int column) const;
    QString text(int column) const;
    /*! The column as SQLite's own UTF-8, valid until the next step: no conversion. */
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    void keep(int index, QByteArray utf8);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    // The UTF-8 of bound texts, alive until the parameter is bound again (bound without a copy).
    static constexpr int kKept = 12;
    std::array<QByteArray, kKept> m_kept;
};

/*!
 * Turns the connection's memory map off for its scope (when \a off), and back on after. A read
 * that goes through much of a file once is better off without it: every page read through the map
 * stays mapped, and counts as the process's memory, until the connection closes.
 */
class MemoryMapOff final
{
public:
    explicit MemoryMapOff(sqlite3 *db, bool off = true);
    ~MemoryMapOff();
    MemoryMapOff(const MemoryMapOff &) = delete;
    MemoryMapOff &operator=(const MemoryMapOff &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_size = 0; // the map's size before, to restore
};

/*!
 * A read-only connection of its own to the SQLite file at a path, for a second thread to read
 * the file while the first reads it through its own (a connection serves one thread at a time).
 */
class SqliteReadConnection final
{
public:
    explicit SqliteReadConnection(const QString &path);
    ~SqliteReadConnection();
    SqliteReadConnection(const SqliteReadConnection &) = delete;
    SqliteReadConnection &operator=(const SqliteReadConnection &) = delete;

    /*! The connection, or null when the file could not be opened (see errorString()). */
    sqlite3 *handle() const { return m_db; }
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace entente::core
