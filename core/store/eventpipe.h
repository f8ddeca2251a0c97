// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <vector>

namespace entente::core {

/*!
 * Hands items from the thread that makes them (a file's parser, the generator) to the thread
 * that writes or counts them, a batch at a time, so that a bulk write uses both cores: SQLite's
 * work on one, everything before it on the other. At most a few batches wait, so memory stays
 * flat.
 *
 * The producer push()es and close()s; the consumer pop()s until it gets false, and stop()s when
 * it gives up (a failed write), which makes the producer's next push() return false.
 *
 * A batch the consumer has taken goes back to the producer, which frees it: memory is then
 * freed by the thread that allocated it. Freed on the consumer's thread, each of an event's
 * strings took the lock of the producer's malloc arena, and the two threads waited on each other
 * (a tenth of an import's writing thread, profiled).
 */
template<typename Item> class BatchPipe final
{
public:
    explicit BatchPipe(size_t batchSize = 512, size_t batchesWaiting = 4)
        : m_batchSize(batchSize), m_batchesWaiting(batchesWaiting)
    {}

    /*! Producer: queues \a item; false when the consumer stopped (nothing more is wanted). */
    bool push(Item &&item)
    {
        m_filling.push_back(std::move(item));
        return m_filling.size() < m_batchSize || handOver();
    }
    /*! Producer: no more items (call it on every way out, failures too). */
    void close()
    {
        handOver();
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }
    /*! Consumer: the next batch in \a batch; false when the producer closed and all was taken. */
    bool pop(std::vector<Item> *batch)
    {
        QMutexLocker lock(&m_mutex);
        if (!batch->empty() && !m_stopped)
            m_spent.push_back(std::move(*batch));
        batch->clear();
        while (m_ready.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        if (m_ready.empty())
            return false;
        *batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.wakeAll();
        return true;
    }
    /*! Consumer: wants nothing more; the producer's next push() returns false. */
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_ready.clear();
        m_changed.wakeAll();
    }

private:
    bool handOver()
    {
        std::deque<std::vector<Item>> spent;
        {
            QMutexLocker lock(&m_mutex);
            while (m_ready.size() >= m_batchesWaiting && !m_stopped)
                m_changed.wait(&m_mutex);
            if (m_stopped)
                return false;
            if (!m_filling.empty())
                m_ready.push_back(std::move(m_filling));
            m_changed.wakeAll();
            spent.swap(m_spent);
        }
        // Freed here, outside the lock; a spent batch's vector is filled again.
        for (std::vector<Item> &batch : spent)
            batch.clear();
        if (!spent.empty()) {
            m_filling = std::move(spent.back());
        } else {
            m_filling = {};
            m_filling.reserve(m_batchSize);
        }
        return true;
    }

    const size_t m_batchSize;
    const size_t m_batchesWaiting;
    std::vector<Item> m_filling; // the producer's alone
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::vector<Item>> m_ready;
    std::deque<std::vector<Item>> m_spent; // written; for the producer to free
    bool m_closed = false;
    bool m_stopped = false;
};

using EventPipe = BatchPipe<ImportedEvent>;

} // namespace entente::core
