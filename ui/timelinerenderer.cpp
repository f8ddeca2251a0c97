// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "colours.h"

#include "index/eventindex.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using entente::core::DateFlag;
using entente::core::DatePrecision;
using entente::core::TimelineMark;
using entente::core::TimelineViewport;

namespace entente::ui {

namespace {

constexpr double kGutter = 150;
constexpr double kAxisHeight = 42;
constexpr double kTrayHeight = 24;
constexpr double kLegendRow = 20;
constexpr double kLegendHeight = 2 * kLegendRow + 2; // wraps onto a second row
constexpr double kOverviewHeight = 34;
constexpr double kFade = 36; // pixels over which an unknown end fades out
constexpr int kEraRows = 2;  // rows of era names over the lanes
constexpr double kEraRowHeight = 16;

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::ui::TimelineRenderer)
};

// Axis-aligned hairlines as 1-pixel fills: the raster engine's fast path, where drawLine takes the
// general stroker (profiled at ~50× the cost).
void vline(QPainter *p, double x, double top, double bottom, const QColor &colour)
{
    p->fillRect(QRectF(std::floor(x), top, 1, bottom - top), colour);
}
void hline(QPainter *p, double left, double right, double y, const QColor &colour)
{
    p->fillRect(QRectF(left, std::floor(y), right - left, 1), colour);
}

} // namespace

void TimelineRenderer::setIndex(const core::EventIndex *index, const core::LaneIndex *lanes,
                                const std::span<const qint32> *undated)
{
    if (index != m_index)
        m_titles.clear(); // titles belong to the data, not to the filter: kept across filters
    m_index = index;
    m_lanes = lanes;
    m_undated = undated;
    m_layoutValid = false;
    m_firstLane = 0;
    m_overviewCache = {}; // the selection's density changed
    m_legendCache = {};
    m_laneLabels.clear();
    findEras();
}

// The shown events that are eras or office periods, found once per data and filter: only when
// the data has such a type at all is any lane walked.
void TimelineRenderer::findEras()
{
    m_eras.clear();
    if (!m_index || !m_lanes)
        return;
    QSet<quint16> eraTypes;
    const auto &types = m_index->eventTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (types[i].code == u"entente:era"_s || types[i].code == u"entente:chairmanship"_s)
            eraTypes.insert(quint16(i));
    }
    if (eraTypes.isEmpty())
        return;
    for (const core::LaneIndex::Lane &lane : m_lanes->lanes()) {
        for (qint32 pos : lane.positions) {
            if (eraTypes.contains(m_index->typeIndex(pos)))
                m_eras.push_back(pos);
        }
    }
    std::sort(m_eras.begin(), m_eras.end());
    m_eras.erase(std::unique(m_eras.begin(), m_eras.end()), m_eras.end());
}

void TimelineRenderer::setFirstLane(int lane)
{
    if (lane == m_firstLane)
        return;
    m_firstLane = std::max(0, lane);
    m_layoutValid = false;
}

void TimelineRenderer::setDataSpan(std::optional<std::pair<core::JulianDay, core::JulianDay>> span)
{
    m_span = span;
}

TimelineRenderer::Geometry TimelineRenderer::geometry(const QRectF &rect) const
{
    Geometry g;
    double bottom = rect.bottom();
    if (m_showOverview) {
        g.overview = QRectF(rect.left() + kGutter, bottom - kOverviewHeight, rect.width() - kGutter,
                            kOverviewHeight);
        bottom -= kOverviewHeight + 4;
    }
    g.legend = QRectF(rect.left(), bottom - kLegendHeight, rect.width(), kLegendHeight);
    bottom -= kLegendHeight;
    if (m_undated && !m_undated->empty()) {
        g.undated = QRectF(rect.left(), bottom - kTrayHeight, rect.width(), kTrayHeight);
        bottom -= kTrayHeight;
    }
    const double width = rect.width() - kGutter - m_rightMargin;
    g.axis = QRectF(rect.left() + kGutter, rect.top(), width, kAxisHeight);
    const double eras = m_showEras && !m_eras.empty() ? kEraRows * kEraRowHeight + 2 : 0;
    g.eras = QRectF(rect.left() + kGutter, g.axis.bottom(), width, eras);
    g.lanes = QRectF(rect.left() + kGutter, g.eras.bottom(), width,
                     std::max(0.0, bottom - g.eras.bottom()));
    g.gutter = QRectF(rect.left(), g.lanes.top(), kGutter, g.lanes.height());
    const int laneCount = m_lanes ? int(m_lanes->lanes().size()) : 0;
    // Lanes share the height, but never below a readable minimum: then they scroll.
    g.laneHeight =
        laneCount > 0 ? std::max(kMinLaneHeight, g.lanes.height() / laneCount) : g.lanes.height();
    const int fitting = std::max(1, int(g.lanes.height() / g.laneHeight));
    g.firstLane = std::clamp(m_firstLane, 0, std::max(0, laneCount - fitting));
    g.visibleLanes = std::min(fitting, laneCount - g.firstLane);
    g.rowsPerLane = std::max(1, int((g.laneHeight - 6) / kRowHeight));
    return g;
}

