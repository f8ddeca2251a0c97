// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/temporaltagger.h"

#include "extract/texttokens.h"

#include <array>

namespace entente::core {

namespace {

using namespace Qt::StringLiterals;

// --- the words the tagger knows -----------------------------------------------------------------

constexpr std::array<std::u16string_view, 12> kMonths = {
    u"january", u"february", u"march",     u"april",   u"may",      u"june",
    u"july",    u"august",   u"september", u"october", u"november", u"december"};
constexpr std::array<std::u16string_view, 7> kWeekdays = {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
constexpr std::array<std::u16string_view, 13> kNumberWords = {
    u"zero",  u"one",   u"two",  u"three", u"four",   u"five",  u"six",
    u"seven", u"eight", u"nine", u"ten",   u"eleven", u"twelve"};
// Words before a month name alone that make it a date ("in April", "since May").
constexpr std::array<std::u16string_view, 16> kMonthLeads = {
    u"in", u"on",    u"since", u"until", u"till", u"by",   u"from", u"during",
    u"of", u"early", u"late",  u"mid",   u"last", u"next", u"this", u"through"};
// Words that show a sentence announcing rather than reporting.
constexpr std::array<std::u16string_view, 10> kFutureWords = {
    u"will",    u"shall",    u"upcoming", u"scheduled", u"plans",
    u"planned", u"expected", u"due",      u"next",      u"forthcoming"};
// Capitalised words before a year that do not make it part of a name ("Since 2012", "By 2030").
constexpr std::array<std::u16string_view, 12> kNameBreakers = {
    u"in", u"on",     u"since",  u"by",    u"until",   u"from",
    u"of", u"during", u"before", u"after", u"through", u"to"};
// Words after a four-digit number that keep it a date ("in 2021, …", "2014 and 2016").
constexpr std::array<std::u16string_view, 14> kYearFollowers = {
    u"and",   u"to",      u"or",    u"when", u"as",      u"after", u"before",
    u"until", u"through", u"while", u"but",  u"because", u"for",   u"in"};

template<size_t N> int indexIn(const std::array<std::u16string_view, N> &words, QStringView word)
{
    for (size_t i = 0; i < N; ++i) {
        if (word == QStringView(words[i].data(), qsizetype(words[i].size())))
            return int(i);
    }
    return -1;
}

// The month a word names, 1-12: a full name, or a three-letter abbreviation (and "Sept"),
// capitalised as a month is in English; 0 otherwise.
int monthOf(const Token &t)
{
    if (t.kind != Token::Word || !t.text.front().isUpper())
        return 0;
    const int full = indexIn(kMonths, t.lower);
    if (full >= 0)
        return full + 1;
    if (t.lower == u"sept")
        return 9;
    if (t.lower.size() != 3 || t.lower == u"may")
        return 0;
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (QStringView(kMonths[i].data(), 3) == t.lower)
            return int(i) + 1;
    }
    return 0;
}

QString englishDay(const StatedDate &date)
{
    return PartialDate::point(date).toDisplayString(QLocale(QLocale::English));
}

StatedDate dayOf(JulianDay day)
{
    const QDate d = day.toDate();
    return {JulianDay::astronomicalYear(d), d.month(), d.day()};
}

// --- what an expression states, before its missing parts are resolved -------------------------

struct Stated
{
    int year = 0, month = 0, day = 0; // 0: not stated
};

struct Found
{
    qsizetype first = 0, last = 0; // tokens
    Stated from, to;               // to.month == 0: a point
    bool decade = false;
    bool attributive = false;
    bool ambiguous = false; // day and month can be swapped: from holds {year, first, second}
    int yearShift = 0;      // "September last year": the year is the report's, moved by this
    bool relativeYear = false;
};

// Reads the tokens of one sentence for the patterns below.
class Reader
{
public:
    explicit Reader(const QList<Token> &tokens) : m_t(tokens) {}

    qsizetype size() const { return m_t.size(); }
    const Token &at(qsizetype i) const { return m_t[i]; }
    bool word(qsizetype i, QStringView w) const
    {
        return i >= 0 && i < size() && m_t[i].kind == Token::Word && m_t[i].lower == w;
    }
    bool punct(qsizetype i, char16_t c) const
    {
        return i >= 0 && i < size() && m_t[i].kind == Token::Punct && m_t[i].text.front() == c;
    }
    bool dash(qsizetype i) const { return punct(i, u'-') || punct(i, u'–') || punct(i, u'—'); }
    // "-", "–", "to", "until", "through" between the two ends of a range; "and" only after
    // "between" (at \a start): "9 November and 24 November" are two dates, not a range.
    bool rangeLink(qsizetype i, qsizetype start) const
    {
        return dash(i) || word(i, u"to") || word(i, u"until") || word(i, u"through") ||
               (word(i, u"and") && word(start - 1, u"between"));
    }
    // "February 24 and 25", "23 and 24 April": two days in a row are one stretch of time.
    bool nextDayLink(qsizetype i, int day, int nextDay) const
    {
        return word(i, u"and") && nextDay == day + 1;
    }
    int month(qsizetype i) const { return i >= 0 && i < size() ? monthOf(m_t[i]) : 0; }
    // A day of the month: one or two digits, with an ordinal suffix or not ("1", "23rd").
    int day(qsizetype i) const
    {
        if (i < 0 || i >= size() || m_t[i].kind != Token::Number || m_t[i].digits > 2)
            return 0;
        return m_t[i].number >= 1 && m_t[i].number <= 31 ? int(m_t[i].number) : 0;
    }
    int year(qsizetype i) const
    {
        if (i < 0 || i >= size() || m_t[i].kind != Token::Number || m_t[i].digits != 4 ||
            m_t[i].ordinal)
            return 0;
        return m_t[i].number >= 1000 && m_t[i].number <= 2999 ? int(m_t[i].number) : 0;
    }
    // The token after \a i, skipping one comma.
    qsizetype afterComma(qsizetype i) const { return punct(i + 1, u',') ? i + 2 : i + 1; }
    bool touching(qsizetype a, qsizetype b) const { return m_t[a].end == m_t[b].start; }

