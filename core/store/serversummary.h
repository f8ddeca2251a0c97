// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventfilter.h"
#include "maths/chartdata.h"
#include "maths/timelinelayout.h"
#include "store/flatcounter.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace entente::core {

/*!
 * The counts the filter panel shows for a filter, from a server: the same numbers as
 * applyFilter()'s on the whole index (FilterResult::countryCounts and the rest), keyed by the
 * database's ids and codes instead of index positions.
 */
struct ServerFacets
{
    qint64 events = 0;               //!< events the whole filter selects
    QHash<qint64, qint64> countries; //!< country id → events the other parts leave that involve it
    QHash<qint64, qint64> topics;    //!< topic id → likewise
    QHash<QString, qint64> types;    //!< type code → likewise
    QMap<qint64, qint64> years;      //!< year → dated events the filter selects starting in it
    bool fromSummary = false;        //!< answered from event_summary, not from every event
    //! A period's edges (its days that make no whole month, the events reaching into it) came
    //! from the summaries too: the events that begin by its end less those that ended before it.
    bool edgesFromSummary = false;
};

/*! An event the timeline draws as a mark when its window holds few enough (ServerSummary::marks).
 */
struct ServerMark
{
    qint64 id = 0;
    qint64 lower = 0; //!< first day (a Julian day)
    qint64 upper = 0; //!< last day
    QString title;
    QString date;            //!< as stated (EDTF)
    QList<qint64> countries; //!< ids, ascending
    bool unreviewed = false; //!< proposed from a report, no person reviewed it yet
};

/*!
 * How many events a filter selects in each of \a buckets equal parts of a span of days, overall
 * (the overview strip) and for each lane asked for (the timeline's density lanes). An event
 * counts in the part its first day falls in.
 */
struct ServerDensity
{
    qint64 first = 0; //!< the span's first day (a Julian day)
    qint64 last = 0;  //!< its last day
    int buckets = 0;
    std::vector<qint64> total;              //!< per bucket
    std::vector<std::vector<qint64>> lanes; //!< per lane asked for, per bucket
    bool fromSummary = false;
};

/*!
 * The words' summary (word_summary, schema 3) counted in memory, event by event: what a copy into
 * a server counts as it reads the file's events, a hundred times faster than the server counting
 * the rows it was sent (the same rows as ServerSummary::rebuildWords(); the tests compare both).
 */
class WordCounts final
{
public:
    /*! With \a withDays, the day rows of part 0 too (schema 4 on). */
    explicit WordCounts(bool withDays) : m_withDays(withDays) {}
    /*!
     * Counts the event whose first day is \a dateLower (nullopt: undated), of type \a type,
     * countries and topics (ids) \a countries and \a topics, and folded text \a folded (as the
     * file's full-text index holds it).
     */
    void add(std::optional<qint64> dateLower, const QString &type, const QList<qint64> &countries,
             const QList<qint64> &topics, QStringView folded);
    /*! The rows, each given to \a row as word_summary's columns: lexeme, part, grain, key, block,
     *  events. */
    void forEachRow(const std::function<void(const QString &, int, int, const QString &, qint64,
                                             qint64)> &row) const;
    qsizetype rows() const { return m_counts.size(); }

private:
    // A row's columns but the lexeme: a slot each event fills a few of.
    struct Slot
    {
        qint64 key; // a country's or topic's id, or a type's index; 0 for part 0
        qint32 block;
        quint8 part, grain;
        bool operator==(const Slot &) const = default;
        friend size_t qHash(const Slot &s, size_t seed = 0)
        {
            return qHashMulti(seed, s.key, s.block, s.part, s.grain);
        }
    };
    quint32 slotOf(const Slot &slot);

    QStringList m_lexemes;
    QHash<QStringView, quint32> m_lexemeIds; // views into m_lexemes' strings
    QStringList m_types;
    QHash<QString, quint32> m_typeIds;
    QList<Slot> m_slots;
    QHash<Slot, quint32> m_slotIds;
    bool m_withDays;
    static quint64 hashOf(const quint64 &key) { return mixBits(key); }
    FlatCounter<quint64, &WordCounts::hashOf> m_counts; // lexeme << 32 | slot → events
};

/*!
 * The events' summary (event_summary, schema 2) counted in memory, event by event, as a copy
 * into a server reads the file: the same rows as ServerSummary::rebuild() counts on the server
 * (the tests compare both), without the server sorting every event's combinations (at a million
 * events, 37 of a copy's 100 s).
 */