TimelineViewport TimelineRenderer::fitted(const QRectF &rect, TimelineViewport viewport) const
{
    viewport.setWidth(geometry(rect).lanes.width());
    return viewport;
}

QList<qint64> TimelineRenderer::prepare(const QRectF &rect, const TimelineViewport &viewport)
{
    const TimelineViewport vp = fitted(rect, viewport);
    if (!m_layoutValid || rect != m_layoutRect || !(vp == m_layoutViewport)) {
        if (m_index && m_lanes) {
            const Geometry g = geometry(rect);
            core::TimelineLayout::Options options;
            options.rowsPerLane = g.rowsPerLane;
            // Room for a typical title beside its mark, where the lane has rows to spare.
            options.labelRoom = std::min(300.0, g.lanes.width() / 2);
            options.firstLane = g.firstLane;
            options.laneCount = g.visibleLanes;
            m_layout = core::TimelineLayout::compute(*m_index, *m_lanes, vp, options);
        } else {
            m_layout = {};
        }
        m_layoutRect = rect;
        m_layoutViewport = vp;
        m_layoutValid = true;
    }
    QList<qint64> missing;
    if (!m_index)
        return missing;
    for (const TimelineMark &m : m_layout.marks()) {
        if (!m.isCluster() && !m_titles.contains(m_index->id(m.position)))
            missing.append(m_index->id(m.position));
    }
    for (qint32 pos : m_eras) {
        if (!m_titles.contains(m_index->id(pos)))
            missing.append(m_index->id(pos));
    }
    if (m_undated) {
        for (qint32 pos : *m_undated) {
            if (!m_titles.contains(m_index->id(pos)))
                missing.append(m_index->id(pos));
        }
    }
    return missing;
}

void TimelineRenderer::setTitles(const QHash<qint64, QString> &titles)
{
    if (m_titles.size() > 50000)
        m_titles.clear(); // a bound on memory; titles are read again as needed
    const QFontMetricsF &fm = m_metrics;
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        Label label;
        label.text = it.value();
        label.layout = QStaticText(it.value());
        label.width = fm.horizontalAdvance(it.value());
        label.layout.setTextFormat(Qt::PlainText);
        label.layout.setPerformanceHint(QStaticText::AggressiveCaching);
        m_titles.insert(it.key(), label);
    }
}

QColor TimelineRenderer::colourOf(qint32 position) const
{
    const auto topics = m_index->topicsAt(position);
    if (topics.empty())
        return m_palette.color(QPalette::Highlight);
    return QColor(m_index->topics()[topics.front()].colour);
}

QRectF TimelineRenderer::markRect(qsizetype mark, const QRectF &rect) const
{
    const Geometry g = geometry(rect);
    const TimelineMark &m = m_layout.marks()[mark];
    const double laneTop = g.lanes.top() + (m.lane - g.firstLane) * g.laneHeight;
    if (m.row < 0)
        return QRectF(g.lanes.left() + m.x0, laneTop + 2, m.x1 - m.x0, g.laneHeight - 4);
    const double y = laneTop + 4 + m.row * kRowHeight + (kRowHeight - kMarkHeight) / 2;
    return QRectF(g.lanes.left() + m.x0, y, m.x1 - m.x0, kMarkHeight);
}

void TimelineRenderer::draw(QPainter *p, const QRectF &rect, const TimelineViewport &viewport)
{
    prepare(rect, viewport); // a no-op when the widget prepared the same layout already
    const TimelineViewport vp = fitted(rect, viewport);
    const Geometry g = geometry(rect);
    p->save();
    // Time runs left to right in every language, as on a chart's axis; each label reads in its
    // own text's direction (an Arabic title right to left, an English one left to right,
    // whatever the window's layout), so a right-to-left desktop neither mirrors nor mangles it.
    p->setLayoutDirection(Qt::LayoutDirectionAuto);
    // Straight lines and bars need no antialiasing, and are much cheaper without; marks turn it on.
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setFont(m_font);
    p->fillRect(rect, m_palette.color(QPalette::Base));
    if (!m_index || !m_lanes || m_lanes->lanes().empty()) {
        drawAxis(p, g, vp);
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(g.lanes, Qt::AlignCenter,
                    m_placeholder.isEmpty() ? Text::tr("No dated events to show.") : m_placeholder);
        drawUndated(p, g);
        p->restore();
        return;
    }
    drawLanes(p, rect, g, vp);
    drawAxis(p, g, vp);
    drawUndated(p, g);
    drawLegend(p, g);
    if (m_showOverview)
        drawOverview(p, g, vp);
    p->restore();
}

