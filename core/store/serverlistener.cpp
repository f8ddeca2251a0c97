// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serverlistener.h"

#include "store/serveraddress.h"

#include <QSqlDriver>
#include <QVariant>

namespace entente::core {

ServerListener::ServerListener(QObject *parent) : QObject(parent)
{}

ServerListener::~ServerListener() = default;

bool ServerListener::listen(const QString &address, QString *error)
{
    const auto parsed = parseServerAddress(address, error);
    if (!parsed)
        return false;
    if (!m_connection.openServer(*parsed, false)) {
        *error = serverErrorSentence(m_connection.database().lastError(), *parsed);
        return false;
    }
    QSqlDriver *driver = m_connection.database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                // "TAG ID,ID,…" (Chronology::notifyViewers)
                const QString text = payload.toString();
                const qsizetype space = text.indexOf(u' ');
                if (space < 0 || text.left(space) == serverSessionTag())
                    return;
                QList<qint64> ids;
                for (QStringView id : QStringView(text).mid(space + 1).split(u',')) {
                    bool ok = false;
                    if (const qint64 value = id.toLongLong(&ok); ok && value > 0)
                        ids.append(value);
                }
                if (!ids.isEmpty())
                    Q_EMIT eventsChanged(ids);
            });
    if (!driver->subscribeToNotification(QLatin1String(kServerChannel))) {
        *error = serverErrorSentence(driver->lastError(), *parsed);
        return false;
    }
    return true;
}

} // namespace entente::core
