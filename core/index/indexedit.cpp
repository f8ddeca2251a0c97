// SPDX-License-Identifier: GPL-3.0-or-later
// EventIndex::edited(): the index after a few events were added, changed or removed, made by one
// merge of the old columns with the new rows instead of a reload and a sort.
#include "index/eventindex.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace entente::core {

namespace {

struct NewRow
{
    qint64 id;
    DateKey key;
    quint16 type;
    std::vector<quint16> countries, topics;

    auto order() const
    {
        return std::tuple(bool(key.flags & quint8(DateFlag::Undated)), key.lower, key.upper, id);
    }
};

// Old reference -> new reference, for lists whose items keep their identity (\a same).
template<typename Item, typename Same>
std::vector<quint16> remapRefs(const QList<Item> &before, const QList<Item> &after, Same same)
{
    std::vector<quint16> map(size_t(before.size()), 0);
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&](const Item &a) { return same(before[i], a); });
        map[size_t(i)] = quint16(it == after.end() ? 0 : it - after.begin());
    }
    return map;
}

template<typename Item, typename Key>
std::vector<quint16> refsOfKeys(const QList<Item> &items, Key key, const QStringList &wanted)
{
    std::vector<quint16> refs;
    for (const QString &w : wanted) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (key(items[i]) == w) {
                refs.push_back(quint16(i));
                break;
            }
        }
    }
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

} // namespace

namespace {

// Whether \a map sends every reference to itself: the lists kept their order.
bool isIdentity(const std::vector<quint16> &map)
{
    for (size_t i = 0; i < map.size(); ++i)
        if (map[i] != i)
            return false;
    return true;
}

// Appends the links of old rows [from, to) in one piece; references are remapped (and each row's
// kept sorted) only when the list they point into changed order.
void appendLinkSlice(const IndexColumn<quint32> &offsets, const IndexColumn<quint16> &refs,
                     size_t from, size_t to, const std::vector<quint16> &map, bool identity,
                     LargeArray<quint32> &outOffsets, LargeArray<quint16> &outRefs)
{
    const size_t firstRef = outRefs.size();
    const qint64 shift = qint64(firstRef) - qint64(offsets[from]);
    for (size_t p = from + 1; p <= to; ++p)
        outOffsets.push_back(quint32(qint64(offsets[p]) + shift));
    outRefs.insert(outRefs.end(), refs.begin() + offsets[from], refs.begin() + offsets[to]);
    if (identity)
        return;
    for (size_t i = firstRef; i < outRefs.size(); ++i)
        outRefs[i] = map[outRefs[i]];
    for (size_t p = outOffsets.size() - (to - from) - 1; p + 1 < outOffsets.size(); ++p)
        std::sort(outRefs.begin() + outOffsets[p], outRefs.begin() + outOffsets[p + 1]);
}

template<typename T, typename Column>
void appendSlice(LargeArray<T> &out, const Column &in, size_t from, size_t to)
{
    out.insert(out.end(), in.begin() + from, in.begin() + to);
}

// What an edit does to the index, worked out before a byte is copied: the new rows in order, the
// old positions removed and where each new row goes in, and how references move between the
// old and new lists.
struct EditPlan
{
    std::vector<NewRow> rows;
    IndexShift shift; // inserted is filled as the rows are appended
    std::vector<quint16> countryMap, topicMap, typeMap;
    bool sameCountries = true, sameTopics = true, sameTypes = true;
};

EditPlan planEdit(const EventIndex &index, const QList<qint64> &removed,
                  const QList<IndexedEvent> &added, const QList<Country> &countries,
                  const QList<Topic> &topics, const QList<EventType> &types)
{
    EditPlan plan;
    plan.countryMap = remapRefs(index.countries(), countries,
                                [](const Country &a, const Country &b) { return a.id == b.id; });
    plan.topicMap = remapRefs(index.topics(), topics,
                              [](const Topic &a, const Topic &b) { return a.id == b.id; });
    plan.typeMap = remapRefs(index.eventTypes(), types, [](const EventType &a, const EventType &b) {
        return a.code == b.code;
    });
    plan.sameCountries = isIdentity(plan.countryMap);
    plan.sameTopics = isIdentity(plan.topicMap);
    plan.sameTypes = isIdentity(plan.typeMap);
    for (const IndexedEvent &e : added) {
        const auto typeRefs =
            refsOfKeys(types, [](const EventType &t) { return t.code; }, {e.typeCode});
        DateKey key = dateKeyOf(e.date, e.attestedOn.value_or(PartialDate()));
        if (e.unreviewed)
            key.flags |= quint8(DateFlag::Unreviewed);
        plan.rows.push_back({e.id, key, typeRefs.empty() ? quint16(0) : typeRefs.front(),
                             refsOfKeys(
                                 countries, [](const Country &c) { return c.alpha3; }, e.countries),
                             refsOfKeys(
                                 topics, [](const Topic &t) { return t.slug; }, e.topics)});
    }
    std::sort(plan.rows.begin(), plan.rows.end(),
              [](const NewRow &a, const NewRow &b) { return a.order() < b.order(); });
    // The cuts: each removed row, and where each new row goes in (binary searches: the old rows
    // are in order).
    for (qint64 id : removed)
        if (const qsizetype pos = index.positionOf(id); pos >= 0)
            plan.shift.removed.push_back(size_t(pos));
    auto &cuts = plan.shift.removed;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    auto oldOrder = [&](size_t pos) {
        return std::tuple(index.hasFlag(qsizetype(pos), DateFlag::Undated),
                          index.lowerKey(qsizetype(pos)), index.upperKey(qsizetype(pos)),
                          index.id(qsizetype(pos)));
    };
    const size_t n = size_t(index.size());
    for (const NewRow &row : plan.rows) {
        size_t lo = 0, hi = n;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (oldOrder(mid) < row.order())
                lo = mid + 1;
            else
                hi = mid;
        }
        plan.shift.insertedBefore.push_back(lo);
    }
    return plan;
}

} // namespace