void TimelineRenderer::drawAxis(QPainter *p, const Geometry &g, const TimelineViewport &vp)
{
    const QFontMetricsF fm(m_font);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor faint = m_palette.color(QPalette::Mid);
    p->fillRect(
        QRectF(g.axis.left() - kGutter, g.axis.top(), g.axis.width() + kGutter, g.axis.height()),
        m_palette.color(QPalette::Window));
    const core::TickLevel level = core::TimeAxis::levelFor(vp, 56);
    const core::TickLevel bandLevel = core::TimeAxis::bandLevelFor(level);
    const double half = g.axis.height() / 2;

    // Band: the larger unit's name, kept in view at the left while its span is.
    const QList<core::Tick> bands = core::TimeAxis::ticks(vp, bandLevel, QLocale(), true);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const double x0 = g.axis.left() + bands[i].x;
        const double x1 = i + 1 < bands.size() ? g.axis.left() + bands[i + 1].x : g.axis.right();
        if (x0 >= g.axis.left())
            vline(p, x0, g.axis.top(), g.axis.top() + half, faint);
        const double left = std::max(x0, g.axis.left()) + 4;
        const double room = std::min(x1, g.axis.right()) - left - 4;
        const double w = fm.horizontalAdvance(bands[i].label);
        if (w <= room) {
            p->setPen(text);
            p->drawText(QRectF(left, g.axis.top(), w + 1, half), Qt::AlignVCenter | Qt::AlignLeft,
                        bands[i].label);
        }
    }
    // Ticks: a line across the lanes and a label that never overlaps the one before or clips.
    const QList<core::Tick> ticks = core::TimeAxis::ticks(vp, level);
    double lastRight = -1e9;
    for (const core::Tick &t : ticks) {
        const double x = g.axis.left() + t.x;
        if (x < g.axis.left() || x > g.axis.right())
            continue;
        vline(p, x, g.axis.top() + half, g.axis.bottom(), faint);
        const double w = fm.horizontalAdvance(t.label);
        if (x + 3 < lastRight + 6 || x + 3 + w > g.axis.right())
            continue;
        p->setPen(text);
        p->drawText(QRectF(x + 3, g.axis.top() + half, w + 1, half),
                    Qt::AlignVCenter | Qt::AlignLeft, t.label);
        lastRight = x + 3 + w;
    }
    hline(p, g.axis.left() - kGutter, g.axis.right(), g.axis.bottom() - 1, faint);
}

void TimelineRenderer::drawLanes(QPainter *p, const QRectF &rect, const Geometry &g,
                                 const TimelineViewport &vp)
{
    drawLaneBands(p, g);
    if (m_showEras)
        drawEras(p, g, vp);
    drawGrid(p, g, vp);
    p->save();
    p->setClipRect(g.lanes);
    drawMarks(p, rect);
    drawSelectionLink(p, rect);
    drawLabels(p, rect, g);
    p->restore();
}

void TimelineRenderer::drawLaneBands(QPainter *p, const Geometry &g)
{
    const QFontMetricsF fm(m_font);
    const auto &lanes = m_lanes->lanes();
    for (size_t i = size_t(g.firstLane); i < size_t(g.firstLane + g.visibleLanes); ++i) {
        const QRectF laneRect(g.gutter.left(),
                              g.lanes.top() + double(int(i) - g.firstLane) * g.laneHeight,
                              g.gutter.width() + g.lanes.width(), g.laneHeight);
        p->fillRect(laneRect, m_palette.color(i % 2 ? QPalette::AlternateBase : QPalette::Base));
        p->setPen(m_palette.color(QPalette::Text));
        auto cached = m_laneLabels.find(int(i));
        if (cached == m_laneLabels.end()) {
            QStaticText text(fm.elidedText(lanes[i].label, Qt::ElideRight, kGutter - 12));
            text.setTextFormat(Qt::PlainText);
            cached = m_laneLabels.insert(int(i), text);
        }
        p->drawStaticText(
            QPointF(laneRect.left() + 6,
                    laneRect.top() +
                        (std::min(laneRect.height(), 24.0) - cached->size().height()) / 2),
            *cached);
        hline(p, laneRect.left(), laneRect.right(), laneRect.bottom() - 1,
              m_palette.color(QPalette::Mid));
    }
    vline(p, g.lanes.left(), g.lanes.top(), g.lanes.bottom(), m_palette.color(QPalette::Mid));
}

