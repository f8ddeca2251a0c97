// SPDX-License-Identifier: GPL-3.0-or-later
#include "maths/timelinelayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace entente::core {

LaneIndex::LaneIndex(const EventIndex &index, LaneMode mode,
                     std::optional<std::span<const qint32>> positions)
    : m_mode(mode)
{
    const qsizetype refCount =
        mode == LaneMode::Countries ? index.countries().size() : index.topics().size();
    std::vector<Lane> byRef(size_t(refCount) + 1); // the last one: events with no country/topic
    m_histogram.assign(kHistogramBins, 0);
    m_topicUses.assign(size_t(index.topics().size()), 0);
    const auto span = index.datedSpan();
    const double spanFirst = span ? span->first.value : 0;
    const double spanDays =
        span ? std::max(1.0, double(span->second.value - span->first.value + 1)) : 1;
    auto add = [&](qint32 pos) {
        if (index.hasFlag(pos, DateFlag::Undated))
            return;
        const int bin =
            std::clamp(int((index.lower(pos).value - spanFirst) / spanDays * kHistogramBins), 0,
                       kHistogramBins - 1);
        ++m_histogram[size_t(bin)];
        for (quint16 t : index.topicsAt(pos))
            ++m_topicUses[t];
        const auto refs =
            mode == LaneMode::Countries ? index.countriesAt(pos) : index.topicsAt(pos);
        if (refs.empty()) {
            byRef.back().positions.push_back(pos);
            return;
        }
        for (quint16 ref : refs)
            byRef[ref].positions.push_back(pos);
    };
    if (positions) {
        for (qint32 pos : *positions)
            add(pos);
    } else {
        for (qsizetype pos = 0; pos < index.datedCount(); ++pos)
            add(qint32(pos));
    }
    for (qsizetype t = 0; t < qsizetype(m_topicUses.size()); ++t) {
        if (m_topicUses[size_t(t)] > 0)
            m_topicsUsed.append(t);
    }
    for (qsizetype ref = 0; ref <= refCount; ++ref) {
        Lane &lane = byRef[size_t(ref)];
        if (lane.positions.empty())
            continue;
        lane.ref = ref < refCount ? int(ref) : -1;
        if (ref == refCount)
            lane.label = mode == LaneMode::Countries
                             ? QCoreApplication::translate("entente::core::LaneIndex", "No country")
                             : QCoreApplication::translate("entente::core::LaneIndex", "No topic");
        else
            lane.label = mode == LaneMode::Countries ? index.countries()[ref].displayName()
                                                     : index.topics()[ref].name;
        lane.runningMaxUpper.resize(lane.positions.size());
        qint32 running = std::numeric_limits<qint32>::min();
        for (size_t i = 0; i < lane.positions.size(); ++i) {
            running = std::max(running, index.upperKey(lane.positions[i]));
            lane.runningMaxUpper[i] = running;
        }
        m_lanes.push_back(std::move(lane));
    }
    sortLanes(refCount);
}

void LaneIndex::sortLanes(qsizetype refCount)
{
    // Most events first, "No country" last, ties by reference: the same order however the lanes
    // were reached (built, or edited).
    std::sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) {
        if ((a.ref < 0) != (b.ref < 0))
            return b.ref < 0;
        if (a.positions.size() != b.positions.size())
            return a.positions.size() > b.positions.size();
        return a.ref < b.ref;
    });
    m_laneOfRef.assign(size_t(refCount) + 1, -1);
    m_noneLane = -1;
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].ref >= 0)
            m_laneOfRef[size_t(m_lanes[i].ref)] = int(i);
        else
            m_noneLane = int(i);
    }
}

