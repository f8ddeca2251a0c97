// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace entente::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::ServerAddress)
};

// The libpq connection parameters an address may carry: how to reach and trust the server, never
// a secret (libpq reads the password from ~/.pgpass, PGPASSFILE or a service file).
const char *const kAllowedParameters[] = {
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "connect_timeout",
    "application_name",
    "service",
    "passfile",
    "gssencmode",
    "target_session_attrs",
    "keepalives",
    "keepalives_idle",
    "channel_binding",
};

} // namespace

QString ServerAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 5432)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

QString ServerAddress::parameter(const QString &key, const QString &fallback) const
{
    for (const auto &[k, v] : parameters) {
        if (k == key)
            return v;
    }
    return fallback;
}

namespace {

QMutex passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

} // namespace

void setSessionPassword(const ServerAddress &address, const QString &password)
{
    const QMutexLocker locker(&passwordsLock);
    if (password.isEmpty())
        passwords().remove(address.display());
    else
        passwords().insert(address.display(), password);
}

QString sessionPassword(const ServerAddress &address)
{
    const QMutexLocker locker(&passwordsLock);
    return passwords().value(address.display());
}

QString serverSessionTag()
{
    static const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return tag;
}

bool isServerAddress(QStringView text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

std::optional<ServerAddress> parseServerAddress(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerAddress(text) || !url.isValid()) {
        *error = Text::tr("“%1” is not a server address; write "
                          "postgresql://[user@]host[:port]/database.")
                     .arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Text::tr("A server address never holds a password: put it in ~/.pgpass (or the "
                          "file PGPASSFILE names), as for psql.");
        return std::nullopt;
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.host.isEmpty() || address.database.isEmpty() || address.database.contains(u'/')) {
        *error = Text::tr("“%1” names no host or no database; write "
                          "postgresql://[user@]host[:port]/database.")
                     .arg(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        const QString &name = key; // (clang 14 captures no structured binding)
        const bool allowed =
            std::any_of(std::begin(kAllowedParameters), std::end(kAllowedParameters),
                        [&name](const char *k) { return name == QLatin1String(k); });
        if (key == QLatin1String("password")) {
            *error = Text::tr("A server address never holds a password: put it in ~/.pgpass "
                              "(or the file PGPASSFILE names), as for psql.");
            return std::nullopt;
        }
        if (!allowed) {
            *error = Text::tr("Entente does not know the connection parameter “%1”.").arg(key);
            return std::nullopt;
        }
        // A value goes into libpq's connection string, where quotes and spaces have meaning.
        if (value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\;]")))) {
            *error = Text::tr("The connection parameter “%1” holds a space, a quote or a "
                              "semicolon; set it in a service file instead.")
                         .arg(key);
            return std::nullopt;
        }
        address.parameters.append({key, value});
    }
    return address;
}

QString serverErrorSentence(const QSqlError &error, const ServerAddress &address)
{
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = address.host + u':' + QString::number(address.port);
    const QString user = address.user.isEmpty() ? qEnvironmentVariable("PGUSER") : address.user;
    auto says = [&](const char *words) { return said.contains(QLatin1String(words)); };
    if (says("password authentication failed"))
        return Text::tr("The server at %1 refused the password of “%2”.").arg(where, user);
    if (says("no password supplied"))
        return Text::tr("The server at %1 asks for a password for “%2”: put it in ~/.pgpass (or "
                        "the file PGPASSFILE names), as for psql.")
            .arg(where, user);
    if (says("is not permitted to log in") || says("pg_hba.conf"))
        return Text::tr("The server at %1 does not let “%2” log in.").arg(where, user);
    if (says("permission denied for database"))
        return Text::tr("“%1” may not connect to the database “%2”.").arg(user, address.database);
    if (says("does not exist") && says("database"))
        return Text::tr("The server at %1 has no database “%2”.").arg(where, address.database);
    // Before "refused": libpq tries every address of a name in turn and says why each failed (a
    // refused ::1, then 127.0.0.1's certificate); the check that failed is the one to tell.
    if (says("SSL") || says("certificate"))
        return Text::tr("The secure connection to %1 failed: %2").arg(where, said.simplified());
    if (says("Connection refused") || says("could not connect"))
        return Text::tr("No PostgreSQL server answers at %1.").arg(where);
    if (says("could not translate host name"))
        return Text::tr("The host name “%1” is unknown.").arg(address.host);
    if (says("timeout expired"))
        return Text::tr("The server at %1 did not answer in time.").arg(where);
    if (says("server closed the connection") || says("no connection to the server") ||
        says("terminating connection") || says("connection to server was lost") ||
        says("database not open") || says("Driver not loaded"))
        return Text::tr("The connection to the server at %1 was lost.").arg(where);
    if (says("permission denied"))
        return Text::tr("The server refused: “%1” may not do this (%2).")
            .arg(user, said.simplified());
    return Text::tr("The server at %1 said: %2").arg(where, said.simplified());
}

} // namespace entente::core
