// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/julianday.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace entente::core {

/*!
 * Years beyond four digits, which EDTF writes with a "Y" ("Y-13800000000", the Big Bang; level 1
 * and 2: "Y-17E7" is 170 million years before year 0), are known to the year only and reach this
 * far on either side (the index's keys reach 24 billion years).
 */
inline constexpr qint64 kDeepestYear = 20'000'000'000;

/*! How finely a stated date is known. */
enum class DatePrecision : quint8 { Year, Month, Day };

/*! Whether astronomical \a year (0 is 1 BCE) is a leap year of the proleptic Gregorian calendar. */
bool isLeapYear(qint64 year);
/*! The days of \a month (1-12) in astronomical \a year. */
int daysInMonth(qint64 year, int month);
/*! Whether \a year-\a month-\a day is a day of the proleptic Gregorian calendar (any year). */
bool isValidDay(qint64 year, int month, int day);

/*!
 * One calendar date as a source states it: a year, a year and month, or a full day, with the
 * EDTF level-1 qualifiers approximate (~) and uncertain (?).
 */
struct StatedDate
{
    qint64 year = 0; //!< -9999 to 9999, and EDTF's "Y" years beyond (deep time, year only)
    int month = 0;   //!< 1-12, or 0 when only the year is known
    int day = 0;     //!< 1-31, or 0 when the day is not known
    bool approximate = false;
    bool uncertain = false;

    DatePrecision precision() const
    {
        return day ? DatePrecision::Day : month ? DatePrecision::Month : DatePrecision::Year;
    }
    /*! The first day the stated date can mean ("1995" → 1 Jan 1995). */
    JulianDay lowerBound() const;
    /*! The last day the stated date can mean ("1995" → 31 Dec 1995). */
    JulianDay upperBound() const;
    QString toEdtf() const;

    friend bool operator==(const StatedDate &, const StatedDate &) = default;
};

/*!
 * A date as the source states it: nothing (undated), one StatedDate, or an interval whose ends
 * are each a StatedDate, unknown (the source does not say) or open (it has not ended / has no
 * start). Text in and out is ISO 8601 / EDTF: "1995-02-02", "2022-04", "2021",
 * "2014-04-23/2014-04-24", "2019~", "../2022-06-01", "2004-06/" (unknown end).
 *
 * Every dated PartialDate has integer bounds so that partial dates sort, filter and draw together.
 * The bounds cover what is attested: an interval with an unknown or open end is bounded by its
 * known end alone, and the renderer draws the other end as fading.
 *
 * Parsing never guesses: text that is not one of these forms is an error with a message.
 */
class PartialDate final
{
public:
    enum class Kind : quint8 { Undated, Point, Interval };
    enum class End : quint8 { Known, Unknown, Open };

    PartialDate() = default;
    static PartialDate point(const StatedDate &date);
    static PartialDate interval(End startKind, const StatedDate &start, End endKind,
                                const StatedDate &end);

    /*!
     * Parses EDTF text. An empty string is the undated PartialDate. On error returns nullopt and,
     * when \a error is given, stores one sentence saying what is wrong.
     */
    static std::optional<PartialDate> fromEdtf(QStringView text, QString *error = nullptr);
    QString toEdtf() const;

    /*! Readable text in \a locale, e.g. "23–24 April 2014", "April 2022", "c. 2019". */
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    Kind kind() const { return m_kind; }
    bool isUndated() const { return m_kind == Kind::Undated; }
    bool isInterval() const { return m_kind == Kind::Interval; }
    End startKind() const { return m_startKind; }
    End endKind() const { return m_endKind; }
    /*! The point's date, or the interval's start (meaningful when startKind() is Known). */
    const StatedDate &start() const { return m_start; }
    /*! The interval's end (meaningful when endKind() is Known); the point's date otherwise. */
    const StatedDate &end() const { return m_kind == Kind::Interval ? m_end : m_start; }

    /*! The coarsest precision among the known ends; Day for an undated date. */
    DatePrecision precision() const;
    bool isApproximate() const;
    bool isUncertain() const;

    JulianDay lowerBound() const;
    JulianDay upperBound() const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    Kind m_kind = Kind::Undated;
    End m_startKind = End::Known;
    End m_endKind = End::Known;
    StatedDate m_start;
    StatedDate m_end;
};

/*! Orders by lower bound, then upper bound; undated dates come last. */
bool chronologicallyBefore(const PartialDate &a, const PartialDate &b);

/*!
 * The date an event is placed and filtered by: its own date, or, when the source gives it none,
 * the date it is attested on ("current on 1 June 2022"); undated when it has neither. The one
 * home of that rule: the writer's date bounds, the index, and the exports all ask it.
 */
inline const PartialDate &boundingDate(const PartialDate &date, const PartialDate &attestedOn)
{
    return date.isUndated() ? attestedOn : date;
}
inline const PartialDate &boundingDate(const PartialDate &date,
                                       const std::optional<PartialDate> &attestedOn)
{
    return date.isUndated() && attestedOn ? *attestedOn : date;
}

} // namespace entente::core