// Eras as bands across every lane, under the grid and the marks, each named at its top;
// an end the source does not know fades out, as on its bar.
void TimelineRenderer::drawEras(QPainter *p, const Geometry &g, const TimelineViewport &vp)
{
    if (m_eras.empty())
        return;
    p->save();
    const QRectF area = g.eras.united(g.lanes);
    p->fillRect(g.eras, m_palette.color(QPalette::Base));
    p->setClipRect(area);
    p->setRenderHint(QPainter::Antialiasing, false);
    const QColor tint =
        mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.14);
    const QColor edge =
        mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.45);
    // Names in the rows over the lanes, each in the first row where it overlaps no other; one
    // that finds none is left to its mark's label.
    std::vector<double> rowEnds;
    for (qint32 pos : m_eras) {
        const double left = g.lanes.left() + vp.xForDay(m_index->lower(pos).value);
        const double right =
            std::max(left + 2, g.lanes.left() + vp.xForDay(m_index->upper(pos).value + 1));
        if (right < g.lanes.left() - kFade || left > g.lanes.right() + kFade)
            continue;
        const QRectF band(left, area.top(), right - left, area.height());
        p->setPen(Qt::NoPen);
        drawFadingBar(p, pos, band, tint, false);
        if (!m_index->hasFlag(pos, DateFlag::StartUnknown))
            vline(p, left, area.top(), area.bottom(), edge);
        if (!m_index->hasFlag(pos, DateFlag::EndUnknown))
            vline(p, right, area.top(), area.bottom(), edge);
        const QString title = m_titles.value(m_index->id(pos)).text;
        if (title.isEmpty())
            continue;
        const QString name =
            m_metrics.elidedText(title, Qt::ElideRight, std::max(band.width(), 280.0) - 8);
        const double width = m_metrics.horizontalAdvance(name);
        // Inside the lanes, even for a band at their edge.
        const double x = std::clamp(left + 4, g.lanes.left() + 4, g.lanes.right() - width - 4);
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > x)
            ++row;
        if (row >= size_t(kEraRows))
            continue;
        if (row == rowEnds.size())
            rowEnds.push_back(0);
        rowEnds[row] = x + width + 8;
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(
            QRectF(x, g.eras.top() + 1 + kEraRowHeight * double(row), width + 1, kEraRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    p->restore();
}

// The grid at the axis's ticks, under the marks and labels, opaque so it needs no blending.
void TimelineRenderer::drawGrid(QPainter *p, const Geometry &g, const TimelineViewport &vp)
{
    const QColor grid = mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Mid), 0.3);
    for (const core::Tick &t : core::TimeAxis::ticks(vp, core::TimeAxis::levelFor(vp, 56))) {
        const double x = g.lanes.left() + t.x;
        if (x > g.lanes.left() && x < g.lanes.right())
            vline(p, x, g.lanes.top(), g.lanes.bottom(), grid);
    }
}

void TimelineRenderer::drawMarks(QPainter *p, const QRectF &rect)
{
    const QColor densityColour =
        mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.6);
    qint32 densityMax = 1;
    for (const TimelineMark &m : m_layout.marks()) {
        if (m.row < 0)
            densityMax = std::max(densityMax, m.count);
    }
    for (qsizetype i = 0; i < m_layout.marks().size(); ++i) {
        const TimelineMark &m = m_layout.marks()[i];
        const QRectF r = markRect(i, rect);
        if (m.row < 0) {
            // Density: a bar whose height grows with the log of the count.
            const double share = std::log1p(m.count) / std::log1p(densityMax);
            const double h = std::max(2.0, r.height() * share);
            p->fillRect(QRectF(r.left(), r.bottom() - h, r.width(), h), densityColour);
            continue;
        }
        p->setRenderHint(QPainter::Antialiasing, true);
        drawMark(p, m, r);
        p->setRenderHint(QPainter::Antialiasing, false);
        if (i == m_hovered) {
            p->setPen(QPen(m_palette.color(QPalette::Text), 1, Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(-2, -2, 2, 2));
        }
    }
}