class EventCounts final
{
public:
    /*!
     * Counts as schema 4 does, or \a withEnds as schema 5: the day rows by type too, and the
     * days events end (event_end_summary, forEachEndRow()); \a withPairs as schema 6 too: the
     * countries named together (country_pair_summary, forEachPairRow()).
     */
    explicit EventCounts(bool withEnds = false, bool withPairs = false)
        : m_withEnds(withEnds), m_withPairs(withPairs)
    {}
    /*!
     * Counts the event whose first and last days are \a dateLower and \a dateUpper (nullopt:
     * undated), of type \a type, with the countries and topics (ids) \a countries and \a topics.
     */
    void add(std::optional<qint64> dateLower, std::optional<qint64> dateUpper, const QString &type,
             const QList<qint64> &countries, const QList<qint64> &topics);
    /*! How many events add() counted. */
    qint64 events() const { return m_events; }
    /*!
     * Whether there were more countries, topics or types than a row's key holds (two million
     * each): then the counts are incomplete, and the server must count.
     */
    bool overflowed() const { return m_overflowed; }
    /*!
     * The rows in the table's key order, each given to \a row as event_summary's columns: grain,
     * block, country id, topic id, type code, events.
     */
    void forEachRow(
        const std::function<void(int, qint64, qint64, qint64, const QString &, qint64)> &row) const;
    /*!
     * With ends, the rows of event_end_summary (schema 5), each given to \a row as its columns:
     * part, grain, key, block, events. In no particular order: its key is built after the load.
     */
    void
    forEachEndRow(const std::function<void(int, int, const QString &, qint64, qint64)> &row) const;
    /*!
     * With pairs, the rows of country_pair_summary (schema 6), each given to \a row as its
     * columns: country id, grain, block, other country's id, events. In no particular order.
     */
    void forEachPairRow(const std::function<void(qint64, int, qint64, qint64, qint64)> &row) const;

private:
    struct Key
    {
        quint64 period; // grain << 56 | block + 2^47
        quint64 parts;  // type << 42 | country << 21 | topic (indexes; 0 for "any")
        bool operator==(const Key &) const = default;
    };
    static quint64 hashOf(const Key &key) { return mixBits(key.period * 31 + mixBits(key.parts)); }
    quint32 indexOf(QHash<qint64, quint32> &indexes, QList<qint64> &ids, qint64 id);

    QList<qint64> m_countries{0}, m_topics{0}; // by index; 0 is "any"
    QHash<qint64, quint32> m_countryIndex, m_topicIndex;
    QStringList m_types{QString()};
    QHash<QString, quint32> m_typeIndex;
    FlatCounter<Key, &EventCounts::hashOf> m_counts;
    // The ends by day: period as above (grain 3), parts = part << 60 | the part's index (part 4:
    // the year the event begins + 2^20). Months and years are summed from them.
    FlatCounter<Key, &EventCounts::hashOf> m_ends;
    // The countries named together: period as above (grain 0, 1 or 2), parts = country << 21 |
    // other (indexes).
    FlatCounter<Key, &EventCounts::hashOf> m_pairs;
    bool m_withEnds;
    bool m_withPairs;
    qint64 m_events = 0;
    bool m_overflowed = false;
};

/*!
 * Counts over a PostgreSQL server's Entente database that a client asks instead of loading every
 * event: facet counts and density. Each answer is exact. Where the summary table (event_summary,
 * see schema-pg-2.sql) can give it — no text and no review mark in the filter, at most one value
 * in the other parts of each count, a period of our era or none — it comes from the summary, whose
 * rows are bounded by periods × countries × topics × types whatever the number of events (the
 * days at a period's ends that make no whole month, and the events reaching into it from before,
 * are counted from the events). A filter of one word (a term that begins one lexeme only) and
 * nothing but a period is answered from the words' summary (word_summary, schema-pg-3.sql) alike,
 * by whole years; otherwise the events themselves are counted (bound parameters only, as
 * everywhere).
 *
 * Lives on one thread with its own connection; cancel() may be called from any thread and stops
 * the statement the server is running.
 */
class ServerSummary final
{
public:
    /*!
     * On \a db, a connection to the server whose search path holds Entente's schema, kept for
     * these questions (its JIT compiling is turned off).
     */
    explicit ServerSummary(QSqlDatabase db);
    ~ServerSummary();
    ServerSummary(const ServerSummary &) = delete;
    ServerSummary &operator=(const ServerSummary &) = delete;

