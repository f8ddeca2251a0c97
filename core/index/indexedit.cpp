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

EventIndex EventIndex::edited(const QList<qint64> &removed, const QList<IndexedEvent> &added,
                              const QList<Country> &countries, const QList<Topic> &topics,
                              const QList<EventType> &types) const
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
    std::vector<qint64> gone(removed.begin(), removed.end());
    std::sort(gone.begin(), gone.end());
    auto isGone = [&](qint64 id) { return std::binary_search(gone.begin(), gone.end(), id); };

    const size_t n = m_ids.size();
    const size_t expected = n + rows.size();
    for (auto *column : {&out.m_lower.own, &out.m_upper.own})
        column->reserve(expected);
    out.m_ids.own.reserve(expected);
    out.m_countryOffsets.own.reserve(expected + 1);
    out.m_topicOffsets.own.reserve(expected + 1);
    out.m_countryRefs.own.reserve(m_countryRefs.size() + rows.size() * 2);
    out.m_topicRefs.own.reserve(m_topicRefs.size() + rows.size() * 2);
    out.m_countryOffsets.own.push_back(0);
    out.m_topicOffsets.own.push_back(0);
    std::vector<qint32> newPositionOfOld(n, -1);
    std::vector<qint32> newPositionOfRow(rows.size(), -1);

    auto appendLinks = [](const auto &refs, LargeArray<quint32> &offsets,
                          LargeArray<quint16> &target) {
        for (quint16 r : refs)
            target.push_back(r);
        offsets.push_back(quint32(target.size()));
    };
    auto appendOld = [&](size_t pos) {
        newPositionOfOld[pos] = qint32(out.m_ids.own.size());
        out.m_ids.own.push_back(m_ids[pos]);
        out.m_lower.own.push_back(m_lower[pos]);
        out.m_upper.own.push_back(m_upper[pos]);
        out.m_flags.own.push_back(m_flags[pos]);
        out.m_precision.own.push_back(m_precision[pos]);
        out.m_type.own.push_back(typeMap.empty() ? m_type[pos] : typeMap[m_type[pos]]);
        std::vector<quint16> refs;
        for (quint16 r : countriesAt(qsizetype(pos)))
            refs.push_back(countryMap[r]);
        std::sort(refs.begin(), refs.end());
        appendLinks(refs, out.m_countryOffsets.own, out.m_countryRefs.own);
        refs.clear();
        for (quint16 r : topicsAt(qsizetype(pos)))
            refs.push_back(topicMap[r]);
        std::sort(refs.begin(), refs.end());
        appendLinks(refs, out.m_topicOffsets.own, out.m_topicRefs.own);
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
        appendLinks(row.countries, out.m_countryOffsets.own, out.m_countryRefs.own);
        appendLinks(row.topics, out.m_topicOffsets.own, out.m_topicRefs.own);
    };
    auto oldOrder = [&](size_t pos) {
        return std::tuple(bool(m_flags[pos] & quint8(DateFlag::Undated)), m_lower[pos],
                          m_upper[pos], m_ids[pos]);
    };
    size_t r = 0;
    for (size_t pos = 0; pos < n; ++pos) {
        if (!gone.empty() && isGone(m_ids[pos]))
            continue;
        while (r < rows.size() && rows[r].order() < oldOrder(pos))
            appendRow(r++);
        appendOld(pos);
    }
    while (r < rows.size())
        appendRow(r++);

    // The id table: the old one without the removed ids, merged with the new ids.
    std::vector<std::pair<qint64, qint32>> newIds;
    for (size_t i = 0; i < rows.size(); ++i)
        newIds.emplace_back(rows[i].id, newPositionOfRow[i]);
    std::sort(newIds.begin(), newIds.end());
    out.m_byId.own.reserve(out.m_ids.own.size());
    size_t k = 0;
    for (const IdPosition &entry : m_byId) {
        const qint32 moved = newPositionOfOld[size_t(entry.position)];
        if (moved < 0)
            continue;
        while (k < newIds.size() && newIds[k].first < entry.id) {
            out.m_byId.own.push_back({newIds[k].first, newIds[k].second, 0});
            ++k;
        }
        out.m_byId.own.push_back({entry.id, moved, 0});
    }
    for (; k < newIds.size(); ++k)
        out.m_byId.own.push_back({newIds[k].first, newIds[k].second, 0});
    out.adoptAll();
    out.buildRunningMaximum();
    out.adoptAll();
    out.findUsed();
    return out;
}

} // namespace entente::core