struct EventIndex::Edit
{
    const EventIndex &old;
    EditPlan plan;
};

EventIndex EventIndex::edited(const QList<qint64> &removed, const QList<IndexedEvent> &added,
                              const QList<Country> &countries, const QList<Topic> &topics,
                              const QList<EventType> &types, IndexShift *shift) const
{
    EventIndex out;
    out.m_countries = countries;
    out.m_topics = topics;
    out.m_types = types;
    Edit edit{*this, planEdit(*this, removed, added, countries, topics, types)};
    out.appendEdited(edit);
    out.buildEditedIdTable(edit);
    out.adoptAll();
    out.buildRunningMaximum();
    out.adoptAll();
    out.carryUses(edit);
    if (shift)
        *shift = std::move(edit.plan.shift);
    return out;
}

void EventIndex::appendEdited(Edit &edit)
{
    const EventIndex &old = edit.old;
    EditPlan &plan = edit.plan;
    const size_t n = old.m_ids.size();
    const size_t expected = n + plan.rows.size();
    m_ids.start(old.m_ids.isNarrow() &&
                    std::all_of(plan.rows.begin(), plan.rows.end(),
                                [](const NewRow &row) { return IdColumn::fits(row.id); }),
                expected);
    m_lower.own.reserve(expected);
    m_upper.own.reserve(expected);
    m_flags.own.reserve(expected);
    m_precision.own.reserve(expected);
    m_type.own.reserve(expected);
    m_countryOffsets.own.reserve(expected + 1);
    m_topicOffsets.own.reserve(expected + 1);
    m_countryRefs.own.reserve(old.m_countryRefs.size() + plan.rows.size() * 4);
    m_topicRefs.own.reserve(old.m_topicRefs.size() + plan.rows.size() * 4);
    m_countryOffsets.own.push_back(0);
    m_topicOffsets.own.push_back(0);
    plan.shift.inserted.assign(plan.rows.size(), -1);

    // Old rows [from, to) in one piece per column.
    auto appendOld = [&](size_t from, size_t to) {
        if (from >= to)
            return;
        m_ids.appendSlice(old.m_ids, from, to);
        appendSlice(m_lower.own, old.m_lower, from, to);
        appendSlice(m_upper.own, old.m_upper, from, to);
        appendSlice(m_flags.own, old.m_flags, from, to);
        appendSlice(m_precision.own, old.m_precision, from, to);
        const size_t firstType = m_type.own.size();
        appendSlice(m_type.own, old.m_type, from, to);
        if (!plan.sameTypes)
            for (size_t i = firstType; i < m_type.own.size(); ++i)
                m_type.own[i] = plan.typeMap.empty() ? 0 : plan.typeMap[m_type.own[i]];
        appendLinkSlice(old.m_countryOffsets, old.m_countryRefs, from, to, plan.countryMap,
                        plan.sameCountries, m_countryOffsets.own, m_countryRefs.own);
        appendLinkSlice(old.m_topicOffsets, old.m_topicRefs, from, to, plan.topicMap,
                        plan.sameTopics, m_topicOffsets.own, m_topicRefs.own);
    };
    auto appendRow = [&](size_t r) {
        const NewRow &row = plan.rows[r];
        plan.shift.inserted[r] = qint32(m_ids.builtSize());
        m_ids.push_back(row.id);
        m_lower.own.push_back(row.key.lower);
        m_upper.own.push_back(row.key.upper);
        m_flags.own.push_back(row.key.flags);
        m_precision.own.push_back(row.key.precision);
        m_type.own.push_back(row.type);
        m_countryRefs.own.insert(m_countryRefs.own.end(), row.countries.begin(),
                                 row.countries.end());
        m_countryOffsets.own.push_back(quint32(m_countryRefs.own.size()));
        m_topicRefs.own.insert(m_topicRefs.own.end(), row.topics.begin(), row.topics.end());
        m_topicOffsets.own.push_back(quint32(m_topicRefs.own.size()));
    };
    // The old rows in slices between the cuts, the new rows at theirs.
    const auto &insertAt = plan.shift.insertedBefore;
    const auto &removedAt = plan.shift.removed;
    size_t at = 0, r = 0, k = 0;
    while (at < n || r < plan.rows.size()) {
        const size_t cut = std::min(r < plan.rows.size() ? insertAt[r] : n,
                                    k < removedAt.size() ? removedAt[k] : n);
        appendOld(at, cut);
        at = std::max(at, cut);
        if (r < plan.rows.size() && insertAt[r] == at) {
            appendRow(r++);
        } else if (k < removedAt.size() && removedAt[k] == at) {
            ++k;
            ++at;
        } else if (at >= n && r >= plan.rows.size()) {
            break;
        }
    }
}

