// SPDX-License-Identifier: GPL-3.0-or-later
#include "maths/chartdata.h"

#include "domain/wording.h"
#include "index/eventindex.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Charts)
};

// Floor division, so that bins of years before 1 AD line up as well.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 yearOf(JulianDay day)
{
    return day.astronomicalYear();
}

} // namespace

QString PerYearChart::binLabel(qsizetype bin) const
{
    if (binYears == 1)
        return yearText(binFirstYear(bin), QLocale());
    // Bins of a million years and more are named in round words ("12.5–12 billion BCE" reads
    // better than twenty-two digits).
    if (binYears >= 1'000'000)
        return roundYearText(binFirstYear(bin), QLocale()) + u'–' +
               roundYearText(binLastYear(bin), QLocale());
    return yearText(binFirstYear(bin), QLocale()) + u'–' + yearText(binLastYear(bin), QLocale());
}

namespace {

// The bin width (1, 2, 5, 10… years) that fits [firstYear, lastYear] in at most maxBins bins,
// with the totals sized to the bins.
void chooseBins(PerYearChart &chart, qint64 firstYear, qint64 lastYear, int maxBins)
{
    // Up to bins of ten billion years: a deep-time chronology runs from the Big Bang.
    static const std::vector<qint64> kSteps = [] {
        std::vector<qint64> steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500};
        for (qint64 power = 1000; power <= 10'000'000'000; power *= 10) {
            for (qint64 factor : {1, 2, 5})
                steps.push_back(power * factor);
        }
        return steps;
    }();
    chart.binYears = kSteps.back();
    for (qint64 step : kSteps) {
        if (floorDiv(lastYear, step) - floorDiv(firstYear, step) + 1 <= std::max(1, maxBins)) {
            chart.binYears = step;
            break;
        }
    }
    chart.firstYear = floorDiv(firstYear, chart.binYears) * chart.binYears;
    const qsizetype bins =
        floorDiv(lastYear, chart.binYears) - floorDiv(firstYear, chart.binYears) + 1;
    chart.totals.assign(size_t(bins), 0);
}

// The series of \a counts ([segment][bin]: each topic, then "several topics", then "no topic")
// that have any event: topics first, largest first.
void addSeries(PerYearChart &chart, const EventIndex &index, const std::vector<qint64> &counts,
               qsizetype bins)
{
    const qsizetype topicCount = index.topics().size();
    const qsizetype several = topicCount;
    for (qsizetype segment = 0; segment < topicCount + 2; ++segment) {
        PerYearChart::Series series;
        series.counts.assign(counts.begin() + segment * bins,
                             counts.begin() + (segment + 1) * bins);
        series.total = std::accumulate(series.counts.begin(), series.counts.end(), qint64(0));
        if (series.total == 0)
            continue;
        if (segment < topicCount) {
            series.topicRef = segment;
            series.label = index.topics()[segment].name;
            series.colour = index.topics()[segment].colour;
        } else {
            series.kind = segment == several ? PerYearChart::Series::Kind::SeveralTopics
                                             : PerYearChart::Series::Kind::NoTopic;
            series.label = segment == several ? Text::tr("Several topics") : Text::tr("No topic");
        }
        chart.series.append(std::move(series));
    }
    std::stable_sort(chart.series.begin(), chart.series.end(), [](const auto &a, const auto &b) {
        const bool aTopic = a.kind == PerYearChart::Series::Kind::Topic;
        const bool bTopic = b.kind == PerYearChart::Series::Kind::Topic;
        if (aTopic != bTopic)
            return aTopic;
        return a.total > b.total;
    });
}

// How many of the events at \a positions each country (or topic) has, by ref; \a without counts
// the events with none, \a links all the links counted.
template<typename RefsAt>
std::vector<qint64> countLinks(const std::vector<qint32> &positions, qsizetype refCount,
                               qint64 *without, qint64 *links, const RefsAt &refsAt)
{
    std::vector<qint64> counts(size_t(refCount), 0);
    for (qint32 pos : positions) {
        const std::span<const quint16> refs = refsAt(pos);
        if (refs.empty())
            ++*without;
        for (quint16 ref : refs)
            ++counts[ref];
        *links += qint64(refs.size());
    }
    return counts;
}

} // namespace