    // The days of the durations the whole sentence states, once read (durationStarted()).
    struct Durations
    {
        std::optional<int> started, ended;
    };
    mutable Durations durations;

private:
    const QList<Token> &m_t;
};

std::optional<Found> absoluteAt(const Reader &r, qsizetype i);

// Where each token of a sentence stands, read once per sentence: inside brackets; in a clause
// between commas that opens with "who" or "whose" ("President Dissanayake, who assumed office in
// September …, was welcomed": a date there is the person's, not the sentence's; not "which":
// "talks, which will be followed by agreements to be signed today, …" dates the talks).
struct Layout
{
    QList<bool> bracketed;
    QList<bool> relative;

    explicit Layout(const Reader &r) : bracketed(r.size()), relative(r.size())
    {
        int depth = 0;
        qsizetype clause = -1; // where an open ", who …" clause starts
        for (qsizetype i = 0; i < r.size(); ++i) {
            bracketed[i] = depth > 0;
            depth += r.punct(i, u'(') ? 1 : r.punct(i, u')') && depth > 0 ? -1 : 0;
            if (!r.punct(i, u','))
                continue;
            for (qsizetype k = clause; clause >= 0 && k < i; ++k)
                relative[k] = true;
            clause = r.word(i + 1, u"who") || r.word(i + 1, u"whose") ? i + 1 : -1;
        }
    }
};

// "1995-02-02"
std::optional<Found> isoDate(const Reader &r, qsizetype i)
{
    const int y = r.year(i);
    if (!y || i + 4 >= r.size() || !r.punct(i + 1, u'-') || !r.punct(i + 3, u'-') ||
        !r.touching(i, i + 1) || r.at(i + 2).digits != 2 || r.at(i + 4).digits != 2 ||
        !r.touching(i + 3, i + 4))
        return std::nullopt;
    const int m = r.at(i + 2).kind == Token::Number ? int(r.at(i + 2).number) : 0;
    const int d = r.day(i + 4);
    if (!isValidDay(y, m, d))
        return std::nullopt;
    return Found{i, i + 4, {y, m, d}, {}};
}

// "2/2/1995", "25/12/2021", "12/25/2021": only where day and month cannot be swapped.
std::optional<Found> slashDate(const Reader &r, qsizetype i)
{
    if (!r.day(i) || !r.punct(i + 1, u'/') || !r.day(i + 2) || !r.punct(i + 3, u'/'))
        return std::nullopt;
    const int y = r.year(i + 4);
    const int a = r.day(i), b = r.day(i + 2);
    if (!y)
        return std::nullopt;
    if (a <= 12 && b <= 12 && a != b) // "5/6/2021": 5 June or 6 May; a person must say which
        return Found{i, i + 4, {y, a, b}, {}, false, false, true};
    const int m = a <= 12 && b > 12 ? a : b, d = a <= 12 && b > 12 ? b : a;
    if (!isValidDay(y, m, d))
        return std::nullopt;
    return Found{i, i + 4, {y, m, d}, {}};
}

// The optional ", YYYY" after a month and day; sets \a last to its token.
int trailingYear(const Reader &r, qsizetype after, qsizetype *last)
{
    const qsizetype at = r.afterComma(after);
    if (const int y = r.year(at)) {
        *last = at;
        return y;
    }
    return 0;
}

// "February 2, 1995", "June 1", "April 23-24, 2014", "April 30 to May 2", "April 23rd".
std::optional<Found> monthDay(const Reader &r, qsizetype i)
{
    const int m = r.month(i);
    const int d = r.day(i + 1);
    if (!m || !d)
        return std::nullopt;
    Found f{i, i + 1, {0, m, d}, {}};
    if (r.rangeLink(i + 2, i) || r.nextDayLink(i + 2, d, r.day(i + 3))) {
        if (const int d2 = r.day(i + 3); d2 > d && !r.year(i + 3)) {
            f.to = {0, m, d2};
            f.last = i + 3;
        } else if (const int m2 = r.month(i + 3); m2 && r.day(i + 4)) {
            f.to = {0, m2, r.day(i + 4)};
            f.last = i + 4;
        }
    }
    if (const int y = trailingYear(r, f.last, &f.last)) {
        f.from.year = y;
        if (f.to.month)
            f.to.year = y;
    }
    return f;
}

// "2 February 1995", "05 Jun 2023", "23-24 April 2014", "from 22 to 24 April", "30 April - 2 May".
std::optional<Found> dayMonth(const Reader &r, qsizetype i)
{
    const int d = r.day(i);
    if (!d)
        return std::nullopt;
    Found f{i, i, {}, {}};
    if (const int m = r.month(i + 1)) {
        f.from = {0, m, d};
        f.last = i + 1;
        if (r.rangeLink(i + 2, i) && r.day(i + 3) && r.month(i + 4)) {
            f.to = {0, r.month(i + 4), r.day(i + 3)};
            f.last = i + 4;
        }
    } else if ((r.rangeLink(i + 1, i) || r.nextDayLink(i + 1, d, r.day(i + 2))) &&
               r.day(i + 2) > d && r.month(i + 3)) {
        const int m = r.month(i + 3);
        f.from = {0, m, d};
        f.to = {0, m, r.day(i + 2)};
        f.last = i + 3;
    } else {
        return std::nullopt;
    }
    if (const int y = r.year(r.afterComma(f.last))) { // "28th January, 2022"
        f.last = r.afterComma(f.last);
        f.to.year = f.to.month ? y : 0;
        f.from.year = y;
    }
    if (r.word(i - 1, u"from") || r.word(i - 1, u"between"))
        f.first = i - 1;
    return f;
}

// "between March and May 2021", "from March to May", "April 2022", "in April", "last April".
std::optional<Found> monthOnly(const Reader &r, qsizetype i)
{
    const int m = r.month(i);
    if (!m)
        return std::nullopt;
    Found f{i, i, {0, m, 0}, {}};
    // "sometime in April/June": either, so the stretch from one to the other.
    const bool either = r.punct(i + 1, u'/') && i + 2 < r.size() && r.touching(i, i + 1) &&
                        r.touching(i + 1, i + 2);
    if ((r.rangeLink(i + 1, i) || either) && r.month(i + 2) && !r.day(i + 3)) {
        f.to = {0, r.month(i + 2), 0};
        f.last = i + 2;
    }
    qsizetype at = f.last + 1;
    if (r.word(at, u"of"))
        ++at;
    if (const int y = r.year(at)) {
        f.last = at;
        f.from.year = y;
        f.to.year = f.to.month ? y : 0;
        return f;
    }
    // "September last year", "in March this year", "in May next year".
    const int shift = r.word(at, u"last") ? -1 : r.word(at, u"next") ? 1 : 0;
    if ((shift != 0 || r.word(at, u"this")) && r.word(at + 1, u"year")) {
        f.last = at + 1;
        f.relativeYear = true;
        f.yearShift = shift;
        return f;
    }
    // A month name alone is a date only after a word that makes it one ("May" the verb is not).
    const bool led = (i > 0 && r.at(i - 1).kind == Token::Word &&
                      indexIn(kMonthLeads, r.at(i - 1).lower) >= 0) ||
                     (r.dash(i - 1) && r.word(i - 2, u"mid")); // "mid-May"
    if (!led && !f.to.month)
        return std::nullopt;
    if (r.word(i - 1, u"between") || r.word(i - 1, u"from"))
        f.first = i - 1;
    return f;
}

// "the second half of 2024", "in the first quarter of next year", "the second half of the 2024
// year": a half or a quarter of a year is the stretch of its months.
std::optional<Found> partOfYear(const Reader &r, qsizetype i)
{
    static constexpr std::array<std::u16string_view, 5> kOrdinals = {u"first", u"second", u"third",
                                                                     u"fourth", u"last"};
    if (i >= r.size() || r.at(i).kind != Token::Word)
        return std::nullopt;
    const int ordinal = indexIn(kOrdinals, r.at(i).lower);
    const bool half = r.word(i + 1, u"half");
    if (ordinal < 0 || !(half || r.word(i + 1, u"quarter")) || !r.word(i + 2, u"of"))
        return std::nullopt;
    const int parts = half ? 2 : 4;
    const int part = ordinal == 4 ? parts : ordinal + 1;
    if (part > parts)
        return std::nullopt;
    const int months = 12 / parts;
    Found f{i, i, {0, (part - 1) * months + 1, 0}, {0, part * months, 0}};
    qsizetype at = r.word(i + 3, u"the") ? i + 4 : i + 3;
    if (const int y = r.year(at)) {
        f.from.year = f.to.year = y;
        f.last = r.word(at + 1, u"year") ? at + 1 : at;
        return f;
    }
    const int shift = r.word(at, u"last") ? -1 : r.word(at, u"next") ? 1 : 0;
    if ((shift != 0 || r.word(at, u"this")) && r.word(at + 1, u"year")) {
        f.last = at + 1;
        f.relativeYear = true;
        f.yearShift = shift;
        return f;
    }
    return std::nullopt;
}

// Words after which a four-digit number is a label, not a year ("Resolution 2334", "Flight 1549").
bool isNumberLabel(const Token &t)
{
    static constexpr std::array<std::u16string_view, 12> kLabels = {
        u"resolution", u"no",   u"number", u"flight", u"route", u"article",
        u"paragraph",  u"page", u"code",   u"decree", u"law",   u"room"};
    return t.kind == Token::Word && indexIn(kLabels, t.lower) >= 0;
}

// "2021", "2014-2016", "between 2014 and 2016", "the 1990s"; "the 1995 agreement" is attributive.
std::optional<Found> yearOnly(const Reader &r, qsizetype i)
{
    const int y = r.year(i);
    if (!y || r.punct(i - 1, u'$') || r.punct(i - 1, u'€') || r.punct(i - 1, u'£') ||
        r.punct(i + 1, u'%') || r.punct(i - 1, u'#') || (i > 0 && isNumberLabel(r.at(i - 1))))
        return std::nullopt;
    Found f{i, i, {y, 0, 0}, {}};
    if (r.word(i + 1, u"s") && r.touching(i, i + 1) && y % 10 == 0) {
        f.decade = true;
        f.last = i + 1;
        return f;
    }
    if (r.rangeLink(i + 1, i) && r.year(i + 2) > y) {
        f.to = {r.year(i + 2), 0, 0};
        f.last = i + 2;
        if (r.word(i - 1, u"from") || r.word(i - 1, u"between"))
            f.first = i - 1;
        return f;
    }
    const qsizetype next = i + 1;
    if (next < r.size() && r.at(next).kind == Token::Word && r.at(next).text.front().isLower() &&
        indexIn(kYearFollowers, r.at(next).lower) < 0)
        f.attributive = true;
    // "EXPO 2017", "the 2017 Riyadh Summit": a year in a name (not "In 2017 Chile …").
    auto named = [&r](qsizetype k) {
        return k >= 0 && k < r.size() && r.at(k).kind == Token::Word &&
               r.at(k).text.front().isUpper() && !monthOf(r.at(k));
    };
    if ((i > 1 && named(i - 1) && indexIn(kNameBreakers, r.at(i - 1).lower) < 0) ||
        (r.word(i - 1, u"the") && named(next)))
        f.attributive = true;
    return f;
}

// --- relative expressions -----------------------------------------------------------------------

struct Relative
{
    qsizetype first = 0, last = 0;
    PartialDate date;
    QString note;
};

int countWord(const Reader &r, qsizetype i)
{
    if (i < 0 || i >= r.size())
        return -1;
    if (r.at(i).kind == Token::Number && r.at(i).digits <= 3 && !r.at(i).ordinal)
        return int(r.at(i).number);
    if (r.word(i, u"a") || r.word(i, u"an"))
        return 1;
    return r.at(i).kind == Token::Word ? indexIn(kNumberWords, r.at(i).lower) : -1;
}

PartialDate monthPoint(int year, int month)
{
    return PartialDate::point({year, month, 0});
}

PartialDate dayInterval(JulianDay from, JulianDay to)
{
    return PartialDate::interval(PartialDate::End::Known, dayOf(from), PartialDate::End::Known,
                                 dayOf(to));
}

class RelativeReader
{
public:
    RelativeReader(const Reader &r, const StatedDate &report,
                   const std::optional<StatedDate> &anchor)
        : m_r(r), m_report(report), m_day(report.lowerBound()), m_anchor(anchor)
    {}

