// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "index/dataset.h"
#include "index/eventfilter.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {
constexpr double kZoomStep = 1.5;
constexpr double kDragThreshold = 4;
} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline"));
    m_renderer.setPalette(palette());
    m_renderer.setFont(font());
    m_laneScroll = new QScrollBar(Qt::Vertical, this);
    m_laneScroll->setAccessibleName(tr("Lanes"));
    m_laneScroll->setFocusPolicy(Qt::NoFocus);
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int lane) {
        m_renderer.setFirstLane(lane);
        relayout();
    });
    m_viewport = core::TimelineViewport(core::JulianDay::fromYmd(1990, 1, 1).value,
                                        core::JulianDay::fromYmd(2025, 1, 1).value, width());
}

void TimelineView::setDataset(core::Dataset *dataset)
{
    m_dataset = dataset;
    m_result.reset();
    m_selected = -1;
    m_renderer.setSelected(-1);
    m_renderer.setPartial(nullptr);
    m_renderer.setDataSpan(m_dataset ? m_dataset->index().datedSpan() : std::nullopt);
    // The lanes come with the first filter result, built off the GUI thread; until then none.
    m_lanes = std::make_shared<const core::LaneIndex>(core::EventIndex(), m_laneMode);
    m_undated = {};
    m_navigable = {};
    m_allPositions.clear();
    m_renderer.setIndex(m_dataset ? &m_dataset->index() : nullptr, m_lanes.get(), &m_undated);
    m_renderer.setPlaceholder(m_dataset ? tr("Preparing the timeline…") : QString());
    zoomToFit();
}

void TimelineView::indexReplaced()
{
    m_selected = -1;
    m_renderer.setSelected(-1);
    m_renderer.setDataSpan(m_dataset ? m_dataset->index().datedSpan() : std::nullopt);
    m_renderer.setIndex(m_dataset ? &m_dataset->index() : nullptr, m_lanes.get(), &m_undated);
}

void TimelineView::setFilterResult(std::shared_ptr<const core::FilterResult> result)
{
    m_result = std::move(result);
    m_renderer.setPlaceholder({});
    collectPositions();
    rebuildLanes(m_laneMode);
    m_renderer.setPartial(m_result ? &m_result->partialPositions : nullptr);
    if (m_selected >= 0 &&
        !std::binary_search(m_navigable.begin(), m_navigable.end(), m_selected) &&
        std::find(m_undated.begin(), m_undated.end(), m_selected) == m_undated.end()) {
        m_selected = -1; // filtered out: the views do not show what the filter hides
        m_renderer.setSelected(-1);
        updateAccessibleDescription();
    }
    relayout();
}

void TimelineView::collectPositions()
{
    m_undated = {};
    m_navigable = {};
    m_allPositions.clear();
    if (!m_dataset)
        return;
    const core::EventIndex &index = m_dataset->index();
    std::span<const qint32> all;
    if (m_result) {
        all = m_result->positions;
    } else {
        m_allPositions.resize(size_t(index.size()));
        std::iota(m_allPositions.begin(), m_allPositions.end(), 0);
        all = m_allPositions;
    }
    // Positions from datedCount() on are the undated events.
    const auto firstUndated = std::lower_bound(all.begin(), all.end(), qint32(index.datedCount()));
    m_navigable = all.first(size_t(firstUndated - all.begin()));
    m_undated = all.subspan(m_navigable.size());
}

void TimelineView::setLaneMode(core::LaneMode mode)
{
    if (mode == m_laneMode && m_dataset)
        return;
    m_laneMode = mode;
    rebuildLanes(mode);
    relayout();
    Q_EMIT laneModeChanged(mode);
}

void TimelineView::setShowEras(bool show)
{
    m_renderer.setShowEras(show);
    update();
}