void EventIndex::buildEditedIdTable(const Edit &edit)
{
    // The old entries at their shifted positions, without the removed ones, merged with the new
    // ids. With one or two cuts, the shift is a comparison or two per entry.
    const IndexShift &moved = edit.plan.shift;
    std::vector<std::pair<qint64, qint32>> newIds;
    for (size_t i = 0; i < edit.plan.rows.size(); ++i)
        newIds.emplace_back(edit.plan.rows[i].id, moved.inserted[i]);
    std::sort(newIds.begin(), newIds.end());
    m_byId.own.resize(m_ids.builtSize());
    qint32 *byId = m_byId.own.data();
    size_t written = 0, j = 0;
    for (const qint32 oldPosition : edit.old.m_byId) {
        const qint64 id = edit.old.m_ids[size_t(oldPosition)];
        while (j < newIds.size() && newIds[j].first < id)
            byId[written++] = newIds[j++].second;
        if (moved.removed.empty() || !moved.isRemoved(size_t(oldPosition)))
            byId[written++] = moved.map(size_t(oldPosition));
    }
    for (; j < newIds.size(); ++j)
        byId[written++] = newIds[j].second;
}

void EventIndex::carryUses(const Edit &edit)
{
    // The old counts under the new references, less the removed rows', plus the new rows'.
    const EventIndex &old = edit.old;
    const EditPlan &plan = edit.plan;
    auto carry = [](const std::vector<qint64> &uses, const std::vector<quint16> &map,
                    qsizetype size) {
        std::vector<qint64> counts(size_t(size), 0);
        for (size_t i = 0; i < uses.size() && i < map.size(); ++i)
            counts[map[i]] += uses[i];
        return counts;
    };
    m_countryUses = carry(old.m_countryUses, plan.countryMap, m_countries.size());
    m_topicUses = carry(old.m_topicUses, plan.topicMap, m_topics.size());
    m_typeUses = carry(old.m_typeUses, plan.typeMap, m_types.size());
    for (size_t pos : plan.shift.removed) {
        for (quint16 ref : old.countriesAt(qsizetype(pos)))
            --m_countryUses[plan.countryMap[ref]];
        for (quint16 ref : old.topicsAt(qsizetype(pos)))
            --m_topicUses[plan.topicMap[ref]];
        if (old.m_type[pos] < plan.typeMap.size())
            --m_typeUses[plan.typeMap[old.m_type[pos]]];
    }
    for (const NewRow &row : plan.rows) {
        for (quint16 ref : row.countries)
            ++m_countryUses[ref];
        for (quint16 ref : row.topics)
            ++m_topicUses[ref];
        if (row.type < m_typeUses.size())
            ++m_typeUses[row.type];
    }
}

} // namespace entente::core