    std::optional<Relative> at(qsizetype i) const
    {
        if (auto rel = singleWord(i))
            return rel;
        if (auto rel = weekday(i))
            return rel;
        if (auto rel = lastThisNext(i))
            return rel;
        return counted(i);
    }

private:
    QString fromReport() const
    {
        return u"counted from the report's date (%1)"_s.arg(englishDay(m_report));
    }

    Relative day(qsizetype first, qsizetype last, JulianDay d, const QString &what) const
    {
        return {first, last, PartialDate::point(dayOf(d)), what};
    }

    std::optional<Relative> singleWord(qsizetype i) const
    {
        if (m_r.word(i, u"today"))
            return day(i, i, m_day, u"the report's date (%1)"_s.arg(englishDay(m_report)));
        if (m_r.word(i, u"yesterday"))
            return day(i, i, m_day - 1,
                       u"the day before the report's date (%1)"_s.arg(englishDay(m_report)));
        if (m_r.word(i, u"tomorrow"))
            return day(i, i, m_day + 1,
                       u"the day after the report's date (%1)"_s.arg(englishDay(m_report)));
        // "this morning", "this evening", "tonight": the report's day; "last night": the one
        // before.
        const bool partOfDay = m_r.word(i + 1, u"morning") || m_r.word(i + 1, u"afternoon") ||
                               m_r.word(i + 1, u"evening");
        if ((m_r.word(i, u"this") && partOfDay) || m_r.word(i, u"tonight"))
            return day(i, m_r.word(i, u"tonight") ? i : i + 1, m_day,
                       u"the report's date (%1)"_s.arg(englishDay(m_report)));
        if (m_r.word(i, u"last") && m_r.word(i + 1, u"night"))
            return day(i, i + 1, m_day - 1,
                       u"the day before the report's date (%1)"_s.arg(englishDay(m_report)));
        return std::nullopt;
    }