PerYearChart eventsPerYear(const EventIndex &index, const std::vector<qint32> &positions,
                           int maxBins)
{
    PerYearChart chart;
    // Positions are in index order: dated ones by lower bound first, then the undated.
    const auto firstUndated = std::find_if(positions.begin(), positions.end(),
                                           [&](qint32 pos) { return pos >= index.datedCount(); });
    chart.dated = firstUndated - positions.begin();
    chart.undated = positions.end() - firstUndated;
    if (chart.dated == 0)
        return chart;

    const qint64 firstYear = yearOf(index.lower(positions.front()));
    const qint64 lastYear = yearOf(index.lower(*(firstUndated - 1)));
    chooseBins(chart, firstYear, lastYear, maxBins);
    const qsizetype bins = qsizetype(chart.totals.size());

    // Per topic, and the two segments without one topic; laid out flat, [segment][bin].
    const qsizetype topicCount = index.topics().size();
    const qsizetype several = topicCount, none = topicCount + 1;
    std::vector<qint64> counts(size_t((topicCount + 2) * bins), 0);

    // Walk the sorted lower bounds, moving the year (and bin) forward as they pass its end.
    qint64 year = firstYear;
    JulianDay nextYear = JulianDay::fromYmd(year + 1, 1, 1);
    qsizetype bin = (year - chart.firstYear) / chart.binYears;
    for (auto it = positions.begin(); it != firstUndated; ++it) {
        const qint32 pos = *it;
        if (index.lower(pos) >= nextYear) {
            year = yearOf(index.lower(pos));
            nextYear = JulianDay::fromYmd(year + 1, 1, 1);
            bin = (year - chart.firstYear) / chart.binYears;
        }
        if (index.upper(pos) >= nextYear)
            ++chart.spanningYears;
        const auto topics = index.topicsAt(pos);
        const qsizetype segment = topics.size() == 1 ? topics.front()
                                  : topics.empty()   ? none
                                                     : several;
        ++counts[size_t(segment * bins + bin)];
        ++chart.totals[size_t(bin)];
    }

    addSeries(chart, index, counts, bins);
    return chart;
}

PerYearChart eventsPerYear(const QMap<qint64, qint64> &years, qint64 undated, int maxBins)
{
    PerYearChart chart;
    chart.undated = undated;
    if (years.isEmpty())
        return chart;
    chooseBins(chart, years.firstKey(), years.lastKey(), maxBins);
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        chart.totals[size_t(floorDiv(it.key() - chart.firstYear, chart.binYears))] += it.value();
        chart.dated += it.value();
    }
    PerYearChart::Series all;
    all.kind = PerYearChart::Series::Kind::AllEvents;
    all.label = Text::tr("All events");
    all.counts = chart.totals;
    all.total = chart.dated;
    chart.series.append(std::move(all));
    return chart;
}

PerCountryChart eventsPerCountry(const EventIndex &index, const std::vector<qint32> &positions,
                                 int top)
{
    qint64 without = 0, links = 0;
    const std::vector<qint64> counts =
        countLinks(positions, index.countries().size(), &without, &links,
                   [&](qint32 pos) { return index.countriesAt(pos); });
    return eventsPerCountry(index, counts, qint64(positions.size()), without, top);
}

