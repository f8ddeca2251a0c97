// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maths/timeaxis.h"
#include "maths/timelinelayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QRectF>
#include <QStaticText>

#include <optional>

class QPainter;

namespace entente::core {
class EventIndex;
}

namespace entente::ui {

/*!
 * Paints the timeline: the time axis with a band naming the larger unit, one lane per country or
 * topic with its marks, the undated tray, the legend and the overview strip. The one entry point
 * draw() serves the widget and image export alike, so what is exported is what is shown.
 *
 * Layout is computed by prepare() (on data, size or viewport change), never in draw().
 */
class TimelineRenderer final
{
public:
    /*! Where each part of the timeline is inside the rectangle it is drawn in. */
    struct Geometry
    {
        QRectF axis;    //!< band and tick labels
        QRectF eras;    //!< the eras' names, over the lanes (empty when none are shown)
        QRectF lanes;   //!< lanes, right of the gutter
        QRectF gutter;  //!< lane labels
        QRectF undated; //!< the undated tray (empty when there are no undated events)
        QRectF legend;
        QRectF overview; //!< empty when not drawn
        double laneHeight = 0;
        int rowsPerLane = 1;
        int firstLane = 0;    //!< the topmost lane shown
        int visibleLanes = 0; //!< how many lanes fit, from firstLane on
    };

    /*! What is under a point. */
    struct Hit
    {
        enum Kind { None, Mark, Cluster, Axis, Overview, Undated, Lanes };
        Kind kind = None;
        qsizetype mark = -1;  //!< index into layout().marks()
        qint32 position = -1; //!< the event's index position (Mark, Undated)
    };

    TimelineRenderer() { setFont(QFont()); }

    static constexpr double kRowHeight = 20;
    static constexpr double kMarkHeight = 12;
    /*! Lanes are never squeezed below this: more lanes than fit scroll instead. */
    static constexpr double kMinLaneHeight = 30;

    void setIndex(const core::EventIndex *index, const core::LaneIndex *lanes,
                  const std::span<const qint32> *undated);
    void setPalette(const QPalette &palette)
    {
        m_palette = palette;
        m_overviewCache = {}; // their colours come from the palette
        m_legendCache = {};
    }
    /*! A new font lays labels out anew: prepare() then asks for the titles again. */
    void setFont(const QFont &font)
    {
        m_font = font;
        m_boldFont = font;
        m_boldFont.setBold(true);
        m_metrics = QFontMetricsF(m_font);
        m_boldMetrics = QFontMetricsF(m_boldFont);
        m_titles.clear();
        m_laneLabels.clear();
        m_legendCache = {};
    }
    void setShowOverview(bool show) { m_showOverview = show; }
    /*!
     * Eras (of any imported format) and office periods (chairmanships) shown as labelled bands
     * behind the lanes, besides their marks.
     */
    void setShowEras(bool show) { m_showEras = show; }
    bool showsEras() const { return m_showEras; }
    /*! The positions drawn as bands when eras are shown, in index order. */
    const std::vector<qint32> &eraPositions() const { return m_eras; }
    void setSelected(qint32 position) { m_selected = position; }
    void setHovered(qsizetype mark) { m_hovered = mark; }
    /*! Positions matched only partly by the period filter (sorted), drawn faded; null: none. */
    void setPartial(const std::vector<qint32> *partial) { m_partial = partial; }
    qsizetype hovered() const { return m_hovered; }
    /*! Scrolls the lanes so that lane \a lane is the topmost shown. */
    void setFirstLane(int lane);
    int firstLane() const { return m_firstLane; }
    /*! Pixels kept free at the right of the lanes (for the view's scroll bar). */
    void setRightMargin(double margin) { m_rightMargin = margin; }
    /*! What an empty timeline says; empty: "No dated events to show." */
    void setPlaceholder(const QString &text) { m_placeholder = text; }
    /*! Full span of the data, for the overview strip. */
    void setDataSpan(std::optional<std::pair<core::JulianDay, core::JulianDay>> span);