    // "on Monday", "last Friday": the most recent such day up to the report's date; "next
    // Friday": the next one after it; in a future sentence, the next one from it on ("will meet
    // on Friday evening" in a report of a Friday is that evening).
    std::optional<Relative> weekday(qsizetype i) const
    {
        if (i >= m_r.size() || m_r.at(i).kind != Token::Word || !m_r.at(i).text.front().isUpper())
            return std::nullopt;
        const int wd = indexIn(kWeekdays, m_r.at(i).lower);
        if (wd < 0)
            return std::nullopt;
        // "on Sunday, May 21", "Monday 22 May": the day the date after it gives, named.
        if (const auto f = absoluteAt(m_r, m_r.afterComma(i)); f && f->from.day)
            return std::nullopt;
        const int reportWd = m_report.lowerBound().toDate().dayOfWeek() - 1;
        const bool next = m_r.word(i - 1, u"next");
        const bool ahead = next || m_future;
        qsizetype first = i;
        if (m_r.word(i - 1, u"next") || m_r.word(i - 1, u"last") || m_r.word(i - 1, u"on"))
            first = i - 1;
        const int back = (reportWd - wd + 7) % 7;
        const int forward = (wd - reportWd + 7) % 7;
        const int days = forward ? forward : (next ? 7 : 0);
        const JulianDay d = ahead ? m_day + days : m_day - back;
        // "on Sunday and Monday": two days in a row, the first as one alone.
        const bool pair = m_r.word(i + 1, u"and") && i + 2 < m_r.size() &&
                          m_r.at(i + 2).text.front().isUpper() &&
                          indexIn(kWeekdays, m_r.at(i + 2).lower) == (wd + 1) % 7;
        if (pair)
            return Relative{first, i + 2, dayInterval(d, JulianDay{d.value + 1}),
                            u"the %1 %2 the report's date (%3), and the day after"_s.arg(
                                m_r.at(i).text.toString(),
                                ahead ? u"after"_s : u"of the week up to"_s, englishDay(m_report))};
        if (ahead && days == 0)
            return day(first, i, d,
                       u"the report's date itself, a %1 (%2)"_s.arg(m_r.at(i).text.toString(),
                                                                    englishDay(m_report)));
        return day(first, i, d,
                   u"the %1 %2 the report's date (%3)"_s.arg(
                       m_r.at(i).text.toString(), ahead ? u"after"_s : u"of the week up to"_s,
                       englishDay(m_report)));
    }

    // "last week", "this month", "earlier this month", "next year", "last April".
    std::optional<Relative> lastThisNext(qsizetype i) const
    {
        int step = 0;
        if (m_r.word(i, u"last") || m_r.word(i, u"past") || m_r.word(i, u"previous"))
            step = -1;
        else if (m_r.word(i, u"next") || m_r.word(i, u"coming"))
            step = 1;
        else if (!m_r.word(i, u"this"))
            return std::nullopt;
        qsizetype first = i;
        if (step == 0 && (m_r.word(i - 1, u"earlier") || m_r.word(i - 1, u"later")))
            first = i - 1;
        const QString note = fromReport();
        const int y = m_report.year, mo = m_report.month;
        if (m_r.word(i + 1, u"week")) {
            const int wd = m_report.lowerBound().toDate().dayOfWeek() - 1;
            const JulianDay monday = m_day - wd + 7 * step;
            return Relative{first, i + 1, dayInterval(monday, monday + 6), note};
        }
        if (m_r.word(i + 1, u"month")) {
            const int index = y * 12 + (mo - 1) + step;
            return Relative{first, i + 1, monthPoint(index / 12, index % 12 + 1), note};
        }
        if (m_r.word(i + 1, u"year"))
            return Relative{first, i + 1, PartialDate::point({y + step, 0, 0}), note};
        if (const int m = m_r.month(i + 1); m && step != 0 && !m_r.day(i + 2)) {
            int year = y;
            if (step < 0 && m >= mo)
                year = y - 1;
            else if (step > 0 && m <= mo)
                year = y + 1;
            return Relative{
                first, i + 1, monthPoint(year, m),
                u"year inferred from the report's date (%1)"_s.arg(englishDay(m_report))};
        }
        return std::nullopt;
    }

    // The last token of a time of day at \a i: "9.15am", "10:30 a.m.", "3 pm", "10am"; or -1.
    qsizetype clockTimeEnd(qsizetype i) const
    {
        if (i >= m_r.size() || m_r.at(i).kind != Token::Number || m_r.at(i).digits > 2 ||
            m_r.at(i).number > 24)
            return -1;
        qsizetype at = i + 1;
        bool minutes = false;
        if ((m_r.punct(at, u':') || m_r.punct(at, u'.')) && at + 1 < m_r.size() &&
            m_r.at(at + 1).kind == Token::Number && m_r.at(at + 1).digits == 2 &&
            m_r.touching(at - 1, at) && m_r.touching(at, at + 1)) {
            at += 2;
            minutes = true;
        }
        if (m_r.word(at, u"am") || m_r.word(at, u"pm"))
            return at;
        if ((m_r.word(at, u"a") || m_r.word(at, u"p")) && m_r.punct(at + 1, u'.') &&
            m_r.word(at + 2, u"m"))
            return m_r.punct(at + 3, u'.') ? at + 3 : at + 2;
        return minutes && m_r.punct(at, u',') ? at - 1 : -1;
    }