    /*! Whether the database has a summary table (schema 2 or later). */
    static bool isAvailable(const QSqlDatabase &db);
    /*!
     * Whether its summaries hold the counts of every event (meta 'summaries', schema 7): false
     * when a copy or import left them pending (deferSummaries()). Then no answer comes from them
     * and no change adjusts them, until `entente server-init` counts them (countPending()).
     */
    static bool isCounted(const QSqlDatabase &db);
    /*!
     * Whether a copy or import of \a events events leaves the summaries pending instead of
     * counting them: up to a million events (ENTENTE_SERVER_COUNT_ABOVE sets another number),
     * the size up to which the window loads every event without asking the server for counts
     * (MainWindow::serverPreviewThreshold()). At a million events, counting them is three
     * quarters of the copy.
     */
    static bool deferSummaries(qint64 events);
    /*! Marks the summaries pending (\a counted false) or counted, in the transaction open on
     *  \a db, as the owner. */
    static bool setCounted(const QSqlDatabase &db, bool counted, QString *said);
    /*! Empties every summary table, in the transaction open on \a db. */
    static bool clear(const QSqlDatabase &db, QString *said);
    /*!
     * Counts every event anew into the summary tables, inside the transaction open on \a db (an
     * upgrade from schema 1 does; copies and imports count as they read, EventCounts and
     * WordCounts). False with the server's words in \a said.
     */
    static bool rebuild(const QSqlDatabase &db, QString *said);
    /*! Counts every event anew into event_summary alone (rebuild() without the words). */
    static bool rebuildEvents(const QSqlDatabase &db, QString *said);
    /*! Whether the database counts its words too (word_summary, schema 3 or later). */
    static bool hasWords(const QSqlDatabase &db);
    /*! Whether its words are counted by day too (schema 4 or later). */
    static bool hasWordDays(const QSqlDatabase &db);
    /*!
     * Counts every event's words anew into the words' summary (rebuild() does it too; an upgrade
     * from schema 2 does it alone), inside the transaction open on \a db.
     */
    static bool rebuildWords(const QSqlDatabase &db, QString *said);
    /*! Counts the words by day alone into a words' summary that lacks them (schema 3 to 4). */
    static bool addWordDays(const QSqlDatabase &db, QString *said);
    /*! Whether the days events end are counted (event_end_summary, schema 5 or later). */
    static bool hasEnds(const QSqlDatabase &db);
    /*!
     * Counts what schema 5 adds to a database of an older one: the day rows by type and the
     * days events end, inside the transaction open on \a db.
     */
    static bool addEnds(const QSqlDatabase &db, QString *said);
    /*! Whether the countries each country's events name are counted (schema 6 or later). */
    static bool hasPairs(const QSqlDatabase &db);
    /*!
     * Counts what schema 6 adds to a database of an older one, the countries named together,
     * inside the transaction open on \a db.
     */
    static bool addPairs(const QSqlDatabase &db, QString *said);
    /*!
     * Adds (\a sign 1) or takes away (\a sign −1) the counts of the events \a ids as the
     * database holds them now: a change calls it with −1 before it writes and with 1 after, in
     * its own transaction. Nothing to do without a summary table.
     */
    static bool adjust(const QSqlDatabase &db, const QList<qint64> &ids, int sign, QString *said);

    std::optional<ServerFacets> facets(const EventFilter &filter, QString *error);
    /*!
     * The density of \a filter's events over the days [\a first, \a last] in \a buckets parts,
     * and for each of \a lanes (country ids in LaneMode::Countries, topic ids in Topics).
     */
    std::optional<ServerDensity> density(const EventFilter &filter, LaneMode mode,
                                         const QList<qint64> &lanes, qint64 first, qint64 last,
                                         int buckets, QString *error);

    /*!
     * The lanes whose density the summary counts for \a filter when each part of the span is
     * \a daysPerBucket days: countries without a filter (or with no country in it, when parts
     * are a month or more), else topics when the filter names one country and no topic; nullopt
     * when only the total is quick to count.
     */
    static std::optional<LaneMode> summaryLanes(const EventFilter &filter, double daysPerBucket);