PerCountryChart eventsPerCountry(const EventIndex &index, const std::vector<qint64> &counts,
                                 qint64 events, qint64 withoutCountry, int top)
{
    PerCountryChart chart;
    chart.events = events;
    chart.withoutCountry = withoutCountry;
    for (qsizetype ref = 0; ref < qsizetype(counts.size()); ++ref) {
        if (counts[size_t(ref)] == 0)
            continue;
        const Country &country = index.countries()[ref];
        chart.bars.push_back({ref, country.alpha3, country.displayName(), counts[size_t(ref)]});
    }
    std::sort(chart.bars.begin(), chart.bars.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    if (qsizetype(chart.bars.size()) > std::max(0, top)) {
        chart.otherCountries = qsizetype(chart.bars.size()) - std::max(0, top);
        chart.bars.resize(size_t(std::max(0, top)));
    }
    return chart;
}

TopicsChart topicShares(const EventIndex &index, const std::vector<qint32> &positions)
{
    qint64 without = 0, assignments = 0;
    const std::vector<qint64> counts =
        countLinks(positions, index.topics().size(), &without, &assignments,
                   [&](qint32 pos) { return index.topicsAt(pos); });
    return topicShares(index, counts, qint64(positions.size()), without);
}

TopicsChart topicShares(const EventIndex &index, const std::vector<qint64> &counts, qint64 events,
                        qint64 withoutTopic)
{
    TopicsChart chart;
    chart.events = events;
    chart.withoutTopic = withoutTopic;
    chart.assignments = std::accumulate(counts.begin(), counts.end(), qint64(0));
    for (qsizetype ref = 0; ref < qsizetype(counts.size()); ++ref) {
        if (counts[size_t(ref)] == 0)
            continue;
        const Topic &topic = index.topics()[ref];
        chart.slices.push_back({ref, topic.slug, topic.name, topic.colour, counts[size_t(ref)],
                                double(counts[size_t(ref)]) / double(chart.assignments)});
    }
    std::stable_sort(chart.slices.begin(), chart.slices.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return chart;
}

EventCharts eventCharts(const EventIndex &index, const std::vector<qint32> &positions)
{
    return {eventsPerYear(index, positions), eventsPerCountry(index, positions),
            topicShares(index, positions)};
}

QString ObservationsChart::Series::label() const
{
    return Text::tr("%1, %2 from %3 (%4)")
        .arg(indicator, reporter.displayName(), partner.displayName(), unit);
}

ObservationsChart observationsOverTime(const QList<Observation> &observations,
                                       const EventFilter &filter)
{
    ObservationsChart chart;
    chart.ignoredFilter = !filter.topics.isEmpty() || !filter.eventTypes.isEmpty() ||
                          !filter.text.trimmed().isEmpty();
    const JulianDay periodFrom = filter.from.isUndated()
                                     ? JulianDay{std::numeric_limits<qint64>::min()}
                                     : filter.from.lowerBound();
    const JulianDay periodTo = filter.to.isUndated() ? JulianDay{std::numeric_limits<qint64>::max()}
                                                     : filter.to.upperBound();
    for (const Observation &o : observations) {
        if (!filter.countries.isEmpty()) {
            const bool reporter = filter.countries.contains(o.reporter.alpha3);
            const bool partner = filter.countries.contains(o.partner.alpha3);
            const bool matches =
                filter.countryMode == EventFilter::CountryMode::Any
                    ? reporter || partner
                    : std::all_of(filter.countries.begin(), filter.countries.end(),
                                  [&](const QString &c) {
                                      return c == o.reporter.alpha3 || c == o.partner.alpha3;
                                  });
            if (!matches)
                continue;
        }
        if (o.period.isUndated() || o.period.upperBound() < periodFrom ||
            o.period.lowerBound() > periodTo)
            continue;
        auto series = std::find_if(chart.series.begin(), chart.series.end(), [&](const auto &s) {
            return s.indicator == o.indicator && s.reporter.alpha3 == o.reporter.alpha3 &&
                   s.partner.alpha3 == o.partner.alpha3 && s.unit == o.unit;
        });
        if (series == chart.series.end()) {
            ObservationsChart::Series s;
            s.indicator = o.indicator;
            s.reporter = o.reporter;
            s.partner = o.partner;
            s.unit = o.unit;
            chart.series.append(s);
            series = chart.series.end() - 1;
        }
        // The middle of the period in years: its first day's year plus the fraction reached.
        const double lower = o.period.lowerBound().value, upper = o.period.upperBound().value + 1;
        const double middle = (lower + upper) / 2;
        const qint64 year = yearOf(JulianDay{qint64(middle)});
        const double yearStart = JulianDay::fromYmd(year, 1, 1).value;
        const double yearLength = JulianDay::fromYmd(year + 1, 1, 1).value - yearStart;
        series->points.push_back(
            {o.period, year + (middle - yearStart) / yearLength, o.value, o.note});
        for (const Citation &c : o.citations) {
            QString source = c.source.publisher;
            const QString cites = c.cites.isEmpty() ? c.source.cites : c.cites;
            if (!cites.isEmpty())
                source = Text::tr("%1, citing %2").arg(source, cites);
            if (!source.isEmpty() && !series->source.contains(source))
                series->source =
                    series->source.isEmpty() ? source : series->source + u"; "_s + source;
        }
    }
    for (auto &s : chart.series)
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const auto &a, const auto &b) { return a.year < b.year; });
    return chart;
}

