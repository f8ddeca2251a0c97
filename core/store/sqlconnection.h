// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include "store/serveraddress.h"

struct pg_conn; // libpq's PGconn

namespace entente::core {

/*!
 * Sets SQLite up for this process; call first thing in main(), before any connection. SQLite's
 * memory statistics go off: nothing here reads them, and keeping them took a mutex on every one
 * of SQLite's allocations (5% of writing a million events).
 */
void configureSqliteForProcess();

/*! libpq's connection under a QPSQL connection (null for any other), for COPY. */
pg_conn *postgresHandle(const QSqlDatabase &db);

/*! What the database said of \a error: its own words when it gave any, else Qt's. */
QString sqlErrorText(const QSqlError &error);

/*!
 * Runs \a sql on \a db, prepared with \a values bound in order when there are any (PostgreSQL
 * prepares no TRUNCATE, LOCK or DDL: those go without values). False with sqlErrorText() in
 * \a said.
 */
bool execSql(const QSqlDatabase &db, const QString &sql, QString *said,
             const QVariantList &values = {});

/*!
 * Owns one named QSQLITE (or QPSQL) connection and removes it when destroyed, so that no connection
 * outlives the object that opened it (QSqlDatabase keeps connections in a global registry).
 */
class SqlConnection final
{
public:
    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /*! Opens \a path; \a options are QSQLITE connect options such as "QSQLITE_OPEN_READONLY". */
    bool open(const QString &path, const QString &options);
    /*!
     * Opens a QPSQL connection to \a address with Entente's schema on the search path; read-only
     * unless \a readWrite (every transaction of the session then refuses to write). False with the
     * driver's error in database().lastError().
     */
    bool openServer(const ServerAddress &address, bool readWrite);
    void close();
    QSqlDatabase database() const;
    QString name() const { return m_name; }
    bool isOpen() const;

private:
    QString m_name;
};

/*! The Entente schema version this build reads and writes (PRAGMA user_version). */
inline constexpr int kSchemaVersion = 1;
/*! PRAGMA application_id of every Entente database: "Ente". */
inline constexpr qint64 kApplicationId = 0x456E7465;

} // namespace entente::core