void TimelineView::rebuildLanes(core::LaneMode mode)
{
    m_lanes.reset(); // free the old lanes before building the new ones
    if (m_result && m_result->lanes && m_result->lanes->mode() == mode)
        m_lanes = m_result->lanes; // built with the result, on the filter's thread
    else
        m_lanes = std::make_shared<const core::LaneIndex>(
            m_dataset ? core::LaneIndex(m_dataset->index(), mode,
                                        m_result ? std::optional(m_navigable) : std::nullopt)
                      : core::LaneIndex(core::EventIndex(), mode));
    m_renderer.setIndex(m_dataset ? &m_dataset->index() : nullptr, m_lanes.get(), &m_undated);
}

void TimelineView::setViewport(const core::TimelineViewport &viewport)
{
    m_viewport = viewport;
    m_viewport.setWidth(m_renderer.geometry(rect()).lanes.width());
    relayout();
    Q_EMIT viewportChanged();
}

void TimelineView::updateLaneScroll()
{
    const int count = int(m_lanes->lanes().size());
    m_renderer.setRightMargin(0);
    TimelineRenderer::Geometry g = m_renderer.geometry(rect());
    const bool needed = g.visibleLanes < count;
    if (needed) {
        const int width = m_laneScroll->sizeHint().width();
        m_renderer.setRightMargin(width);
        g = m_renderer.geometry(rect());
        m_laneScroll->setGeometry(int(g.lanes.right()), int(g.lanes.top()), width,
                                  int(g.lanes.height()));
        const QSignalBlocker blocker(m_laneScroll);
        m_laneScroll->setRange(0, count - g.visibleLanes);
        m_laneScroll->setPageStep(g.visibleLanes);
        m_laneScroll->setValue(g.firstLane);
    }
    m_laneScroll->setVisible(needed);
    m_viewport.setWidth(g.lanes.width());
}

void TimelineView::scrollLanes(int delta)
{
    if (m_laneScroll->isVisible())
        m_laneScroll->setValue(m_laneScroll->value() + delta);
}

void TimelineView::relayout()
{
    updateLaneScroll();
    // Layout and the titles it needs are read here, on change, never in paintEvent.
    const QList<qint64> missing = m_renderer.prepare(rect(), m_viewport);
    if (!missing.isEmpty() && m_dataset) {
        QHash<qint64, QString> titles;
        for (const core::EventHeadline &h : m_dataset->store().headlines(missing))
            titles.insert(h.id, h.title);
        m_renderer.setTitles(titles);
    }
    update();
}

qint64 TimelineView::selectedEventId() const
{
    return m_dataset && m_selected >= 0 ? m_dataset->index().id(m_selected) : -1;
}

void TimelineView::selectEventId(qint64 id)
{
    if (!m_dataset)
        return;
    const qsizetype pos = id < 0 ? -1 : m_dataset->index().positionOf(id);
    if (pos == m_selected)
        return;
    selectPosition(qint32(pos), false);
}

void TimelineView::selectPosition(qint32 position, bool notify)
{
    m_selected = position;
    m_renderer.setSelected(position);
    if (position >= 0)
        ensureVisible(position);
    updateAccessibleDescription();
    update();
    if (notify)
        Q_EMIT selectedEventChanged(selectedEventId());
}

void TimelineView::ensureVisible(qint32 position)
{
    const core::EventIndex &index = m_dataset->index();
    if (index.hasFlag(position, core::DateFlag::Undated))
        return;
    const QList<int> lanes = m_lanes->lanesOf(index, position);
    const TimelineRenderer::Geometry g = m_renderer.geometry(rect());
    if (!lanes.isEmpty() && std::none_of(lanes.begin(), lanes.end(), [&](int lane) {
            return lane >= g.firstLane && lane < g.firstLane + g.visibleLanes;
        })) {
        m_renderer.setFirstLane(lanes.first());
        relayout();
    }
    const double lower = index.lower(position).value;
    const double upper = index.upper(position).value + 1.0;
    const double margin = m_viewport.spanDays() * 0.02;
    if (lower >= m_viewport.firstDay() + margin && upper <= m_viewport.lastDay() - margin)
        return;
    core::TimelineViewport vp = m_viewport;
    const double centre = (lower + upper) / 2;
    vp.setSpan(centre - vp.spanDays() / 2, centre + vp.spanDays() / 2);
    setViewport(vp);
}

