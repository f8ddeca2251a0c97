// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventstore.h"

#include <QAbstractTableModel>
#include <QCache>

#include <memory>
#include <span>
#include <vector>

namespace entente::core {

class Dataset;
struct FilterResult;

/*! The headlines of the events \a ids, in that order (one query; an id not found is blank). */
QList<EventHeadline> headlinesInOrder(EventStore &store, const QList<qint64> &ids);

/*!
 * The chronological table of events: one row per event of a selection of index positions (all
 * events by default). Dates, countries and topics come from the index; titles are read from
 * SQLite a page at a time, only for rows that are asked for, so the model serves a million rows.
 */
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, CountriesColumn, TopicsColumn, TypeColumn, ColumnCount };
    /*! Rows whose titles are read from the database at once. */
    static constexpr int kPageSize = 128;

    explicit EventTableModel(QObject *parent = nullptr);

    /*! Shows every event of \a dataset (which must outlive the model), or nothing when null. */
    void setDataset(Dataset *dataset);
    /*! Shows only the events at these index positions, which must be in index order. */
    void setPositions(std::vector<qint32> positions);
    /*! Shows the events \a result selects, marking partial period matches; null shows all. */
    void setFilterResult(std::shared_ptr<const FilterResult> result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /*! The heading of \a column (empty for none). */
    static QString columnTitle(int column);

    /*! The row of the event at index position \a position, or -1 when it is not shown. */
    int rowOfPosition(qint32 position) const;
    qint32 positionAt(int row) const;

private:
    void show(bool all, std::vector<qint32> positions, std::shared_ptr<const FilterResult> result);
    const EventHeadline *headline(int row) const;
    QString countriesText(qint32 position) const;
    QString topicsText(qint32 position) const;

    Dataset *m_dataset = nullptr;
    // The rows' positions: the filter result's own (kept alive by m_result), not a copy; at 20
    // million events a copy cost hundreds of milliseconds on the GUI thread. m_ownPositions
    // backs them when setPositions() gave them.
    std::span<const qint32> m_positions;
    std::vector<qint32> m_ownPositions;
    bool m_all = true;
    std::shared_ptr<const FilterResult> m_result;
    mutable QCache<int, QList<EventHeadline>> m_pages{64};
};

} // namespace entente::core
