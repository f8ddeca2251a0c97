// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventfilter.h"
#include "maths/timelinelayout.h"
#include "store/eventstore.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace entente::core {

/*!
 * Runs filters off the GUI thread (QtConcurrent::run on a pool of one thread of its own, the
 * result handed back through a QFutureWatcher). request() returns at once; finished() comes back
 * on the requester's thread with the result of the newest request only: a newer request cancels
 * an older one still running. Text search uses a read-only connection the pool's one thread keeps
 * open, because an SQLite connection belongs to the thread that opened it.
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
    /*!
     * Filters \a index, the index of \a old's after a change that moved positions as \a shift
     * says: \a old is patched (positions, counts, lanes) instead of filtering every event, where
     * the filter allows (see editedFilterResult()); otherwise as request().
     */
    quint64 requestAfterChange(std::shared_ptr<const FilterResult> old,
                               std::shared_ptr<const EventIndex> index, IndexShift shift,
                               const QString &databasePath, const EventFilter &filter,
                               LaneMode laneMode);
    /*! Drops every request in flight, e.g. before the data they read goes away. */
    void cancelAll();
    /*!
     * Lets go of \a result on the filter's thread, not the caller's: at 20 million events a
     * result is some 200 MB, whose freeing took several milliseconds of the GUI thread's frame.
     * Call it with the views' last reference, once they show the next result.
     */
    void release(std::shared_ptr<const FilterResult> result);

Q_SIGNALS:
    void finished(quint64 request, std::shared_ptr<const entente::core::FilterResult> result);
    void failed(quint64 request, const QString &error);

private:
    struct Outcome;
    struct Edit
    {
        std::shared_ptr<const FilterResult> old; //!< the result on the index before the change
        IndexShift shift;
    };
    quint64 start(std::shared_ptr<const EventIndex> index, const QString &databasePath,
                  const EventFilter &filter, LaneMode laneMode, std::shared_ptr<const Edit> edit);
    Outcome run(quint64 request, const std::shared_ptr<const EventIndex> &index,
                const QString &path, const EventFilter &filter, LaneMode laneMode,
                const Edit *edit = nullptr);

    QThreadPool m_pool;
    std::atomic<quint64> m_latest = 0;
    EventStore m_store; //!< used on the pool's thread only
};

} // namespace entente::core
