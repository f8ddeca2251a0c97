// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/filterrunner.h"

#include "maths/chartdata.h"
#include "store/eventstore.h"

namespace entente::core {

/*! Lives on the runner's thread; owns the text-search connection there. */
class FilterWorker final : public QObject
{
    Q_OBJECT

public:
    explicit FilterWorker(std::shared_ptr<std::atomic<quint64>> latest)
        : m_latest(std::move(latest))
    {}

    void run(quint64 request, std::shared_ptr<const EventIndex> index, const QString &path,
             const EventFilter &filter, LaneMode laneMode)
    {
        auto superseded = [this, request] { return m_latest->load() != request; };
        if (superseded())
            return;
        if (!filter.text.trimmed().isEmpty() && (!m_store.isOpen() || m_store.path() != path)) {
            if (!m_store.open(path)) {
                Q_EMIT failed(request, m_store.errorString());
                return;
            }
        }
        QString error;
        auto result =
            applyFilter(*index, m_store.isOpen() ? &m_store : nullptr, filter, &error, superseded);
        if (superseded())
            return;
        if (!result) {
            Q_EMIT failed(request, error);
            return;
        }
        result->lanes = std::make_shared<const LaneIndex>(*index, laneMode, &result->positions);
        if (superseded())
            return;
        result->charts =
            std::make_shared<const EventCharts>(eventCharts(*index, result->positions));
        if (superseded())
            return;
        Q_EMIT finished(request, std::make_shared<const FilterResult>(std::move(*result)));
    }

    void closeStore() { m_store.close(); }

Q_SIGNALS:
    void finished(quint64 request, std::shared_ptr<const entente::core::FilterResult> result);
    void failed(quint64 request, const QString &error);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    EventStore m_store;
};

FilterRunner::FilterRunner(QObject *parent)
    : QObject(parent), m_latestShared(std::make_shared<std::atomic<quint64>>(0)),
      m_latest(*m_latestShared)
{
    qRegisterMetaType<std::shared_ptr<const FilterResult>>();
    m_worker = new FilterWorker(m_latestShared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: results cross back to this object's thread; a stale one is dropped here too.
    connect(m_worker, &FilterWorker::finished, this, [this](quint64 request, auto result) {
        if (request == m_latest.load())
            Q_EMIT finished(request, result);
    });
    connect(m_worker, &FilterWorker::failed, this, [this](quint64 request, const QString &error) {
        if (request == m_latest.load())
            Q_EMIT failed(request, error);
    });
    m_thread.setObjectName(QStringLiteral("entente-filter"));
    m_thread.start();
}

FilterRunner::~FilterRunner()
{
    cancelAll();
    QMetaObject::invokeMethod(m_worker, &FilterWorker::closeStore, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 FilterRunner::request(std::shared_ptr<const EventIndex> index, const QString &databasePath,
                              const EventFilter &filter, LaneMode laneMode)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, index = std::move(index), databasePath, filter,
                   laneMode] { worker->run(request, index, databasePath, filter, laneMode); });
    return request;
}

void FilterRunner::cancelAll()
{
    ++m_latest;
}

} // namespace entente::core

#include "filterrunner.moc"
