// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maths/timelinelayout.h"
#include "timelinerenderer.h"

#include <QWidget>

class QScrollBar;

#include <memory>

namespace entente::core {
class Dataset;
struct FilterResult;
} // namespace entente::core

namespace entente::ui {

/*!
 * The interactive timeline: one widget painting from the in-memory index through
 * TimelineRenderer. Zoom with the wheel (at the cursor), pinch, Ctrl+= / Ctrl+− and Ctrl+0 to
 * fit; pan by dragging, Shift+wheel, a horizontal wheel or Shift+←/→; drag on the axis to zoom to
 * a period; drag or click in the overview strip to move the window. ←/→ (and P/N) step through
 * events in date order, Home/End go to the first/last, Enter or a double-click zooms to the
 * event, Escape clears the selection. Lanes that do not fit scroll: PageUp/PageDown, the wheel
 * over the lane names, or the scroll bar.
 */
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    /*!
     * Shows \a dataset (which must outlive the view), framing all its events. Its events appear
     * with the first setFilterResult(), whose lanes are built off the GUI thread.
     */
    void setDataset(core::Dataset *dataset);
    void setLaneMode(core::LaneMode mode);
    /*! Eras and office periods as bands behind the lanes (View › Show Eras as Bands). */
    void setShowEras(bool show);
    bool showsEras() const { return m_renderer.showsEras(); }
    /*! Shows only the events \a result selects (null: all), keeping the current view. */
    /*!
     * The dataset's index was replaced by one with a change in it: positions change, so the
     * selection is dropped (the window selects again by id) and the titles are read anew. The
     * filter result made from the new index follows at once.
     */
    void indexReplaced();
    void setFilterResult(std::shared_ptr<const core::FilterResult> result);
    core::LaneMode laneMode() const { return m_laneMode; }

    const core::TimelineViewport &viewport() const { return m_viewport; }
    void setViewport(const core::TimelineViewport &viewport);
    TimelineRenderer &renderer() { return m_renderer; }
    const core::LaneIndex &lanes() const { return *m_lanes; }

    /*! The selected event's database id, or -1. */
    qint64 selectedEventId() const;
    /*! Selects the event with database id \a id (-1 clears) and scrolls it into view. */
    void selectEventId(qint64 id);

    QSize sizeHint() const override { return {900, 420}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToSelected();
    void selectNext();
    void selectPrevious();
    void selectFirst();
    void selectLast();
    void clearSelection();

Q_SIGNALS:
    /*! The user selected another event (or none: -1). */
    void selectedEventChanged(qint64 id);
    void viewportChanged();
    void laneModeChanged(entente::core::LaneMode mode);
    /*! A context menu was asked for on the event \a id (right click or the Menu key). */
    void eventMenuRequested(qint64 id, const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildLanes(core::LaneMode mode);
    void collectPositions();
    void relayout();
    void selectPosition(qint32 position, bool notify);
    void ensureVisible(qint32 position);
    void zoomToPosition(qint32 position);
    void zoomToDays(double first, double last);
    void updateAccessibleDescription();
    void updateLaneScroll();
    void scrollLanes(int delta);
    QString toolTipFor(const TimelineRenderer::Hit &hit) const;

    core::Dataset *m_dataset = nullptr;
    QScrollBar *m_laneScroll = nullptr;
    std::shared_ptr<const core::LaneIndex> m_lanes = std::make_shared<const core::LaneIndex>();
    std::shared_ptr<const core::FilterResult> m_result; // null: every event
    core::LaneMode m_laneMode = core::LaneMode::Countries;
    // Views of the filter result's positions (dated ones first, in date order: the index keeps
    // undated events last), not copies: at 20 million events a copy took hundreds of
    // milliseconds on the GUI thread. m_allPositions backs them while there is no result.
    std::span<const qint32> m_undated;
    std::span<const qint32> m_navigable; // dated positions in date order
    std::vector<qint32> m_allPositions;
    TimelineRenderer m_renderer;
    core::TimelineViewport m_viewport;
    qint32 m_selected = -1;

    enum class Drag { None, Pan, AxisRange, Overview };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    TimelineRenderer::Hit m_pressHit;
};

} // namespace entente::ui