std::optional<LaneIndex> LaneIndex::edited(const EventIndex &before, const EventIndex &after,
                                           const IndexShift &shift, const EditedRows &rows) const
{
    if (before.datedSpan() != after.datedSpan() || !referencesCarryOver(before, after))
        return std::nullopt;
    const qsizetype refCount =
        m_mode == LaneMode::Countries ? after.countries().size() : after.topics().size();
    const qsizetype oldRefCount =
        m_mode == LaneMode::Countries ? before.countries().size() : before.topics().size();
    auto laneRefs = [this](const EventIndex &index, qsizetype pos) {
        return m_mode == LaneMode::Countries ? index.countriesAt(pos) : index.topicsAt(pos);
    };
    // The lane each ref has now; -1 for none. A row in no lane yet means a new lane: rebuild.
    auto laneOf = [&](std::span<const quint16> refs, quint16 ref) -> int {
        if (refs.empty())
            return m_noneLane;
        return ref < oldRefCount ? m_laneOfRef[ref] : -1;
    };
    LaneIndex out(*this);
    out.m_topicUses.resize(size_t(after.topics().size()), 0);
    const auto span = after.datedSpan();
    const double spanFirst = span ? span->first.value : 0;
    const double spanDays =
        span ? std::max(1.0, double(span->second.value - span->first.value + 1)) : 1;
    auto bin = [&](qint32 lower) {
        return size_t(std::clamp(int((lower - spanFirst) / spanDays * kHistogramBins), 0,
                                 kHistogramBins - 1));
    };
    std::vector<size_t> firstChanged(out.m_lanes.size(), std::numeric_limits<size_t>::max());
    // Out: the removed rows leave their lanes (positions still the old ones here).
    for (qint32 pos : rows.removed) {
        if (before.hasFlag(pos, DateFlag::Undated))
            continue;
        --out.m_histogram[bin(before.lower(pos).value)];
        for (quint16 t : before.topicsAt(pos))
            --out.m_topicUses[t];
        const auto refs = laneRefs(before, pos);
        const std::vector<quint16> each =
            refs.empty() ? std::vector<quint16>{0} : std::vector<quint16>(refs.begin(), refs.end());
        for (quint16 ref : each) {
            const int laneIndex = laneOf(refs, ref);
            if (laneIndex < 0)
                return std::nullopt;
            Lane &lane = out.m_lanes[size_t(laneIndex)];
            const auto it = std::lower_bound(lane.positions.begin(), lane.positions.end(), pos);
            if (it == lane.positions.end() || *it != pos || lane.positions.size() == 1)
                return std::nullopt; // not where it should be, or its lane would empty
            const size_t at = size_t(it - lane.positions.begin());
            lane.positions.erase(it);
            lane.runningMaxUpper.erase(lane.runningMaxUpper.begin() + qsizetype(at));
            firstChanged[size_t(laneIndex)] = std::min(firstChanged[size_t(laneIndex)], at);
        }
    }
    // Every kept position moves to its place in the new index.
    if (!shift.removed.empty() || !shift.inserted.empty()) {
        for (Lane &lane : out.m_lanes)
            for (qint32 &pos : lane.positions)
                pos = shift.map(size_t(pos));
    }
    // In: the new rows join their lanes.
    for (qint32 pos : rows.added) {
        if (after.hasFlag(pos, DateFlag::Undated))
            continue;
        ++out.m_histogram[bin(after.lower(pos).value)];
        for (quint16 t : after.topicsAt(pos))
            ++out.m_topicUses[t];
        const auto refs = laneRefs(after, pos);
        const std::vector<quint16> each =
            refs.empty() ? std::vector<quint16>{0} : std::vector<quint16>(refs.begin(), refs.end());
        for (quint16 ref : each) {
            const int laneIndex = laneOf(refs, ref);
            if (laneIndex < 0)
                return std::nullopt;
            Lane &lane = out.m_lanes[size_t(laneIndex)];
            const auto it = std::lower_bound(lane.positions.begin(), lane.positions.end(), pos);
            const size_t at = size_t(it - lane.positions.begin());
            lane.positions.insert(it, pos);
            lane.runningMaxUpper.insert(lane.runningMaxUpper.begin() + qsizetype(at), 0);
            firstChanged[size_t(laneIndex)] = std::min(firstChanged[size_t(laneIndex)], at);
        }
    }
    // The running maximum from the first change on, in each lane that changed.
    for (size_t l = 0; l < out.m_lanes.size(); ++l) {
        Lane &lane = out.m_lanes[l];
        if (firstChanged[l] >= lane.positions.size())
            continue;
        qint32 running = firstChanged[l] == 0 ? std::numeric_limits<qint32>::min()
                                              : lane.runningMaxUpper[firstChanged[l] - 1];
        for (size_t i = firstChanged[l]; i < lane.positions.size(); ++i) {
            running = std::max(running, after.upperKey(lane.positions[i]));
            lane.runningMaxUpper[i] = running;
        }
    }
    out.m_topicsUsed.clear();
    for (qsizetype t = 0; t < qsizetype(out.m_topicUses.size()); ++t)
        if (out.m_topicUses[size_t(t)] > 0)
            out.m_topicsUsed.append(t);
    out.sortLanes(refCount);
    return out;
}

QList<int> LaneIndex::lanesOf(const EventIndex &index, qint32 position) const
{
    QList<int> result;
    const auto refs =
        m_mode == LaneMode::Countries ? index.countriesAt(position) : index.topicsAt(position);
    for (quint16 ref : refs) {
        if (ref < m_laneOfRef.size() && m_laneOfRef[ref] >= 0)
            result.append(m_laneOfRef[ref]);
    }
    if (refs.empty() && m_noneLane >= 0)
        result.append(m_noneLane);
    return result;
}

