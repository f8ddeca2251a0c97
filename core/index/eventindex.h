// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/country.h"
#include "domain/julianday.h"
#include "domain/partialdate.h"
#include "domain/topic.h"
#include "index/largearray.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <QByteArray>
#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace entente::core {

struct RawIndexRows;

class EventStore;

/*!
 * One array of the index: a read-only view, over either storage of its own (built from the
 * tables) or the bytes of the database's index cache (read without copying). Moving keeps the
 * view valid (the storage moves with it); copying is not allowed.
 */
template<typename T> struct IndexColumn
{
    LargeArray<T> own;
    std::span<const T> view;

    IndexColumn() = default;
    IndexColumn(IndexColumn &&) noexcept = default;
    IndexColumn &operator=(IndexColumn &&) noexcept = default;
    IndexColumn(const IndexColumn &) = delete;
    IndexColumn &operator=(const IndexColumn &) = delete;

    void adopt() { view = std::span<const T>(own.data(), own.size()); }
    void refer(const T *data, size_t n)
    {
        own = {};
        view = std::span<const T>(data, n);
    }
    const T &operator[](size_t i) const { return view[i]; }
    size_t size() const { return view.size(); }
    bool empty() const { return view.empty(); }
    const T *data() const { return view.data(); }
    auto begin() const { return view.begin(); }
    auto end() const { return view.end(); }
    const T &front() const { return view.front(); }
    const T &back() const { return view.back(); }
    size_t ownBytes() const { return own.capacity() * sizeof(T); }
};

/*!
 * The events' ids in position order: in 32 bits when every id fits (every database of fewer
 * than two billion events numbered from 1), else in 64. At 20 million events, 80 MB less.
 */
class IdColumn
{
public:
    static bool fits(qint64 id) { return id >= 0 && id <= std::numeric_limits<qint32>::max(); }

    qint64 operator[](size_t i) const { return m_narrow ? qint64(m_32[i]) : m_64[i]; }
    size_t size() const { return m_narrow ? m_32.size() : m_64.size(); }
    /*! While building (before adopt()): the ids appended so far. */
    size_t builtSize() const { return m_narrow ? m_32.own.size() : m_64.own.size(); }
    bool isNarrow() const { return m_narrow; }
    size_t ownBytes() const { return m_32.ownBytes() + m_64.ownBytes(); }

    /*! Starts an empty column of the width given, with room for \a capacity ids. */
    void start(bool narrow, size_t capacity)
    {
        m_narrow = narrow;
        m_32 = {};
        m_64 = {};
        if (narrow)
            m_32.own.reserve(capacity);
        else
            m_64.own.reserve(capacity);
    }
    void push_back(qint64 id)
    {
        if (m_narrow)
            m_32.own.push_back(qint32(id));
        else
            m_64.own.push_back(id);
    }
    /*! Appends the ids [from, to) of \a other (either width). */
    void appendSlice(const IdColumn &other, size_t from, size_t to)
    {
        if (m_narrow == other.m_narrow && m_narrow)
            m_32.own.insert(m_32.own.end(), other.m_32.begin() + from, other.m_32.begin() + to);
        else if (m_narrow == other.m_narrow)
            m_64.own.insert(m_64.own.end(), other.m_64.begin() + from, other.m_64.begin() + to);
        else
            for (size_t i = from; i < to; ++i)
                push_back(other[i]);
    }
    void adopt()
    {
        m_32.adopt();
        m_64.adopt();
    }
    IndexColumn<qint32> &narrow() { return m_32; }
    IndexColumn<qint64> &wide() { return m_64; }
    const IndexColumn<qint32> &narrow() const { return m_32; }
    const IndexColumn<qint64> &wide() const { return m_64; }
    void setNarrow(bool narrow) { m_narrow = narrow; }

private:
    bool m_narrow = true;
    IndexColumn<qint32> m_32;
    IndexColumn<qint64> m_64;
};