    // The last token of an opening "After lunch", "At 9.15am", "In the evening" at \a i, the
    // sentence's start or just after an opening quote, when a comma follows it; 0 otherwise.
    qsizetype timeOfDayOpener(qsizetype i) const
    {
        const bool quoted =
            m_r.punct(0, u'\u201c') || m_r.punct(0, u'"') || m_r.punct(0, u'\u2018');
        if (i != (quoted ? 1 : 0))
            return 0;
        static const QSet<QString> meals{u"lunch"_s, u"luncheon"_s, u"dinner"_s, u"breakfast"_s};
        qsizetype end = 0;
        if (m_r.word(i, u"after") && i + 1 < m_r.size() && meals.contains(m_r.at(i + 1).lower))
            end = i + 1;
        else if (m_r.word(i, u"at"))
            end = std::max<qsizetype>(clockTimeEnd(i + 1), 0);
        else if (m_r.word(i, u"in") && m_r.word(i + 1, u"the") &&
                 (m_r.word(i + 2, u"morning") || m_r.word(i + 2, u"afternoon") ||
                  m_r.word(i + 2, u"evening")))
            end = i + 2;
        return end > 0 && m_r.punct(end + 1, u',') ? end : 0;
    }

    // "two days later", "three weeks ago", "a day earlier", "the next day", "the following day",
    // "the same day".
    std::optional<Relative> counted(qsizetype i) const
    {
        const bool dayOrPart = m_r.word(i + 2, u"day") || m_r.word(i + 2, u"morning") ||
                               m_r.word(i + 2, u"afternoon") || m_r.word(i + 2, u"evening");
        if ((m_r.word(i, u"the") && (m_r.word(i + 1, u"next") || m_r.word(i + 1, u"following")) &&
             dayOrPart) ||
            (m_r.word(i, u"the") && m_r.word(i + 1, u"previous") && m_r.word(i + 2, u"day"))) {
            if (!m_anchor)
                return std::nullopt;
            const int step = m_r.word(i + 1, u"previous") ? -1 : 1;
            return fromAnchor(i, i + 2, step);
        }
        // "Following the ceremony, …", "After the talks, …" opening a sentence: the day of the
        // event before, which it follows.
        static const QSet<QString> occasions{u"ceremony"_s, u"presentation"_s, u"talks"_s,
                                             u"meeting"_s,  u"signing"_s,      u"consultations"_s};
        if (i == 0 && (m_r.word(0, u"following") || m_r.word(0, u"after")) && m_r.word(1, u"the") &&
            i + 2 < m_r.size() && occasions.contains(m_r.at(2).lower) && m_r.punct(3, u',')) {
            if (!m_anchor)
                return std::nullopt;
            return day(0, 2, m_anchor->lowerBound(),
                       u"the day of %1, the date given before, which it follows"_s.arg(
                           englishDay(*m_anchor)));
        }
        // "After lunch, …", "At 9.15am, …", "In the evening, …" opening a sentence (or a quote):
        // a time of the day given before, in a programme told hour by hour.
        if (const qsizetype end = timeOfDayOpener(i); end > 0) {
            if (!m_anchor)
                return std::nullopt;
            return day(i, end, m_anchor->lowerBound(),
                       u"a time of %1, the day given before"_s.arg(englishDay(*m_anchor)));
        }
        // "Later in the day, …", "earlier in the day": the day given before.
        if ((m_r.word(i, u"later") || m_r.word(i, u"earlier")) && m_r.word(i + 1, u"in") &&
            m_r.word(i + 2, u"the") && m_r.word(i + 3, u"day")) {
            if (!m_anchor)
                return std::nullopt;
            return day(i, i + 3, m_anchor->lowerBound(),
                       u"the same day as %1, the date given before"_s.arg(englishDay(*m_anchor)));
        }
        // "The event marked the commencement of his three-day visit": it began that day.
        if ((m_r.word(i, u"marked") || m_r.word(i, u"marks")) && m_r.word(i + 1, u"the") &&
            (m_r.word(i + 2, u"commencement") || m_r.word(i + 2, u"start") ||
             m_r.word(i + 2, u"beginning") || m_r.word(i + 2, u"opening")) &&
            m_r.word(i + 3, u"of")) {
            if (!m_anchor)
                return std::nullopt;
            return day(i, i + 3, m_anchor->lowerBound(),
                       u"the day of %1, the date given before, which began it"_s.arg(
                           englishDay(*m_anchor)));
        }
        // "on the same day", "later that day", "that same day": the day given before.
        const bool same = (m_r.word(i, u"the") || m_r.word(i, u"that")) &&
                          m_r.word(i + 1, u"same") && m_r.word(i + 2, u"day");
        if (same || (m_r.word(i, u"that") && m_r.word(i + 1, u"day"))) {
            if (!m_anchor)
                return std::nullopt;
            return day(i, same ? i + 2 : i + 1, m_anchor->lowerBound(),
                       u"the same day as %1, the date given before"_s.arg(englishDay(*m_anchor)));
        }
        const int n = countWord(m_r, i);
        if (n <= 0 || n > 400)
            return std::nullopt;
        // "40 years ago", "three months ago": the year or the month, no finer (the text gives
        // no day).
        if (m_r.word(i + 2, u"ago")) {
            const int y = m_report.year, mo = m_report.month;
            if (m_r.word(i + 1, u"year") || m_r.word(i + 1, u"years"))
                return Relative{i, i + 2, PartialDate::point({y - n, 0, 0}), fromReport()};
            if ((m_r.word(i + 1, u"month") || m_r.word(i + 1, u"months")) && mo > 0) {
                const int index = y * 12 + (mo - 1) - n;
                return Relative{i, i + 2, monthPoint(index / 12, index % 12 + 1), fromReport()};
            }
        }
        int unit = 0;
        if (m_r.word(i + 1, u"day") || m_r.word(i + 1, u"days"))
            unit = 1;
        else if (m_r.word(i + 1, u"week") || m_r.word(i + 1, u"weeks"))
            unit = 7;
        if (!unit)
            return std::nullopt;
        if (m_r.word(i + 2, u"ago"))
            return day(i, i + 2, m_day - n * unit, fromReport());
        if (m_r.word(i + 2, u"later") || m_r.word(i + 2, u"after"))
            return m_anchor ? fromAnchor(i, i + 2, n * unit) : std::optional<Relative>();
        if (m_r.word(i + 2, u"earlier") || m_r.word(i + 2, u"before"))
            return m_anchor ? fromAnchor(i, i + 2, -n * unit) : std::optional<Relative>();
        return std::nullopt;
    }

