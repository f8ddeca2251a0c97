// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/eventfilter.h"

#include "index/textsearch.h"
#include "store/eventstore.h"

#include <QCoreApplication>

#include <algorithm>

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
           searchTerms(text).isEmpty();
}

std::optional<FilterResult> applyFilter(const EventIndex &index, EventStore *store,
                                        const EventFilter &filter, QString *error,
                                        const std::function<bool()> &cancelled)
{
    const qsizetype n = index.size();
    FilterResult result;
    result.countryCounts.assign(size_t(index.countries().size()), 0);
    result.topicCounts.assign(size_t(index.topics().size()), 0);
    result.typeCounts.assign(size_t(index.eventTypes().size()), 0);

    // Each part of the filter as a set of wanted refs.
    std::vector<bool> wantCountry(size_t(index.countries().size()), false);
    int wantedCountries = 0;
    for (qsizetype i = 0; i < index.countries().size(); ++i) {
        if (filter.countries.contains(index.countries()[i].alpha3)) {
            wantCountry[size_t(i)] = true;
            ++wantedCountries;
        }
    }
    // A named country that this database does not have: nothing can involve it.
    const bool impossibleCountry =
        wantedCountries < filter.countries.size() &&
        (filter.countryMode == EventFilter::CountryMode::All || wantedCountries == 0);
    std::vector<bool> wantTopic(size_t(index.topics().size()), false);
    bool anyTopicKnown = false;
    for (qsizetype i = 0; i < index.topics().size(); ++i) {
        if (filter.topics.contains(index.topics()[i].slug))
            wantTopic[size_t(i)] = anyTopicKnown = true;
    }
    std::vector<bool> wantType(size_t(index.eventTypes().size()), false);
    bool anyTypeKnown = false;
    for (qsizetype i = 0; i < index.eventTypes().size(); ++i) {
        if (filter.eventTypes.contains(index.eventTypes()[i].code))
            wantType[size_t(i)] = anyTypeKnown = true;
    }

    std::vector<bool> textMatch;
    const bool hasText = !searchTerms(filter.text).isEmpty();
    if (hasText) {
        if (!store) {
            *error = Text::tr("Text search needs the database.");
            return std::nullopt;
        }
        const auto ids = store->searchText(filter.text);
        if (!ids) {
            *error = store->errorString();
            return std::nullopt;
        }
        textMatch.assign(size_t(n), false);
        for (qint64 id : *ids) {
            const qsizetype pos = index.positionOf(id);
            if (pos >= 0)
                textMatch[size_t(pos)] = true;
        }
    }
    const qint32 periodFrom = filter.from.isUndated() ? std::numeric_limits<qint32>::min()
                                                      : filter.from.lowerBound().value;
    const qint32 periodTo =
        filter.to.isUndated() ? std::numeric_limits<qint32>::max() : filter.to.upperBound().value;

    for (qsizetype pos = 0; pos < n; ++pos) {
        if (cancelled && (pos & 0xffff) == 0 && cancelled()) {
            error->clear();
            return std::nullopt;
        }
        // The parts other than countries, topics and types, which every facet shares.
        bool partial = false;
        if (filter.hasPeriod()) {
            if (index.hasFlag(pos, DateFlag::Undated))
                continue;
            const qint32 lo = index.lower(pos).value;
            const qint32 hi = index.upper(pos).value;
            if (hi < periodFrom || lo > periodTo)
                continue;
            partial = lo < periodFrom || hi > periodTo;
        }
        if (hasText && !textMatch[size_t(pos)])
            continue;

        const auto countries = index.countriesAt(pos);
        bool countryOk = filter.countries.isEmpty();
        if (!countryOk && !impossibleCountry) {
            int involved = 0;
            for (quint16 c : countries)
                involved += wantCountry[c] ? 1 : 0;
            countryOk = filter.countryMode == EventFilter::CountryMode::All
                            ? involved == wantedCountries
                            : involved > 0;
        }
        const auto topics = index.topicsAt(pos);
        bool topicOk = filter.topics.isEmpty();
        if (!topicOk && anyTopicKnown) {
            for (quint16 t : topics)
                topicOk = topicOk || wantTopic[t];
        }
        const quint16 type = index.typeIndex(pos);
        const bool typeOk = filter.eventTypes.isEmpty() ||
                            (anyTypeKnown && type < wantType.size() && wantType[type]);

        // Faceted counts: what each entry would show with the other filters applied.
        if (topicOk && typeOk) {
            for (quint16 c : countries)
                ++result.countryCounts[c];
        }
        if (countryOk && typeOk) {
            for (quint16 t : topics)
                ++result.topicCounts[t];
        }
        if (countryOk && topicOk && type < result.typeCounts.size())
            ++result.typeCounts[type];

        if (countryOk && topicOk && typeOk) {
            result.positions.push_back(qint32(pos));
            if (partial)
                result.partialPositions.push_back(qint32(pos));
            if (!index.hasFlag(pos, DateFlag::Undated))
                ++result.datedCount;
        }
    }
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
        const QString shown = c.displayName() + u" ("_s + c.alpha3 + u')';
        for (const QString &name : {c.name, c.commonName, c.officialName}) {
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