/*! What the index knows of an event's date, as bits (and, in the last one, of its review). */
enum class DateFlag : quint8 {
    Undated = 1 << 0,
    Interval = 1 << 1,
    StartUnknown = 1 << 2, //!< unknown or open start: drawn fading
    EndUnknown = 1 << 3,   //!< unknown or open end: drawn fading
    Approximate = 1 << 4,
    Uncertain = 1 << 5,
    Attested = 1 << 6,   //!< bounds are a day the source shows the state current, not its extent
    Unreviewed = 1 << 7, //!< not about the date: proposed from a report, no person reviewed it yet
};

/*!
 * The index keeps each bound in 32 bits, as a key that orders as the day does: the Julian day
 * itself within 2^30 days of day 0 (4713 BCE ± 2.9 million years, every date of history), and
 * beyond that one key per 8,192 days (22 years), which reaches 24 billion years — EDTF's deep
 * time ("Y-13800000000") without doubling the index. Every file written before deep time has
 * keys equal to its days.
 */
inline constexpr qint64 kExactKeyDays = qint64(1) << 30;
inline constexpr int kDeepKeyShift = 13;
constexpr qint32 indexKeyOfDay(qint64 day)
{
    if (day >= -kExactKeyDays && day <= kExactKeyDays)
        return qint32(day);
    const qint64 deep = ((day < 0 ? -day : day) - kExactKeyDays) >> kDeepKeyShift;
    const qint64 key = std::min<qint64>(kExactKeyDays + deep, 0x7fffffff);
    return qint32(day < 0 ? -key : key);
}
/*! A day of \a key's span (its only day within 2^30 days of day 0). */
constexpr qint64 dayOfIndexKey(qint32 key)
{
    if (key >= -kExactKeyDays && key <= kExactKeyDays)
        return key;
    const qint64 deep = ((key < 0 ? -qint64(key) : qint64(key)) - kExactKeyDays) << kDeepKeyShift;
    return key < 0 ? -(kExactKeyDays + deep) : kExactKeyDays + deep;
}

/*! Where an event sorts and how it is drawn, from its date as stated. */
struct DateKey
{
    qint32 lower = 0; //!< indexKeyOfDay() of the first day; 0 for undated events
    qint32 upper = 0;
    quint8 flags = 0; //!< DateFlag bits
    quint8 precision = 0;
};
/*! The key of an event dated \a date, or (undated) shown current on \a attestedOn. */
DateKey dateKeyOf(const PartialDate &date, const PartialDate &attestedOn);

/*! An event as the index sees it: what EventIndex::edited() puts in. */
struct IndexedEvent
{
    qint64 id = 0;
    PartialDate date;
    std::optional<PartialDate> attestedOn;
    QString typeCode;
    QStringList countries;   //!< ISO alpha-3 codes
    QStringList topics;      //!< slugs
    bool unreviewed = false; //!< proposed from a report, not yet reviewed by a person
};

/*! How positions moved in EventIndex::edited(): what the views need to follow a change. */
struct IndexShift
{
    std::vector<size_t> removed;        //!< old positions taken out, ascending
    std::vector<size_t> insertedBefore; //!< per new row, the old position it went before, ascending
    std::vector<qint32> inserted;       //!< the new rows' positions in the new index, ascending
    /*! The position in the new index of the kept old row at \a oldPosition. */
    qint32 map(size_t oldPosition) const
    {
        qint64 shift = 0;
        for (size_t cut : insertedBefore)
            shift += cut <= oldPosition ? 1 : 0;
        for (size_t cut : removed)
            shift -= cut < oldPosition ? 1 : 0;
        return qint32(qint64(oldPosition) + shift);
    }
    bool isRemoved(size_t oldPosition) const
    {
        return std::binary_search(removed.begin(), removed.end(), oldPosition);
    }
};

/*!
 * The compact in-memory index of a database's events: per event only what drawing, navigation
 * and filtering need (id, date bounds, date flags and precision, event type, countries and topics
 * as small indexes), in struct-of-arrays form sorted chronologically — by lower bound, then upper
 * bound, then id — with the undated events after all dated ones. About 43 bytes per event in
 * generated data (42.6), 8 of them the 64-bit id.
 *
 * Titles and details stay in SQLite and are read only for what is on screen or selected.
 */