    std::optional<Relative> fromAnchor(qsizetype first, qsizetype last, int days) const
    {
        return day(first, last, m_anchor->lowerBound() + days,
                   u"counted from %1, the date given before"_s.arg(englishDay(*m_anchor)));
    }

    const Reader &m_r;
    StatedDate m_report;
    JulianDay m_day;
    const std::optional<StatedDate> &m_anchor;

public:
    bool m_future = false;
};

// Whether the date at tokens \a first … \a last is where a stretch of time starts ("since 2012",
// "since taking office last month"), not when the sentence's event was: "since" up to five
// words before it in the same phrase. "since 2011, when the minister visited": the clause after
// it is dated by it.
bool startsAStretch(const Reader &r, qsizetype first, qsizetype last)
{
    if (r.word(last + 1, u"when") || (r.punct(last + 1, u',') && r.word(last + 2, u"when")))
        return false;
    for (qsizetype i = first - 1; i >= 0 && i >= first - 5; --i) {
        if (r.at(i).kind == Token::Punct || r.word(i, u"and") || r.word(i, u"when"))
            return false;
        if (r.word(i, u"since"))
            return true;
    }
    return false;
}

// --- tense, clause by clause -------------------------------------------------------------------

bool isFutureWord(const Reader &r, qsizetype i)
{
    const Token &t = r.at(i);
    if (t.kind != Token::Word)
        return false;
    if (indexIn(kFutureWords, t.lower) >= 0 || t.lower == u"would")
        return true;
    // "is to visit", "are to sign"
    return (t.lower == u"is" || t.lower == u"are") && r.word(i + 1, u"to");
}

bool isPastWord(const Token &t)
{
    static constexpr std::array<std::u16string_view, 16> kPast = {
        u"held", u"met",  u"said", u"made", u"paid", u"took", u"went", u"began",
        u"came", u"gave", u"sent", u"told", u"left", u"was",  u"were", u"had"};
    return t.kind == Token::Word &&
           (indexIn(kPast, t.lower) >= 0 || (t.lower.size() > 4 && t.lower.endsWith(u"ed")));
}

// The tense of the clause an expression at token \a at stands in: its words before the
// expression back to a comma, semicolon or conjunction; the sentence's when they show none.
Tense clauseTense(const Reader &r, qsizetype at, Tense sentence)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const Token &t = r.at(i);
        if (r.punct(i, u',') || r.punct(i, u';') || r.punct(i, u':') || r.word(i, u"and") ||
            r.word(i, u"but") || r.word(i, u"while"))
            break;
        if (isFutureWord(r, i))
            return Tense::Future;
        // "an invitation to visit the US sometime in April", "invited him to come in May": what
        // is invited is still to come.
        if (r.word(i, u"invitation") || r.word(i, u"invited") || r.word(i, u"invites")) {
            for (qsizetype k = i + 1; k < at; ++k) {
                if (r.word(k, u"to"))
                    return Tense::Future;
            }
        }
        // "to be held", "will be signed": a participle after "be" says nothing of the tense
        if (isPastWord(t) && !r.word(i - 1, u"be"))
            return Tense::Past;
    }
    return sentence;
}

// --- resolving what an expression leaves out ----------------------------------------------------

// The year of a month (and day) the text gives without one: the latest on or before the report's
// date in a past sentence, the first on or after it in a future one.
int inferYear(const Stated &s, const StatedDate &report, Tense tense)
{
    const int here = report.month * 100 + (s.day ? report.day : 0);
    const int there = s.month * 100 + s.day;
    if (tense == Tense::Past)
        return there > here ? report.year - 1 : report.year;
    return there < here ? report.year + 1 : report.year;
}

std::optional<StatedDate> stated(const Stated &s)
{
    if (s.day && !isValidDay(s.year, s.month, s.day))
        return std::nullopt;
    return StatedDate{s.year, s.month, s.day};
}

// The mention \a f means, with its missing year inferred; nullopt when it names no real day.
std::optional<DateMention> resolve(Found f, const std::optional<StatedDate> &report, Tense tense)
{
    DateMention m;
    if (f.ambiguous) {
        const StatedDate dayFirst{f.from.year, f.from.day, f.from.month};
        const StatedDate monthFirst{f.from.year, f.from.month, f.from.day};
        m.note =
            u"day and month can be read either way (%1 or %2); left for a person to read"_s.arg(
                englishDay(dayFirst), englishDay(monthFirst));
        return m; // undated
    }
    if (f.relativeYear) {
        if (!report) {
            m.note = u"the year is counted from the report's date, which is not known"_s;
            return m; // undated
        }
        f.from.year = report->year + f.yearShift;
        f.to.year = f.to.month ? f.from.year : 0;
        m.note = u"year counted from the report's date (%1)"_s.arg(englishDay(*report));
    }
    if (f.decade) {
        m.date = PartialDate::interval(PartialDate::End::Known, {f.from.year, 0, 0},
                                       PartialDate::End::Known, {f.from.year + 9, 0, 0});
        return m;
    }
    m.attributive = f.attributive;
    if (!f.from.year) {
        if (!report) {
            m.note = u"no year in the text, and the report's date is not known"_s;
            return m; // undated
        }
        f.from.year = inferYear(f.from, *report, tense);
        m.note = u"year inferred from the report's date (%1)"_s.arg(englishDay(*report));
    }
    if (f.to.month && !f.to.year) {
        // The end's year: the start's, or the next when the range crosses a new year.
        f.to.year = f.from.year + (f.to.month * 100 + f.to.day < f.from.month * 100 + f.from.day);
    }
    if (f.to.month == 0 && f.to.year == 0) {
        const auto d = stated(f.from);
        if (!d)
            return std::nullopt;
        m.date = PartialDate::point(*d);
        return m;
    }
    const auto a = stated(f.from), b = stated(f.to);
    if (!a || !b || b->upperBound() < a->lowerBound())
        return std::nullopt;
    m.date = PartialDate::interval(PartialDate::End::Known, *a, PartialDate::End::Known, *b);
    return m;
}