EventFilter filterForYears(EventFilter base, qint64 firstYear, qint64 lastYear)
{
    base.from = PartialDate::point({firstYear, 0, 0});
    base.to = PartialDate::point({lastYear, 0, 0});
    return base;
}

EventFilter filterForCountry(EventFilter base, const QString &alpha3)
{
    // Narrows: with "all of" the country joins the others; with "any of" it replaces them, since
    // adding it would widen the selection instead.
    if (base.countryMode == EventFilter::CountryMode::All) {
        if (!base.countries.contains(alpha3))
            base.countries.append(alpha3);
    } else {
        base.countries = {alpha3};
    }
    return base;
}

EventFilter filterForTopic(EventFilter base, const QString &slug)
{
    base.topics = {slug};
    return base;
}

namespace {

QString sourceText(const Source &source, const QLocale &locale)
{
    QString text = source.publisher.isEmpty() ? source.title : source.publisher;
    if (!source.published.isUndated()) {
        const StatedDate &d = source.published.start();
        const QString date =
            d.day ? locale.toString(JulianDay::fromYmd(d.year, d.month, d.day).toDate(),
                                    u"d MMM yyyy"_s)
                  : source.published.toDisplayString(locale);
        text += u", "_s + date;
    }
    return text;
}

QString joinSources(const QStringList &names, qsizetype total, int maxNamed)
{
    if (names.isEmpty())
        return {};
    QStringList shown = names.mid(0, maxNamed);
    QString text = shown.join(u"; "_s);
    if (total > shown.size())
        text = Text::tr("%1 and %n more", nullptr, int(total - shown.size())).arg(text);
    return Text::tr("Source(s): %1", nullptr, int(total)).arg(text);
}

} // namespace

QString describeSources(EventStore &store, const EventIndex &index,
                        const std::vector<qint32> &positions, const QLocale &locale, int maxNamed)
{
    const bool all = qsizetype(positions.size()) == index.size();
    const bool whole = all || qsizetype(positions.size()) > kMaxSourceQueryEvents;
    QList<qint64> ids;
    if (!whole) {
        ids.reserve(qsizetype(positions.size()));
        for (qint32 pos : positions)
            ids.append(index.id(pos));
    }
    const auto uses = store.citedSources(whole ? nullptr : &ids);
    if (!uses || uses->isEmpty())
        return {};
    QStringList names;
    for (const EventStore::SourceUse &use : *uses)
        names.append(sourceText(use.source, locale));
    QString text = joinSources(names, names.size(), maxNamed);
    if (whole && !all)
        text += Text::tr(" (of the whole database)");
    return text;
}

QString describeObservationSources(const ObservationsChart &chart, const QLocale &)
{
    QStringList names;
    for (const auto &s : chart.series) {
        for (const QString &source : s.source.split(u"; "_s, Qt::SkipEmptyParts)) {
            if (!names.contains(source))
                names.append(source);
        }
    }
    return joinSources(names, names.size(), 3);
}

} // namespace entente::core
