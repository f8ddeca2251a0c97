// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/eventindex.h"

#include "store/eventstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <type_traits>

namespace entente::core {

namespace {

quint8 flagsOf(const PartialDate &date, bool attested)
{
    quint8 f = 0;
    auto set = [&f](DateFlag flag) { f |= quint8(flag); };
    if (date.isUndated())
        set(DateFlag::Undated);
    if (date.isInterval())
        set(DateFlag::Interval);
    if (date.isInterval() && date.startKind() != PartialDate::End::Known)
        set(DateFlag::StartUnknown);
    if (date.isInterval() && date.endKind() != PartialDate::End::Known)
        set(DateFlag::EndUnknown);
    if (date.isApproximate())
        set(DateFlag::Approximate);
    if (date.isUncertain())
        set(DateFlag::Uncertain);
    if (attested)
        set(DateFlag::Attested);
    return f;
}

} // namespace

DateKey dateKeyOf(const PartialDate &date, const PartialDate &attestedOn)
{
    const bool useAttested = date.isUndated() && !attestedOn.isUndated();
    const PartialDate &bounding = boundingDate(date, attestedOn);
    DateKey key;
    key.lower = bounding.isUndated() ? 0 : indexKeyOfDay(bounding.lowerBound().value);
    key.upper = bounding.isUndated() ? 0 : indexKeyOfDay(bounding.upperBound().value);
    key.flags = flagsOf(bounding, useAttested);
    if (useAttested)
        key.flags |= quint8(DateFlag::StartUnknown) | quint8(DateFlag::EndUnknown);
    key.precision = quint8(bounding.precision());
    return key;
}

namespace {

// Builds compressed rows (offsets + refs) for the links of each sorted position.
void buildLinks(const std::vector<std::pair<qint32, quint16>> &links, // (raw row, ref)
                const std::vector<qint32> &positionOfRow, LargeArray<quint32> &offsets,
                LargeArray<quint16> &refs)
{
    const size_t n = positionOfRow.size();
    offsets.assign(n + 1, 0);
    for (const auto &[row, ref] : links)
        ++offsets[size_t(positionOfRow[size_t(row)]) + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    refs.resize(links.size());
    std::vector<quint32> fill(offsets.begin(), offsets.end() - 1);
    for (const auto &[row, ref] : links)
        refs[fill[size_t(positionOfRow[size_t(row)])]++] = ref;
    for (size_t pos = 0; pos < n; ++pos)
        std::sort(refs.begin() + offsets[pos], refs.begin() + offsets[pos + 1]);
}

} // namespace

// What load() reads from the tables, in database order, before it sorts it by date.
struct RawIndexRows
{
    std::vector<qint64> ids;
    std::vector<qint32> lower, upper;
    std::vector<quint8> flags, precision;
    std::vector<quint16> types;
    std::vector<std::pair<qint32, quint16>> countryLinks, topicLinks; // (raw row, ref)
};

namespace {

template<typename Item, typename Key>
QHash<Key, quint16> refsOf(const QList<Item> &items, Key Item::*key)
{
    QHash<Key, quint16> refs;
    for (qsizetype i = 0; i < items.size(); ++i)
        refs.insert(items[i].*key, quint16(i));
    return refs;
}

// The events' dates and types; false with \a error (empty on a cancel) otherwise.
template<typename Stop>
bool readRows(EventStore &store, const QHash<QString, quint16> &typeRef, const Stop &stop,
              RawIndexRows *raw, QString *error)
{
    const std::optional<QSet<qint64>> unreviewed = store.unreviewedIds();
    if (!unreviewed) {
        *error = store.errorString();
        return false;
    }
    QString badDate;
    const bool ok = store.readIndexRows([&](const EventStore::IndexRow &row) {
        QString dateError;
        const auto date = PartialDate::fromEdtf(row.date, &dateError);
        const auto attested = PartialDate::fromEdtf(row.attestedOn, &dateError);
        if (!date || !attested) {
            badDate = QCoreApplication::translate("entente::core::EventIndex",
                                                  "Event %1 has a date that cannot be read: %2")
                          .arg(row.id)
                          .arg(dateError);
            return false;
        }
        const DateKey key = dateKeyOf(*date, *attested);
        raw->ids.push_back(row.id);
        raw->lower.push_back(key.lower);
        raw->upper.push_back(key.upper);
        raw->flags.push_back(key.flags |
                             (unreviewed->contains(row.id) ? quint8(DateFlag::Unreviewed) : 0));
        raw->precision.push_back(key.precision);
        raw->types.push_back(typeRef.value(row.typeCode));
        return !stop();
    });
    if (!ok)
        *error = badDate.isEmpty() ? store.errorString() : badDate;
    return ok;
}

// The events' countries and topics as (raw row, ref) pairs.
template<typename Stop>
bool readLinks(EventStore &store, const QList<Country> &countries, const QList<Topic> &topics,
               const Stop &stop, RawIndexRows *raw, QString *error)
{
    const size_t n = raw->ids.size();
    std::vector<std::pair<qint64, qint32>> rowOfId(n);
    for (size_t r = 0; r < n; ++r)
        rowOfId[r] = {raw->ids[r], qint32(r)};
    std::sort(rowOfId.begin(), rowOfId.end());
    auto rowOf = [&](qint64 id) -> qint32 {
        auto it =
            std::lower_bound(rowOfId.begin(), rowOfId.end(), std::pair<qint64, qint32>{id, 0});
        return it != rowOfId.end() && it->first == id ? it->second : -1;
    };
    const QHash<qint64, quint16> countryRef = refsOf(countries, &Country::id);
    const QHash<qint64, quint16> topicRef = refsOf(topics, &Topic::id);
    raw->countryLinks.reserve(n * 2);
    raw->topicLinks.reserve(n * 2);
    auto collect = [&](const QHash<qint64, quint16> &refs, auto &links) {
        return [&](qint64 eventId, qint64 otherId) {
            const qint32 row = rowOf(eventId);
            if (row >= 0 && refs.contains(otherId))
                links.emplace_back(row, refs.value(otherId));
            return !stop();
        };
    };
    const bool ok =
        store.readLinks(EventStore::Link::Countries, collect(countryRef, raw->countryLinks)) &&
        store.readLinks(EventStore::Link::Topics, collect(topicRef, raw->topicLinks));
    if (!ok)
        *error = store.errorString();
    return ok;
}

// The raw rows in date order: dated before undated, then by bounds, then by id.
std::vector<qint32> chronologicalOrder(const RawIndexRows &raw)
{
    std::vector<qint32> order(raw.ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        const bool ua = raw.flags[size_t(a)] & quint8(DateFlag::Undated);
        const bool ub = raw.flags[size_t(b)] & quint8(DateFlag::Undated);
        if (ua != ub)
            return ub;
        if (raw.lower[size_t(a)] != raw.lower[size_t(b)])
            return raw.lower[size_t(a)] < raw.lower[size_t(b)];
        if (raw.upper[size_t(a)] != raw.upper[size_t(b)])
            return raw.upper[size_t(a)] < raw.upper[size_t(b)];
        return raw.ids[size_t(a)] < raw.ids[size_t(b)];
    });
    return order;
}

} // namespace

std::optional<EventIndex> EventIndex::load(EventStore &store, QString *error,
                                           const std::function<bool()> &cancelled)
{
    EventIndex index;
    index.m_countries = store.countries();
    index.m_topics = store.topics();
    index.m_types = store.eventTypes();
    if (store.error() != StoreError::None) {
        *error = store.errorString();
        return std::nullopt;
    }
    if (const auto cached = store.readIndexCache()) {
        if (auto fromCache = deserialize(*cached, index.m_countries, index.m_topics, index.m_types))
            return fromCache;
        // An inconsistent cache is not an error: the tables are the truth; build from them.
    }
    size_t polled = 0;
    auto stop = [&] { return cancelled && (++polled & 0x3fff) == 0 && cancelled(); };
    RawIndexRows raw;
    if (!readRows(store, refsOf(index.m_types, &EventType::code), stop, &raw, error) ||
        !readLinks(store, index.m_countries, index.m_topics, stop, &raw, error)) {
        if (cancelled && cancelled())
            error->clear();
        return std::nullopt;
    }
    index.build(raw);
    return index;
}

void EventIndex::build(const RawIndexRows &raw)
{
    const size_t n = raw.ids.size();
    const std::vector<qint32> order = chronologicalOrder(raw);
    std::vector<qint32> positionOfRow(n);
    for (size_t pos = 0; pos < n; ++pos)
        positionOfRow[size_t(order[pos])] = qint32(pos);
    auto permute = [&](auto &column, const auto &source) {
        auto &target = column.own;
        target.resize(n);
        for (size_t pos = 0; pos < n; ++pos)
            target[pos] = source[size_t(order[pos])];
    };
    m_ids.start(std::all_of(raw.ids.begin(), raw.ids.end(), IdColumn::fits), n);
    for (size_t pos = 0; pos < n; ++pos)
        m_ids.push_back(raw.ids[size_t(order[pos])]);
    permute(m_lower, raw.lower);
    permute(m_upper, raw.upper);
    permute(m_flags, raw.flags);
    permute(m_precision, raw.precision);
    permute(m_type, raw.types);
    buildLinks(raw.countryLinks, positionOfRow, m_countryOffsets.own, m_countryRefs.own);
    buildLinks(raw.topicLinks, positionOfRow, m_topicOffsets.own, m_topicRefs.own);
    adoptAll();
    buildDerived();
}

void EventIndex::buildRunningMaximum()
{
    m_datedCount = qsizetype(std::count_if(
        m_flags.begin(), m_flags.end(), [](quint8 f) { return !(f & quint8(DateFlag::Undated)); }));
    m_maxUpperSoFar.own.resize(size_t(m_datedCount));
    qint32 running = std::numeric_limits<qint32>::min();
    for (qsizetype pos = 0; pos < m_datedCount; ++pos)
        m_maxUpperSoFar.own[size_t(pos)] = running = std::max(running, m_upper[size_t(pos)]);
}

void EventIndex::buildDerived()
{
    const size_t n = m_ids.size();
    buildRunningMaximum();
    m_byId.own.resize(n);
    std::iota(m_byId.own.begin(), m_byId.own.end(), 0);
    // Ids mostly follow dates (event data sets and the generator write them by day): often in
    // order already, and then there is nothing to sort.
    const auto byId = [this](qint32 a, qint32 b) { return m_ids[size_t(a)] < m_ids[size_t(b)]; };
    if (!std::is_sorted(m_byId.own.begin(), m_byId.own.end(), byId))
        std::sort(m_byId.own.begin(), m_byId.own.end(), byId);
    adoptAll();
    findUsed();
}

namespace {

// Version 3: every array starts at a multiple of 8 bytes, so a reader can use it where it lies;
// the id table holds positions only. Version 2 (its id table pairs of id and position, 16 bytes
// each) is still read, and turned into version 3's table in memory.
// Format 4 keeps ids in 32 bits when they fit (its header says how wide); 3 always in 64; 2 also
// kept pairs of id and position. All three are read.
constexpr char kMagic[8] = {'E', 'N', 'T', 'I', 'D', 'X', '0', '4'};
constexpr char kMagicVersion3[8] = {'E', 'N', 'T', 'I', 'D', 'X', '0', '3'};
constexpr char kMagicVersion2[8] = {'E', 'N', 'T', 'I', 'D', 'X', '0', '2'};
struct IdPositionVersion2
{
    qint64 id;
    qint32 position;
    qint32 zero;
};

void pad(QByteArray &out)
{
    while (out.size() % 8)
        out.append('\0');
}

template<typename T> void put(QByteArray &out, const IndexColumn<T> &column)
{
    pad(out);
    out.append(reinterpret_cast<const char *>(column.data()), qsizetype(column.size() * sizeof(T)));
}

// Reads the blob's arrays in place, refusing to read past its end.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) {}
    bool get(quint64 &value)
    {
        if (m_at + qsizetype(sizeof(value)) > m_bytes.size())
            return false;
        std::memcpy(&value, m_bytes.constData() + m_at, sizeof(value));
        m_at += sizeof(value);
        return true;
    }
    template<typename T> bool get(IndexColumn<T> &column, quint64 count)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_at = (m_at + 7) / 8 * 8;
        if (m_at > m_bytes.size() || count > quint64(m_bytes.size() - m_at) / sizeof(T))
            return false;
        const char *at = m_bytes.constData() + m_at;
        if (reinterpret_cast<quintptr>(at) % alignof(T) == 0) {
            column.refer(reinterpret_cast<const T *>(at), size_t(count)); // no copy
        } else {
            column.own.resize(size_t(count));
            if (count > 0) // memcpy with the null data() of an empty vector is undefined
                std::memcpy(column.own.data(), at, size_t(count) * sizeof(T));
            column.adopt();
        }
        m_at += qsizetype(count * sizeof(T));
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = sizeof(kMagic);
};

bool validLinks(const IndexColumn<quint32> &offsets, const IndexColumn<quint16> &refs, size_t n,
                qsizetype refLimit)
{
    if (offsets.size() != n + 1 || offsets.front() != 0 || offsets.back() != refs.size())
        return false;
    for (size_t i = 0; i < n; ++i) {
        if (offsets[i] > offsets[i + 1])
            return false;
    }
    return std::all_of(refs.begin(), refs.end(),
                       [refLimit](quint16 r) { return qsizetype(r) < refLimit; });
}

} // namespace

