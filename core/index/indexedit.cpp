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

} // namespace

EventIndex EventIndex::edited(const QList<qint64> &removed, const QList<IndexedEvent> &added,
                              const QList<Country> &countries, const QList<Topic> &topics,
                              const QList<EventType> &types, IndexShift *shift) const
{
    EventIndex out;
    out.m_countries = countries;
    out.m_topics = topics;
    out.m_types = types;
    const auto countryMap = remapRefs(
        m_countries, countries, [](const Country &a, const Country &b) { return a.id == b.id; });
    const auto topicMap =
        remapRefs(m_topics, topics, [](const Topic &a, const Topic &b) { return a.id == b.id; });
    const auto typeMap = remapRefs(
        m_types, types, [](const EventType &a, const EventType &b) { return a.code == b.code; });

    std::vector<NewRow> rows;
    for (const IndexedEvent &e : added) {
        const auto typeRefs =
            refsOfKeys(types, [](const EventType &t) { return t.code; }, {e.typeCode});
        rows.push_back({e.id, dateKeyOf(e.date, e.attestedOn.value_or(PartialDate())),
                        typeRefs.empty() ? quint16(0) : typeRefs.front(),
                        refsOfKeys(
                            countries, [](const Country &c) { return c.alpha3; }, e.countries),
                        refsOfKeys(
                            topics, [](const Topic &t) { return t.slug; }, e.topics)});
    }
    std::sort(rows.begin(), rows.end(),
              [](const NewRow &a, const NewRow &b) { return a.order() < b.order(); });

    // Where the old rows are cut: at each removed row, and where each new row goes in (binary
    // searches: the old rows are in order).
    const size_t n = m_ids.size();
    std::vector<size_t> removedAt;
    for (qint64 id : removed)
        if (const qsizetype pos = positionOf(id); pos >= 0)
            removedAt.push_back(size_t(pos));
    std::sort(removedAt.begin(), removedAt.end());
    removedAt.erase(std::unique(removedAt.begin(), removedAt.end()), removedAt.end());
    auto oldOrder = [&](size_t pos) {
        return std::tuple(bool(m_flags[pos] & quint8(DateFlag::Undated)), m_lower[pos],
                          m_upper[pos], m_ids[pos]);
    };
    std::vector<size_t> insertAt; // per new row (in order): the old position it goes before
    for (const NewRow &row : rows) {
        size_t lo = 0, hi = n;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (oldOrder(mid) < row.order())
                lo = mid + 1;
            else
                hi = mid;
        }
        insertAt.push_back(lo);
    }
    const bool sameCountries = isIdentity(countryMap), sameTopics = isIdentity(topicMap),
               sameTypes = isIdentity(typeMap);

    const size_t expected = n + rows.size();
    out.m_ids.own.reserve(expected);
    out.m_lower.own.reserve(expected);
    out.m_upper.own.reserve(expected);
    out.m_flags.own.reserve(expected);
    out.m_precision.own.reserve(expected);
    out.m_type.own.reserve(expected);
    out.m_countryOffsets.own.reserve(expected + 1);
    out.m_topicOffsets.own.reserve(expected + 1);
    out.m_countryRefs.own.reserve(m_countryRefs.size() + rows.size() * 4);
    out.m_topicRefs.own.reserve(m_topicRefs.size() + rows.size() * 4);
    out.m_countryOffsets.own.push_back(0);
    out.m_topicOffsets.own.push_back(0);
    std::vector<qint32> newPositionOfRow(rows.size(), -1);

    auto appendOld = [&](size_t from, size_t to) {
        if (from >= to)
            return;
        appendSlice(out.m_ids.own, m_ids, from, to);
        appendSlice(out.m_lower.own, m_lower, from, to);
        appendSlice(out.m_upper.own, m_upper, from, to);
        appendSlice(out.m_flags.own, m_flags, from, to);
        appendSlice(out.m_precision.own, m_precision, from, to);
        const size_t firstType = out.m_type.own.size();
        appendSlice(out.m_type.own, m_type, from, to);
        if (!sameTypes)
            for (size_t i = firstType; i < out.m_type.own.size(); ++i)
                out.m_type.own[i] = typeMap.empty() ? 0 : typeMap[out.m_type.own[i]];
        appendLinkSlice(m_countryOffsets, m_countryRefs, from, to, countryMap, sameCountries,
                        out.m_countryOffsets.own, out.m_countryRefs.own);
        appendLinkSlice(m_topicOffsets, m_topicRefs, from, to, topicMap, sameTopics,
                        out.m_topicOffsets.own, out.m_topicRefs.own);
    };
    auto appendRow = [&](size_t r) {
        const NewRow &row = rows[r];
        newPositionOfRow[r] = qint32(out.m_ids.own.size());
        out.m_ids.own.push_back(row.id);
        out.m_lower.own.push_back(row.key.lower);
        out.m_upper.own.push_back(row.key.upper);
        out.m_flags.own.push_back(row.key.flags);
        out.m_precision.own.push_back(row.key.precision);
        out.m_type.own.push_back(row.type);
        for (quint16 c : row.countries)
            out.m_countryRefs.own.push_back(c);
        out.m_countryOffsets.own.push_back(quint32(out.m_countryRefs.own.size()));
        for (quint16 t : row.topics)
            out.m_topicRefs.own.push_back(t);
        out.m_topicOffsets.own.push_back(quint32(out.m_topicRefs.own.size()));
    };
    // The old rows in slices between the cuts, the new rows at theirs.
    size_t at = 0, r = 0, k = 0;
    while (at < n || r < rows.size()) {
        const size_t nextInsert = r < rows.size() ? insertAt[r] : n;
        const size_t nextRemoved = k < removedAt.size() ? removedAt[k] : n;
        const size_t cut = std::min(nextInsert, nextRemoved);
        appendOld(at, cut);
        at = std::max(at, cut);
        if (r < rows.size() && insertAt[r] == at) {
            appendRow(r++);
        } else if (k < removedAt.size() && removedAt[k] == at) {
            ++k;
            ++at;
        } else if (at >= n && r >= rows.size()) {
            break;
        }
    }

    // The id table: the old entries at their shifted positions, without the removed ones, merged
    // with the new ids. With one or two cuts, the shift is a comparison or two per entry.
    std::vector<std::pair<qint64, qint32>> newIds;
    for (size_t i = 0; i < rows.size(); ++i)
        newIds.emplace_back(rows[i].id, newPositionOfRow[i]);
    std::sort(newIds.begin(), newIds.end());
    IndexShift moved;
    moved.removed = removedAt;
    moved.insertedBefore = insertAt;
    moved.inserted = newPositionOfRow;
    auto shifted = [&moved](size_t pos) { return moved.map(pos); };
    const size_t total = out.m_ids.own.size();
    out.m_byId.own.resize(total);
    IdPosition *byId = out.m_byId.own.data();
    size_t written = 0, j = 0;
    for (const IdPosition &entry : m_byId) {
        while (j < newIds.size() && newIds[j].first < entry.id) {
            byId[written++] = {newIds[j].first, newIds[j].second, 0};
            ++j;
        }
        if (removedAt.empty() ||
            !std::binary_search(removedAt.begin(), removedAt.end(), size_t(entry.position)))
            byId[written++] = {entry.id, shifted(size_t(entry.position)), 0};
    }
    for (; j < newIds.size(); ++j)
        byId[written++] = {newIds[j].first, newIds[j].second, 0};
    out.adoptAll();
    out.buildRunningMaximum();
    out.adoptAll();

    // The counts of uses: the old ones under the new references, less the removed rows', plus
    // the new rows'.
    auto carry = [](const std::vector<qint64> &uses, const std::vector<quint16> &map,
                    qsizetype size) {
        std::vector<qint64> counts(size_t(size), 0);
        for (size_t i = 0; i < uses.size() && i < map.size(); ++i)
            counts[map[i]] += uses[i];
        return counts;
    };
    out.m_countryUses = carry(m_countryUses, countryMap, countries.size());
    out.m_topicUses = carry(m_topicUses, topicMap, topics.size());
    out.m_typeUses = carry(m_typeUses, typeMap, types.size());
    for (size_t pos : removedAt) {
        for (quint16 ref : countriesAt(qsizetype(pos)))
            --out.m_countryUses[countryMap[ref]];
        for (quint16 ref : topicsAt(qsizetype(pos)))
            --out.m_topicUses[topicMap[ref]];
        if (m_type[pos] < typeMap.size())
            --out.m_typeUses[typeMap[m_type[pos]]];
    }
    for (const NewRow &row : rows) {
        for (quint16 ref : row.countries)
            ++out.m_countryUses[ref];
        for (quint16 ref : row.topics)
            ++out.m_topicUses[ref];
        if (row.type < out.m_typeUses.size())
            ++out.m_typeUses[row.type];
    }
    if (shift)
        *shift = std::move(moved);
    return out;
}

} // namespace entente::core
