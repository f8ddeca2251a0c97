// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"

#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace entente::core {

using namespace Qt::StringLiterals;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    // QSQLITE hands out its connection as a QVariant holding an sqlite3 pointer.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, QByteArrayView sql) : m_db(db)
{
    if (!db || sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                  &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)), m_failed(other.m_failed),
      m_kept(std::move(other.m_kept))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_failed = other.m_failed;
        m_kept = std::move(other.m_kept);
    }
    return *this;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::keep(int index, QByteArray utf8)
{
    if (index < kKept) {
        m_kept[index] = std::move(utf8);
        const QByteArray &kept = m_kept[index];
        sqlite3_bind_text(m_statement, index + 1, kept.constData(), int(kept.size()),
                          SQLITE_STATIC);
    } else {
        sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
}

void SqliteStatement::bind(int index, const QString &text)
{
    keep(index, text.toUtf8());
}

void SqliteStatement::bindOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false; // failed() says so: preparing it failed
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

bool SqliteStatement::run()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    return !m_failed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_failed = false;
}

QString SqliteStatement::errorString() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteStatement::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) & 0xff : SQLITE_ERROR;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

MemoryMapOff::MemoryMapOff(sqlite3 *db, bool off) : m_db(off ? db : nullptr)
{
    if (!m_db)
        return;
    SqliteStatement size(m_db, "PRAGMA mmap_size");
    m_size = size.next() ? size.int64(0) : 0;
    if (m_size > 0)
        sqlite3_exec(m_db, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
}

MemoryMapOff::~MemoryMapOff()
{
    if (m_db && m_size > 0)
        sqlite3_exec(m_db,
                     QByteArray("PRAGMA mmap_size = " + QByteArray::number(m_size)).constData(),
                     nullptr, nullptr, nullptr);
}

SqliteReadConnection::SqliteReadConnection(const QString &path)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(m_db, 1000); // as EventStore's own connection waits
        return;
    }
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
    sqlite3_close(m_db);
    m_db = nullptr;
}

SqliteReadConnection::~SqliteReadConnection()
{
    sqlite3_close(m_db);
}

} // namespace entente::core