EventIndex EventIndex::withoutEvents(QList<Country> countries, QList<Topic> topics,
                                     QList<EventType> types, std::vector<qint64> countryUses,
                                     std::vector<qint64> topicUses, std::vector<qint64> typeUses)
{
    EventIndex index;
    index.m_countries = std::move(countries);
    index.m_topics = std::move(topics);
    index.m_types = std::move(types);
    index.m_countryOffsets.own.push_back(0);
    index.m_topicOffsets.own.push_back(0);
    index.adoptAll();
    index.m_countryUses = std::move(countryUses);
    index.m_topicUses = std::move(topicUses);
    index.m_typeUses = std::move(typeUses);
    index.m_countryUses.resize(size_t(index.m_countries.size()), 0);
    index.m_topicUses.resize(size_t(index.m_topics.size()), 0);
    index.m_typeUses.resize(size_t(index.m_types.size()), 0);
    return index;
}

void EventIndex::adoptAll()
{
    m_ids.adopt();
    m_lower.adopt();
    m_upper.adopt();
    m_maxUpperSoFar.adopt();
    m_flags.adopt();
    m_precision.adopt();
    m_type.adopt();
    m_countryOffsets.adopt();
    m_countryRefs.adopt();
    m_topicOffsets.adopt();
    m_topicRefs.adopt();
    m_byId.adopt();
}