// The marks of the selected event in several lanes, joined by one line.
void TimelineRenderer::drawSelectionLink(QPainter *p, const QRectF &rect)
{
    if (m_selected < 0)
        return;
    const QList<qsizetype> linked = m_layout.marksOf(m_selected);
    if (linked.size() < 2)
        return;
    const QRectF a = markRect(linked.first(), rect);
    const QRectF b = markRect(linked.last(), rect);
    p->setPen(QPen(m_palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
    p->drawLine(QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top()));
}

// Labels left to right, so that each row knows where its previous label ended.
void TimelineRenderer::drawLabels(QPainter *p, const QRectF &rect, const Geometry &g)
{
    std::vector<qsizetype> order(size_t(m_layout.marks().size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_layout.marks()[a].x0 < m_layout.marks()[b].x0;
    });
    QHash<qint64, double> rowTaken;
    for (qsizetype i : order) {
        const TimelineMark &m = m_layout.marks()[i];
        if (!m.isCluster() && m.row >= 0)
            drawLabel(p, m, markRect(i, rect), g, rowTaken);
        else if (m.isCluster())
            rowTaken.insert(qint64(m.lane) * 100000 + m.row, markRect(i, rect).right());
    }
}

void TimelineRenderer::drawCluster(QPainter *p, const TimelineMark &m, const QRectF &r)
{
    p->setPen(QPen(m_palette.color(QPalette::Dark), 1));
    p->setBrush(m_palette.color(QPalette::Mid));
    const QString count = QString::number(m.count);
    const QFontMetricsF fm(m_font);
    QRectF box = r;
    box.setWidth(std::max(r.width(), fm.horizontalAdvance(count) + 10));
    box.adjust(0, -3, 0, 3);
    p->drawRoundedRect(box, 5, 5);
    p->setPen(m_palette.color(QPalette::Text));
    p->drawText(box, Qt::AlignCenter, count);
}

void TimelineRenderer::drawMark(QPainter *p, const TimelineMark &m, const QRectF &r)
{
    if (m.isCluster()) {
        drawCluster(p, m, r);
        return;
    }
    const qint32 pos = m.position;
    QColor colour = colourOf(pos);
    if (m_partial && std::binary_search(m_partial->begin(), m_partial->end(), pos))
        colour.setAlpha(110); // only partly inside the filtered period
    const bool selected = pos == m_selected;
    const bool vague =
        m_index->hasFlag(pos, DateFlag::Approximate) || m_index->hasFlag(pos, DateFlag::Uncertain);
    QPen outline(selected ? m_palette.color(QPalette::Highlight) : colour.darker(140),
                 selected ? 2.5 : 1);
    // A hairline is drawn directly; a 1.2 px pen would be stroked as a path.
    outline.setCosmetic(true);
    if (vague)
        outline.setStyle(Qt::DashLine);
    if (selected) {
        QColor halo = m_palette.color(QPalette::Highlight);
        halo.setAlpha(70);
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawRoundedRect(r.adjusted(-5, -5, 5, 5), 6, 6);
    }
    p->setPen(outline);
    const bool dayPoint = !m_index->hasFlag(pos, DateFlag::Interval) &&
                          m_index->precision(pos) == DatePrecision::Day &&
                          !m_index->hasFlag(pos, DateFlag::Attested);
    if (dayPoint)
        drawDay(p, r, colour);
    else if (m_index->hasFlag(pos, DateFlag::StartUnknown) ||
             m_index->hasFlag(pos, DateFlag::EndUnknown))
        drawFadingBar(p, pos, r, colour, selected);
    else if (m_index->precision(pos) != DatePrecision::Day)
        drawVaguePeriod(p, r, colour);
    else {
        p->setBrush(colour);
        p->drawRoundedRect(r, 3, 3);
    }
}

// A day: a diamond at the day, in the pen set.
void TimelineRenderer::drawDay(QPainter *p, const QRectF &r, const QColor &colour)
{
    const QPointF c = r.center();
    const double h = r.height() / 2 + 1;
    QPainterPath diamond;
    diamond.moveTo(c.x(), c.y() - h);
    diamond.lineTo(c.x() + h, c.y());
    diamond.lineTo(c.x(), c.y() + h);
    diamond.lineTo(c.x() - h, c.y());
    diamond.closeSubpath();
    p->setBrush(colour);
    p->drawPath(diamond);
}

// Unknown ends fade out: the bar is solid only over what the source attests.
void TimelineRenderer::drawFadingBar(QPainter *p, qint32 pos, const QRectF &r, const QColor &colour,
                                     bool selected)
{
    const bool fadeStart = m_index->hasFlag(pos, DateFlag::StartUnknown);
    const bool fadeEnd = m_index->hasFlag(pos, DateFlag::EndUnknown);
    QRectF bar = r;
    if (fadeStart)
        bar.setLeft(bar.left() - kFade);
    if (fadeEnd)
        bar.setRight(bar.right() + kFade);
    QLinearGradient gradient(bar.left(), 0, bar.right(), 0);
    QColor clear = colour;
    clear.setAlpha(0);
    const double solidFrom = (r.left() - bar.left()) / bar.width();
    const double solidTo = (r.right() - bar.left()) / bar.width();
    gradient.setColorAt(0, fadeStart ? clear : colour);
    gradient.setColorAt(std::clamp(solidFrom, 0.0, 1.0), colour);
    gradient.setColorAt(std::clamp(solidTo, 0.0, 1.0), colour);
    gradient.setColorAt(1, fadeEnd ? clear : colour);
    const QPen outline = p->pen();
    p->setPen(Qt::NoPen);
    p->setBrush(gradient);
    p->drawRect(bar);
    if (selected) {
        p->setPen(outline);
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
    }
}

// A month or a year: the whole period, lightly filled and hatched, so it reads as "some time in"
// rather than "all through".
void TimelineRenderer::drawVaguePeriod(QPainter *p, const QRectF &r, const QColor &colour)
{
    QColor light = colour;
    light.setAlpha(80);
    p->setBrush(light);
    p->drawRect(r);
    p->setBrush(QBrush(colour, Qt::BDiagPattern));
    p->drawRect(r);
}

void TimelineRenderer::drawLabel(QPainter *p, const TimelineMark &m, const QRectF &r,
                                 const Geometry &g, QHash<qint64, double> &rowTaken)
{
    const auto found = m_titles.constFind(m_index->id(m.position));
    if (found == m_titles.cend() || found->text.isEmpty())
        return;
    Label &label = m_titles[found.key()];
    const bool selected = m.position == m_selected;
    const bool approximate = m_index->hasFlag(m.position, DateFlag::Approximate);
    const QFont &f = selected ? m_boldFont : m_font;
    const QFontMetricsF &fm = selected ? m_boldMetrics : m_metrics;
    // A row's labels never overlap: each takes the free space beside its mark, and a label on
    // the left starts only where the previous label in the row ended.
    const qint64 rowKey = qint64(m.lane) * 100000 + m.row;
    const double taken = rowTaken.value(rowKey, g.lanes.left());
    const double fade = m_index->hasFlag(m.position, DateFlag::EndUnknown) ? kFade : 0;
    const double fadeLeft = m_index->hasFlag(m.position, DateFlag::StartUnknown) ? kFade : 0;
    const double rightRoom =
        std::min(m.labelRoomRight - fade, g.lanes.right() - r.right() - fade) - 6;
    const double leftRoom = std::min(m.labelRoomLeft - fadeLeft, r.left() - fadeLeft - taken) - 6;
    // The common case — a plain label that fits — is drawn from its cached layout.
    const bool plain = !selected && !approximate;
    const double w =
        plain ? label.width : fm.horizontalAdvance(approximate ? u"~ "_s + label.text : label.text);
    const double y = r.center().y() - kRowHeight / 2;
    QRectF box;
    QString text;
    if (w <= rightRoom) {
        box = QRectF(r.right() + fade + 4, y, w + 1, kRowHeight);
    } else if (w <= leftRoom) {
        box = QRectF(r.left() - fadeLeft - 4 - w, y, w + 1, kRowHeight);
    } else if (std::max(rightRoom, leftRoom) >= 40) {
        const bool right = rightRoom >= leftRoom;
        const double room = right ? rightRoom : leftRoom;
        if (plain) {
            // Eliding is slow text layout: reuse the last result while the room is about the same.
            const int roomKey = int(room / 8);
            if (label.elidedRoom != roomKey) {
                label.elided = fm.elidedText(label.text, Qt::ElideRight, roomKey * 8.0);
                label.elidedRoom = roomKey;
            }
            text = label.elided;
        } else {
            text = fm.elidedText(approximate ? u"~ "_s + label.text : label.text, Qt::ElideRight,
                                 room);
        }
        const double tw = std::min(room, fm.horizontalAdvance(text));
        box = right ? QRectF(r.right() + fade + 4, y, tw + 1, kRowHeight)
                    : QRectF(r.left() - fadeLeft - 4 - tw, y, tw + 1, kRowHeight);
    }
    rowTaken.insert(rowKey, std::max(r.right() + fade, box.isNull() ? 0.0 : box.right()));
    if (box.isNull())
        return;
    p->setPen(selected ? m_palette.color(QPalette::Highlight).darker(110)
                       : m_palette.color(QPalette::Text));
    if (plain && text.isEmpty()) {
        p->drawStaticText(QPointF(box.left(), box.center().y() - label.layout.size().height() / 2),
                          label.layout);
        return;
    }
    p->setFont(f);
    p->drawText(box, Qt::AlignVCenter | Qt::AlignLeft,
                text.isEmpty() ? (approximate ? u"~ "_s + label.text : label.text) : text);
    p->setFont(m_font);
}

QList<QRectF> TimelineRenderer::undatedChips(const Geometry &g) const
{
    QList<QRectF> chips;
    if (!m_undated || g.undated.isEmpty())
        return chips;
    const QFontMetricsF fm(m_font);
    double x = g.undated.left() + kGutter;
    for (qint32 pos : *m_undated) {
        const QString title =
            fm.elidedText(m_titles.value(m_index->id(pos)).text, Qt::ElideRight, 260);
        const double w = fm.horizontalAdvance(title) + 16;
        if (x + w > g.undated.right() - 4)
            break;
        chips.append(QRectF(x, g.undated.top() + 3, w, g.undated.height() - 6));
        x += w + 6;
    }
    return chips;
}

void TimelineRenderer::drawUndated(QPainter *p, const Geometry &g)
{
    if (!m_undated || g.undated.isEmpty())
        return;
    const QFontMetricsF fm(m_font);
    p->fillRect(g.undated, m_palette.color(QPalette::Window));
    p->setPen(m_palette.color(QPalette::Text));
    p->drawText(QRectF(g.undated.left() + 6, g.undated.top(), kGutter - 10, g.undated.height()),
                Qt::AlignVCenter | Qt::AlignLeft, Text::tr("Undated (%1)").arg(m_undated->size()));
    const QList<QRectF> chips = undatedChips(g);
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const qint32 pos = (*m_undated)[size_t(i)];
        const bool selected = pos == m_selected;
        p->setPen(QPen(selected ? m_palette.color(QPalette::Highlight) : colourOf(pos),
                       selected ? 2 : 1, Qt::DashLine));
        p->setBrush(m_palette.color(QPalette::Base));
        p->drawRoundedRect(chips[i], 4, 4);
        p->setPen(m_palette.color(QPalette::Text));
        p->drawText(chips[i], Qt::AlignCenter,
                    fm.elidedText(m_titles.value(m_index->id(pos)).text, Qt::ElideRight, 260));
    }
    if (chips.size() < qsizetype(m_undated->size())) {
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        const double x = chips.isEmpty() ? g.undated.left() + kGutter : chips.last().right() + 6;
        p->drawText(QRectF(x, g.undated.top(), g.undated.right() - x, g.undated.height()),
                    Qt::AlignVCenter | Qt::AlignLeft,
                    Text::tr("+%1 more in the table").arg(m_undated->size() - chips.size()));
    }
}

