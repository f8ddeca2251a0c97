// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/generator.h"

#include "domain/partialdate.h"
#include "index/textsearch.h"
#include "store/databasewriter.h"
#include "store/eventpipe.h"
#include "store/eventwriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {
// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Generator)
};
} // namespace

namespace {

struct TypeSpec
{
    const char *code;
    const char *name;
    int weight;
    const char *verb; // for titles: "<A> <verb> <B>"
    int topicHint;    // index into kTopics
};

// Roughly the shape of GDELT's root codes: much consulting and visiting, less signing and aid.
constexpr TypeSpec kTypes[] = {
    {"040", "Consult", 24, "consults", 0},
    {"042", "Make a visit", 14, "visits", 1},
    {"043", "Host a visit", 10, "hosts a delegation from", 1},
    {"036", "Express intent to meet or negotiate", 10, "proposes talks with", 0},
    {"046", "Engage in negotiation", 9, "negotiates with", 2},
    {"051", "Praise or endorse", 6, "praises", 0},
    {"057", "Sign formal agreement", 7, "signs an agreement with", 3},
    {"061", "Cooperate economically", 5, "expands economic ties with", 4},
    {"073", "Provide humanitarian aid", 3, "sends humanitarian aid to", 6},
    {"111", "Criticize or denounce", 6, "criticizes", 7},
    {"112", "Accuse", 4, "accuses", 7},
    {"054", "Grant diplomatic recognition", 1, "recognizes", 8},
    {"0874", "Retreat or surrender militarily", 1, "withdraws observers from", 9},
};

struct TopicSpec
{
    const char *slug;
    const char *name;
    const char *colour;
    const char *subjects[4];
};

constexpr TopicSpec kTopics[] = {
    {"diplomacy",
     "Diplomacy",
     "#1f77b4",
     {"bilateral relations", "regional security", "the United Nations agenda", "consular affairs"}},
    {"visits",
     "Visits",
     "#ff7f0e",
     {"a state visit", "an official visit", "a working visit", "a ministerial visit"}},
    {"negotiations",
     "Negotiations",
     "#2ca02c",
     {"a border settlement", "a ceasefire", "fishing rights", "water sharing"}},
    {"agreements",
     "Agreements",
     "#9467bd",
     {"visa exemption", "double taxation", "cultural exchange", "investment protection"}},
    {"trade",
     "Trade",
     "#bcbd22",
     {"tariffs", "energy exports", "grain shipments", "a free trade area"}},
    {"energy",
     "Energy",
     "#8c564b",
     {"a gas pipeline", "electricity interconnection", "oil exploration", "renewable power"}},
    {"humanitarian",
     "Humanitarian aid",
     "#17becf",
     {"flood relief", "demining", "refugee support", "earthquake recovery"}},
    {"disputes",
     "Disputes",
     "#d62728",
     {"airspace violations", "detained nationals", "election interference", "sanctions"}},
    {"recognition",
     "Recognition",
     "#e377c2",
     {"independence", "a new government", "embassy opening", "diplomatic relations"}},
    {"security",
     "Security",
     "#7f7f7f",
     {"peacekeeping", "arms control", "counter-terrorism", "military exercises"}},
    {"culture",
     "Culture and education",
     "#aec7e8",
     {"student exchanges", "a film festival", "heritage protection", "language teaching"}},
    {"health",
     "Health",
     "#98df8a",
     {"vaccine supply", "hospital construction", "pandemic preparedness", "medical training"}},
};

constexpr const char *kCities[] = {"the capital", "Geneva",  "Vienna", "New York",   "Brussels",
                                   "Addis Ababa", "Jakarta", "Baku",   "Phnom Penh", "Nairobi",
                                   "Lima",        "Ottawa",  "Doha",   "Astana",     "Belgrade"};
constexpr const char *kOpeners[] = {
    "Officials said the talks were frank and constructive.",
    "Both sides agreed to continue the dialogue at expert level.",
    "The ministers reviewed progress since their last meeting.",
    "Observers noted the meeting followed months of preparation.",
    "A joint statement was issued after the meeting.",
    "Delegations included representatives of several ministries.",
    "The talks took place behind closed doors.",
    "Journalists were briefed afterwards by the foreign ministry spokesperson.",
};

template<typename T, size_t N> const T &pick(QRandomGenerator64 &rng, const T (&items)[N])
{
    return items[rng.bounded(quint64(N))];
}

// A Zipf-like index in [0, n): index k with weight 1 / (k + 1)^s, by inverse transform on a table.
class Zipf
{
public:
    Zipf(int n, double s)
    {
        double total = 0;
        m_cumulative.reserve(size_t(n));
        for (int k = 0; k < n; ++k) {
            total += 1.0 / std::pow(k + 1, s);
            m_cumulative.push_back(total);
        }
        for (double &c : m_cumulative)
            c /= total;
    }
    int operator()(QRandomGenerator64 &rng) const
    {
        const double u = rng.generateDouble();
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) -
                   m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

// n uniform numbers in [0, 1) in ascending order, one at a time, without holding them: the
// largest of k uniforms is V^(1/k), and the rest lie uniformly below it.
class AscendingUniforms
{
public:
    AscendingUniforms(qint64 n, quint64 seed) : m_remaining(n), m_rng(seed) {}
    double next()
    {
        if (m_remaining > 0)
            m_below *= std::pow(1.0 - m_rng.generateDouble(), 1.0 / double(m_remaining--));
        return 1.0 - m_below;
    }

private:
    qint64 m_remaining;
    double m_below = 1.0;
    QRandomGenerator64 m_rng;
};

// The synthetic events, one after the other, the same for the same seed: dates denser towards
// the present, types shaped like GDELT's root codes, dyads drawn mostly from prominent countries.
// The events come in the order of their dates, as real event data does (GDELT and ICEWS publish
// by day): ids follow time, and reading them in date order reads the file front to back.
class SyntheticEvents
{
public:
    SyntheticEvents(const QList<Country> &countries, quint64 seed, qint64 events)
        : m_countries(countries), m_rng(seed), m_days(events, ~seed),
          m_countryZipf(int(countries.size()), 1.1), m_dyadZipf(kDyads, 1.05)
    {
        // Countries in a random order of prominence; dyads drawn from prominent countries mostly.
        std::vector<int> prominence(size_t(countries.size()));
        std::iota(prominence.begin(), prominence.end(), 0);
        std::shuffle(prominence.begin(), prominence.end(), m_rng);
        while (m_dyads.size() < size_t(kDyads)) {
            const int a = prominence[size_t(m_countryZipf(m_rng))];
            const int b = prominence[size_t(m_countryZipf(m_rng))];
            if (a != b)
                m_dyads.emplace_back(a, b);
        }
        for (const TypeSpec &t : kTypes)
            m_totalWeight += t.weight;
    }

