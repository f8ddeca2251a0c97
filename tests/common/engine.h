// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine a test suite runs on. The store and filter suites run twice: on SQLite files, and
// (ctest's *_postgresql variants, ENTENTE_TEST_ENGINE=postgresql) on a throwaway PostgreSQL
// cluster that ctest starts on 127.0.0.1 (tests/server/cluster.sh), where every database a test
// opens is first copied into a fresh server database. The same assertions then hold for both.

#include "store/servercopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace entente::test {

inline bool onServer()
{
    return qEnvironmentVariable("ENTENTE_TEST_ENGINE") == QLatin1String("postgresql");
}

/*! The cluster ctest started: its port, and the password file of its superuser. */
struct TestServer
{
    int port = 0;
    QString admin = QStringLiteral("entente_admin");

    QString url(const QString &database, const QString &user = {}) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user.isEmpty() ? admin : user)
            .arg(port)
            .arg(database);
    }
};

/*!
 * The cluster named by ENTENTE_TEST_PG_DIR (nullopt when there is none); points libpq at its
 * password file (PGPASSFILE), as a user's ~/.pgpass would.
 */
inline std::optional<TestServer> testServer()
{
    const QString dir = qEnvironmentVariable("ENTENTE_TEST_PG_DIR");
    QFile portFile(dir + QLatin1String("/port"));
    if (dir.isEmpty() || !portFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    TestServer server;
    server.port = portFile.readAll().trimmed().toInt();
    qputenv("PGPASSFILE", QFile::encodeName(dir + QLatin1String("/pgpass")));
    return server;
}

/*! Runs \a statements as the cluster's superuser on its database \a database. */
inline bool runAsAdmin(const TestServer &server, const QStringList &statements, QString *error,
                       const QString &database = QStringLiteral("postgres"))
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                    QStringLiteral("entente-test-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(server.port);
        db.setUserName(server.admin);
        db.setDatabaseName(database);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(statement)) {
                *error = q.lastError().text() + QLatin1String(" in ") + statement;
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("entente-test-admin"));
    return ok;
}

/*! A new, empty database on the cluster, with Entente's schema when \a initialised. */
inline std::optional<QString> newServerDatabase(const TestServer &server, const QString &stem,
                                                bool initialised, QString *error)
{
    static int counter = 0;
    const QString name =
        QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++counter);
    if (!runAsAdmin(server, {QLatin1String("CREATE DATABASE ") + name}, error))
        return std::nullopt;
    const QString url = server.url(name);
    if (initialised && !core::initServer(url, error))
        return std::nullopt;
    return url;
}

/*!
 * Where a suite opens the database file \a path: the file itself, or on the server engine a
 * fresh server database holding a copy of it. Empty, with \a error set, when the copy failed.
 */
inline QString onEngine(const QString &path, QString *error)
{
    if (!onServer())
        return path;
    const auto server = testServer();
    if (!server) {
        *error = QStringLiteral("ENTENTE_TEST_PG_DIR names no running cluster");
        return {};
    }
    const auto url = newServerDatabase(*server, QStringLiteral("suite"), true, error);
    if (!url || !core::copyBetween(path, {*url, core::OutputKind::Database}, error))
        return {};
    return *url;
}

} // namespace entente::test