QByteArray EventIndex::serialize() const
{
    QByteArray out;
    out.reserve(qsizetype(memoryBytes()) + 256);
    out.append(kMagic, sizeof(kMagic));
    const quint64 header[] = {quint64(m_ids.size()), quint64(m_datedCount),
                              quint64(m_countryRefs.size()), quint64(m_topicRefs.size()),
                              m_ids.isNarrow() ? 4u : 8u};
    out.append(reinterpret_cast<const char *>(header), sizeof(header));
    if (m_ids.isNarrow())
        put(out, m_ids.narrow());
    else
        put(out, m_ids.wide());
    put(out, m_lower);
    put(out, m_upper);
    put(out, m_flags);
    put(out, m_precision);
    put(out, m_type);
    put(out, m_countryOffsets);
    put(out, m_countryRefs);
    put(out, m_topicOffsets);
    put(out, m_topicRefs);
    put(out, m_byId);
    return out;
}

std::optional<EventIndex> EventIndex::deserialize(const QByteArray &bytes,
                                                  const QList<Country> &countries,
                                                  const QList<Topic> &topics,
                                                  const QList<EventType> &types)
{
    const bool version2 = bytes.startsWith(QByteArrayView(kMagicVersion2, sizeof(kMagic)));
    const bool version3 = bytes.startsWith(QByteArrayView(kMagicVersion3, sizeof(kMagic)));
    if (!version2 && !version3 && !bytes.startsWith(QByteArrayView(kMagic, sizeof(kMagic))))
        return std::nullopt;
    EventIndex index;
    index.m_blob = bytes; // shared, not copied: the columns refer into it
    Reader in(index.m_blob);
    quint64 n = 0, dated = 0, countryRefs = 0, topicRefs = 0;
    quint64 idBytes = 8;
    if (!in.get(n) || !in.get(dated) || !in.get(countryRefs) || !in.get(topicRefs) || dated > n ||
        n > quint64(std::numeric_limits<qint32>::max()) ||
        (!version2 && !version3 && !in.get(idBytes)) || (idBytes != 4 && idBytes != 8))
        return std::nullopt;
    index.m_ids.setNarrow(idBytes == 4);
    const bool idsRead =
        idBytes == 4 ? in.get(index.m_ids.narrow(), n) : in.get(index.m_ids.wide(), n);
    if (!idsRead || !in.get(index.m_lower, n) || !in.get(index.m_upper, n) ||
        !in.get(index.m_flags, n) || !in.get(index.m_precision, n) || !in.get(index.m_type, n) ||
        !in.get(index.m_countryOffsets, n + 1) || !in.get(index.m_countryRefs, countryRefs) ||
        !in.get(index.m_topicOffsets, n + 1) || !in.get(index.m_topicRefs, topicRefs))
        return std::nullopt;
    IndexColumn<IdPositionVersion2> pairs;
    if (!(version2 ? in.get(pairs, n) : in.get(index.m_byId, n)) || !in.atEnd())
        return std::nullopt;
    // Everything the views rely on, checked once: order, flags, references, the id table.
    for (size_t pos = 0; pos < n; ++pos) {
        const bool undated = index.m_flags[pos] & quint8(DateFlag::Undated);
        if (undated != (pos >= dated) || index.m_precision[pos] > quint8(DatePrecision::Day) ||
            (!undated && index.m_lower[pos] > index.m_upper[pos]) ||
            (pos > 0 && pos < dated && index.m_lower[pos - 1] > index.m_lower[pos]) ||
            (!types.isEmpty() && index.m_type[pos] >= types.size()))
            return std::nullopt;
    }
    if (!validLinks(index.m_countryOffsets, index.m_countryRefs, size_t(n), countries.size()) ||
        !validLinks(index.m_topicOffsets, index.m_topicRefs, size_t(n), topics.size()))
        return std::nullopt;
    if (version2) {
        index.m_byId.own.resize(size_t(n));
        for (size_t i = 0; i < n; ++i) {
            const auto &[id, pos, zero] = pairs[i];
            if (pos < 0 || quint64(pos) >= n || zero != 0 || index.m_ids[size_t(pos)] != id)
                return std::nullopt;
            index.m_byId.own[i] = pos;
        }
        index.m_byId.adopt();
    }
    // Every position once, in strictly increasing order of ids (so none twice).
    for (size_t i = 0; i < n; ++i) {
        const qint32 pos = index.m_byId[i];
        if (pos < 0 || quint64(pos) >= n ||
            (i > 0 && index.m_ids[size_t(index.m_byId[i - 1])] >= index.m_ids[size_t(pos)]))
            return std::nullopt;
    }
    index.m_datedCount = qsizetype(dated);
    index.m_maxUpperSoFar.own.resize(size_t(dated));
    qint32 running = std::numeric_limits<qint32>::min();
    for (size_t pos = 0; pos < dated; ++pos)
        index.m_maxUpperSoFar.own[pos] = running = std::max(running, index.m_upper[pos]);
    index.m_maxUpperSoFar.adopt();
    index.m_countries = countries;
    index.m_topics = topics;
    index.m_types = types;
    index.m_fromCache = true;
    index.findUsed();
    return index;
}

