// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace entente::core {

/*!
 * A checkable list of filter values — countries, topics or event types — each with the number of
 * events the other active filters leave for it (its faceted count).
 */
class FacetModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QString key;     //!< what the filter stores: alpha-3, slug or code
        QString label;   //!< what the user reads
        QString detail;  //!< e.g. the ISO code, searched too
        QString also;    //!< searched, never shown: e.g. the English name of a country
        QString colour;  //!< '#rrggbb' or empty
        qint32 ref = -1; //!< index into the counts given to setCounts()
        qint32 count = 0;
        bool checked = false;
        qint32 depth = 0; //!< how many parents it has in the list (the topic tree)
    };

    explicit FacetModel(QObject *parent = nullptr);

    void setEntries(QList<Entry> entries);
    /*! Counts per ref (FilterResult::countryCounts and the like). */
    void setCounts(const std::vector<qint32> &countsByRef);
    void setCheckedKeys(const QStringList &keys);
    QStringList checkedKeys() const;
    QString labelOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /*! The user checked or unchecked an entry. */
    void checkedKeysChanged(const QStringList &keys);

private:
    QList<Entry> m_entries;
};

} // namespace entente::core