std::optional<Found> absoluteAt(const Reader &r, qsizetype i)
{
    if (auto f = isoDate(r, i))
        return f;
    if (auto f = slashDate(r, i))
        return f;
    if (auto f = monthDay(r, i))
        return f;
    if (auto f = dayMonth(r, i))
        return f;
    if (auto f = monthOnly(r, i))
        return f;
    if (auto f = partOfYear(r, i))
        return f;
    return yearOnly(r, i);
}

// "a three-day visit starting April 22": the number of days before the token at \a before, or 0.
int durationBefore(const Reader &r, qsizetype before)
{
    for (qsizetype i = before - 1; i >= 2 && i >= before - 8; --i) {
        if ((r.word(i, u"day") || r.word(i, u"days")) && r.dash(i - 1)) {
            const int n = countWord(r, i - 2);
            return n >= 2 && n <= 60 ? n : 0;
        }
    }
    return 0;
}

// The number of days of the sentence's "N-day" duration ("a two-day visit"), or 0.
int durationDays(const Reader &r)
{
    for (qsizetype i = 2; i < r.size(); ++i) {
        if ((r.word(i, u"day") || r.word(i, u"days")) && r.dash(i - 1)) {
            const int n = countWord(r, i - 2);
            return n >= 2 && n <= 60 ? n : 0;
        }
    }
    return 0;
}

// Whether the sentence has one of \a words.
bool hasWord(const Reader &r, std::initializer_list<std::u16string_view> words)
{
    for (qsizetype i = 0; i < r.size(); ++i) {
        for (std::u16string_view w : words) {
            if (r.word(i, QStringView(w.data(), qsizetype(w.size()))))
                return true;
        }
    }
    return false;
}

// "concluded on September 11 his two-day visit": the days of a duration that ends at the date.
// Read once per sentence (a sentence may hold thousands of dates).
int durationEnded(const Reader &r)
{
    if (!r.durations.ended)
        r.durations.ended =
            hasWord(r, {u"concluded", u"concludes", u"ended", u"ends", u"wrapped", u"completed"})
                ? durationDays(r)
                : 0;
    return *r.durations.ended;
}

// "arrived on Friday for a three-day visit": the days of a duration that starts at the date.
// Not "arrived home on Friday after concluding his five-day visit": that one ended before.
int durationStarted(const Reader &r)
{
    if (r.durations.started)
        return *r.durations.started;
    for (qsizetype i = 0; i + 1 < r.size(); ++i) {
        if (r.word(i, u"after") && (r.word(i + 1, u"concluding") || r.word(i + 1, u"completing") ||
                                    r.word(i + 1, u"wrapping") || r.word(i + 1, u"ending"))) {
            r.durations.started = 0;
            return 0;
        }
    }
    r.durations.started = hasWord(r, {u"arrived", u"arriving", u"arrives", u"began", u"begins",
                                      u"embarked", u"commencement", u"beginning", u"start"})
                              ? durationDays(r)
                              : 0;
    return *r.durations.started;
}

// Makes the day \a m a stretch of time: \a days from it (a duration that starts then) or, with
// none, back to it from a duration the sentence ends then. Says so in the note.
void spanDuration(const Reader &r, DateMention &m, int days)
{
    if (m.date.isUndated() || m.date.isInterval() || m.date.precision() != DatePrecision::Day)
        return;
    const JulianDay day = m.date.start().lowerBound();
    QString what;
    if (days) {
        m.date = dayInterval(day, day + (days - 1));
        what = u"end counted from the %1-day duration"_s.arg(days);
    } else if (const int ended = durationEnded(r)) {
        m.date = dayInterval(day - (ended - 1), day);
        what = u"start counted back from the %1-day duration that ended then"_s.arg(ended);
    } else {
        return;
    }
    m.note = m.note.isEmpty() ? what : m.note + u"; "_s + what;
}

// "a three-day visit starting April 22", "arrived on Friday for a three-day visit".
void extendByDuration(const Reader &r, const Found &f, DateMention &m)
{
    if (f.to.month)
        return;
    const bool started = r.word(f.first - 1, u"starting") || r.word(f.first - 1, u"beginning") ||
                         r.word(f.first - 1, u"from") || r.word(f.first - 1, u"on");
    spanDuration(r, m, started ? durationBefore(r, f.first) : durationStarted(r));
}

} // namespace

bool isMonthOrWeekdayName(QStringView lower)
{
    return indexIn(kMonths, lower) >= 0 || indexIn(kWeekdays, lower) >= 0;
}

TemporalTagger::TemporalTagger(std::optional<StatedDate> reportDate)
    : m_reportDate(std::move(reportDate))
{
    if (m_reportDate && m_reportDate->precision() != DatePrecision::Day)
        m_reportDate.reset();
}