void EventIndex::findUsed()
{
    m_countryUses.assign(size_t(m_countries.size()), 0);
    m_topicUses.assign(size_t(m_topics.size()), 0);
    m_typeUses.assign(size_t(m_types.size()), 0);
    for (quint16 ref : m_countryRefs)
        ++m_countryUses[ref];
    for (quint16 ref : m_topicRefs)
        ++m_topicUses[ref];
    for (quint16 type : m_type) {
        if (type < m_typeUses.size())
            ++m_typeUses[type];
    }
}

qsizetype EventIndex::positionOf(qint64 id) const
{
    const auto it =
        std::lower_bound(m_byId.begin(), m_byId.end(), id,
                         [this](qint32 pos, qint64 wanted) { return m_ids[size_t(pos)] < wanted; });
    return it != m_byId.end() && m_ids[size_t(*it)] == id ? *it : -1;
}

qsizetype EventIndex::firstStartingAtOrAfter(JulianDay day) const
{
    return std::lower_bound(m_lower.begin(), m_lower.begin() + m_datedCount,
                            indexKeyOfDay(day.value)) -
           m_lower.begin();
}

qsizetype EventIndex::firstEndingAtOrAfter(JulianDay day) const
{
    return std::lower_bound(m_maxUpperSoFar.begin(), m_maxUpperSoFar.end(),
                            indexKeyOfDay(day.value)) -
           m_maxUpperSoFar.begin();
}

