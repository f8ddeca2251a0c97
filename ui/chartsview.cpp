// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsview.h"

#include "domain/wording.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

/*!
 * A QChartView that takes a press only where the scene has an item: Qt 6.4's QChartView asks the
 * item under the cursor for its mouse buttons without checking that there is one, so a press
 * outside the chart (before the chart is laid out over the whole view) crashed. The monkey test
 * found it.
 */
class ChartCanvas final : public QChartView
{
public:
    using QChartView::QChartView;

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (!itemAt(event->position().toPoint())) {
            event->ignore();
            return;
        }
        QChartView::mousePressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (!itemAt(event->position().toPoint())) {
            event->ignore();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
};

constexpr ChartKind kTabs[] = {ChartKind::PerYear, ChartKind::PerCountry, ChartKind::Topics,
                               ChartKind::Observations};

} // namespace

ChartsView::ChartsView(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabBar;
    m_tabs->addTab(tr("Per &Year"));
    m_tabs->addTab(tr("Per &Country"));
    m_tabs->addTab(tr("To&pics"));
    m_tabs->addTab(tr("O&bservations"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setAccessibleName(tr("Charts"));
    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    setChart(new QChart);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    connect(m_tabs, &QTabBar::currentChanged, this, &ChartsView::rebuildWhenShown);
    rebuild();
}

ChartsView::~ChartsView() = default;

void ChartsView::setData(std::shared_ptr<const core::EventCharts> charts,
                         const core::ObservationsChart &observations)
{
    m_charts = std::move(charts);
    m_observations = observations;
    rebuildWhenShown();
}

void ChartsView::rebuildWhenShown()
{
    // Laying a chart out took 15–30 ms of the GUI thread: for every filter change at 20 million
    // events, though the charts' tab was not even open. A hidden view builds its chart when
    // it is shown, or when its chart is asked for.
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void ChartsView::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

ChartKind ChartsView::currentKind() const
{
    return kTabs[std::clamp(m_tabs->currentIndex(), 0, int(std::size(kTabs)) - 1)];
}

void ChartsView::setCurrentKind(ChartKind kind)
{
    const auto it = std::find(std::begin(kTabs), std::end(kTabs), kind);
    if (it != std::end(kTabs))
        m_tabs->setCurrentIndex(int(it - std::begin(kTabs)));
}

QChart *ChartsView::currentChart() const
{
    if (m_stale)
        const_cast<ChartsView *>(this)->rebuild();
    return m_stack->currentWidget() == m_view ? m_view->chart() : nullptr;
}

QString ChartsView::noteText() const
{
    if (m_stale)
        const_cast<ChartsView *>(this)->rebuild();
    return m_note->text();
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuildWhenShown(); // light or dark: the charts take the new colours
    QWidget::changeEvent(event);
}

void ChartsView::rebuild()
{
    m_stale = false;
    const ChartKind kind = currentKind();
    if (!m_charts || isChartEmpty(kind, *m_charts, m_observations)) {
        const bool pending =
            m_charts && ((kind == ChartKind::PerCountry && m_charts->perCountry.pending) ||
                         (kind == ChartKind::Topics && m_charts->topics.pending));
        m_placeholder->setText(
            !m_charts ? tr("Preparing the charts…")
            : pending ? tr("Counting on the server… With a country or a topic in the filter, "
                           "this chart is counted event by event: seconds for millions.")
            : kind == ChartKind::Observations
                ? tr("No observations match the filter. Observations are filtered by "
                     "country and period only.")
                : tr("No events to chart: the filter selects none with this information."));
        m_stack->setCurrentWidget(m_placeholder);
        m_note->clear();
        // An empty chart rather than the old one, whose series would go on answering the mouse.
        setChart(new QChart);
        return;
    }
    QChart *chart = createChart(kind, *m_charts, m_observations, palette());
    setChart(chart);
    connectHover(chart);
    m_stack->setCurrentWidget(m_view);
    m_note->setText(chartNote(kind, *m_charts, m_observations));
}

void ChartsView::setChart(QChart *chart)
{
    // A new view for every chart, the old one (with its scene and chart) deleted once its events
    // are done: deleting a chart under a QChartView that keeps showing (QChartView::setChart)
    // left the view's scene pointing at freed items, which the monkey test found as a crash on
    // the next click.
    auto *view = new ChartCanvas(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setAccessibleName(chart->title());
    m_stack->insertWidget(0, view);
    if (m_view) {
        const bool shown = m_stack->currentWidget() == m_view;
        m_stack->removeWidget(m_view);
        m_view->hide();
        m_view->deleteLater();
        if (shown)
            m_stack->setCurrentWidget(view);
    }
    m_view = view;
}

void ChartsView::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartsView::setHovered(const QString &text, std::function<void()> narrow)
{
    m_hoveredText = text;
    m_hoveredNarrow = std::move(narrow);
}

void ChartsView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // The bar or slice under the pointer, when the menu was asked for with the mouse.
    if (event->reason() == QContextMenuEvent::Mouse && !m_hoveredText.isEmpty() &&
        m_hoveredNarrow) {
        menu.addAction(m_hoveredText, this, m_hoveredNarrow);
        menu.addSeparator();
    }
    Q_EMIT contextMenuOpening(&menu);
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
    event->accept();
}

QString ChartsView::eventCount(qint64 n)
{
    return tr("%Ln event(s)", nullptr, int(n));
}

void ChartsView::connectHover(QChart *chart)
{
    const ChartKind kind = currentKind();
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (qsizetype s = 0; s < sets.size(); ++s) {
                if (kind == ChartKind::PerYear)
                    connectYearBars(sets[s], s);
                else if (kind == ChartKind::PerCountry)
                    connectCountryBars(sets[s]);
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            connectTopicSlices(pie);
        } else if (auto *points = qobject_cast<QScatterSeries *>(series)) {
            connectObservationPoints(points);
        }
    }
}

// Each lambda keeps the chart numbers it refers to alive (keep).
void ChartsView::connectYearBars(QBarSet *set, qsizetype s)
{
    const core::PerYearChart &d = m_charts->perYear;
    connect(set, &QBarSet::hovered, this, [this, keep = m_charts, &d, s](bool on, int bin) {
        if (!on || bin < 0 || bin >= d.binCount()) {
            setHovered({}, {});
            return showTip({});
        }
        const qint64 first = d.binFirstYear(bin), last = d.binLastYear(bin);
        setHovered(first == last ? tr("Only the Year %1").arg(core::yearText(first, QLocale()))
                                 : tr("Only the Years %1–%2")
                                       .arg(core::yearText(first, QLocale()),
                                            core::yearText(last, QLocale())),
                   [this, first, last] { Q_EMIT yearsClicked(first, last); });
        const auto &series = d.series[s];
        showTip(tr("%1 · %2: %3 of %4")
                    .arg(d.binLabel(bin), series.label, eventCount(series.counts[size_t(bin)]),
                         eventCount(d.totals[size_t(bin)])));
    });
    connect(set, &QBarSet::clicked, this, [this, keep = m_charts, &d](int bin) {
        if (bin >= 0 && bin < d.binCount())
            Q_EMIT yearsClicked(d.binFirstYear(bin), d.binLastYear(bin));
    });
}

void ChartsView::connectCountryBars(QBarSet *set)
{
    const core::PerCountryChart &d = m_charts->perCountry;
    // The bars run from the last country up to the first.
    auto barAt = [keep = m_charts, &d](int i) -> const core::PerCountryChart::Bar * {
        const qsizetype n = qsizetype(d.bars.size());
        return i >= 0 && i < n ? &d.bars[size_t(n - 1 - i)] : nullptr;
    };
    connect(set, &QBarSet::hovered, this, [this, barAt](bool on, int i) {
        const auto *bar = barAt(i);
        if (on && bar)
            setHovered(tr("Only Events of %1").arg(bar->name),
                       [this, code = bar->alpha3] { Q_EMIT countryClicked(code); });
        else
            setHovered({}, {});
        showTip(on && bar ? tr("%1: %2").arg(bar->name, eventCount(bar->count)) : QString());
    });
    connect(set, &QBarSet::clicked, this, [this, barAt](int i) {
        if (const auto *bar = barAt(i))
            Q_EMIT countryClicked(bar->alpha3);
    });
}

void ChartsView::connectTopicSlices(QPieSeries *pie)
{
    const core::TopicsChart &d = m_charts->topics;
    const QList<QPieSlice *> slices = pie->slices();
    for (qsizetype i = 0; i < slices.size() && i < qsizetype(d.slices.size()); ++i) {
        QPieSlice *slice = slices[i];
        const auto &data = d.slices[size_t(i)];
        connect(slice, &QPieSlice::hovered, this, [this, keep = m_charts, slice, &data](bool on) {
            const QLocale locale;
            slice->setExploded(on);
            if (on && !data.slug.isEmpty())
                setHovered(tr("Only the Topic “%1”").arg(data.label),
                           [this, slug = data.slug] { Q_EMIT topicClicked(slug); });
            else
                setHovered({}, {});
            showTip(on ? tr("%1: %2 of %3 topic assignments (%4%)")
                             .arg(data.label, locale.toString(data.count),
                                  locale.toString(keep->topics.assignments),
                                  locale.toString(data.share * 100, 'f', 1))
                       : QString());
        });
        connect(slice, &QPieSlice::clicked, this,
                [this, keep = m_charts, &data] { Q_EMIT topicClicked(data.slug); });
    }
}

void ChartsView::connectObservationPoints(QScatterSeries *points)
{
    connect(points, &QScatterSeries::hovered, this, [this, points](const QPointF &p, bool on) {
        if (!on)
            return showTip({});
        const QLocale locale;
        for (const auto &s : m_observations.series) {
            for (const auto &point : s.points) {
                if (std::abs(point.year - p.x()) >= 1e-6 || !points->name().startsWith(s.label()))
                    continue;
                const int decimals = point.value == std::floor(point.value) ? 0 : 2;
                QString text = tr("%1 · %2: %3 %4")
                                   .arg(s.label(), point.period.toDisplayString(locale),
                                        locale.toString(point.value, 'f', decimals), s.unit);
                if (!point.note.isEmpty())
                    text += u"\n"_s + point.note;
                return showTip(text);
            }
        }
    });
}

} // namespace entente::ui
