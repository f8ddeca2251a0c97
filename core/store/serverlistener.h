// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlconnection.h"

#include <QList>
#include <QObject>

namespace entente::core {

/*!
 * Hears, on a connection of its own, what other Entente processes change in a server's Entente
 * database: each change they commit is announced on kServerChannel (Chronology), and arrives
 * here through PostgreSQL's LISTEN while this thread's event loop runs (within a moment of the
 * commit). This process's own announcements are left out: its editor has applied them already.
 */
class ServerListener final : public QObject
{
    Q_OBJECT

public:
    explicit ServerListener(QObject *parent = nullptr);
    ~ServerListener() override;

    /*! Listens to the database at \a address; false with one sentence in \a error. */
    bool listen(const QString &address, QString *error);

Q_SIGNALS:
    /*! Someone else added, changed or deleted the events \a ids. */
    void eventsChanged(const QList<qint64> &ids);

private:
    SqlConnection m_connection;
};

} // namespace entente::core
