// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "index/eventfilter.h"

#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace entente::core {

class EventIndex;

/*!
 * The numbers behind the charts, computed from the index and a filter's result: plain values,
 * tested in core, drawn by the ui's chart views and by image export alike, so that what is
 * exported is what is shown.
 */

/*!
 * Events per year (or per bin of several years, when the span is long), stacked by topic. Each
 * event counts once, in the year its date starts: an event with one topic in that topic's
 * segment, one with several topics in the "several topics" segment, one without in "no topic".
 * So a bar's height is the number of events.
 */
struct PerYearChart
{
    struct Series
    {
        /*! AllEvents: one series of every event, when the counts do not tell topics apart. */
        enum class Kind { Topic, SeveralTopics, NoTopic, AllEvents };
        Kind kind = Kind::Topic;
        qsizetype topicRef = -1; //!< index into EventIndex::topics() for Kind::Topic
        QString label;
        QString colour;             //!< '#rrggbb'; empty for the two kinds without a topic
        std::vector<qint64> counts; //!< one per bin
        qint64 total = 0;
    };

    qint64 firstYear = 0;       //!< the first bin starts on 1 January of this year
    qint64 binYears = 1;        //!< years per bin: 1, or more when the span is long
    std::vector<qint64> totals; //!< events per bin
    QList<Series> series;       //!< most events first; "several" and "none" last
    qint64 dated = 0;           //!< events in the chart
    qint64 undated = 0;         //!< events left out: no date
    qint64 spanningYears = 0; //!< events whose date runs over several years (counted in the first)

    qsizetype binCount() const { return qsizetype(totals.size()); }
    qint64 binFirstYear(qsizetype bin) const { return firstYear + bin * binYears; }
    qint64 binLastYear(qsizetype bin) const { return binFirstYear(bin) + binYears - 1; }
    /*! "1995", or "1990–1994" for a bin of several years. */
    QString binLabel(qsizetype bin) const;
};

/*! At most this many bins: longer spans group years into bins of 2, 5, 10, … years. */
constexpr int kMaxYearBins = 60;

PerYearChart eventsPerYear(const EventIndex &index, const std::vector<qint32> &positions,
                           int maxBins = kMaxYearBins);

/*!
 * Events per year from counts already made (by a server): \a years maps a year to the events
 * starting in it, drawn as one series of every event; \a undated are left out and said.
 */
PerYearChart eventsPerYear(const QMap<qint64, qint64> &years, qint64 undated,
                           int maxBins = kMaxYearBins);

/*! Events per country, the top N as bars: an event counts for every country taking part. */
struct PerCountryChart
{
    struct Bar
    {
        qsizetype countryRef = -1; //!< index into EventIndex::countries()
        QString alpha3;
        QString name;
        qint64 count = 0;
    };
    std::vector<Bar> bars;        //!< most events first, ties by name
    qsizetype otherCountries = 0; //!< countries with events that are not among the bars
    qint64 events = 0;            //!< events selected
    qint64 withoutCountry = 0;    //!< events naming no country
    bool pending = false;         //!< not counted yet (a server counts it from the events)
};

constexpr int kTopCountries = 15;

PerCountryChart eventsPerCountry(const EventIndex &index, const std::vector<qint32> &positions,
                                 int top = kTopCountries);
/*!
 * The same from counts already made: \a counts per ref into index.countries(), of \a events
 * selected, \a withoutCountry of which name none.
 */
PerCountryChart eventsPerCountry(const EventIndex &index, const std::vector<qint64> &counts,
                                 qint64 events, qint64 withoutCountry, int top = kTopCountries);

/*!
 * The share of each topic among the selected events' topics: an event with several topics counts
 * for each of them, so the shares are of topic assignments, not of events.
 */
struct TopicsChart
{
    struct Slice
    {
        qsizetype topicRef = -1;
        QString slug;
        QString label;
        QString colour;
        qint64 count = 0;
        double share = 0; //!< count / assignments
    };
    std::vector<Slice> slices; //!< most first
    qint64 events = 0;
    qint64 assignments = 0;
    qint64 withoutTopic = 0;
    bool pending = false; //!< not counted yet (a server counts it from the events)
};

TopicsChart topicShares(const EventIndex &index, const std::vector<qint32> &positions);
/*! The same from counts per ref into index.topics() already made. */
TopicsChart topicShares(const EventIndex &index, const std::vector<qint64> &counts, qint64 events,
                        qint64 withoutTopic);

/*!
 * Observations over time, one series per indicator, reporter, partner and unit, with the source
 * they come from. The filter's countries and period apply; its topics, types and text do not
 * (observations have none), which ignoredFilter says.
 */
struct ObservationsChart
{
    struct Point
    {
        PartialDate period;
        double year = 0; //!< the middle of the period, in years (2021.5 for 2021)
        double value = 0;
        QString note;
    };
    struct Series
    {
        QString indicator;
        Country reporter;
        Country partner;
        QString unit;
        QString source;            //!< e.g. "Azernews, citing UN COMTRADE"
        std::vector<Point> points; //!< in time order
        /*! "Imports of goods, Azerbaijan from Cambodia (US$)". */
        QString label() const;
    };
    QList<Series> series;
    bool ignoredFilter = false; //!< the filter has topics, types or text, which do not apply
};

ObservationsChart observationsOverTime(const QList<Observation> &observations,
                                       const EventFilter &filter);

/*! The event charts of one filter result, computed together in one place (the filter's thread). */
struct EventCharts
{
    PerYearChart perYear;
    PerCountryChart perCountry;
    TopicsChart topics;
};

EventCharts eventCharts(const EventIndex &index, const std::vector<qint32> &positions);

/*!
 * The filter that a click on a chart's part asks for: the period of a year bin, a country, a topic,
 * on top of \a base.
 */
EventFilter filterForYears(EventFilter base, qint64 firstYear, qint64 lastYear);
EventFilter filterForCountry(EventFilter base, const QString &alpha3);
EventFilter filterForTopic(EventFilter base, const QString &slug);

/*!
 * "Source: Azernews, 6 Jun 2022" (or "Sources: …" with several, the most cited first, at most
 * \a maxNamed named and "and N more") for the sources cited by the events at \a positions of
 * \a index, read from \a store. Empty when none is known. With more events than a query should
 * carry (kMaxSourceQueryEvents), the sources of the whole database are named, and the text says so.
 */
QString describeSources(EventStore &store, const EventIndex &index,
                        const std::vector<qint32> &positions, const QLocale &locale = QLocale(),
                        int maxNamed = 3);
constexpr qsizetype kMaxSourceQueryEvents = 20000;
/*! Likewise for observations' citations (their source and the primary source it names). */
QString describeObservationSources(const ObservationsChart &chart,
                                   const QLocale &locale = QLocale());

} // namespace entente::core
