// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"
#include "index/eventindex.h"
#include "store/eventstore.h"

#include <QSettings>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace entente::core {

class EventStore;
class LaneIndex;
struct EventCharts;

/*!
 * The one filter every view follows, with the same meaning on the command line and in the GUI.
 * An empty part does not filter.
 *
 * - countries: ISO alpha-3 codes; with CountryMode::Any an event involving any of them matches,
 *   with CountryMode::All only events involving every one (so AZE and KHM are their bilateral
 *   events).
 * - topics: slugs, any of them. eventTypes: codes, any of them.
 * - from/to: a period as partial dates, matched on the events' bounds: an event matches when its
 *   bounds overlap [from's first day, to's last day], and is a partial match when they reach
 *   outside it ("2022" against April 2022). Undated events never match a period.
 * - text: the user's words, all required, each as a prefix, diacritics folded (see ftsQueryFor).
 */
struct EventFilter
{
    enum class CountryMode { Any, All };

    QStringList countries;
    CountryMode countryMode = CountryMode::Any;
    QStringList topics;
    QStringList eventTypes;
    PartialDate from;
    PartialDate to;
    QString text;
    /*! Only the events no person has reviewed yet (proposed from a report's text). */
    bool unreviewedOnly = false;

    bool isEmpty() const;
    bool hasPeriod() const { return !from.isUndated() || !to.isUndated(); }

    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

/*! What a filter selects, and the faceted counts the filter panel shows. */
struct FilterResult
{
    std::vector<qint32> positions;        //!< matching index positions, in index order
    std::vector<qint32> partialPositions; //!< of those, the partial period matches (sorted)
    qsizetype datedCount = 0;             //!< matching events that are dated
    /*!
     * Per country (index into EventIndex::countries()): events that the other active filters
     * leave and that involve the country. Likewise per topic and per event type.
     */
    std::vector<qint32> countryCounts;
    std::vector<qint32> topicCounts;
    std::vector<qint32> typeCounts;

    /*!
     * The timeline's lanes of the matching dated events, built on the filter's thread too (for
     * the lane mode the request asked for), so that the GUI thread only swaps them in.
     */
    std::shared_ptr<const LaneIndex> lanes;
    /*! The numbers behind the charts, likewise built on the filter's thread. */
    std::shared_ptr<const EventCharts> charts;
    /*!
     * The titles and dates of the first rows (a page of the table), in row order, read on the
     * filter's thread (FilterRunner sets it): the GUI thread would otherwise read them from a file
     * perhaps not yet in memory (at 1M events, cold, 150 ms of disk reads). Null when not read.
     */
    std::shared_ptr<const QList<EventHeadline>> firstHeadlines;
    /*! The index the positions are into (FilterRunner sets it; a change makes a new index). */
    std::shared_ptr<const EventIndex> index;
    /*! The filter it is the result of (FilterRunner sets it). */
    EventFilter filter;

    bool isPartial(qint32 position) const
    {
        return std::binary_search(partialPositions.begin(), partialPositions.end(), position);
    }
};

/*!
 * Applies a filter to the in-memory index in one pass, counts included. Only the text part reads
 * SQLite (its full-text index), through \a store, which may be null when the filter has no text.
 * Returns nullopt when \a cancelled says so (then \a error is empty) or on an error.
 */
std::optional<FilterResult> applyFilter(const EventIndex &index, EventStore *store,
                                        const EventFilter &filter, QString *error,
                                        const std::function<bool()> &cancelled = {});

/*! The rows of a change that the filter selects: old positions gone, new positions come. */
struct EditedRows
{
    std::vector<qint32> removed; //!< in the index before the change
    std::vector<qint32> added;   //!< in the index after it
};

/*!
 * Whether references into \a before's countries, topics and types mean the same in \a after's
 * (its lists only grew at the end).
 */
bool referencesCarryOver(const EventIndex &before, const EventIndex &after);

/*!
 * The result of \a filter on \a after, made from its result \a old on \a before and the rows the
 * change moved (\a shift), without a pass over every event: what a single edit costs at millions
 * of events. Lanes and charts are left to the caller; \a rows, when given, gets the changed rows
 * the filter selects. nullopt when the filter must run again instead (a text filter; lists that
 * changed order).
 */
std::optional<FilterResult> editedFilterResult(const FilterResult &old, const EventIndex &before,
                                               const EventIndex &after, const IndexShift &shift,
                                               const EventFilter &filter,
                                               EditedRows *rows = nullptr);

/*!
 * The index of the country that \a text names: an ISO alpha-2 or alpha-3 code or a name
 * (any case, diacritics ignored). On failure returns -1 and fills \a suggestions with close
 * matches.
 */
qsizetype findCountry(const QList<Country> &countries, const QString &text,
                      QStringList *suggestions);
/*! The index of the topic with this slug or name (any case); -1 and suggestions otherwise. */
qsizetype findTopic(const QList<Topic> &topics, const QString &text, QStringList *suggestions);

/*!
 * The filter in plain language, for captions and the status bar, e.g.
 * "Countries: Azerbaijan and Cambodia · Topics: Visas · 1995–2022 · Text: “demining”".
 */
QString describeFilter(const EventFilter &filter, const EventIndex &index,
                       const QLocale &locale = QLocale());

/*! Stores the filter under the settings' current group; loadFilter() reads it back. */
void saveFilter(QSettings &settings, const EventFilter &filter);
EventFilter loadFilter(QSettings &settings);

} // namespace entente::core
