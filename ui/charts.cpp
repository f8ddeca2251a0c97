// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "colours.h"
#include "domain/wording.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::ui::Charts)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A chart in the palette's colours: the theme for what it sets, then the palette on top, so that
// the chart sits in the window like any other widget, light or dark.
QChart *newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    // A name the legend cuts short in a narrow chart ("Diplomatic r…") is whole in its tool tip.
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

// Counts written in the application's locale, grouped as the filter panel writes them. (Not for
// charts with years on a value axis: "2,020".)
void localizeCounts(QChart *chart)
{
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(mix(base, text, 0.16));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setMinorGridLineColor(mix(base, text, 0.07));
}

// An axis of whole counts from 0, with at most about eight ticks on round numbers.
QValueAxis *countAxis(qint64 maximum, const QPalette &palette)
{
    auto *axis = new QValueAxis;
    double step = 1;
    const double raw = std::max<double>(1, double(maximum)) / 8;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = std::max(1.0, m * magnitude);
        if (step >= raw)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(step, std::ceil(double(maximum) / step) * step));
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(Text::tr("Events"));
    styleAxis(axis, palette);
    return axis;
}

QColor topicColour(const QString &colour, const QPalette &palette)
{
    const QColor c = QColor::fromString(colour);
    return c.isValid() ? c : palette.color(QPalette::Mid);
}

} // namespace

namespace {

// The charts by the names the command line gives them, in the order --help lists them.
struct ChartKey
{
    ChartKind kind;
    const char *key;
};
constexpr ChartKey kChartKeys[] = {{ChartKind::PerYear, "per-year"},
                                   {ChartKind::PerCountry, "per-country"},
                                   {ChartKind::Topics, "topics"},
                                   {ChartKind::Observations, "observations"},
                                   {ChartKind::Timeline, "timeline"}};

} // namespace

