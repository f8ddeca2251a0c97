// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlError>
#include <QString>

#include <optional>
#include <utility>

namespace entente::core {

/*!
 * Where an Entente database on a PostgreSQL server is, as the user writes it:
 * postgresql://[user@]host[:port]/database[?parameter=value&…]. The parameters are libpq's own
 * (sslmode, sslrootcert, connect_timeout, service, …). A password is never part of it: libpq
 * finds one where psql does (~/.pgpass or PGPASSFILE, a service file, PGPASSWORD).
 */
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString user; //!< empty: libpq's default (PGUSER, or the login name)
    QString database;
    QList<std::pair<QString, QString>> parameters;

    /*! The address as the user may be shown it (no secrets are ever in it). */
    QString display() const;
    /*! The value of the libpq parameter \a key, or \a fallback. */
    QString parameter(const QString &key, const QString &fallback = {}) const;
};

/*! True when \a text names a server (postgresql:// or postgres://) rather than a file. */
bool isServerAddress(QStringView text);

/*! \a text as an address, or nullopt with one sentence in \a error. */
std::optional<ServerAddress> parseServerAddress(const QString &text, QString *error);

/*! Why a server refused or failed, in one sentence for the user. */
QString serverErrorSentence(const QSqlError &error, const ServerAddress &address);

/*!
 * A password the user typed for \a address (File › Connect to Server…), kept in this process's
 * memory only, for every connection to that address (the filter's own thread opens one too).
 * Never written anywhere; an empty password forgets it.
 */
void setSessionPassword(const ServerAddress &address, const QString &password);
QString sessionPassword(const ServerAddress &address);

/*!
 * The channel on which a change to a server's Entente database is announced (NOTIFY), with the
 * payload "TAG ID,ID,…": the session tag of the process that wrote it and the ids it moved.
 */
inline constexpr char kServerChannel[] = "entente_changes";
/*! This process's tag in those announcements (random, the same for its life). */
QString serverSessionTag();

/*! The Entente schema version this build reads and writes on a server (meta 'schema_version'). */
inline constexpr int kServerSchemaVersion = 7;

} // namespace entente::core
