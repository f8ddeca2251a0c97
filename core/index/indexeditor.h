// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventindex.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace entente::core {

/*!
 * Keeps the index of an open database up to date with the changes written to it, off the GUI
 * thread: each change becomes EventIndex::edited() of the newest index, run on a thread of its
 * own in the order the changes were made, and edited() reports the new index back on the
 * requester's thread. latest() is the newest index, edits still running included, for a filter
 * asked for meanwhile.
 */
class IndexEditor final : public QObject
{
    Q_OBJECT

public:
    explicit IndexEditor(QObject *parent = nullptr);
    ~IndexEditor() override;

    /*! Starts over from \a index (another database was opened); waits for edits still running. */
    void reset(std::shared_ptr<const EventIndex> index);
    /*! Queues one change: \a removed ids out, \a added events in, for data now holding these. */
    void apply(const QList<qint64> &removed, const QList<IndexedEvent> &added,
               const QList<Country> &countries, const QList<Topic> &topics,
               const QList<EventType> &types);
    std::shared_ptr<const EventIndex> latest() const;

Q_SIGNALS:
    /*! \a after is \a before with the change in it; \a shift says how positions moved. */
    void edited(std::shared_ptr<const entente::core::EventIndex> after,
                std::shared_ptr<const entente::core::EventIndex> before,
                const entente::core::IndexShift &shift);

private:
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    std::shared_ptr<const EventIndex> m_latest;
    quint64 m_generation = 0; //!< bumped by reset(): edits of an older database are dropped
};

} // namespace entente::core
