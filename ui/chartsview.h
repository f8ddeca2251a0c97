// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts.h"
#include "maths/chartdata.h"

#include <QWidget>

#include <functional>
#include <memory>

class QBarSet;
class QMenu;
class QChart;
class QPieSeries;
class QScatterSeries;
class QChartView;
class QLabel;
class QStackedWidget;
class QTabBar;

namespace entente::ui {

/*!
 * The charts of what the filter selects: events per year stacked by topic, events per country,
 * the share of topics and observations over time. They follow the filter and the palette. Hover
 * shows exact values; a click on a year, a country or a topic asks for that filter, and so does the
 * context menu of the bar or slice under the pointer. Ctrl+Tab and
 * the tab bar switch charts. Charts are built from core's numbers (computed on the filter's
 * thread) only when shown.
 */
class ChartsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    /*! The numbers to show: the event charts of a filter result and the matching observations. */
    void setData(std::shared_ptr<const core::EventCharts> charts,
                 const core::ObservationsChart &observations);
    const core::EventCharts *charts() const { return m_charts.get(); }
    const core::ObservationsChart &observations() const { return m_observations; }

    ChartKind currentKind() const;
    void setCurrentKind(ChartKind kind);
    /*! The chart shown (built on demand); null while there is nothing to show. */
    QChart *currentChart() const;
    QChartView *chartView() const { return m_view; }
    /*! What the note under the chart says. */
    QString noteText() const;

Q_SIGNALS:
    void yearsClicked(qint64 firstYear, qint64 lastYear);
    void countryClicked(const QString &alpha3);
    void topicClicked(const QString &slug);
    /*! The context menu is about to show: add what the window offers for any chart to \a menu. */
    void contextMenuOpening(QMenu *menu);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void rebuildWhenShown();
    void setChart(QChart *chart);
    void connectHover(QChart *chart);
    void connectYearBars(QBarSet *set, qsizetype series);
    void connectCountryBars(QBarSet *set);
    void connectTopicSlices(QPieSeries *pie);
    void connectObservationPoints(QScatterSeries *points);
    static QString eventCount(qint64 n);
    void showTip(const QString &text);
    /*! What the context menu offers for the bar or slice under the pointer (none: empty text). */
    void setHovered(const QString &text, std::function<void()> narrow);

    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_note = nullptr;
    bool m_stale = false; // data changed while hidden: rebuilt when shown
    std::shared_ptr<const core::EventCharts> m_charts;
    core::ObservationsChart m_observations;
    QString m_hoveredText;
    std::function<void()> m_hoveredNarrow;
};

} // namespace entente::ui