    Geometry geometry(const QRectF &rect) const;
    /*! The viewport as drawn in \a rect: the same days across the lanes' width. */
    core::TimelineViewport fitted(const QRectF &rect, core::TimelineViewport viewport) const;
    /*!
     * Lays out \a viewport in \a rect, if not done for them already, and returns the ids of the
     * shown events whose titles are not known yet (give them with setTitles()).
     */
    QList<qint64> prepare(const QRectF &rect, const core::TimelineViewport &viewport);
    void setTitles(const QHash<qint64, QString> &titles);
    const core::TimelineLayout &layout() const { return m_layout; }

    void draw(QPainter *painter, const QRectF &rect, const core::TimelineViewport &viewport);
    Hit hitTest(const QPointF &point, const QRectF &rect) const;
    /*! Pixel rectangle of mark \a mark when drawn in \a rect. */
    QRectF markRect(qsizetype mark, const QRectF &rect) const;
    /*! The day under \a x in the overview strip of \a rect. */
    double overviewDayAt(double x, const QRectF &rect) const;

private:
    void drawAxis(QPainter *p, const Geometry &g, const core::TimelineViewport &vp);
    void drawLanes(QPainter *p, const QRectF &rect, const Geometry &g,
                   const core::TimelineViewport &vp);
    void drawLaneBands(QPainter *p, const Geometry &g);
    void drawGrid(QPainter *p, const Geometry &g, const core::TimelineViewport &vp);
    void drawEras(QPainter *p, const Geometry &g, const core::TimelineViewport &vp);
    void findEras();
    void drawMarks(QPainter *p, const QRectF &rect);
    void drawSelectionLink(QPainter *p, const QRectF &rect);
    void drawLabels(QPainter *p, const QRectF &rect, const Geometry &g);
    void drawMark(QPainter *p, const core::TimelineMark &m, const QRectF &r);
    void drawCluster(QPainter *p, const core::TimelineMark &m, const QRectF &r);
    void drawDay(QPainter *p, const QRectF &r, const QColor &colour);
    void drawFadingBar(QPainter *p, qint32 pos, const QRectF &r, const QColor &colour,
                       bool selected);
    void drawVaguePeriod(QPainter *p, const QRectF &r, const QColor &colour);
    void drawLabel(QPainter *p, const core::TimelineMark &m, const QRectF &r, const Geometry &g,
                   QHash<qint64, double> &rowTaken);
    void drawUndated(QPainter *p, const Geometry &g);
    void drawLegend(QPainter *p, const Geometry &g);
    void drawLegendItems(QPainter *p, const QRectF &legend);
    void drawOverview(QPainter *p, const Geometry &g, const core::TimelineViewport &vp);
    void drawHistogram(QPainter *p, const QSize &size) const;
    /*! Screens and images take cached pictures; SVG and PDF get the shapes and text themselves. */
    static bool isRaster(QPainter *p);
    QColor colourOf(qint32 position) const;
    QList<QRectF> undatedChips(const Geometry &g) const;

    const core::EventIndex *m_index = nullptr;
    const core::LaneIndex *m_lanes = nullptr;
    const std::span<const qint32> *m_undated = nullptr;
    const std::vector<qint32> *m_partial = nullptr;
    QPalette m_palette;
    QFont m_font;
    QFont m_boldFont;
    QFontMetricsF m_metrics{QFont()};
    QFontMetricsF m_boldMetrics{QFont()};
    bool m_showOverview = true;
    bool m_showEras = true;
    std::vector<qint32> m_eras;
    int m_firstLane = 0;
    QString m_placeholder;
    double m_rightMargin = 0;
    qint32 m_selected = -1;
    qsizetype m_hovered = -1;
    std::optional<std::pair<core::JulianDay, core::JulianDay>> m_span;

    core::TimelineLayout m_layout;
    QRectF m_layoutRect;
    core::TimelineViewport m_layoutViewport;
    bool m_layoutValid = false;
    /*! A title laid out once: drawing a QStaticText skips text layout on every frame. */
    struct Label
    {
        QString text;
        QStaticText layout;
        double width = 0;
        // The last elided form, for the room it was elided to (in steps of 8 px).
        int elidedRoom = -1;
        QString elided;
    };
    QHash<qint64, Label> m_titles;
    QImage m_overviewCache;               // the histogram, drawn once per data and size change
    QImage m_legendCache;                 // likewise the legend
    QHash<int, QStaticText> m_laneLabels; // lane names, laid out once per lane set
};

} // namespace entente::ui
