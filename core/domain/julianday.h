// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

#include <compare>

namespace entente::core {

/*!
 * A day as a Julian day number (proleptic Gregorian calendar), the unit in which every date
 * bound is stored, sorted and compared. A typed value, so that a day is never confused with a
 * count, an id or a pixel.
 */
struct JulianDay
{
    qint32 value = 0;

    constexpr auto operator<=>(const JulianDay &) const = default;

    /*!
     * The day for year \a y (astronomical, as EDTF counts: 0 is 1 BCE, -1 is 2 BCE), month \a m
     * (1-12) and day \a d; no validation.
     */
    static constexpr JulianDay fromYmd(int y, int m, int d)
    {
        // Fliegel & Van Flandern, integer arithmetic valid for all years >= -4800; earlier years
        // are moved by whole 400-year cycles of 146,097 days, in which the calendar repeats.
        if (y < -4800)
            return fromYmd(y + 12000, m, d) - 30 * 146097;
        const int a = (14 - m) / 12;
        const int yy = y + 4800 - a;
        const int mm = m + 12 * a - 3;
        return {d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045};
    }
    static JulianDay fromDate(QDate date) { return {qint32(date.toJulianDay())}; }
    QDate toDate() const { return QDate::fromJulianDay(value); }
    /*! The day's year as EDTF counts it (QDate has no year 0: its -1 is year 0, 1 BCE). */
    int astronomicalYear() const { return astronomicalYear(toDate()); }
    static int astronomicalYear(QDate date)
    {
        return date.year() < 0 ? date.year() + 1 : date.year();
    }
    /*! 1 January of astronomical year \a year, as a QDate. */
    static QDate yearStart(int year) { return QDate(year <= 0 ? year - 1 : year, 1, 1); }

    constexpr JulianDay operator+(qint32 days) const { return {value + days}; }
    constexpr JulianDay operator-(qint32 days) const { return {value - days}; }
    constexpr qint32 operator-(JulianDay other) const { return value - other.value; }
};

} // namespace entente::core
