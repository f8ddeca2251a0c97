// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexeditor.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace entente::core {

IndexEditor::IndexEditor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const EventIndex>>();
    m_pool.setMaxThreadCount(1); // one after another, in the order they were made
    m_pool.setObjectName(QStringLiteral("entente-index-edit"));
}

IndexEditor::~IndexEditor()
{
    m_pool.waitForDone();
}

void IndexEditor::reset(std::shared_ptr<const EventIndex> index)
{
    m_pool.waitForDone();
    QMutexLocker lock(&m_mutex);
    m_latest = std::move(index);
    ++m_generation;
}

std::shared_ptr<const EventIndex> IndexEditor::latest() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

void IndexEditor::apply(const QList<qint64> &removed, const QList<IndexedEvent> &added,
                        const QList<Country> &countries, const QList<Topic> &topics,
                        const QList<EventType> &types)
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const EventIndex>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const EventIndex>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation == m_generation && watcher->result())
                    Q_EMIT edited(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [=, this]() {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation || !m_latest)
            return std::shared_ptr<const EventIndex>();
        const std::shared_ptr<const EventIndex> base = m_latest;
        lock.unlock(); // latest() stays answerable while the merge runs
        auto next = std::make_shared<const EventIndex>(
            base->edited(removed, added, countries, topics, types));
        lock.relock();
        if (generation == m_generation)
            m_latest = next;
        return next;
    }));
}

} // namespace entente::core