std::pair<size_t, size_t> LaneIndex::overlapping(const EventIndex &index, int lane, qint32 from,
                                                 qint32 to) const
{
    const Lane &l = m_lanes[size_t(lane)];
    const size_t first =
        size_t(std::lower_bound(l.runningMaxUpper.begin(), l.runningMaxUpper.end(), from) -
               l.runningMaxUpper.begin());
    const size_t end = size_t(
        std::upper_bound(l.positions.begin(), l.positions.end(), to,
                         [&index](qint32 key, qint32 pos) { return key < index.lowerKey(pos); }) -
        l.positions.begin());
    return {first, std::max(first, end)};
}

namespace {

void computeLabelRoom(QList<TimelineMark> &marks, qsizetype from, double width, double gap)
{
    // Marks of one lane, [from, end): sort a view by (row, x0) and measure the gaps.
    std::vector<qsizetype> order;
    for (qsizetype i = from; i < marks.size(); ++i)
        order.push_back(i);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(marks[a].row, marks[a].x0) < std::pair(marks[b].row, marks[b].x0);
    });
    for (size_t k = 0; k < order.size(); ++k) {
        TimelineMark &m = marks[order[k]];
        const bool hasNext = k + 1 < order.size() && marks[order[k + 1]].row == m.row;
        const bool hasPrev = k > 0 && marks[order[k - 1]].row == m.row;
        m.labelRoomRight = (hasNext ? marks[order[k + 1]].x0 : width) - m.x1 - gap;
        m.labelRoomLeft = m.x0 - (hasPrev ? marks[order[k - 1]].x1 : 0) - gap;
    }
}

using Options = TimelineLayout::Options;

// A lane with more events in view than options.detailLimit: the events starting in each bucket
// of a few pixels, counted.
void appendDensity(QList<TimelineMark> &marks, const EventIndex &index, int lane,
                   const LaneIndex::Lane &l, const TimelineViewport &viewport,
                   const Options &options)
{
    const auto startsBefore = [&index](qint32 pos, qint32 key) {
        return index.lowerKey(pos) < key;
    };
    const int buckets = int(std::ceil(viewport.width() / options.bucketWidth));
    for (int b = 0; b < buckets; ++b) {
        const qint64 dayFrom = qint64(std::ceil(viewport.dayAtX(b * options.bucketWidth)));
        const qint64 dayTo = qint64(std::ceil(viewport.dayAtX((b + 1) * options.bucketWidth)));
        const auto lo = std::lower_bound(l.positions.begin(), l.positions.end(),
                                         indexKeyOfDay(dayFrom), startsBefore);
        const auto hi = std::lower_bound(lo, l.positions.end(), indexKeyOfDay(dayTo), startsBefore);
        if (hi == lo)
            continue;
        TimelineMark m;
        m.lane = lane;
        m.row = -1;
        m.x0 = b * options.bucketWidth;
        m.x1 = (b + 1) * options.bucketWidth - 1;
        m.count = qint32(hi - lo);
        m.firstDay = dayFrom;
        m.lastDay = dayTo - 1;
        marks.append(m);
    }
}

// A mark's extent with room for its label: on the right, or on the left near the right edge,
// where the renderer puts it.
std::pair<double, double> reach(const TimelineMark &m, bool withLabel, double width,
                                const Options &options)
{
    if (!withLabel || options.labelRoom <= 0)
        return {m.x0, m.x1};
    if (m.x1 + options.labelRoom <= width)
        return {m.x0, m.x1 + options.labelRoom};
    return {m.x0 - options.labelRoom, m.x1};
}

// Puts each mark of \a group in the first row where it fits; false when rows run out.
bool stackInRows(std::vector<TimelineMark> &group, bool withLabel, double width,
                 const Options &options)
{
    const int rows = std::max(1, options.rowsPerLane);
    std::vector<double> rowEnd;
    for (TimelineMark &m : group) {
        const auto [from, to] = reach(m, withLabel, width, options);
        size_t r = 0;
        while (r < rowEnd.size() && from < rowEnd[r] + options.gap)
            ++r;
        if (r == rowEnd.size()) {
            if (int(r) >= rows)
                return false;
            rowEnd.push_back(0);
        }
        rowEnd[r] = to;
        m.row = int(r);
    }
    return true;
}