void TimelineView::zoomToDays(double first, double last)
{
    core::TimelineViewport vp = m_viewport;
    vp.setSpan(first, last);
    setViewport(vp);
}

void TimelineView::zoomToPosition(qint32 position)
{
    const core::EventIndex &index = m_dataset->index();
    if (position < 0 || index.hasFlag(position, core::DateFlag::Undated))
        return;
    const double lower = index.lower(position).value;
    const double upper = index.upper(position).value + 1.0;
    const double span = std::max(upper - lower, 1.0);
    zoomToDays(lower - span * 2 - 3, upper + span * 2 + 3);
}

void TimelineView::zoomIn()
{
    m_viewport.zoomAt(m_viewport.width() / 2, kZoomStep);
    setViewport(m_viewport);
}

void TimelineView::zoomOut()
{
    m_viewport.zoomAt(m_viewport.width() / 2, 1 / kZoomStep);
    setViewport(m_viewport);
}

void TimelineView::zoomToFit()
{
    core::TimelineViewport vp = m_viewport;
    if (m_dataset) {
        if (const auto span = m_dataset->index().datedSpan())
            vp.fit(span->first, span->second);
    }
    setViewport(vp);
}

void TimelineView::zoomToSelected()
{
    if (m_selected >= 0)
        zoomToPosition(m_selected);
}

void TimelineView::selectNext()
{
    if (m_navigable.empty())
        return;
    auto it = m_selected < 0 ? m_navigable.begin()
                             : std::upper_bound(m_navigable.begin(), m_navigable.end(), m_selected);
    if (it != m_navigable.end())
        selectPosition(*it, true);
}

void TimelineView::selectPrevious()
{
    if (m_navigable.empty())
        return;
    if (m_selected < 0) {
        selectPosition(m_navigable.back(), true);
        return;
    }
    auto it = std::lower_bound(m_navigable.begin(), m_navigable.end(), m_selected);
    if (it != m_navigable.begin())
        selectPosition(*(it - 1), true);
}

void TimelineView::selectFirst()
{
    if (!m_navigable.empty())
        selectPosition(m_navigable.front(), true);
}

void TimelineView::selectLast()
{
    if (!m_navigable.empty())
        selectPosition(m_navigable.back(), true);
}

void TimelineView::clearSelection()
{
    selectPosition(-1, true);
}