    ImportedEvent next()
    {
        ImportedEvent e;
        e.date = nextDate();
        const TypeSpec &type = nextType();
        e.type = {QLatin1String(type.code), u"cameo"_s, QLatin1String(type.name)};
        const auto [a, b] = m_dyads[size_t(m_dyadZipf(m_rng))];
        const int topicIndex = m_rng.bounded(4) == 0
                                   ? int(m_rng.bounded(quint64(std::size(kTopics))))
                                   : type.topicHint;
        const TopicSpec &mainTopic = kTopics[topicIndex];
        const QString subject = QLatin1String(pick(m_rng, mainTopic.subjects));
        const QString nameA = m_countries[a].englishName();
        const QString nameB = m_countries[b].englishName();
        e.title = nameA + u' ' + QLatin1String(type.verb) + u' ' + nameB + u" on "_s + subject;
        e.summary = u"In %1, officials of %2 and %3 met over %4. %5 %6"_s.arg(
            QLatin1String(pick(m_rng, kCities)), nameA, nameB, subject,
            QLatin1String(pick(m_rng, kOpeners)), QLatin1String(pick(m_rng, kOpeners)));
        const bool visit = qstrcmp(type.code, "042") == 0 || qstrcmp(type.code, "043") == 0;
        e.countries = {{m_countries[a].alpha3, visit ? u"visitor"_s : u"party"_s},
                       {m_countries[b].alpha3, visit ? u"host"_s : u"party"_s}};
        e.topics = {topic(topicIndex)};
        if (m_rng.bounded(3) == 0) {
            const int second = int(m_rng.bounded(quint64(std::size(kTopics))));
            if (second != topicIndex)
                e.topics.append(topic(second));
        }
        ImportedCitation citation;
        citation.source.publisher = u"Entente generator"_s;
        citation.source.title = u"Synthetic events (not real)"_s;
        citation.quote = e.summary.section(u". "_s, 0, 0) + u'.';
        e.citations = {citation};
        return e;
    }

private:
    static constexpr int kDyads = 4000;

    static Topic topic(int index)
    {
        return {0,
                QLatin1String(kTopics[index].slug),
                QLatin1String(kTopics[index].name),
                QLatin1String(kTopics[index].colour),
                {}};
    }

