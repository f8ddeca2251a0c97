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
    qint64 value = 0;

    constexpr auto operator<=>(const JulianDay &) const = default;

    /*!
     * The day for year \a y (astronomical, as EDTF counts: 0 is 1 BCE, -1 is 2 BCE; any year,
     * deep time included), month \a m (1-12) and day \a d; no validation.
     */
    static constexpr JulianDay fromYmd(qint64 y, int m, int d)
    {
        // Fliegel & Van Flandern, integer arithmetic valid from year -4799 on (in January and
        // February of -4800 its divisions would round the wrong way); earlier years are moved by
        // whole 400-year cycles of 146,097 days, in which the calendar repeats.
        if (y < -4799) {
            const qint64 cycles = (-4799 - y + 399) / 400;
            return fromYmd(y + 400 * cycles, m, d) - cycles * 146097;
        }
        const qint64 a = (14 - m) / 12;
        const qint64 yy = y + 4800 - a;
        const qint64 mm = m + 12 * a - 3;
        return {d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045};
    }
    static JulianDay fromDate(QDate date) { return {date.toJulianDay()}; }
    /*! The day as a QDate: invalid beyond QDate's reach (about two billion years). */
    QDate toDate() const { return QDate::fromJulianDay(value); }
    /*! The day's year as EDTF counts it, for any day (deep time too). */
    qint64 astronomicalYear() const
    {
        qint64 y = 0;
        int m = 0, d = 0;
        toYmd(&y, &m, &d);
        return y;
    }
    /*! The day's astronomical year, month and day, for any day. */
    void toYmd(qint64 *year, int *month, int *day) const
    {
        // Into 2000-2399 by whole 400-year cycles, where QDate answers, and back.
        constexpr qint64 base = 2451545; // 2000-01-01
        qint64 cycles = (value - base) / 146097;
        if ((value - base) % 146097 < 0)
            --cycles;
        const QDate date = QDate::fromJulianDay(value - cycles * 146097);
        *year = astronomicalYear(date) + 400 * cycles;
        *month = date.month();
        *day = date.day();
    }
    static int astronomicalYear(QDate date)
    {
        return date.year() < 0 ? date.year() + 1 : date.year();
    }

    constexpr JulianDay operator+(qint64 days) const { return {value + days}; }
    constexpr JulianDay operator-(qint64 days) const { return {value - days}; }
    constexpr qint64 operator-(JulianDay other) const { return value - other.value; }
};

} // namespace entente::core
