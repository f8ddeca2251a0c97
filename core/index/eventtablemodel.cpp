// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/eventtablemodel.h"

#include "index/dataset.h"
#include "index/eventfilter.h"
#include "index/roles.h"

#include <algorithm>

namespace entente::core {

QList<EventHeadline> headlinesInOrder(EventStore &store, const QList<qint64> &ids)
{
    QHash<qint64, EventHeadline> fetched;
    for (EventHeadline &h : store.headlines(ids))
        fetched.insert(h.id, std::move(h));
    // SQLite returns them in id order; put them back in the order asked.
    QList<EventHeadline> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids)
        ordered.append(fetched.value(id));
    return ordered;
}

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void EventTableModel::setDataset(Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_all = true;
    m_positions = {};
    m_ownPositions.clear();
    m_result.reset();
    m_pages.clear();
    endResetModel();
}

void EventTableModel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    if (!result)
        show(true, {}, nullptr);
    else
        show(false, {}, std::move(result));
}

void EventTableModel::setPositions(std::vector<qint32> positions)
{
    show(false, std::move(positions), nullptr);
}

void EventTableModel::show(bool all, std::vector<qint32> positions,
                           std::shared_ptr<const FilterResult> result)
{
    beginResetModel();
    m_all = all;
    m_ownPositions = std::move(positions);
    m_result = std::move(result);
    m_positions = m_result ? std::span<const qint32>(m_result->positions)
                           : std::span<const qint32>(m_ownPositions);
    m_pages.clear();
    // The first page's titles, when the filter's thread read them.
    if (m_result && m_result->firstHeadlines &&
        m_result->firstHeadlines->size() ==
            std::min<qsizetype>(kPageSize, qsizetype(m_positions.size())))
        m_pages.insert(0, new QList<EventHeadline>(*m_result->firstHeadlines));
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return m_all ? int(m_dataset->index().size()) : int(m_positions.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint32 EventTableModel::positionAt(int row) const
{
    return m_all ? qint32(row) : m_positions[size_t(row)];
}

int EventTableModel::rowOfPosition(qint32 position) const
{
    if (!m_dataset || position < 0)
        return -1;
    if (m_all)
        return position < m_dataset->index().size() ? position : -1;
    auto it = std::lower_bound(m_positions.begin(), m_positions.end(), position);
    return it != m_positions.end() && *it == position ? int(it - m_positions.begin()) : -1;
}

const EventHeadline *EventTableModel::headline(int row) const
{
    const int page = row / kPageSize;
    QList<EventHeadline> *headlines = m_pages.object(page);
    if (!headlines) {
        const int first = page * kPageSize;
        const int last = std::min(rowCount(), first + kPageSize);
        QList<qint64> ids;
        for (int r = first; r < last; ++r)
            ids.append(m_dataset->index().id(positionAt(r)));
        auto *ordered = new QList<EventHeadline>(headlinesInOrder(m_dataset->store(), ids));
        m_pages.insert(page, ordered);
        headlines = ordered;
    }
    return &headlines->at(row % kPageSize);
}

QString EventTableModel::countriesText(qint32 position) const
{
    QStringList names;
    for (quint16 ref : m_dataset->index().countriesAt(position))
        names.append(m_dataset->index().countries()[ref].displayName());
    return names.join(QLatin1String(", "));
}

QString EventTableModel::topicsText(qint32 position) const
{
    QStringList names;
    for (quint16 ref : m_dataset->index().topicsAt(position))
        names.append(m_dataset->index().topics()[ref].name);
    return names.join(QLatin1String(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_dataset)
        return {};
    const qint32 position = positionAt(index.row());
    const EventIndex &events = m_dataset->index();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: {
            const QString text = headline(index.row())->dateText();
            // A date that reaches outside the filtered period says so.
            return m_result && m_result->isPartial(position)
                       ? tr("%1 (partly in the period)").arg(text)
                       : text;
        }
        case TitleColumn: {
            const EventHeadline *h = headline(index.row());
            const bool unreviewed = events.hasFlag(position, DateFlag::Unreviewed);
            if (role != Qt::ToolTipRole)
                return unreviewed ? tr("%1 (not yet reviewed)").arg(h->title) : h->title;
            QString tip = h->title;
            if (unreviewed)
                tip += u'\n' + Dataset::notReviewedText();
            if (h->unsourced)
                tip += u'\n' + Dataset::unsourcedText();
            if (!m_dataset->isChecked())
                tip += u'\n' + Dataset::notCheckedText();
            return tip;
        }
        case CountriesColumn:
            return countriesText(position);
        case TopicsColumn:
            return topicsText(position);
        case TypeColumn: {
            const quint16 type = events.typeIndex(position);
            return type < events.eventTypes().size() ? events.eventTypes()[type].name : QString();
        }
        }
        return {};
    case EventIdRole:
        return events.id(position);
    case TopicColourRole: {
        const auto topics = events.topicsAt(position);
        return topics.empty() ? QVariant() : QVariant(events.topics()[topics.front()].colour);
    }
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString EventTableModel::columnTitle(int column)
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case CountriesColumn:
        return tr("Countries");
    case TopicsColumn:
        return tr("Topics");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace entente::core
