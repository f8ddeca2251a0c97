// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlconnection.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

namespace entente::core {

SqlConnection::SqlConnection()
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("entente-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqlConnection::~SqlConnection()
{
    close();
}

bool SqlConnection::open(const QString &path, const QString &options)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db.open();
}

void configureSqliteForProcess()
{
    // Refused (SQLITE_MISUSE, nothing changed) once SQLite is in use: then it simply stays on.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

pg_conn *postgresHandle(const QSqlDatabase &db)
{
    // QPSQL hands out its connection as a QVariant holding a PGconn pointer, registered as
    // "PGconn*" or, resolved through libpq's typedef, "pg_conn*".
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

QString sqlErrorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *said, const QVariantList &values)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = ok && q.exec();
    }
    if (!ok)
        *said = sqlErrorText(q.lastError());
    return ok;
}

bool SqlConnection::openServer(const ServerAddress &address, bool readWrite)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    if (const QString password = sessionPassword(address); !password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("application_name=entente"),
                        QStringLiteral("connect_timeout=10")};
    for (const auto &[key, value] : address.parameters)
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return false;
    // The server's notices ("already exists, skipping") are not the user's business: libpq
    // would print them on stderr.
    PGconn *conn = postgresHandle(db);
    if (conn)
        PQsetNoticeProcessor(
            conn, [](void *, const char *) {}, nullptr);
    QSqlQuery setup(db);
    // A statement whose client is gone (Ctrl+C during server-init, a killed window) stops within
    // a second, its transaction rolled back, instead of running on to its end with its locks
    // held (minutes at 20M). PostgreSQL 14 and later check the connection while they work.
    if (conn && PQserverVersion(conn) >= 140000)
        setup.exec(QStringLiteral("SET client_connection_check_interval = 1000"));
    return setup.exec(QStringLiteral("SET search_path TO entente, public")) &&
           (readWrite ||
            setup.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")));
}

void SqlConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

} // namespace entente::core
