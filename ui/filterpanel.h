// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventfilter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QListView;
class QVBoxLayout;
class QTimer;

namespace entente::core {
class FacetModel;
}

namespace entente::ui {

/*!
 * The filter panel: free-text search (applied as you type, debounced), the active filters as
 * removable chips with "Clear all", a searchable checkable country list with the any/all mode,
 * topics with their colours, event types, and the period with quick presets. Each list shows
 * beside every entry how many events the other active filters leave for it.
 */
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    /*! Lists the countries, topics and types of \a index (null: none). */
    void setIndex(const core::EventIndex *index);
    /*! Shows \a filter without emitting filterChanged(). */
    void setFilter(const core::EventFilter &filter);
    core::EventFilter filter() const { return m_filter; }
    void setCounts(const core::FilterResult &result);
    /*! The day the period presets ("year of the selection") start from; nullopt: none selected. */
    void setSelectionDay(std::optional<core::JulianDay> day);

    QLineEdit *searchField() const { return m_search; }
    QListView *countryList() const { return m_countries; }
    QListView *topicList() const { return m_topics; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QLabel *chips() const { return m_chips; }

public Q_SLOTS:
    void clearAll();
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const entente::core::EventFilter &filter);

private:
    void createSearch(QVBoxLayout *layout);
    void createChips(QVBoxLayout *layout);
    void createCountryBox(QVBoxLayout *layout);
    QListView *addFacetBox(QVBoxLayout *layout, const QString &title, core::FacetModel *model,
                           QStringList core::EventFilter::*member, int stretch);
    void connectFacet(core::FacetModel *model, QStringList core::EventFilter::*member);
    void createPeriodBox(QVBoxLayout *layout);
    void emitChanged();
    void updateChips();
    void readPeriod();
    void removeChip(const QString &link);
    void setPeriod(const core::PartialDate &from, const core::PartialDate &to);

    const core::EventIndex *m_index = nullptr;
    core::EventFilter m_filter;
    std::optional<core::JulianDay> m_selectionDay;
    bool m_updating = false;

    QLineEdit *m_search = nullptr;
    QCheckBox *m_unreviewed = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QLabel *m_chips = nullptr;
    QLineEdit *m_countrySearch = nullptr;
    QComboBox *m_countryMode = nullptr;
    QListView *m_countries = nullptr;
    QListView *m_topics = nullptr;
    QListView *m_types = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_periodError = nullptr;
    QWidget *m_decadePreset = nullptr;
    QWidget *m_yearPreset = nullptr;
    core::FacetModel *m_countryModel = nullptr;
    core::FacetModel *m_topicModel = nullptr;
    core::FacetModel *m_typeModel = nullptr;
};

} // namespace entente::ui