    PartialDate nextDate()
    {
        static const qint32 first = JulianDay::fromYmd(1979, 1, 1).value;
        static const qint32 last = JulianDay::fromYmd(2025, 12, 31).value;
        // Dates grow denser towards the present: the square root of a uniform leans late.
        const double u = std::sqrt(m_days.next());
        const QDate day = QDate::fromJulianDay(first + qint64(u * (last - first)));
        StatedDate start{day.year(), day.month(), day.day()};
        const int shape = int(m_rng.bounded(1000));
        if (shape < 850)
            return PartialDate::point(start);
        if (shape < 930)
            return PartialDate::point({day.year(), day.month(), 0});
        if (shape < 965)
            return PartialDate::point({day.year(), 0, 0});
        if (shape < 990) {
            const QDate end = day.addDays(qint64(1 + m_rng.bounded(9)));
            return PartialDate::interval(PartialDate::End::Known, start, PartialDate::End::Known,
                                         {end.year(), end.month(), end.day()});
        }
        if (shape < 995)
            return PartialDate::interval(PartialDate::End::Known, start, PartialDate::End::Unknown,
                                         {});
        start.approximate = true;
        return PartialDate::point(start);
    }

    const TypeSpec &nextType()
    {
        int roll = int(m_rng.bounded(m_totalWeight));
        for (const TypeSpec &t : kTypes) {
            if (roll < t.weight)
                return t;
            roll -= t.weight;
        }
        return kTypes[0];
    }

    const QList<Country> &m_countries;
    QRandomGenerator64 m_rng;
    AscendingUniforms m_days;
    Zipf m_countryZipf;
    Zipf m_dyadZipf;
    std::vector<std::pair<int, int>> m_dyads;
    int m_totalWeight = 0;
};

// The metadata that marks the database synthetic, and the topics and types events refer to.
QString setupScript(const GeneratorOptions &options)
{
    QString setup =
        u"INSERT INTO meta (key, value) VALUES ('title', 'Synthetic dataset: %1 events, seed %2'),"
        "('description', 'Generated by entente generate. Not real events.'), ('synthetic', '1');\n"_s
            .arg(QLocale(QLocale::English).toString(options.events)) // the title's language
            .arg(options.seed);
    for (size_t t = 0; t < std::size(kTopics); ++t)
        setup += u"INSERT INTO topic (id, slug, name, colour) VALUES (%1, '%2', '%3', '%4');\n"_s
                     .arg(t + 1)
                     .arg(QLatin1String(kTopics[t].slug), QLatin1String(kTopics[t].name),
                          QLatin1String(kTopics[t].colour));
    for (const TypeSpec &t : kTypes)
        setup +=
            u"INSERT INTO event_type (code, scheme, name) VALUES ('%1', 'cameo', '%2');\n"_s.arg(
                QLatin1String(t.code), QLatin1String(t.name));
    return setup;
}

} // namespace

bool generateDatabase(const OutputTarget &target, const QList<Country> &countries,
                      const GeneratorOptions &options, QString *error,
                      const std::function<bool(qint64)> &progress)
{
    if (options.events < 0 || options.events > kMaxGeneratedEvents) {
        *error = Text::tr("The number of events must be between 0 and 100,000,000.");
        return false;
    }
    if (countries.size() < 2) {
        *error = Text::tr("The generator needs the ISO country list.");
        return false;
    }
    DatabaseWriter writer;
    writer.setBulkWrite(true);
    if (!writer.create(target) || !writer.insertCountries(countries) ||
        !writer.runScript(setupScript(options), u"generator setup"_s)) {
        *error = writer.errorString();
        return false;
    }
    // The events go through the one writer of rows; its statements live in this scope only, as
    // the connection must have none left when finish() closes it.
    const bool written = [&] {
        EventWriter events(writer.database());
        if (!events.prepare(error))
            return false;
        // Made on another thread, written on this one (the connection's).
        EventPipe pipe;
        std::unique_ptr<QThread> making(QThread::create([&] {
            SyntheticEvents synthetic(countries, options.seed, options.events);
            for (qint64 id = 1; id <= options.events; ++id) {
                ImportedEvent e = synthetic.next();
                EventWriter::foldText(e);
                if (!pipe.push(std::move(e)))
                    break;
            }
            pipe.close();
        }));
        making->start();
        bool ok = true;
        qint64 done = 0;
        std::vector<ImportedEvent> batch;
        while (ok && pipe.pop(&batch)) {
            for (const ImportedEvent &e : batch) {
                ok = events.insert(e, error);
                if (ok && (++done & 0x3fff) == 0 && progress && !progress(done)) {
                    error->clear();
                    ok = false;
                }
                if (!ok)
                    break;
            }
        }
        if (!ok)
            pipe.stop();
        making->wait();
        return ok;
    }();
    if (!written)
        return false; // the writer drops the partial file
    writer.setDerivedDataWritten(true);
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    if (progress)
        progress(options.events);
    return true;
}

} // namespace entente::core