    /*!
     * The events \a filter selects that begin in the days [\a first, \a last], in date order,
     * at most \a limit + 1 of them (one more than drawn tells the caller the window holds too
     * many): an index range scan over the events' bounds.
     */
    std::optional<std::vector<ServerMark>> marks(const EventFilter &filter, qint64 first,
                                                 qint64 last, int limit, QString *error);
    /*!
     * The charts of what \a filter selects, whose \a facets (from facets()) are known: events
     * per year (one series: the summary does not tell events with several topics apart), per
     * country and the topics' shares, with the countries and topics of \a vocabulary (refs into
     * its lists). Where the filter names countries or topics, their counts under the whole filter
     * are counted from the events; with one country and nothing but a period, the countries come
     * from the countries named together (country_pair_summary, schema 6), and only the days at
     * the period's ends that make no whole month, and the events reaching into it from before,
     * from the events. \a countryCounts, when given, gets every country's count under the whole
     * filter (by position in the vocabulary's list), not only the chart's top. Without
     * \a countFromEvents, what would be counted from the events is left pending
     * (PerCountryChart::pending, TopicsChart::pending): the quick part first.
     */
    std::optional<EventCharts> charts(const EventFilter &filter, const ServerFacets &facets,
                                      const EventIndex &vocabulary, QString *error,
                                      std::vector<qint64> *countryCounts = nullptr,
                                      bool countFromEvents = true);

    /*!
     * Whether answers may come from the summary table (default). Off, every answer counts the
     * events themselves: what the tests and the benchmark compare the summary's answers with.
     */
    void setUseSummary(bool use) { m_useSummary = use && m_counted; }
    /*!
     * Whether a period's edges may come from the days events end (default, where the database
     * has them). Off, they are counted from the events as on a schema 4 database: what the
     * benchmark compares with.
     */
    void setUseEnds(bool use) { m_ends = use && m_counted && hasEnds(m_db); }
    /*!
     * Whether the chart per country under one country may come from the countries named
     * together (default, where the database has them). Off, it is counted from the events as on
     * a schema 5 database: what the benchmark compares with.
     */
    void setUsePairs(bool use) { m_pairs = use && m_counted && hasPairs(m_db); }

    /*! Asks the server to stop the statement running for this object now (any thread). */
    void cancel();

private:
    struct Resolved;
    std::optional<Resolved> resolve(const EventFilter &filter, QString *error);
    bool run(QSqlQuery &q, QString *error);
    /*!
     * The one lexeme of word_summary that the filter's text (one term, a prefix) matches, or the
     * term itself when it matches none; nullopt when the words' summary cannot answer it (no
     * such table, several terms, or a prefix of several lexemes).
     */
    std::optional<QString> lexemeOf(const Resolved &r);
    /*! facets() of a filter of one word (\a lexeme) and a period, if any, from word_summary. */
    std::optional<ServerFacets> wordFacets(const Resolved &r, const QString &lexeme,
                                           QString *error);
    /*!
     * facets() of a period and nothing else, every count from the summaries (schema 5): the
     * events that begin by its last day less those that ended before its first.
     */
    std::optional<ServerFacets> periodFacets(const Resolved &r, QString *error);
    /*!
     * Adds the counts of the events at a period's edges (facets()) that hold the filter's text,
     * if any, in one statement.
     */
    bool countEdges(const Resolved &r, const QList<std::pair<qint64, qint64>> &days,
                    ServerFacets &out, QString *error);
    /*!
     * Adds every count of the filter \a r to \a out from the events the SQL \a events selects
     * (id, type_code, date_lower of event e; its values \a binds), in one statement.
     */
    bool countSelected(const Resolved &r, const QString &events, QVariantList binds,
                       ServerFacets &out, QString *error);
    /*!
     * The events per country of the filter \a r's one country (and period, if any; nothing
     * else), each (country id, count) given to \a store: the whole months and years and the
     * undated from the summaries, the rest of the period from the events.
     */
    bool pairCounts(const Resolved &r, const std::function<void(qint64, qint64)> &store,
                    QString *error);

    QSqlDatabase m_db;
    bool m_counted = true; // the summaries hold every event's counts (isCounted())
    bool m_useSummary = true;
    bool m_wordDays = false;               // word_summary has its day rows
    bool m_ends = false;                   // event_end_summary is there (schema 5)
    bool m_pairs = false;                  // country_pair_summary is there (schema 6)
    std::atomic<void *> m_cancel{nullptr}; // the libpq cancel handle of the running statement
};

} // namespace entente::core