class EventIndex final
{
public:
    EventIndex() = default;
    EventIndex(EventIndex &&) noexcept = default;
    EventIndex &operator=(EventIndex &&) noexcept = default;
    EventIndex(const EventIndex &) = delete; // its views would point into the original
    EventIndex &operator=(const EventIndex &) = delete;

    /*!
     * Reads the index of \a store. \a cancelled, polled while reading, stops the load; then
     * nullopt is returned with an empty \a error.
     */
    static std::optional<EventIndex> load(EventStore &store, QString *error,
                                          const std::function<bool()> &cancelled = {});

    /*!
     * An index of no events that knows the countries, topics and types of a database and how
     * many events use each (\a countryUses and the others, per position in the lists): what the
     * window's lists show for a server database too large to load, whose counts the server gives.
     */
    static EventIndex withoutEvents(QList<Country> countries, QList<Topic> topics,
                                    QList<EventType> types, std::vector<qint64> countryUses,
                                    std::vector<qint64> topicUses, std::vector<qint64> typeUses);

    /*!
     * A copy of this index with the events \a removed taken out and \a added put in (an edited
     * event is both), for data whose tables now hold \a countries, \a topics and \a types. Linear
     * in the size of the index, with no sort and no read of the database: what an edit costs the
     * views at millions of events.
     */
    EventIndex edited(const QList<qint64> &removed, const QList<IndexedEvent> &added,
                      const QList<Country> &countries, const QList<Topic> &topics,
                      const QList<EventType> &types, IndexShift *shift = nullptr) const;

    qsizetype size() const { return qsizetype(m_ids.size()); }
    /*! Positions [0, datedCount()) are dated, in order; the rest are undated. */
    qsizetype datedCount() const { return m_datedCount; }

    qint64 id(qsizetype pos) const { return m_ids[pos]; }
    JulianDay lower(qsizetype pos) const { return {dayOfIndexKey(m_lower[pos])}; }
    JulianDay upper(qsizetype pos) const { return {dayOfIndexKey(m_upper[pos])}; }
    /*! The bounds as the index keeps them (indexKeyOfDay()): what searches compare. */
    qint32 lowerKey(qsizetype pos) const { return m_lower[pos]; }
    qint32 upperKey(qsizetype pos) const { return m_upper[pos]; }
    bool hasFlag(qsizetype pos, DateFlag flag) const { return m_flags[pos] & quint8(flag); }
    DatePrecision precision(qsizetype pos) const { return DatePrecision(m_precision[pos]); }
    quint16 typeIndex(qsizetype pos) const { return m_type[pos]; }
    /*! Indexes into countries() of the countries taking part in the event at \a pos. */
    std::span<const quint16> countriesAt(qsizetype pos) const
    {
        return m_countryRefs.view.subspan(m_countryOffsets[size_t(pos)],
                                          m_countryOffsets[size_t(pos) + 1] -
                                              m_countryOffsets[size_t(pos)]);
    }
    /*! Indexes into topics() of the topics of the event at \a pos. */
    std::span<const quint16> topicsAt(qsizetype pos) const
    {
        return m_topicRefs.view.subspan(m_topicOffsets[size_t(pos)],
                                        m_topicOffsets[size_t(pos) + 1] -
                                            m_topicOffsets[size_t(pos)]);
    }

    /*!
     * Where the topics of the event at \a pos start in topicRefs(): those of positions [a, b) are
     * topicRefs()[topicsStart(a), topicsStart(b)), for reading many events' topics at once.
     */
    qsizetype topicsStart(qsizetype pos) const { return m_topicOffsets[size_t(pos)]; }
    std::span<const quint16> topicRefs() const { return m_topicRefs.view; }

    const QList<Country> &countries() const { return m_countries; }
    const QList<Topic> &topics() const { return m_topics; }
    const QList<EventType> &eventTypes() const { return m_types; }