QList<DateMention> TemporalTagger::tag(QStringView sentence, Tense tense,
                                       std::optional<StatedDate> *anchor) const
{
    QList<Token> tokens = tokenize(sentence);
    // "Feb. 27", "Sept. 3": the abbreviation's full stop is no end of anything.
    for (qsizetype i = tokens.size() - 1; i > 0; --i) {
        if (tokens[i].text == u"." && tokens[i - 1].end == tokens[i].start &&
            tokens[i - 1].text.size() <= 4 && monthOf(tokens[i - 1]))
            tokens.removeAt(i);
    }
    const Reader r(tokens);
    // What "the following morning" counts from: the day given before, then each day this
    // sentence gives outside brackets ("arrived on November 15 (Japan time: November 16) and
    // met … the following morning").
    std::optional<StatedDate> from = anchor ? *anchor : std::nullopt;
    std::optional<RelativeReader> relative;
    if (m_reportDate)
        relative.emplace(r, *m_reportDate, from);
    QList<DateMention> mentions;
    std::optional<StatedDate> lastDay;
    const Layout layout(r);
    for (qsizetype i = 0; i < r.size(); ++i) {
        std::optional<DateMention> m;
        qsizetype first = i, last = i;
        const Tense here = clauseTense(r, i, tense);
        if (auto f = absoluteAt(r, i)) {
            m = resolve(*f, m_reportDate, here);
            if (m)
                extendByDuration(r, *f, *m);
            // "the Convention … dated 18 April 1961": the date of a thing, not of the sentence.
            // But "on the afternoon of November 15" is that day.
            const bool partOfThatDay =
                r.word(f->first - 1, u"of") &&
                (r.word(f->first - 2, u"morning") || r.word(f->first - 2, u"afternoon") ||
                 r.word(f->first - 2, u"evening") || r.word(f->first - 2, u"night"));
            if (m && (r.word(f->first - 1, u"dated") || r.word(f->first - 1, u"of")) &&
                !partOfThatDay)
                m->attributive = true;
            // "the Program … for 2020-2021", "the budget for 2023": the years a thing is for,
            // not when the sentence's event was ("scheduled for 2025" is when).
            static constexpr std::array<std::u16string_view, 12> kSetFor{
                u"scheduled", u"planned",  u"set",   u"slated", u"postponed", u"rescheduled",
                u"due",       u"expected", u"fixed", u"moved",  u"delayed",   u"pushed"};
            if (m && !m->date.isUndated() && m->date.precision() == DatePrecision::Year &&
                r.word(f->first - 1, u"for") &&
                (f->first < 2 || indexIn(kSetFor, r.at(f->first - 2).lower) < 0))
                m->attributive = true;
            first = f->first;
            last = f->last;
        } else if (relative) {
            relative->m_future = here == Tense::Future;
            if (auto rel = relative->at(i)) {
                m = DateMention{0, 0, rel->date, rel->note, false};
                first = rel->first;
                last = rel->last;
                spanDuration(r, *m, durationStarted(r)); // "wrapped up … on Tuesday"
            }
        }
        if (!m)
            continue;
        if (startsAStretch(r, first, last) || (layout.relative[first] && layout.relative[last]))
            m->attributive = true;
        // "(2013-2023)": years in brackets qualify a thing named before them ("(March 23)"
        // after "last night" says the day again, and is kept).
        if (r.punct(first - 1, u'(') && r.punct(last + 1, u')') && !m->date.isUndated() &&
            m->date.precision() == DatePrecision::Year)
            m->attributive = true;
        // "on June 1", "in April": the preposition is part of what the text says.
        if (first > 0 && (r.word(first - 1, u"on") || r.word(first - 1, u"in")))
            --first;
        m->start = r.at(first).start;
        m->length = r.at(last).end - m->start;
        if (!m->attributive && !m->date.isUndated() && m->date.precision() == DatePrecision::Day) {
            lastDay = m->date.start();
            if (!layout.bracketed[first])
                from = m->date.start();
        }
        mentions.append(*m);
        i = last;
    }
    if (anchor && lastDay)
        *anchor = lastDay;
    return mentions;
}

Tense TemporalTagger::tenseOf(QStringView sentence)
{
    const QList<Token> tokens = tokenize(sentence);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind != Token::Word)
            continue;
        if (indexIn(kFutureWords, t.lower) >= 0)
            return Tense::Future;
        // "is to visit", "are to sign"; "would" in reported speech about what is to come.
        const bool toFollows = i + 1 < tokens.size() && tokens[i + 1].lower == u"to";
        if ((t.lower == u"is" || t.lower == u"are") && toFollows)
            return Tense::Future;
        // "is likely to be held", "are going to sign" (not "was going to Paris").
        const bool nowGoing = t.lower == u"going" && i > 0 &&
                              (tokens[i - 1].lower == u"is" || tokens[i - 1].lower == u"are" ||
                               tokens[i - 1].lower == u"am");
        // "is ready to host" (not "was ready to sign").
        const bool nowReady = t.lower == u"ready" && i > 0 &&
                              (tokens[i - 1].lower == u"is" || tokens[i - 1].lower == u"are" ||
                               tokens[i - 1].lower == u"am");
        if ((t.lower == u"likely" || nowGoing || nowReady) && toFollows)
            return Tense::Future;
        if (t.lower == u"would")
            return Tense::Future;
    }
    return Tense::Past;
}

namespace {

// How much of a line of a report's head can carry its date: all of a header field
// ("Published: …") or of a short byline or date line that is no sentence; of a dateline ("BAKU,
// June 6 (Reuters) - …"), the part before the story starts; 0 for any other line.
qsizetype headPart(QStringView line)
{
    static constexpr std::u16string_view kFields[] = {u"published", u"date",    u"dated",
                                                      u"posted",    u"updated", u"released"};
    const qsizetype colon = line.indexOf(u':');
    if (colon > 0 && colon < 12) {
        const QString key = line.left(colon).trimmed().toString().toLower();
        for (std::u16string_view f : kFields) {
            if (key == QStringView(f.data(), qsizetype(f.size())))
                return line.size();
        }
    }
    if (line.size() <= 80 && !line.endsWith(u'.'))
        return line.size();
    // A dateline: a place in capitals, then a comma; it ends where the story begins.
    const qsizetype comma = line.indexOf(u',');
    if (comma < 3 || comma > 30)
        return 0;
    for (QChar c : line.left(comma)) {
        if (c.isLower())
            return 0;
    }
    qsizetype end = std::min<qsizetype>(line.size(), 60);
    for (QStringView stop : {u"(", u" - ", u"—", u"–", u":"}) {
        const qsizetype at = line.indexOf(stop, comma);
        if (at > 0)
            end = std::min(end, at);
    }
    return end;
}

} // namespace

std::optional<StatedDate> findReportDate(QStringView text, qsizetype *start, qsizetype *length)
{
    // The head of the report: its first lines, before the body's paragraphs get going.
    QStringView head = text.left(600);
    const TemporalTagger tagger;
    qsizetype offset = 0;
    for (int line = 0; line < 12 && offset < head.size(); ++line) {
        qsizetype end = head.indexOf(u'\n', offset);
        if (end < 0)
            end = head.size();
        const QStringView whole = head.mid(offset, end - offset);
        const qsizetype indent = whole.size() - whole.trimmed().size();
        const qsizetype part = headPart(whole.trimmed());
        const QStringView l = part ? whole.left(part + indent) : QStringView();
        for (const DateMention &m : tagger.tag(l, Tense::Past)) {
            if (!m.date.isUndated() && !m.date.isInterval() &&
                m.date.precision() == DatePrecision::Day) {
                if (start)
                    *start = offset + m.start;
                if (length)
                    *length = m.length;
                return m.date.start();
            }
        }
        offset = end + 1;
    }
    return std::nullopt;
}

} // namespace entente::core
