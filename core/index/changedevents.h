// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventindex.h"
#include "store/eventstore.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

namespace entente::core {

/*!
 * Reads, off the GUI thread, the events someone else changed on a server (ServerListener says
 * which): a network round trip each time, which on a distant server would have stalled the
 * window for as long. One thread of its own keeps a connection open (a connection belongs to the
 * thread that opened it); requests are answered one after another, in the order asked.
 */
class ChangedEventsReader final : public QObject
{
    Q_OBJECT

public:
    explicit ChangedEventsReader(QObject *parent = nullptr);
    ~ChangedEventsReader() override;

    /*! Reads the events \a ids of the database at \a address as they are now. */
    void request(const QString &address, const QList<qint64> &ids);

Q_SIGNALS:
    /*!
     * The events \a ids of \a address as they are now: \a current holds those that still exist
     * (the others were deleted), as the index takes them.
     */
    void read(const QString &address, const QList<qint64> &ids,
              const QList<entente::core::IndexedEvent> &current);
    void failed(const QString &address, const QString &error);

private:
    struct Outcome;
    QThreadPool m_pool;
    EventStore m_store; //!< used on the pool's thread only
};

} // namespace entente::core
