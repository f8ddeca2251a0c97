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
    struct Step
    {
        std::shared_ptr<const EventIndex> before, after;
        IndexShift shift;
    };
    auto *watcher = new QFutureWatcher<Step>(this);
    connect(watcher, &QFutureWatcher<Step>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Step step = watcher->result();
        if (generation == m_generation && step.after)
            Q_EMIT edited(step.after, step.before, step.shift);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [=, this]() {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation || !m_latest)
            return Step{};
        Step step;
        step.before = m_latest;
        lock.unlock(); // latest() stays answerable while the merge runs
        step.after = std::make_shared<const EventIndex>(
            step.before->edited(removed, added, countries, topics, types, &step.shift));
        lock.relock();
        if (generation == m_generation)
            m_latest = step.after;
        return step;
    }));
}

} // namespace entente::core
