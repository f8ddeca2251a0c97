// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/facetmodel.h"

#include "index/roles.h"

namespace entente::core {

FacetModel::FacetModel(QObject *parent) : QAbstractListModel(parent)
{}

void FacetModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void FacetModel::setCounts(const std::vector<qint32> &countsByRef)
{
    for (Entry &e : m_entries)
        e.count = e.ref >= 0 && size_t(e.ref) < countsByRef.size() ? countsByRef[size_t(e.ref)] : 0;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1),
                           {FacetCountRole, Qt::DisplayRole});
}

void FacetModel::setCheckedKeys(const QStringList &keys)
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const bool checked = keys.contains(m_entries[row].key);
        if (checked != m_entries[row].checked) {
            m_entries[row].checked = checked;
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {Qt::CheckStateRole});
        }
    }
}

QStringList FacetModel::checkedKeys() const
{
    QStringList keys;
    for (const Entry &e : m_entries) {
        if (e.checked)
            keys.append(e.key);
    }
    return keys;
}

QString FacetModel::labelOf(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e.label;
    }
    return key;
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.detail.isEmpty() ? e.label : e.label + u" (" + e.detail + u')';
    case Qt::ToolTipRole:
        return tr("%1: %Ln event(s) with the other filters", nullptr, int(e.count)).arg(e.label);
    case Qt::CheckStateRole:
        return e.checked ? Qt::Checked : Qt::Unchecked;
    case FacetCountRole:
        return e.count;
    case FacetColourRole:
        return e.colour;
    case FacetDepthRole:
        return e.depth;
    case FacetSearchRole:
        return QStringList{e.label, e.detail, e.also}.join(u'\n');
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole)
        return false;
    const bool checked =
        value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    if (m_entries[index.row()].checked == checked)
        return true;
    m_entries[index.row()].checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedKeysChanged(checkedKeys());
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

} // namespace entente::core