QString chartKindKey(ChartKind kind)
{
    for (const ChartKey &k : kChartKeys) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (const ChartKey &k : kChartKeys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString chartKindKeys()
{
    QStringList keys;
    for (const ChartKey &k : kChartKeys)
        keys.append(QLatin1String(k.key));
    return core::alternatives(keys);
}

QString chartTitle(ChartKind kind, const core::PerYearChart *perYear)
{
    switch (kind) {
    case ChartKind::PerYear:
        if (perYear && perYear->binYears == 10)
            return Text::tr("Events per decade");
        if (perYear && perYear->binYears == 100)
            return Text::tr("Events per century");
        if (perYear && perYear->binYears > 1)
            return Text::tr("Events per %L1 years").arg(perYear->binYears);
        return Text::tr("Events per year");
    case ChartKind::PerCountry:
        return Text::tr("Events per country");
    case ChartKind::Topics:
        return Text::tr("Share of topics");
    case ChartKind::Observations:
        return Text::tr("Observations over time");
    case ChartKind::Timeline:
        return Text::tr("Timeline");
    }
    return {};
}

QChart *createPerYearChart(const core::PerYearChart &data, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    localizeCounts(chart);
    auto *series = new QStackedBarSeries;
    for (const core::PerYearChart::Series &s : data.series) {
        auto *set = new QBarSet(s.label);
        for (qint64 count : s.counts)
            set->append(double(count));
        using Kind = core::PerYearChart::Series::Kind;
        if (s.kind == Kind::Topic) {
            set->setColor(topicColour(s.colour, palette));
        } else if (s.kind == Kind::AllEvents) {
            set->setColor(palette.color(QPalette::Highlight));
        } else {
            // The two segments without one topic are greys apart from every topic colour.
            set->setColor(s.kind == Kind::SeveralTopics ? QColor(0x45, 0x45, 0x45)
                                                        : QColor(0xc8, 0xc8, 0xc8));
        }
        set->setBorderColor(palette.color(QPalette::Base));
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    // Bars stand at 0, 1, 2, …; the axis names round years only (every 1, 2, 5, 10, … bins,
    // at most about a dozen, and no more than the plot's width holds), so labels never crowd or
    // get cut, however narrow the chart.
    auto *years = new QCategoryAxis;
    years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    years->setRange(-0.5, double(data.binCount()) - 0.5);
    struct Bin
    {
        qint64 round; // the bin's first year in bins, for "every n bins"
        QString label;
    };
    std::vector<Bin> bins;
    for (qsizetype bin = 0; bin < data.binCount(); ++bin)
        bins.push_back({data.binFirstYear(bin) / data.binYears, data.binLabel(bin)});
    // The labels of every \a every bins.
    auto label = [years, bins](int every) {
        for (const QString &name : years->categoriesLabels())
            years->remove(name);
        for (size_t bin = 0; bin < bins.size(); ++bin) {
            if (bins[bin].round % every == 0)
                years->append(bins[bin].label, double(bin));
        }
        years->setStartValue(-0.5);
    };
    // The fewest bins between labels that leave room for the widest and a gap, on a plot
    // \a width wide, and a dozen labels at most.
    auto everyFor = [years, bins](double width) {
        const QFontMetricsF metrics(years->labelsFont());
        double widest = 0;
        for (const Bin &bin : bins)
            widest = std::max(widest, metrics.horizontalAdvance(bin.label));
        const double perBin = width / double(std::max<size_t>(bins.size(), 1));
        int every = 1;
        for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            every = step;
            if (qsizetype(bins.size()) / step <= 12 && step * perBin >= widest + metrics.height())
                break;
        }
        return every;
    };
    int shown = everyFor(std::numeric_limits<double>::infinity());
    label(shown);
    // As the plot is laid out (shown, resized, drawn for export): as many labels as it holds.
    QObject::connect(chart, &QChart::plotAreaChanged, years,
                     [label, everyFor, shown](const QRectF &plot) mutable {
                         if (const int every = everyFor(plot.width()); every != shown) {
                             label(every);
                             shown = every;
                         }
                     });
    styleAxis(years, palette);
    years->setGridLineVisible(false);
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    const qint64 maximum =
        data.totals.empty() ? 0 : *std::max_element(data.totals.begin(), data.totals.end());
    QValueAxis *counts = countAxis(maximum, palette);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(chartTitle(ChartKind::PerYear, &data));
    return chart;
}

QChart *createPerCountryChart(const core::PerCountryChart &data, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    localizeCounts(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(Text::tr("Events"));
    auto *countries = new QBarCategoryAxis;
    // Horizontal categories run upwards: append the least first, so the most is on top.
    for (auto it = data.bars.rbegin(); it != data.bars.rend(); ++it) {
        set->append(double(it->count));
        countries->append(it->name);
    }
    set->setColor(palette.color(QPalette::Highlight));
    set->setBorderColor(palette.color(QPalette::Base));
    set->setLabelColor(palette.color(QPalette::Text));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    // Whole counts as the filter panel writes them ("1,482,752"), not "1.48275e+06".
    series->setLabelsPrecision(18);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    styleAxis(countries, palette);
    countries->setGridLineVisible(false);
    chart->addAxis(countries, Qt::AlignLeft);
    series->attachAxis(countries);
    const qint64 maximum = data.bars.empty() ? 0 : data.bars.front().count;
    // Room past the longest bar for its label.
    QValueAxis *counts = countAxis(maximum + std::max<qint64>(1, maximum / 10), palette);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    chart->setTitle(chartTitle(ChartKind::PerCountry));
    return chart;
}

QChart *createTopicsChart(const core::TopicsChart &data, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    auto *series = new QPieSeries;
    series->setHoleSize(0.38);
    series->setPieSize(0.68);
    const QLocale locale;
    auto share = [&locale](double fraction) {
        return Text::tr("%1%").arg(locale.toString(fraction * 100, 'f', 0));
    };
    // The slices give only their shares: a topic's name beside its slice was cut to "Diploma…"
    // (its share lost) wherever the pie left it too little room. The legend names each topic
    // whole, in the slices' order, with its count.
    for (const core::TopicsChart::Slice &s : data.slices) {
        auto *slice = series->append(share(s.share), double(s.count));
        slice->setColor(topicColour(s.colour, palette));
        slice->setBorderColor(palette.color(QPalette::Base));
        slice->setLabelColor(palette.color(QPalette::Text));
        slice->setLabelVisible(true);
        slice->setLabelArmLengthFactor(0.1);
    }
    chart->addSeries(series);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < qsizetype(data.slices.size()); ++i) {
        const core::TopicsChart::Slice &s = data.slices[size_t(i)];
        markers[i]->setLabel(Text::tr("%1 (%2)").arg(s.label, locale.toString(s.count)));
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(chartTitle(ChartKind::Topics));
    return chart;
}

double observationScale(double maxAbsValue, const QString &unit, QString *unitText)
{
    struct Step
    {
        double divisor;
        const char *text;
    };
    static constexpr Step kSteps[] = {
        {1e9, "billion %1"}, {1e6, "million %1"}, {1e3, "thousand %1"}};
    for (const Step &step : kSteps) {
        if (maxAbsValue >= step.divisor) {
            *unitText = Text::tr(step.text).arg(unit);
            return step.divisor;
        }
    }
    *unitText = unit;
    return 1;
}

QChart *createObservationsChart(const core::ObservationsChart &data, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    double minYear = std::numeric_limits<double>::max(),
           maxYear = std::numeric_limits<double>::lowest();
    double maxValue = 0;
    for (const auto &s : data.series) {
        for (const auto &p : s.points) {
            minYear = std::min(minYear, p.year);
            maxYear = std::max(maxYear, p.year);
            maxValue = std::max(maxValue, std::abs(p.value));
        }
    }
    // One unit per axis: the first series' (series of other units are rare and still drawn).
    QString unitText;
    const QString unit = data.series.isEmpty() ? QString() : data.series.front().unit;
    const double divisor = observationScale(maxValue, unit, &unitText);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    static const QColor kColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                      QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                      QColor(0xff, 0x7f, 0x0e)};
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    int n = 0;
    for (const auto &s : data.series) {
        const QColor colour = kColours[n++ % std::size(kColours)];
        auto *line = new QLineSeries;
        auto *points = new QScatterSeries;
        // The legend names each series with its unit and its source.
        const QString name =
            s.source.isEmpty() ? s.label() : Text::tr("%1 — %2").arg(s.label(), s.source);
        line->setName(name);
        points->setName(name);
        for (const auto &p : s.points) {
            line->append(p.year, p.value / divisor);
            points->append(p.year, p.value / divisor);
        }
        line->setColor(colour);
        points->setColor(colour);
        points->setBorderColor(palette.color(QPalette::Base));
        points->setMarkerSize(11);
        points->setPointLabelsVisible(true);
        points->setPointLabelsFormat(u"@yPoint"_s);
        points->setPointLabelsColor(palette.color(QPalette::Text));
        points->setPointLabelsClipping(false);
        chart->addSeries(line);
        chart->addSeries(points);
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
        // One legend entry per series: the scatter's duplicates the line's.
        for (QLegendMarker *marker : chart->legend()->markers(points))
            marker->setVisible(false);
    }
    if (data.series.isEmpty())
        minYear = maxYear = 2000;
    const double first = std::floor(minYear) - 1, last = std::ceil(maxYear) + 1;
    x->setRange(first, last);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(std::max(1.0, std::ceil((last - first) / 10)));
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(Text::tr("Year"));
    y->setRange(0, maxValue > 0 ? maxValue / divisor * 1.2 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%g"_s);
    y->setTitleText(unitText);
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(chartTitle(ChartKind::Observations));
    return chart;
}

QChart *createChart(ChartKind kind, const core::EventCharts &charts,
                    const core::ObservationsChart &observations, const QPalette &palette)
{
    switch (kind) {
    case ChartKind::PerYear:
        return createPerYearChart(charts.perYear, palette);
    case ChartKind::PerCountry:
        return createPerCountryChart(charts.perCountry, palette);
    case ChartKind::Topics:
        return createTopicsChart(charts.topics, palette);
    case ChartKind::Observations:
        return createObservationsChart(observations, palette);
    case ChartKind::Timeline:
        break;
    }
    return nullptr;
}

bool isChartEmpty(ChartKind kind, const core::EventCharts &charts,
                  const core::ObservationsChart &observations)
{
    switch (kind) {
    case ChartKind::PerYear:
        return charts.perYear.dated == 0;
    case ChartKind::PerCountry:
        return charts.perCountry.bars.empty() || charts.perCountry.pending;
    case ChartKind::Topics:
        return charts.topics.slices.empty() || charts.topics.pending;
    case ChartKind::Observations:
        return observations.series.isEmpty();
    case ChartKind::Timeline:
        break;
    }
    return false;
}

QString chartNote(ChartKind kind, const core::EventCharts &charts,
                  const core::ObservationsChart &observations)
{
    QStringList notes;
    const QLocale locale;
    switch (kind) {
    case ChartKind::PerYear: {
        const core::PerYearChart &d = charts.perYear;
        if (d.undated > 0)
            notes.append(
                Text::tr("%Ln event(s) without a date not shown.", nullptr, int(d.undated)));
        if (d.spanningYears > 0)
            notes.append(Text::tr("%Ln event(s) running over several years counted in the first.",
                                  nullptr, int(d.spanningYears)));
        const bool several = std::any_of(d.series.begin(), d.series.end(), [](const auto &s) {
            return s.kind == core::PerYearChart::Series::Kind::SeveralTopics;
        });
        if (several)
            notes.append(Text::tr(
                "Each event is counted once; one with several topics under “Several topics”."));
        const bool all = std::any_of(d.series.begin(), d.series.end(), [](const auto &s) {
            return s.kind == core::PerYearChart::Series::Kind::AllEvents;
        });
        if (all)
            notes.append(Text::tr("Counted by the server, in the year each event begins; not "
                                  "split by topic."));
        break;
    }
    case ChartKind::PerCountry: {
        const core::PerCountryChart &d = charts.perCountry;
        notes.append(Text::tr("An event counts for every country taking part."));
        if (d.otherCountries > 0)
            notes.append(
                Text::tr("%Ln more country(ies) not shown.", nullptr, int(d.otherCountries)));
        if (d.withoutCountry > 0)
            notes.append(Text::tr("%Ln event(s) naming no country not shown.", nullptr,
                                  int(d.withoutCountry)));
        break;
    }
    case ChartKind::Topics: {
        const core::TopicsChart &d = charts.topics;
        if (d.assignments > d.events - d.withoutTopic)
            notes.append(Text::tr(
                "Shares of topic assignments: an event with several topics counts for each."));
        if (d.withoutTopic > 0)
            notes.append(
                Text::tr("%Ln event(s) without a topic not shown.", nullptr, int(d.withoutTopic)));
        break;
    }
    case ChartKind::Observations:
        if (observations.ignoredFilter)
            notes.append(Text::tr("Observations have no topics, types or text: only the filter’s "
                                  "countries and period apply."));
        break;
    case ChartKind::Timeline:
        break;
    }
    return notes.join(u' ');
}

PaintFunction chartPainter(std::shared_ptr<QChart> chart, const QString &note,
                           const QPalette &palette)
{
    chart->setTitle({});
    return [chart, note, palette](QPainter *painter, const QRectF &rect) {
        double noteHeight = 0;
        if (!note.isEmpty()) {
            QFont font = painter->font();
            font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9);
            const QFontMetricsF fm(font, painter->device());
            noteHeight =
                fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, note).height();
            painter->save();
            QColor muted = palette.color(QPalette::Text);
            muted.setAlphaF(0.75);
            painter->setPen(muted);
            painter->setFont(font);
            painter->drawText(
                QRectF(rect.left(), rect.bottom() - noteHeight, rect.width(), noteHeight),
                Qt::TextWordWrap | Qt::AlignLeft, note);
            painter->restore();
            noteHeight += 6;
        }
        paintChart(chart.get(), painter,
                   QRectF(rect.topLeft(), QSizeF(rect.width(), rect.height() - noteHeight)));
    };
}

void paintChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A chart is a graphics item: it lays out and paints within a scene. This one exists only
    // for the painting and gives the chart back to its owner afterwards.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    // Laid out once more: the years' axis names as many years as this plot holds
    // (createPerYearChart()), and the first layout told it the plot's width.
    if (QGraphicsLayout *layout = chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

} // namespace entente::ui
