// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/eventfilter.h"

#include "index/textsearch.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::EventFilter)
};

// Levenshtein distance, for suggesting close matches of a mistyped code or name.
int distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                {above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// Longer text is no mistyped name: suggesting for it would only cost time (edit distance grows
// with the product of the lengths), so it gets none.
constexpr qsizetype kMaxSuggestionInput = 64;

QStringList closest(const QString &wanted, const QList<std::pair<QString, QString>> &candidates)
{
    if (wanted.size() > kMaxSuggestionInput)
        return {};
    // candidates: (text compared, text suggested)
    QList<std::pair<int, QString>> scored;
    const int limit = std::max(2, int(wanted.size() / 3));
    for (const auto &[key, shown] : candidates) {
        const bool contains = key.contains(wanted);
        // The distance is at least the difference in length: no need to compute it beyond the
        // limit.
        if (!contains && std::abs(int(key.size() - wanted.size())) > limit)
            continue;
        int d = contains ? 1 : distance(wanted, key);
        if (d <= limit)
            scored.append({d, shown});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result;
    for (const auto &[d, shown] : scored) {
        if (!result.contains(shown))
            result.append(shown);
        if (result.size() == 5)
            break;
    }
    return result;
}

} // namespace

bool EventFilter::isEmpty() const
{
    return countries.isEmpty() && topics.isEmpty() && eventTypes.isEmpty() && !hasPeriod() &&
           searchTerms(text).isEmpty() && !unreviewedOnly;
}

namespace {

// The filter's facets as a flag per country, topic and type of this index.
struct FacetWants
{
    std::vector<char> country, topic, type; // bytes, not bits: read for every event
    int wantedCountries = 0;
    bool impossibleCountry = false; //!< a named country the database lacks rules out every event
    bool anyTopicKnown = false;
    bool anyTypeKnown = false;
};

FacetWants facetWants(const EventIndex &index, const EventFilter &filter)
{
    FacetWants w;
    w.country.assign(size_t(index.countries().size()), false);
    for (qsizetype i = 0; i < index.countries().size(); ++i) {
        if (filter.countries.contains(index.countries()[i].alpha3)) {
            w.country[size_t(i)] = true;
            ++w.wantedCountries;
        }
    }
    // A named country that this database does not have: nothing can involve it.
    w.impossibleCountry =
        w.wantedCountries < filter.countries.size() &&
        (filter.countryMode == EventFilter::CountryMode::All || w.wantedCountries == 0);
    w.topic.assign(size_t(index.topics().size()), false);
    for (qsizetype i = 0; i < index.topics().size(); ++i) {
        if (filter.topics.contains(index.topics()[i].slug))
            w.topic[size_t(i)] = w.anyTopicKnown = true;
    }
    w.type.assign(size_t(index.eventTypes().size()), false);
    for (qsizetype i = 0; i < index.eventTypes().size(); ++i) {
        if (filter.eventTypes.contains(index.eventTypes()[i].code))
            w.type[size_t(i)] = w.anyTypeKnown = true;
    }
    return w;
}

// A flag per position: whether the event's text matches filter.text (asked of the store).
std::optional<std::vector<bool>> textMatches(const EventIndex &index, EventStore *store,
                                             const EventFilter &filter, QString *error)
{
    if (!store) {
        *error = Text::tr("Text search needs the database.");
        return std::nullopt;
    }
    const auto ids = store->searchText(filter.text);
    if (!ids) {
        *error = store->errorString();
        return std::nullopt;
    }
    std::vector<bool> match(size_t(index.size()), false);
    for (qint64 id : *ids) {
        const qsizetype pos = index.positionOf(id);
        if (pos >= 0)
            match[size_t(pos)] = true;
    }
    return match;
}

// Which facets one event passes.
struct FacetVerdict
{
    bool country, topic, type;
};

inline bool countryPasses(std::span<const quint16> countries, const EventFilter &filter,
                          const FacetWants &w)
{
    if (filter.countries.isEmpty())
        return true;
    if (w.impossibleCountry)
        return false;
    int involved = 0;
    for (quint16 c : countries)
        involved += w.country[c] ? 1 : 0;
    return filter.countryMode == EventFilter::CountryMode::All ? involved == w.wantedCountries
                                                               : involved > 0;
}

inline bool topicPasses(std::span<const quint16> topics, const EventFilter &filter,
                        const FacetWants &w)
{
    if (filter.topics.isEmpty())
        return true;
    char passes = 0;
    if (w.anyTopicKnown) {
        for (quint16 t : topics)
            passes |= w.topic[t]; // no branch on each topic
    }
    return passes != 0;
}

inline bool typePasses(quint16 type, const EventFilter &filter, const FacetWants &w)
{
    return filter.eventTypes.isEmpty() || (w.anyTypeKnown && type < w.type.size() && w.type[type]);
}

inline FacetVerdict facetVerdict(std::span<const quint16> countries,
                                 std::span<const quint16> topics, quint16 type,
                                 const EventFilter &filter, const FacetWants &w)
{
    return {countryPasses(countries, filter, w), topicPasses(topics, filter, w),
            typePasses(type, filter, w)};
}

// Which facets' counts are the index's totals: those whose other filters are all empty (a filter
// by country alone leaves every event to the country counts). They are not counted event by
// event.
struct FromTotals
{
    bool country = false, topic = false, type = false;
};

FromTotals fromTotals(const EventFilter &filter)
{
    const bool rows =
        filter.hasPeriod() || !searchTerms(filter.text).isEmpty() || filter.unreviewedOnly;
    return {!rows && filter.topics.isEmpty() && filter.eventTypes.isEmpty(),
            !rows && filter.countries.isEmpty() && filter.eventTypes.isEmpty(),
            !rows && filter.countries.isEmpty() && filter.topics.isEmpty()};
}

// Faceted counts: what each entry would show with the other facets applied.
inline void countFacets(FilterResult &result, std::span<const quint16> countries,
                        std::span<const quint16> topics, quint16 type, const FacetVerdict &v,
                        const FromTotals &totals = {})
{
    if (v.topic && v.type && !totals.country) {
        for (quint16 c : countries)
            ++result.countryCounts[c];
    }
    if (v.country && v.type && !totals.topic) {
        for (quint16 t : topics)
            ++result.topicCounts[t];
    }
    if (v.country && v.topic && !totals.type && type < result.typeCounts.size())
        ++result.typeCounts[type];
}

void filterSlice(const EventIndex &index, const EventFilter &filter, const FacetWants &wants,
                 const FromTotals &totals, const std::vector<bool> &textMatch, qint32 periodFrom,
                 qint32 periodTo, qsizetype from, qsizetype to, FilterResult &result,
                 const std::function<bool()> &cancelled, std::atomic<bool> &stopped);

} // namespace

std::optional<FilterResult> applyFilter(const EventIndex &index, EventStore *store,
                                        const EventFilter &filter, QString *error,
                                        const std::function<bool()> &cancelled)
{
    const qsizetype n = index.size();
    FilterResult result;
    result.countryCounts.assign(size_t(index.countries().size()), 0);
    result.topicCounts.assign(size_t(index.topics().size()), 0);
    result.typeCounts.assign(size_t(index.eventTypes().size()), 0);
    const FacetWants wants = facetWants(index, filter);
    std::vector<bool> textMatch;
    const bool hasText = !searchTerms(filter.text).isEmpty();
    if (hasText) {
        auto match = textMatches(index, store, filter, error);
        if (!match)
            return std::nullopt;
        textMatch = std::move(*match);
    }
    // Compared as the index keeps its bounds (indexKeyOfDay()), which order as the days do.
    const qint32 periodFrom = filter.from.isUndated()
                                  ? std::numeric_limits<qint32>::min()
                                  : indexKeyOfDay(filter.from.lowerBound().value);
    const qint32 periodTo = filter.to.isUndated() ? std::numeric_limits<qint32>::max()
                                                  : indexKeyOfDay(filter.to.upperBound().value);

    // Only dated events can meet a period, and in index order they start in order: those before
    // the first that may still run in it, or starting after it, are not read.
    qsizetype scanFrom = 0, scanTo = n;
    if (filter.hasPeriod())
        std::tie(scanFrom, scanTo) = index.mayOverlapKeys(periodFrom, periodTo);
    const qsizetype scanned = scanTo - scanFrom;

    // One pass over the index, cut into as many slices as there are cores: each slice counts into
    // its own result, and the slices are joined in index order.
    const qsizetype slices = scanned < 65'536 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
    std::vector<FilterResult> parts(static_cast<size_t>(slices));
    // The most events the filter can keep, so each slice makes room once (growing a vector of
    // millions of positions copies it and touches new memory each time).
    qsizetype most = scanned;
    auto usesOf = [](const std::vector<char> &wanted, const std::vector<qint64> &uses) {
        qint64 sum = 0;
        for (size_t i = 0; i < wanted.size() && i < uses.size(); ++i)
            sum += wanted[i] ? uses[i] : 0;
        return sum;
    };
    if (!filter.countries.isEmpty())
        most = std::min(most, qsizetype(usesOf(wants.country, index.countryUses())));
    if (!filter.topics.isEmpty())
        most = std::min(most, qsizetype(usesOf(wants.topic, index.topicUses())));
    if (!filter.eventTypes.isEmpty())
        most = std::min(most, qsizetype(usesOf(wants.type, index.typeUses())));
    const FromTotals totals = fromTotals(filter);
    std::atomic<bool> stopped = false;
    auto runSlice = [&](qsizetype slice) {
        FilterResult &part = parts[size_t(slice)];
        part.countryCounts.assign(result.countryCounts.size(), 0);
        part.topicCounts.assign(result.topicCounts.size(), 0);
        part.typeCounts.assign(result.typeCounts.size(), 0);
        if (scanned > 0)
            part.positions.reserve(size_t(most / slices + 1024));
        filterSlice(index, filter, wants, totals, textMatch, periodFrom, periodTo,
                    scanFrom + scanned * slice / slices, scanFrom + scanned * (slice + 1) / slices,
                    part, cancelled, stopped);
    };
    std::vector<QFuture<void>> others;
    for (qsizetype slice = 1; slice < slices; ++slice)
        others.push_back(QtConcurrent::run(runSlice, slice));
    runSlice(0);
    for (QFuture<void> &f : others)
        f.waitForFinished(); // runs the slice here if no thread has taken it yet
    if (stopped) {
        error->clear();
        return std::nullopt;
    }
    size_t total = 0, partial = 0;
    for (const FilterResult &part : parts) {
        total += part.positions.size();
        partial += part.partialPositions.size();
    }
    result.positions.reserve(total);
    result.partialPositions.reserve(partial);
    for (const FilterResult &part : parts) {
        result.positions.insert(result.positions.end(), part.positions.begin(),
                                part.positions.end());
        result.partialPositions.insert(result.partialPositions.end(), part.partialPositions.begin(),
                                       part.partialPositions.end());
        result.datedCount += part.datedCount;
        for (size_t i = 0; i < part.countryCounts.size(); ++i)
            result.countryCounts[i] += part.countryCounts[i];
        for (size_t i = 0; i < part.topicCounts.size(); ++i)
            result.topicCounts[i] += part.topicCounts[i];
        for (size_t i = 0; i < part.typeCounts.size(); ++i)
            result.typeCounts[i] += part.typeCounts[i];
    }
    auto copyTotals = [](std::vector<qint32> &counts, const std::vector<qint64> &uses) {
        for (size_t i = 0; i < counts.size() && i < uses.size(); ++i)
            counts[i] = qint32(uses[i]);
    };
    if (totals.country)
        copyTotals(result.countryCounts, index.countryUses());
    if (totals.topic)
        copyTotals(result.topicCounts, index.topicUses());
    if (totals.type)
        copyTotals(result.typeCounts, index.typeUses());
    return result;
}

namespace {

// The filter over positions [from, to) of the index, into \a result, a block of events at a
// time in two passes. The first keeps the events that need counting, without a branch on each
// event's verdict: at 20 million events a third of which carry the topic asked for, the
// mispredicted branches were most of a topic filter's time. The second counts and keeps them.
void filterSlice(const EventIndex &index, const EventFilter &filter, const FacetWants &wants,
                 const FromTotals &totals, const std::vector<bool> &textMatch, qint32 periodFrom,
                 qint32 periodTo, qsizetype from, qsizetype to, FilterResult &result,
                 const std::function<bool()> &cancelled, std::atomic<bool> &stopped)
{
    const bool hasText = !textMatch.empty();
    const bool hasPeriod = filter.hasPeriod();
    // Events that fail the country filter count only towards the country counts; when those are
    // the index's totals there is nothing to do with them (topics likewise).
    const bool needCountry = totals.country && !filter.countries.isEmpty();
    const bool needTopic = totals.topic && !filter.topics.isEmpty();
    constexpr qsizetype kBlock = 4096;
    std::array<qint32, kBlock> kept;
    // For the topic filter: how many of a block's topic references so far are wanted. An event
    // passes when the count grows across its references; no loop over each event's topics (their
    // varying number was a mispredicted branch per event too).
    std::vector<quint32> wantedSoFar;
    const std::span<const quint16> topicRefs = index.topicRefs();
    for (qsizetype block = from; block < to; block += kBlock) {
        if (((block - from) & 0xffff) == 0 && (stopped || (cancelled && cancelled()))) {
            stopped = true;
            return;
        }
        const qsizetype end = std::min(to, block + kBlock);
        const qsizetype firstRef = needTopic ? index.topicsStart(block) : 0;
        if (needTopic) {
            const qsizetype lastRef = index.topicsStart(end);
            wantedSoFar.resize(size_t(lastRef - firstRef + 1));
            quint32 sum = 0;
            wantedSoFar[0] = 0;
            for (qsizetype r = firstRef; r < lastRef; ++r) {
                sum += quint32(wants.topic[topicRefs[size_t(r)]] != 0);
                wantedSoFar[size_t(r - firstRef + 1)] = sum;
            }
        }
        qsizetype count = 0;
        for (qsizetype pos = block; pos < end; ++pos) {
            unsigned keep = 1;
            if (hasPeriod) {
                keep &= unsigned(!index.hasFlag(pos, DateFlag::Undated)) &
                        unsigned(index.upperKey(pos) >= periodFrom) &
                        unsigned(index.lowerKey(pos) <= periodTo);
            }
            if (hasText)
                keep &= unsigned(textMatch[size_t(pos)]);
            if (filter.unreviewedOnly)
                keep &= unsigned(index.hasFlag(pos, DateFlag::Unreviewed));
            if (needCountry)
                keep &= unsigned(countryPasses(index.countriesAt(pos), filter, wants));
            if (needTopic)
                keep &= unsigned(wantedSoFar[size_t(index.topicsStart(pos + 1) - firstRef)] !=
                                 wantedSoFar[size_t(index.topicsStart(pos) - firstRef)]);
            kept[size_t(count)] = qint32(pos);
            count += keep;
        }
        for (qsizetype i = 0; i < count; ++i) {
            const qint32 pos = kept[size_t(i)];
            const auto countries = index.countriesAt(pos);
            const auto topics = index.topicsAt(pos);
            const quint16 type = index.typeIndex(pos);
            // What the first pass kept passes what it tested.
            const FacetVerdict v = {needCountry || countryPasses(countries, filter, wants),
                                    needTopic || topicPasses(topics, filter, wants),
                                    typePasses(type, filter, wants)};
            countFacets(result, countries, topics, type, v, totals);
            if (v.country && v.topic && v.type) {
                result.positions.push_back(pos);
                // Whether the event reaches out of the period.
                if (hasPeriod &&
                    (index.lowerKey(pos) < periodFrom || index.upperKey(pos) > periodTo))
                    result.partialPositions.push_back(pos);
                if (!index.hasFlag(pos, DateFlag::Undated))
                    ++result.datedCount;
            }
        }
    }
}

} // namespace

namespace {

// Whether \a before's list is the start of \a after's (items compared by \a same): references into
// it stay valid, and new items only come after.
template<typename Item, typename Same>
bool isPrefix(const QList<Item> &before, const QList<Item> &after, Same same)
{
    if (before.size() > after.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i)
        if (!same(before[i], after[i]))
            return false;
    return true;
}

// The parts of the filter other than the facets and the text: the review mark and the period (and
// whether the event reaches out of it).
struct RowPass
{
    bool passes = false;
    bool partial = false;
};

RowPass rowPass(const EventIndex &index, qsizetype pos, const EventFilter &filter)
{
    if (filter.unreviewedOnly && !index.hasFlag(pos, DateFlag::Unreviewed))
        return {};
    if (!filter.hasPeriod())
        return {true, false};
    if (index.hasFlag(pos, DateFlag::Undated))
        return {};
    const qint32 from = filter.from.isUndated() ? std::numeric_limits<qint32>::min()
                                                : indexKeyOfDay(filter.from.lowerBound().value);
    const qint32 to = filter.to.isUndated() ? std::numeric_limits<qint32>::max()
                                            : indexKeyOfDay(filter.to.upperBound().value);
    const qint32 lo = index.lowerKey(pos), hi = index.upperKey(pos);
    if (hi < from || lo > to)
        return {};
    return {true, lo < from || hi > to};
}

} // namespace

bool referencesCarryOver(const EventIndex &before, const EventIndex &after)
{
    return isPrefix(before.countries(), after.countries(),
                    [](const Country &a, const Country &b) { return a.id == b.id; }) &&
           isPrefix(before.topics(), after.topics(),
                    [](const Topic &a, const Topic &b) { return a.id == b.id; }) &&
           isPrefix(before.eventTypes(), after.eventTypes(),
                    [](const EventType &a, const EventType &b) { return a.code == b.code; });
}

std::optional<FilterResult> editedFilterResult(const FilterResult &old, const EventIndex &before,
                                               const EventIndex &after, const IndexShift &shift,
                                               const EventFilter &filter, EditedRows *rows)
{
    // Text matches come from the full-text index: a change is simply filtered again.
    if (!searchTerms(filter.text).isEmpty() || !referencesCarryOver(before, after))
        return std::nullopt;
    FilterResult result;
    result.countryCounts = old.countryCounts;
    result.topicCounts = old.topicCounts;
    result.typeCounts = old.typeCounts;
    result.countryCounts.resize(size_t(after.countries().size()), 0);
    result.topicCounts.resize(size_t(after.topics().size()), 0);
    result.typeCounts.resize(size_t(after.eventTypes().size()), 0);
    result.datedCount = old.datedCount;

    // The removed rows' share of the counts, as they were counted before.
    const FacetWants wantsBefore = facetWants(before, filter);
    FilterResult removedShare;
    removedShare.countryCounts.assign(result.countryCounts.size(), 0);
    removedShare.topicCounts.assign(result.topicCounts.size(), 0);
    removedShare.typeCounts.assign(result.typeCounts.size(), 0);
    for (size_t pos : shift.removed) {
        if (!rowPass(before, qsizetype(pos), filter).passes)
            continue;
        const auto countries = before.countriesAt(qsizetype(pos));
        const auto topics = before.topicsAt(qsizetype(pos));
        const quint16 type = before.typeIndex(qsizetype(pos));
        const FacetVerdict v = facetVerdict(countries, topics, type, filter, wantsBefore);
        countFacets(removedShare, countries, topics, type, v);
        if (v.country && v.topic && v.type) {
            if (rows)
                rows->removed.push_back(qint32(pos));
            if (!before.hasFlag(qsizetype(pos), DateFlag::Undated))
                --result.datedCount;
        }
    }
    auto subtract = [](std::vector<qint32> &counts, const std::vector<qint32> &share) {
        for (size_t i = 0; i < share.size(); ++i)
            counts[i] -= share[i];
    };
    subtract(result.countryCounts, removedShare.countryCounts);
    subtract(result.topicCounts, removedShare.topicCounts);
    subtract(result.typeCounts, removedShare.typeCounts);

    // The new rows, counted and kept as the full filter would.
    const FacetWants wantsAfter = facetWants(after, filter);
    std::vector<std::pair<qint32, bool>> added; // (new position, partial)
    for (qint32 pos : shift.inserted) {
        const RowPass pass = rowPass(after, pos, filter);
        if (!pass.passes)
            continue;
        const auto countries = after.countriesAt(pos);
        const auto topics = after.topicsAt(pos);
        const quint16 type = after.typeIndex(pos);
        const FacetVerdict v = facetVerdict(countries, topics, type, filter, wantsAfter);
        countFacets(result, countries, topics, type, v);
        if (v.country && v.topic && v.type) {
            added.emplace_back(pos, pass.partial);
            if (rows)
                rows->added.push_back(pos);
            if (!after.hasFlag(pos, DateFlag::Undated))
                ++result.datedCount;
        }
    }

    // The kept positions moved, the new ones merged in, in index order.
    auto merge = [&](const std::vector<qint32> &kept, bool partialOnly) {
        std::vector<qint32> out;
        out.reserve(kept.size() + added.size());
        size_t a = 0;
        for (qint32 pos : kept) {
            if (!shift.removed.empty() && shift.isRemoved(size_t(pos)))
                continue;
            const qint32 moved = shift.map(size_t(pos));
            for (; a < added.size() && added[a].first < moved; ++a)
                if (!partialOnly || added[a].second)
                    out.push_back(added[a].first);
            out.push_back(moved);
        }
        for (; a < added.size(); ++a)
            if (!partialOnly || added[a].second)
                out.push_back(added[a].first);
        return out;
    };
    result.positions = merge(old.positions, false);
    result.partialPositions = merge(old.partialPositions, true);
    return result;
}

qsizetype findCountry(const QList<Country> &countries, const QString &text,
                      QStringList *suggestions)
{
    if (suggestions)
        suggestions->clear();
    const QString wanted = foldForSearch(text.trimmed());
    if (wanted.isEmpty())
        return -1;
    // Codes first, unfolded: what a script passes almost always, and no text normalisation needed.
    for (qsizetype i = 0; i < countries.size(); ++i) {
        if (countries[i].alpha3.compare(wanted, Qt::CaseInsensitive) == 0 ||
            countries[i].alpha2.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    // Names, folded once each, for the match and for the suggestions alike.
    QList<std::pair<QString, QString>> candidates;
    candidates.reserve(countries.size() * 3);
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const Country &c = countries[i];
        const QString local = c.displayName();
        const QString shown = local + u" ("_s + c.alpha3 + u')';
        // The English names always, and the name in the user's language too.
        for (const QString &name : {c.name, c.commonName, c.officialName, local}) {
            if (name.isEmpty())
                continue;
            const QString folded = foldForSearch(name);
            if (folded == wanted)
                return i;
            candidates.append({folded, shown});
        }
        candidates.append({c.alpha3.toLower(), shown});
    }
    if (suggestions && wanted.size() <= kMaxSuggestionInput)
        *suggestions = closest(wanted, candidates);
    return -1;
}

qsizetype findTopic(const QList<Topic> &topics, const QString &text, QStringList *suggestions)
{
    const QString wanted = foldForSearch(text.trimmed());
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (wanted == foldForSearch(topics[i].slug) || wanted == foldForSearch(topics[i].name))
            return i;
    }
    if (suggestions) {
        QList<std::pair<QString, QString>> candidates;
        for (const Topic &t : topics) {
            candidates.append({foldForSearch(t.slug), t.slug});
            candidates.append({foldForSearch(t.name), t.slug});
        }
        *suggestions = closest(wanted, candidates);
        if (suggestions->isEmpty()) {
            for (const Topic &t : topics)
                suggestions->append(t.slug);
        }
    }
    return -1;
}

QString describeFilter(const EventFilter &filter, const EventIndex &index, const QLocale &locale)
{
    QStringList parts;
    if (!filter.countries.isEmpty()) {
        QStringList names;
        for (const QString &code : filter.countries) {
            const qsizetype i = findCountry(index.countries(), code, nullptr);
            names.append(i >= 0 ? index.countries()[i].displayName() : code);
        }
        const QString joiner = filter.countryMode == EventFilter::CountryMode::All
                                   ? Text::tr(" and ")
                                   : Text::tr(" or ");
        QString list = names.join(u", "_s);
        if (names.size() > 1)
            list =
                QStringList(names.mid(0, names.size() - 1)).join(u", "_s) + joiner + names.last();
        parts.append(Text::tr("Countries: %1").arg(list));
    }
    if (!filter.topics.isEmpty()) {
        QStringList names;
        for (const QString &slug : filter.topics) {
            const qsizetype i = findTopic(index.topics(), slug, nullptr);
            names.append(i >= 0 ? index.topics()[i].name : slug);
        }
        parts.append(Text::tr("Topics: %1").arg(names.join(Text::tr(" or "))));
    }
    if (!filter.eventTypes.isEmpty()) {
        QStringList names;
        for (const EventType &t : index.eventTypes()) {
            if (filter.eventTypes.contains(t.code))
                names.append(t.name);
        }
        parts.append(Text::tr("Types: %1").arg(names.join(Text::tr(" or "))));
    }
    if (filter.hasPeriod()) {
        const QString from =
            filter.from.isUndated() ? QString() : filter.from.toDisplayString(locale);
        const QString to = filter.to.isUndated() ? QString() : filter.to.toDisplayString(locale);
        if (from.isEmpty())
            parts.append(Text::tr("until %1").arg(to));
        else if (to.isEmpty())
            parts.append(Text::tr("from %1").arg(from));
        else
            parts.append(from == to ? from : from + u'–' + to);
    }
    const QStringList terms = searchTerms(filter.text);
    if (!terms.isEmpty())
        parts.append(Text::tr("Text: “%1”").arg(filter.text.trimmed().left(80)));
    if (filter.unreviewedOnly)
        parts.append(Text::tr("not yet reviewed by a person"));
    return parts.join(u" · "_s);
}

void saveFilter(QSettings &settings, const EventFilter &filter)
{
    settings.setValue(u"countries"_s, filter.countries);
    settings.setValue(u"countryMode"_s,
                      filter.countryMode == EventFilter::CountryMode::All ? u"all"_s : u"any"_s);
    settings.setValue(u"topics"_s, filter.topics);
    settings.setValue(u"types"_s, filter.eventTypes);
    settings.setValue(u"from"_s, filter.from.toEdtf());
    settings.setValue(u"to"_s, filter.to.toEdtf());
    settings.setValue(u"text"_s, filter.text);
}

EventFilter loadFilter(QSettings &settings)
{
    EventFilter filter;
    filter.countries = settings.value(u"countries"_s).toStringList();
    filter.countryMode = settings.value(u"countryMode"_s).toString() == u"all"_s
                             ? EventFilter::CountryMode::All
                             : EventFilter::CountryMode::Any;
    filter.topics = settings.value(u"topics"_s).toStringList();
    filter.eventTypes = settings.value(u"types"_s).toStringList();
    // Settings are outside input too: a date that does not parse is dropped, not guessed.
    filter.from =
        PartialDate::fromEdtf(settings.value(u"from"_s).toString()).value_or(PartialDate{});
    filter.to = PartialDate::fromEdtf(settings.value(u"to"_s).toString()).value_or(PartialDate{});
    filter.text = settings.value(u"text"_s).toString().left(1000);
    return filter;
}

} // namespace entente::core