    /*! The position of the event with database id \a id, or -1. */
    qsizetype positionOf(qint64 id) const;
    /*! The first dated position whose lower bound is at or after \a day (datedCount() if none). */
    qsizetype firstStartingAtOrAfter(JulianDay day) const;
    /*!
     * The first dated position whose event may still be running on \a day: every event before it
     * ended earlier. With firstStartingAtOrAfter() it brackets the events overlapping a window.
     */
    qsizetype firstEndingAtOrAfter(JulianDay day) const;
    /*!
     * The dated positions [first, second) that may overlap the index keys [\a fromKey, \a toKey]
     * (see indexKeyOfDay()): every event before them ended earlier, every event after them starts
     * later.
     */
    std::pair<qsizetype, qsizetype> mayOverlapKeys(qint32 fromKey, qint32 toKey) const;
    /*! Lower bound of the first and upper bound of the last dated event; nullopt if none. */
    std::optional<std::pair<JulianDay, JulianDay>> datedSpan() const;

    /*! Bytes held by the index's arrays. */
    size_t memoryBytes() const;

    /*! The index as bytes, for the database's index cache. */
    QByteArray serialize() const;
    /*!
     * The index stored by serialize(), for data with these countries, topics and types. The bytes
     * are outside input: every size, order and reference is checked, and nullopt is returned for
     * anything inconsistent (the caller then builds the index from the tables).
     */
    static std::optional<EventIndex> deserialize(const QByteArray &bytes,
                                                 const QList<Country> &countries,
                                                 const QList<Topic> &topics,
                                                 const QList<EventType> &types);
    /*! Whether any event involves country \a ref (topics, types likewise); found when loaded. */
    bool countryUsed(qsizetype ref) const
    {
        return size_t(ref) < m_countryUses.size() && m_countryUses[size_t(ref)] > 0;
    }
    bool topicUsed(qsizetype ref) const
    {
        return size_t(ref) < m_topicUses.size() && m_topicUses[size_t(ref)] > 0;
    }
    bool typeUsed(qsizetype ref) const
    {
        return size_t(ref) < m_typeUses.size() && m_typeUses[size_t(ref)] > 0;
    }
    /*! How many events involve each country (carry each topic, have each type). */
    const std::vector<qint64> &countryUses() const { return m_countryUses; }
    const std::vector<qint64> &topicUses() const { return m_topicUses; }
    const std::vector<qint64> &typeUses() const { return m_typeUses; }

    /*! True when load() took the index from the database's cache rather than its tables. */
    bool loadedFromCache() const { return m_fromCache; }

private:
    IdColumn m_ids;
    IndexColumn<qint32> m_lower;
    IndexColumn<qint32> m_upper;
    IndexColumn<qint32> m_maxUpperSoFar; // running maximum of m_upper over dated positions
    IndexColumn<quint8> m_flags;
    IndexColumn<quint8> m_precision;
    IndexColumn<quint16> m_type;
    IndexColumn<quint32> m_countryOffsets;
    IndexColumn<quint16> m_countryRefs;
    IndexColumn<quint32> m_topicOffsets;
    IndexColumn<quint16> m_topicRefs;
    // Every position, in the order of its event's id, for positionOf(): 4 bytes an event (the
    // ids themselves are read from m_ids), where pairs of id and position took 16.
    IndexColumn<qint32> m_byId;
    qsizetype m_datedCount = 0;
    bool m_fromCache = false;
    QByteArray m_blob; // the index cache the columns refer to, when read from it
    // How many events name each country, topic and type: counted once when loaded, then kept
    // up to date by edited().
    std::vector<qint64> m_countryUses, m_topicUses, m_typeUses;

    // load(): the columns in date order from the rows as read, then what derives from them.
    void build(const RawIndexRows &raw);
    void buildDerived();
    // edited(), step by step (indexedit.cpp).
    struct Edit;
    void appendEdited(Edit &edit);
    void buildEditedIdTable(const Edit &edit);
    void carryUses(const Edit &edit);
    // The running maximum of the upper bounds and the dated count, from the columns.
    void buildRunningMaximum();
    // What every way of loading ends with (on the loading thread, not the GUI's).
    void findUsed();
    void adoptAll();
    QList<Country> m_countries;
    QList<Topic> m_topics;
    QList<EventType> m_types;
};

} // namespace entente::core
