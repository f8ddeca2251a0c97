// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventfilter.h"
#include "maths/timelinelayout.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace entente::core {

class FilterWorker;

/*!
 * Runs filters off the GUI thread. request() returns at once; finished() comes back on the
 * requester's thread with the result of the newest request only: a newer request cancels an older
 * one still running. Text search uses a read-only connection of the worker's own, because an
 * SQLite connection belongs to the thread that opened it.
 */
class FilterRunner final : public QObject
{
    Q_OBJECT

public:
    explicit FilterRunner(QObject *parent = nullptr);
    ~FilterRunner() override;

    /*! Filters \a index (whose database is at \a databasePath); returns the request's number. */
    quint64 request(std::shared_ptr<const EventIndex> index, const QString &databasePath,
                    const EventFilter &filter, LaneMode laneMode = LaneMode::Countries);
    /*! Drops every request in flight, e.g. before the data they read goes away. */
    void cancelAll();

Q_SIGNALS:
    void finished(quint64 request, std::shared_ptr<const entente::core::FilterResult> result);
    void failed(quint64 request, const QString &error);

private:
    QThread m_thread;
    FilterWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestShared;
    std::atomic<quint64> &m_latest;
};

} // namespace entente::core