// Too many touching marks to stack: density per few pixels, as in a dense lane, so that a long
// chain of touching marks never collapses into one bar across the whole view.
void appendClusters(QList<TimelineMark> &marks, const std::vector<TimelineMark> &group, int lane,
                    const Options &options)
{
    TimelineMark c;
    c.lane = lane;
    c.row = -1;
    c.count = 0;
    auto appendCluster = [&] {
        if (c.count > 0)
            marks.append(c);
    };
    qint64 bucket = std::numeric_limits<qint64>::min();
    for (const TimelineMark &m : group) {
        const qint64 b = qint64(std::floor(std::max(0.0, (m.x0 + m.x1) / 2) / options.bucketWidth));
        if (b != bucket) {
            appendCluster();
            bucket = b;
            c.x0 = double(b) * options.bucketWidth;
            c.x1 = c.x0 + options.bucketWidth - 1;
            c.count = 0;
            c.firstDay = m.firstDay;
            c.lastDay = m.lastDay;
        }
        ++c.count;
        c.firstDay = std::min(c.firstDay, m.firstDay);
        c.lastDay = std::max(c.lastDay, m.lastDay);
    }
    appendCluster();
}

// A group of touching marks: stacked in rows, first with room for labels, then without; else
// clustered.
void appendGroup(QList<TimelineMark> &marks, std::vector<TimelineMark> &group, int lane,
                 double width, const Options &options)
{
    if (group.empty())
        return;
    if (stackInRows(group, true, width, options) || stackInRows(group, false, width, options)) {
        for (const TimelineMark &m : group)
            marks.append(m);
    } else {
        appendClusters(marks, group, lane, options);
    }
    group.clear();
}

// The mark of the event at \a pos, at least options.minMarkWidth wide.
TimelineMark markOf(const EventIndex &index, qint32 pos, int lane, const TimelineViewport &viewport,
                    const Options &options)
{
    TimelineMark m;
    m.lane = lane;
    m.position = pos;
    m.firstDay = index.lower(pos).value;
    m.lastDay = index.upper(pos).value;
    m.x0 = viewport.xForDay(m.firstDay);
    m.x1 = viewport.xForDay(m.lastDay + 1.0);
    if (m.x1 - m.x0 < options.minMarkWidth) {
        const double centre = (m.x0 + m.x1) / 2;
        m.x0 = centre - options.minMarkWidth / 2;
        m.x1 = centre + options.minMarkWidth / 2;
    }
    return m;
}

// A lane one event at a time: group marks that touch, stack each group in rows, cluster what
// won't fit.
void appendDetail(QList<TimelineMark> &marks, const EventIndex &index, int lane,
                  const LaneIndex::Lane &l, std::pair<size_t, size_t> range, qint32 from,
                  const TimelineViewport &viewport, const Options &options)
{
    std::vector<TimelineMark> group;
    double groupEnd = -1e300;
    for (size_t i = range.first; i < range.second; ++i) {
        const qint32 pos = l.positions[i];
        if (index.upperKey(pos) < from)
            continue; // ended before the window, though an earlier event runs into it
        const TimelineMark m = markOf(index, pos, lane, viewport, options);
        const auto [left, right] = reach(m, true, viewport.width(), options);
        if (!group.empty() && left >= groupEnd + options.gap)
            appendGroup(marks, group, lane, viewport.width(), options);
        groupEnd = group.empty() ? right : std::max(groupEnd, right);
        group.push_back(m);
    }
    appendGroup(marks, group, lane, viewport.width(), options);
}

} // namespace

TimelineLayout TimelineLayout::compute(const EventIndex &index, const LaneIndex &lanes,
                                       const TimelineViewport &viewport, const Options &options)
{
    TimelineLayout layout;
    // As the lanes keep bounds: index keys (indexKeyOfDay()).
    const qint32 from = indexKeyOfDay(qint64(std::floor(viewport.firstDay())));
    const qint32 to = indexKeyOfDay(qint64(std::ceil(viewport.lastDay())));
    const int laneEnd = int(std::min<qint64>(
        qint64(lanes.lanes().size()), qint64(std::max(0, options.firstLane)) + options.laneCount));
    for (int lane = std::max(0, options.firstLane); lane < laneEnd; ++lane) {
        const LaneIndex::Lane &l = lanes.lanes()[size_t(lane)];
        const auto range = lanes.overlapping(index, lane, from, to);
        const qsizetype laneStart = layout.m_marks.size();
        if (qsizetype(range.second - range.first) > options.detailLimit) {
            appendDensity(layout.m_marks, index, lane, l, viewport, options);
            continue;
        }
        appendDetail(layout.m_marks, index, lane, l, range, from, viewport, options);
        computeLabelRoom(layout.m_marks, laneStart, viewport.width(), options.gap);
    }
    return layout;
}

QList<qsizetype> TimelineLayout::marksOf(qint32 position) const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        if (m_marks[i].position == position)
            result.append(i);
    }
    return result;
}

} // namespace entente::core
