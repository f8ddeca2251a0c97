// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventfilter.h"
#include "index/eventindex.h"
#include "maths/timeaxis.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace entente::core {

/*! What the timeline's lanes stand for. */
enum class LaneMode { Countries, Topics };

/*!
 * The events of each lane, for one lane mode and one selection of events: per lane the index
 * positions in date order, their lower bounds and the running maximum of their upper bounds, so
 * that the events overlapping any window are found by binary search. Built once per data or
 * filter change, in O(N); undated events are in no lane.
 */
class LaneIndex final
{
public:
    struct Lane
    {
        QString label;
        int ref = -1; //!< index into EventIndex::countries() or topics(); -1: none given
        std::vector<qint32> positions; //!< in index order, so their lower bounds ascend
        std::vector<qint32> runningMaxUpper;
    };

    LaneIndex() = default;
    /*!
     * Lanes of the events at \a positions (index order), or of all dated events when null.
     * Lanes are ordered by their number of events, most first.
     */
    LaneIndex(const EventIndex &index, LaneMode mode,
              std::optional<std::span<const qint32>> positions = std::nullopt);
    LaneIndex(const EventIndex &index, LaneMode mode, const std::vector<qint32> *positions)
        : LaneIndex(index, mode,
                    positions ? std::optional<std::span<const qint32>>(*positions) : std::nullopt)
    {}

    /*!
     * These lanes after a change of the index (\a before to \a after, positions moved as \a shift
     * says): \a rows are the changed rows the filter selects. Each lane's arrays are edited where
     * the rows go, not rebuilt. nullopt when the lanes must be built anew: a lane appears or
     * empties, or the data's dated span (the histogram's scale) changed.
     */
    std::optional<LaneIndex> edited(const EventIndex &before, const EventIndex &after,
                                    const IndexShift &shift, const EditedRows &rows) const;

    LaneMode mode() const { return m_mode; }
    /*!
     * Events per bin over the whole dated span of the data, each event counted once: the overview
     * strip's density. Built with the lanes, off the GUI thread.
     */
    const std::vector<qint32> &histogram() const { return m_histogram; }
    static constexpr int kHistogramBins = 600;
    /*! Indexes of the topics the lanes' events have, for the legend. */
    const QList<qsizetype> &topicsUsed() const { return m_topicsUsed; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    /*! The lanes the event at \a position appears in. */
    QList<int> lanesOf(const EventIndex &index, qint32 position) const;
    /*!
     * [first, end) into the lane's arrays of the events overlapping keys [\a from, \a to]. The
     * lower bounds are read from \a index, the lanes' own: a copy of them in every lane cost 8
     * bytes an event (160 MB at 20 million events, in two lanes each).
     */
    std::pair<size_t, size_t> overlapping(const EventIndex &index, int lane, qint32 from,
                                          qint32 to) const;

private:
    LaneMode m_mode = LaneMode::Countries;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOfRef;
    int m_noneLane = -1;
    std::vector<qint32> m_histogram;
    QList<qsizetype> m_topicsUsed;
    std::vector<qint32> m_topicUses; // events in the lanes per topic, for m_topicsUsed
    void sortLanes(qsizetype refCount);
};

/*! One mark of the timeline: an event in a lane, or a cluster of events too close to tell apart. */
struct TimelineMark
{
    int lane = 0;
    int row = 0;
    double x0 = 0;
    double x1 = 0;
    qint32 position = -1; //!< the event's index position; -1 for a cluster
    qint32 count = 1;     //!< events in a cluster
    qint64 firstDay = 0;  //!< a cluster's span, for zooming into it
    qint64 lastDay = 0;
    double labelRoomRight = 0; //!< free pixels right of the mark in its row
    double labelRoomLeft = 0;  //!< free pixels left of the mark in its row
    bool isCluster() const { return position < 0; }
};

/*!
 * Places the marks of the visible window: per lane the events overlapping it, stacked into rows
 * without overlap; where more events collide than the lane has rows, one cluster mark with a
 * count; where a lane has more events in view than can be laid out one by one, cluster marks per
 * few pixels counted by binary search. The cost follows the pixels and the events shown, never
 * the size of the dataset.
 */
class TimelineLayout final
{
public:
    struct Options
    {
        int rowsPerLane = 4;
        double minMarkWidth = 10;
        double gap = 3;
        qsizetype detailLimit = 1500; //!< above this many events in view, a lane shows density
        double bucketWidth = 8;       //!< pixels per cluster in density mode
        double labelRoom = 0; //!< room to keep beside a mark for its label, where rows allow
        int firstLane = 0;    //!< lay out lanes [firstLane, firstLane + laneCount) only
        int laneCount = std::numeric_limits<int>::max();
    };

    static TimelineLayout compute(const EventIndex &index, const LaneIndex &lanes,
                                  const TimelineViewport &viewport, const Options &options);

    const QList<TimelineMark> &marks() const { return m_marks; }
    /*! The marks of the event at \a position. */
    QList<qsizetype> marksOf(qint32 position) const;

private:
    QList<TimelineMark> m_marks;
};

} // namespace entente::core