void TimelineView::updateAccessibleDescription()
{
    QString description;
    if (m_dataset && m_selected >= 0) {
        const auto headlines = m_dataset->store().headlines({m_dataset->index().id(m_selected)});
        if (!headlines.isEmpty()) {
            const core::EventHeadline &h = headlines.first();
            const QString date = h.dateText();
            QStringList countries;
            for (quint16 ref : m_dataset->index().countriesAt(m_selected))
                countries.append(m_dataset->index().countries()[ref].displayName());
            description = tr("Selected: %1, %2, %3").arg(h.title, date, countries.join(u", "_s));
        }
    } else {
        description = tr("No event selected");
    }
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString TimelineView::toolTipFor(const TimelineRenderer::Hit &hit) const
{
    if (!m_dataset)
        return {};
    if (hit.kind == TimelineRenderer::Hit::Cluster) {
        const core::TimelineMark &m = m_renderer.layout().marks()[hit.mark];
        return tr("%Ln event(s) — click to zoom in", nullptr, int(m.count));
    }
    if ((hit.kind != TimelineRenderer::Hit::Mark && hit.kind != TimelineRenderer::Hit::Undated) ||
        hit.position < 0)
        return {};
    const auto headlines = m_dataset->store().headlines({m_dataset->index().id(hit.position)});
    if (headlines.isEmpty())
        return {};
    const core::EventHeadline &h = headlines.first();
    const QString date = h.dateText();
    QStringList countries;
    for (quint16 ref : m_dataset->index().countriesAt(hit.position))
        countries.append(m_dataset->index().countries()[ref].displayName());
    QString tip = u"<b>"_s + h.title.toHtmlEscaped() + u"</b><br>"_s + date.toHtmlEscaped() +
                  u"<br>"_s + countries.join(u", "_s).toHtmlEscaped();
    if (h.unsourced)
        tip += u"<br><i>"_s + core::Dataset::unsourcedText().toHtmlEscaped() + u"</i>"_s;
    if (m_dataset->index().hasFlag(hit.position, core::DateFlag::Unreviewed))
        tip += u"<br><i>"_s + core::Dataset::notReviewedText().toHtmlEscaped() + u"</i>"_s;
    if (!m_dataset->isChecked())
        tip += u"<br><i>"_s + core::Dataset::notCheckedText().toHtmlEscaped() + u"</i>"_s;
    return tip;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(m_renderer.hitTest(help->pos(), rect()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const double x = gesture->position().x() - m_renderer.geometry(rect()).lanes.left();
            m_viewport.zoomAt(x, 1 + gesture->value());
            setViewport(m_viewport);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.draw(&painter, rect(), m_viewport);
    if (m_drag == Drag::AxisRange && m_moved) {
        const TimelineRenderer::Geometry g = m_renderer.geometry(rect());
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        const double x0 =
            std::clamp(std::min(m_pressPos.x(), m_lastPos.x()), g.lanes.left(), g.lanes.right());
        const double x1 =
            std::clamp(std::max(m_pressPos.x(), m_lastPos.x()), g.lanes.left(), g.lanes.right());
        painter.fillRect(QRectF(x0, g.axis.top(), x1 - x0, g.lanes.bottom() - g.axis.top()), fill);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    relayout();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        m_renderer.setPalette(palette());
        m_renderer.setFont(font());
        relayout();
    }
    QWidget::changeEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_pressHit = m_renderer.hitTest(event->position(), rect());
    switch (m_pressHit.kind) {
    case TimelineRenderer::Hit::Axis:
        m_drag = Drag::AxisRange;
        break;
    case TimelineRenderer::Hit::Overview: {
        m_drag = Drag::Overview;
        const double day = m_renderer.overviewDayAt(event->position().x(), rect());
        core::TimelineViewport vp = m_viewport;
        vp.setSpan(day - vp.spanDays() / 2, day + vp.spanDays() / 2);
        setViewport(vp);
        break;
    }
    default:
        m_drag = Drag::Pan;
        break;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        const TimelineRenderer::Hit hit = m_renderer.hitTest(pos, rect());
        if (hit.mark != m_renderer.hovered()) { // repaint only when the hovered mark changes
            m_renderer.setHovered(hit.mark);
            update();
        }
        setCursor(hit.kind == TimelineRenderer::Hit::Mark ||
                          hit.kind == TimelineRenderer::Hit::Cluster ||
                          hit.kind == TimelineRenderer::Hit::Undated
                      ? Qt::PointingHandCursor
                  : hit.kind == TimelineRenderer::Hit::Axis ? Qt::IBeamCursor
                                                            : Qt::ArrowCursor);
        return;
    }
    if ((pos - m_pressPos).manhattanLength() >= kDragThreshold)
        m_moved = true;
    const QPointF delta = pos - m_lastPos;
    m_lastPos = pos;
    if (!m_moved)
        return;
    switch (m_drag) {
    case Drag::Pan:
        setCursor(Qt::ClosedHandCursor);
        m_viewport.panPixels(-delta.x());
        setViewport(m_viewport);
        break;
    case Drag::Overview: {
        const double day = m_renderer.overviewDayAt(pos.x(), rect());
        core::TimelineViewport vp = m_viewport;
        vp.setSpan(day - vp.spanDays() / 2, day + vp.spanDays() / 2);
        setViewport(vp);
        break;
    }
    case Drag::AxisRange:
        update();
        break;
    case Drag::None:
        break;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::AxisRange && m_moved) {
        const double left = m_renderer.geometry(rect()).lanes.left();
        const double a = m_viewport.dayAtX(std::min(m_pressPos.x(), event->position().x()) - left);
        const double b = m_viewport.dayAtX(std::max(m_pressPos.x(), event->position().x()) - left);
        zoomToDays(a, b);
        return;
    }
    if (m_moved)
        return;
    switch (m_pressHit.kind) {
    case TimelineRenderer::Hit::Mark:
    case TimelineRenderer::Hit::Undated:
        selectPosition(m_pressHit.position, true);
        break;
    case TimelineRenderer::Hit::Cluster: {
        const core::TimelineMark &m = m_renderer.layout().marks()[m_pressHit.mark];
        const double span = std::max(1.0, double(m.lastDay - m.firstDay + 1));
        zoomToDays(m.firstDay - span * 0.1, m.lastDay + 1 + span * 0.1);
        break;
    }
    default:
        break;
    }
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    // On a mark: that event, selected first; from the keyboard: the selected event.
    qint32 position = m_selected;
    if (event->reason() == QContextMenuEvent::Mouse) {
        const TimelineRenderer::Hit hit = m_renderer.hitTest(event->pos(), rect());
        position =
            hit.kind == TimelineRenderer::Hit::Mark || hit.kind == TimelineRenderer::Hit::Undated
                ? hit.position
                : -1;
        if (position >= 0 && position != m_selected)
            selectPosition(position, true);
    }
    if (position < 0 || !m_dataset)
        return;
    // From the keyboard, the menu opens beside the selected event's mark where one is drawn.
    QPoint at = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse) {
        const auto &marks = m_renderer.layout().marks();
        for (qsizetype i = 0; i < marks.size(); ++i) {
            if (marks[i].position != position)
                continue;
            const QRectF r = m_renderer.markRect(i, rect());
            if (!r.isEmpty() && rect().intersects(r.toAlignedRect())) {
                at = mapToGlobal(r.bottomRight().toPoint());
                break;
            }
        }
    }
    Q_EMIT eventMenuRequested(m_dataset->index().id(position), at);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineRenderer::Hit hit = m_renderer.hitTest(event->position(), rect());
    if (hit.kind == TimelineRenderer::Hit::Mark) {
        selectPosition(hit.position, true);
        zoomToPosition(hit.position);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if ((event->modifiers() & Qt::AltModifier ||
         event->position().x() < m_renderer.geometry(rect()).lanes.left()) &&
        m_laneScroll->isVisible()) {
        scrollLanes(angle.y() > 0 ? -1 : angle.y() < 0 ? 1 : 0);
        event->accept();
        return;
    }
    const bool horizontal = angle.x() != 0 && std::abs(angle.x()) > std::abs(angle.y());
    if (horizontal || event->modifiers() & Qt::ShiftModifier) {
        const int delta = horizontal ? angle.x() : angle.y();
        m_viewport.panPixels(-delta / 120.0 * m_viewport.width() / 10);
    } else {
        const double x = event->position().x() - m_renderer.geometry(rect()).lanes.left();
        m_viewport.zoomAt(x, std::pow(1.0015, angle.y()));
    }
    setViewport(m_viewport);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        if (shift) {
            m_viewport.panPixels(m_viewport.width() / 8);
            setViewport(m_viewport);
        } else {
            selectNext();
        }
        return;
    case Qt::Key_Left:
        if (shift) {
            m_viewport.panPixels(-m_viewport.width() / 8);
            setViewport(m_viewport);
        } else {
            selectPrevious();
        }
        return;
    case Qt::Key_PageUp:
        scrollLanes(-std::max(1, m_laneScroll->pageStep()));
        return;
    case Qt::Key_PageDown:
        scrollLanes(std::max(1, m_laneScroll->pageStep()));
        return;
    case Qt::Key_N:
        selectNext();
        return;
    case Qt::Key_P:
        selectPrevious();
        return;
    case Qt::Key_Home:
        selectFirst();
        return;
    case Qt::Key_End:
        selectLast();
        return;
    case Qt::Key_Escape:
        clearSelection();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToSelected();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            zoomToFit();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace entente::ui
