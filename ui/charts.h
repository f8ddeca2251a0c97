// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "maths/chartdata.h"

#include <QPalette>
#include <QString>

#include <optional>

class QChart;
class QPainter;
class QRectF;

namespace entente::ui {

/*! Every figure Entente draws: the four charts and the timeline. */
enum class ChartKind { PerYear, PerCountry, Topics, Observations, Timeline };

/*! The name on the command line: "per-year", "per-country", "topics", "observations", "timeline".
 */
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString &key);
/*! "per-year, per-country, topics, observations or timeline", for messages and --help. */
QString chartKindKeys();
/*! The default title, e.g. "Events per year" (or "per decade" when the bins are ten years). */
QString chartTitle(ChartKind kind, const core::PerYearChart *perYear = nullptr);

/*!
 * Charts built from the numbers core computed, coloured for \a palette (light or dark). The
 * caller owns the chart. The screen's chart views and image export build them the same way, so
 * that what is exported is what is shown.
 */
QChart *createPerYearChart(const core::PerYearChart &data, const QPalette &palette);
QChart *createPerCountryChart(const core::PerCountryChart &data, const QPalette &palette);
QChart *createTopicsChart(const core::TopicsChart &data, const QPalette &palette);
QChart *createObservationsChart(const core::ObservationsChart &data, const QPalette &palette);

/*!
 * Values of observations shown in a readable unit: 2,200,000 US$ as 2.2 on an axis of "million
 * US$". Returns the divisor and sets \a unitText.
 */
double observationScale(double maxAbsValue, const QString &unit, QString *unitText);

/*! The chart \a kind (not the timeline) of these numbers; null for ChartKind::Timeline. */
QChart *createChart(ChartKind kind, const core::EventCharts &charts,
                    const core::ObservationsChart &observations, const QPalette &palette);
/*! True when the chart would have nothing to draw. */
bool isChartEmpty(ChartKind kind, const core::EventCharts &charts,
                  const core::ObservationsChart &observations);
/*!
 * What a reader of the chart must know about what it counts and leaves out, e.g. "2 undated
 * events are not shown." Shown under the chart on screen and in exported images.
 */
QString chartNote(ChartKind kind, const core::EventCharts &charts,
                  const core::ObservationsChart &observations);

/*!
 * Paints \a chart (whose title the figure's replaces) with \a note under it, for image export.
 * The function keeps the chart.
 */
PaintFunction chartPainter(std::shared_ptr<QChart> chart, const QString &note,
                           const QPalette &palette);

/*! Paints \a chart (not shown anywhere) into \a target of \a painter, laid out at that size. */
void paintChart(QChart *chart, QPainter *painter, const QRectF &target);

} // namespace entente::ui
