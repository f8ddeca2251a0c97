// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/filterrunner.h"

#include "index/eventtablemodel.h"
#include "maths/chartdata.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace entente::core {

struct FilterRunner::Outcome
{
    std::shared_ptr<const FilterResult> result; //!< null: superseded or failed
    QString error;
};

FilterRunner::FilterRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const FilterResult>>();
    // One thread that never expires: the text-search connection stays on the thread that opened
    // it, and requests run one after another, the superseded ones returning at once.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("entente-filter"));
}

FilterRunner::~FilterRunner()
{
    cancelAll();
    // The connection is closed where it was opened, after the last request.
    m_pool.start([this] { m_store.close(); });
    m_pool.waitForDone();
}

FilterRunner::Outcome FilterRunner::run(quint64 request,
                                        const std::shared_ptr<const EventIndex> &shared,
                                        const QString &path, const EventFilter &filter,
                                        LaneMode laneMode, const Edit *edit)
{
    auto superseded = [this, request] { return m_latest.load() != request; };
    const EventIndex &index = *shared;
    if (superseded())
        return {};
    if (!filter.text.trimmed().isEmpty() && (!m_store.isOpen() || m_store.path() != path)) {
        if (!m_store.open(path))
            return {nullptr, m_store.errorString()};
    }
    QString error;
    // After a change, the result before it moved and patched; else (or when that cannot be) the
    // filter run over every event.
    EditedRows rows;
    std::optional<FilterResult> result;
    if (edit && edit->old->filter == filter)
        result =
            editedFilterResult(*edit->old, *edit->old->index, index, edit->shift, filter, &rows);
    const bool patched = result.has_value();
    if (!result)
        result =
            applyFilter(index, m_store.isOpen() ? &m_store : nullptr, filter, &error, superseded);
    if (superseded())
        return {};
    if (!result)
        return {nullptr, error};
    // The charts' numbers on another thread while this one lays out the lanes: both only read.
    QFuture<EventCharts> charts = QtConcurrent::run(
        [&index, &positions = result->positions] { return eventCharts(index, positions); });
    std::optional<LaneIndex> lanes;
    if (patched && edit->old->lanes && edit->old->lanes->mode() == laneMode)
        lanes = edit->old->lanes->edited(*edit->old->index, index, edit->shift, rows);
    result->lanes = lanes ? std::make_shared<const LaneIndex>(std::move(*lanes))
                          : std::make_shared<const LaneIndex>(index, laneMode, &result->positions);
    result->charts = std::make_shared<const EventCharts>(charts.result());
    if (superseded())
        return {};
    // The table's first page of titles, read here rather than on the GUI thread.
    if (!result->positions.empty() &&
        ((m_store.isOpen() && m_store.path() == path) || m_store.open(path))) {
        QList<qint64> ids;
        const size_t rows = std::min(result->positions.size(), size_t(EventTableModel::kPageSize));
        for (size_t row = 0; row < rows; ++row)
            ids.append(index.id(result->positions[row]));
        result->firstHeadlines =
            std::make_shared<const QList<EventHeadline>>(headlinesInOrder(m_store, ids));
        // And the first event's details, which the window shows when it selects it: read once
        // here, they are in memory when the GUI thread reads them.
        m_store.event(ids.front());
    }
    if (superseded())
        return {};
    result->index = shared;
    result->filter = filter;
    if (superseded())
        return {};
    return {std::make_shared<const FilterResult>(std::move(*result)), {}};
}

quint64 FilterRunner::requestAfterChange(std::shared_ptr<const FilterResult> old,
                                         std::shared_ptr<const EventIndex> index, IndexShift shift,
                                         const QString &databasePath, const EventFilter &filter,
                                         LaneMode laneMode)
{
    if (!old || !old->index)
        return request(std::move(index), databasePath, filter, laneMode);
    return start(std::move(index), databasePath, filter, laneMode,
                 std::make_shared<const Edit>(Edit{std::move(old), std::move(shift)}));
}

quint64 FilterRunner::request(std::shared_ptr<const EventIndex> index, const QString &databasePath,
                              const EventFilter &filter, LaneMode laneMode)
{
    return start(std::move(index), databasePath, filter, laneMode, nullptr);
}

quint64 FilterRunner::start(std::shared_ptr<const EventIndex> index, const QString &databasePath,
                            const EventFilter &filter, LaneMode laneMode,
                            std::shared_ptr<const Edit> edit)
{
    const quint64 request = ++m_latest;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    // Back on this object's thread; a result that a newer request superseded meanwhile is dropped.
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request] {
        const Outcome outcome = watcher->result();
        // The future keeps its own copy of the result: let go of it on the filter's thread, as
        // of a result no one will show (at 20 million events freeing one took a frame's time).
        m_pool.start([future = watcher->future()]() mutable { future = QFuture<Outcome>(); });
        watcher->disconnect(); // the empty future below would call this again
        watcher->setFuture(QFuture<Outcome>());
        watcher->deleteLater();
        if (request != m_latest.load()) {
            release(outcome.result);
            return;
        }
        if (outcome.result)
            Q_EMIT finished(request, outcome.result);
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(request, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [this, request, index = std::move(index), databasePath, filter, laneMode, edit] {
            return run(request, index, databasePath, filter, laneMode, edit.get());
        }));
    return request;
}

void FilterRunner::release(std::shared_ptr<const FilterResult> result)
{
    if (result)
        m_pool.start([result = std::move(result)]() mutable { result.reset(); });
}

void FilterRunner::cancelAll()
{
    ++m_latest;
}

} // namespace entente::core