std::pair<qsizetype, qsizetype> EventIndex::mayOverlapKeys(qint32 fromKey, qint32 toKey) const
{
    const auto dated = m_lower.begin() + m_datedCount;
    const qsizetype first =
        std::lower_bound(m_maxUpperSoFar.begin(), m_maxUpperSoFar.end(), fromKey) -
        m_maxUpperSoFar.begin();
    const qsizetype last = std::upper_bound(m_lower.begin(), dated, toKey) - m_lower.begin();
    return {std::min(first, last), last};
}

std::optional<std::pair<JulianDay, JulianDay>> EventIndex::datedSpan() const
{
    if (m_datedCount == 0)
        return std::nullopt;
    return std::pair{JulianDay{dayOfIndexKey(m_lower.front())},
                     JulianDay{dayOfIndexKey(m_maxUpperSoFar.back())}};
}

size_t EventIndex::memoryBytes() const
{
    auto bytes = [](const auto &column) { return column.ownBytes(); };
    return size_t(m_blob.size()) + bytes(m_ids) + bytes(m_lower) + bytes(m_upper) +
           bytes(m_maxUpperSoFar) + bytes(m_flags) + bytes(m_precision) + bytes(m_type) +
           bytes(m_countryOffsets) + bytes(m_countryRefs) + bytes(m_topicOffsets) +
           bytes(m_topicRefs) + bytes(m_byId);
}

} // namespace entente::core