void TimelineRenderer::drawLegend(QPainter *painter, const Geometry &g)
{
    if (!isRaster(painter)) { // SVG, PDF: kept as text and shapes, not a picture of them
        drawLegendItems(painter, g.legend);
        return;
    }
    // The legend changes with the lanes, the palette and the width only: drawn once into an image.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_legendCache.size() != (g.legend.size() * dpr).toSize()) {
        m_legendCache =
            QImage((g.legend.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_legendCache.setDevicePixelRatio(dpr);
        m_legendCache.fill(m_palette.color(QPalette::Window));
        QPainter cache(&m_legendCache);
        cache.setRenderHint(QPainter::Antialiasing);
        cache.setFont(m_font);
        drawLegendItems(&cache, QRectF(QPointF(0, 0), g.legend.size()));
    }
    painter->drawImage(g.legend.topLeft(), m_legendCache);
}

void TimelineRenderer::drawLegendItems(QPainter *p, const QRectF &legend)
{
    const QFontMetricsF fm(m_font);
    Geometry g;
    g.legend = legend;
    double x = g.legend.left() + 6;
    double top = g.legend.top() + 1;
    double cy = top + kLegendRow / 2;
    auto item = [&](const QColor &colour, const QString &name, int style) {
        const double w = fm.horizontalAdvance(name);
        if (x + 16 + w > g.legend.right()) {
            if (top + kLegendRow >= g.legend.bottom() - kLegendRow + 1)
                return; // no third row: the table lists every topic too
            top += kLegendRow;
            cy = top + kLegendRow / 2;
            x = g.legend.left() + 6;
        }
        p->setPen(QPen(colour.darker(140), 1));
        p->setBrush(colour);
        if (style == 0) {
            p->drawRect(QRectF(x, cy - 5, 10, 10));
        } else if (style == 1) { // a day
            QPainterPath d;
            d.moveTo(x + 5, cy - 6);
            d.lineTo(x + 11, cy);
            d.lineTo(x + 5, cy + 6);
            d.lineTo(x - 1, cy);
            d.closeSubpath();
            p->drawPath(d);
        } else if (style == 2) { // a month or year
            p->setBrush(QBrush(colour, Qt::BDiagPattern));
            p->drawRect(QRectF(x - 2, cy - 5, 14, 10));
        } else { // unknown ends
            QLinearGradient gradient(x - 4, 0, x + 14, 0);
            QColor clear = colour;
            clear.setAlpha(0);
            gradient.setColorAt(0, clear);
            gradient.setColorAt(0.5, colour);
            gradient.setColorAt(1, clear);
            p->setPen(Qt::NoPen);
            p->setBrush(gradient);
            p->drawRect(QRectF(x - 4, cy - 5, 18, 10));
        }
        p->setPen(m_palette.color(QPalette::Text));
        p->drawText(QRectF(x + 16, top, w + 1, kLegendRow), Qt::AlignVCenter, name);
        x += 16 + w + 14;
    };
    const QColor neutral = m_palette.color(QPalette::Text);
    item(neutral, Text::tr("day"), 1);
    item(neutral, Text::tr("month or year"), 2);
    item(neutral, Text::tr("start or end unknown"), 3);
    x += 10;
    for (qsizetype t : m_lanes->topicsUsed())
        item(QColor(m_index->topics()[t].colour), m_index->topics()[t].name, 0);
}

bool TimelineRenderer::isRaster(QPainter *p)
{
    return p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster;
}

void TimelineRenderer::drawHistogram(QPainter *p, const QSize &size) const
{
    const std::vector<qint32> &histogram = m_lanes->histogram();
    const qint32 top = std::max(1, *std::max_element(histogram.begin(), histogram.end()));
    const double binWidth = double(size.width()) / core::LaneIndex::kHistogramBins;
    QColor bar = m_palette.color(QPalette::Text);
    bar.setAlpha(140);
    for (int b = 0; b < core::LaneIndex::kHistogramBins; ++b) {
        if (!histogram[size_t(b)])
            continue;
        const double h =
            std::max(2.0, (size.height() - 4) * std::sqrt(double(histogram[size_t(b)]) / top));
        p->fillRect(QRectF(b * binWidth, size.height() - 2 - h, std::max(1.0, binWidth), h), bar);
    }
    p->setPen(QPen(m_palette.color(QPalette::Mid), 0));
    p->drawRect(QRect(QPoint(0, 0), size - QSize(1, 1)));
}

void TimelineRenderer::drawOverview(QPainter *p, const Geometry &g, const TimelineViewport &vp)
{
    if (!m_span || g.overview.isEmpty())
        return;
    const QSize size = g.overview.size().toSize();
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    if (!isRaster(p)) {
        p->save();
        p->translate(g.overview.topLeft());
        p->fillRect(QRectF(QPointF(0, 0), g.overview.size()),
                    m_palette.color(QPalette::AlternateBase));
        drawHistogram(p, size);
        p->restore();
    } else if (m_overviewCache.size() != size * dpr) {
        // The histogram changes with the data and the size only: draw it once into an image
        // (at the device's pixel ratio, so it stays sharp on high-DPI screens).
        m_overviewCache = QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
        m_overviewCache.setDevicePixelRatio(dpr);
        m_overviewCache.fill(m_palette.color(QPalette::AlternateBase));
        QPainter cache(&m_overviewCache);
        drawHistogram(&cache, size);
    }
    if (isRaster(p))
        p->drawImage(g.overview.topLeft(), m_overviewCache);
    // The visible window.
    const double first = m_span->first.value;
    const double span = std::max(1.0, double(m_span->second.value - m_span->first.value + 1));
    const double x0 = g.overview.left() + (vp.firstDay() - first) / span * g.overview.width();
    const double x1 = g.overview.left() + (vp.lastDay() - first) / span * g.overview.width();
    QRectF window(QPointF(std::max(x0, g.overview.left()), g.overview.top() + 1),
                  QPointF(std::min(x1, g.overview.right()), g.overview.bottom() - 1));
    if (window.width() < 4)
        window.adjust(-2, 0, 2, 0);
    QColor fill = m_palette.color(QPalette::Highlight);
    fill.setAlpha(60);
    p->setPen(QPen(m_palette.color(QPalette::Highlight), 1.5));
    p->setBrush(fill);
    p->drawRect(window);
}

double TimelineRenderer::overviewDayAt(double x, const QRectF &rect) const
{
    const Geometry g = geometry(rect);
    if (!m_span || g.overview.width() <= 0)
        return 0;
    const double span = double(m_span->second.value - m_span->first.value + 1);
    return m_span->first.value + (x - g.overview.left()) / g.overview.width() * span;
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const QPointF &point, const QRectF &rect) const
{
    Hit hit;
    const Geometry g = geometry(rect);
    if (m_showOverview && g.overview.contains(point)) {
        hit.kind = Hit::Overview;
        return hit;
    }
    if (g.axis.contains(point)) {
        hit.kind = Hit::Axis;
        return hit;
    }
    if (g.undated.contains(point)) {
        const QList<QRectF> chips = undatedChips(g);
        for (qsizetype i = 0; i < chips.size(); ++i) {
            if (chips[i].contains(point)) {
                hit.kind = Hit::Undated;
                hit.position = (*m_undated)[size_t(i)];
                return hit;
            }
        }
        return hit;
    }
    if (!g.lanes.contains(point))
        return hit;
    hit.kind = Hit::Lanes;
    // Marks are small: search the nearest within a few pixels rather than the exact rectangle.
    double best = 1e9;
    for (qsizetype i = 0; i < m_layout.marks().size(); ++i) {
        const QRectF r = markRect(i, rect).adjusted(-3, -4, 3, 4);
        if (!r.contains(point))
            continue;
        const double d =
            std::abs(r.center().x() - point.x()) + std::abs(r.center().y() - point.y());
        if (d < best) {
            best = d;
            hit.mark = i;
        }
    }
    if (hit.mark >= 0) {
        const TimelineMark &m = m_layout.marks()[hit.mark];
        hit.kind = m.isCluster() ? Hit::Cluster : Hit::Mark;
        hit.position = m.position;
    }
    return hit;
}

} // namespace entente::ui
