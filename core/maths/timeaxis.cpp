// SPDX-License-Identifier: GPL-3.0-or-later
#include "maths/timeaxis.h"

#include "domain/wording.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cmath>

namespace entente::core {

TimelineViewport::TimelineViewport(double firstDay, double lastDay, double widthPx)
    : m_width(std::max(1.0, widthPx))
{
    setSpan(firstDay, lastDay);
}

void TimelineViewport::clamp()
{
    m_span = std::clamp(m_span, kMinSpanDays, kMaxSpanDays);
    m_first = std::clamp(m_first, kFirstReachableDay, kLastReachableDay - m_span);
}

void TimelineViewport::setSpan(double firstDay, double lastDay)
{
    const double span = std::max(lastDay - firstDay, 0.0);
    const double centre = firstDay + span / 2;
    m_span = std::clamp(span, kMinSpanDays, kMaxSpanDays);
    m_first = centre - m_span / 2;
    clamp();
}

void TimelineViewport::zoomAt(double x, double factor)
{
    if (factor <= 0)
        return;
    const double anchor = dayAtX(x);
    const double span = std::clamp(m_span / factor, kMinSpanDays, kMaxSpanDays);
    m_first = anchor - x / m_width * span;
    m_span = span;
    clamp();
}

void TimelineViewport::panPixels(double dx)
{
    m_first += dx * daysPerPixel();
    clamp();
}

void TimelineViewport::fit(JulianDay first, JulianDay last, double marginFraction)
{
    const double from = first.value;
    const double to = last.value + 1.0;
    const double margin = std::max((to - from) * marginFraction, 1.0);
    setSpan(from - margin, to + margin);
}

const QList<TickLevel> &TimeAxis::levels()
{
    static const QList<TickLevel> all = {
        {TickUnit::Day, 1},     {TickUnit::Day, 2},     {TickUnit::Day, 7},
        {TickUnit::Day, 14},    {TickUnit::Month, 1},   {TickUnit::Month, 3},
        {TickUnit::Month, 6},   {TickUnit::Year, 1},    {TickUnit::Year, 2},
        {TickUnit::Year, 5},    {TickUnit::Year, 10},   {TickUnit::Year, 20},
        {TickUnit::Year, 50},   {TickUnit::Year, 100},  {TickUnit::Year, 200},
        {TickUnit::Year, 500},  {TickUnit::Year, 1000}, {TickUnit::Year, 2000},
        {TickUnit::Year, 5000},
    };
    // Deep time: every 10,000 years up to every 5 billion, in steps of 1, 2 and 5.
    static const QList<TickLevel> withDeepTime = [] {
        QList<TickLevel> levels = all;
        for (qint64 power = 10'000; power <= 1'000'000'000; power *= 10) {
            for (qint64 factor : {1, 2, 5})
                levels.append({TickUnit::Year, power * factor});
        }
        return levels;
    }();
    return withDeepTime;
}

double TimeAxis::approximateDays(TickLevel level)
{
    switch (level.unit) {
    case TickUnit::Day:
        return level.step;
    case TickUnit::Month:
        return level.step * 30.436875;
    case TickUnit::Year:
        return level.step * 365.2425;
    }
    return 1;
}

TickLevel TimeAxis::levelFor(const TimelineViewport &viewport, double minSpacing)
{
    const double dpp = viewport.daysPerPixel();
    for (const TickLevel &level : levels()) {
        // Months are 28 to 31 days: use the shortest so that no two ticks come closer.
        const double shortest = level.unit == TickUnit::Month  ? level.step * 28.0
                                : level.unit == TickUnit::Year ? level.step * 365.0
                                                               : level.step;
        if (shortest / dpp >= minSpacing)
            return level;
    }
    return levels().back();
}

TickLevel TimeAxis::bandLevelFor(TickLevel level)
{
    switch (level.unit) {
    case TickUnit::Day:
        return {TickUnit::Month, 1};
    case TickUnit::Month:
        return {TickUnit::Year, 1};
    case TickUnit::Year:
        break;
    }
    if (level.step < 10)
        return {TickUnit::Year, 10};
    if (level.step < 100)
        return {TickUnit::Year, 100};
    // The next power of ten above the step: millennia above centuries, and so on into deep time.
    qint64 band = 1000;
    while (band <= level.step && band < 100'000'000'000)
        band *= 10;
    return {TickUnit::Year, band};
}

namespace {

// The tick year at or before astronomical \a year for ticks every \a step years: round in the
// common era (1990, 2000), and round in words before it (500 BCE, 400 BCE: astronomical -499,
// -399), so that labels read as a historian writes them.
qint64 alignedYear(qint64 year, qint64 step)
{
    if (year > 0) {
        const qint64 aligned = year - year % step;
        return aligned > 0 ? aligned : 1 - step; // 5 CE, every 10 years: from 10 BCE
    }
    const qint64 bce = 1 - year;                           // 1 BCE is 1
    const qint64 rounded = (bce + step - 1) / step * step; // up, further into the past
    return 1 - rounded;
}

// The next tick year after \a year: from the last tick before the era to the first round
// year of it.
qint64 nextYear(qint64 year, qint64 step)
{
    const qint64 next = year + step;
    return year <= 0 && next > 0 ? step : next;
}

// Ticks of years, in 64 bits: QDate stops at about two billion years, deep time does not.
QList<Tick> yearTicks(const TimelineViewport &viewport, TickLevel level, const QLocale &locale,
                      bool band)
{
    QList<Tick> result;
    const qint64 firstDay = qint64(std::floor(viewport.firstDay()));
    const qint64 lastDay = qint64(std::ceil(viewport.lastDay()));
    for (qint64 year = alignedYear(JulianDay{firstDay}.astronomicalYear(), level.step);;
         year = nextYear(year, level.step)) {
        const JulianDay day = JulianDay::fromYmd(year, 1, 1);
        if (day.value > lastDay || std::abs(year) > kDeepestYear + level.step)
            break;
        QString label;
        if (band && level.step >= 10 && level.step < 10'000 && year > 0)
            label = QCoreApplication::translate("entente::core::TimeAxis", "%1s", "decade: “1990s”")
                        .arg(yearText(year, locale));
        else
            label = roundYearText(year, locale);
        result.append({day, viewport.xForDay(double(day.value)), label});
        if (result.size() > 10000)
            break; // never more ticks than pixels, whatever the caller asked for
    }
    return result;
}

// The first tick of \a level at or before \a date.
QDate alignDown(QDate date, TickLevel level)
{
    switch (level.unit) {
    case TickUnit::Day: {
        if (level.step == 7 || level.step == 14) // weeks start on Monday
            return date.addDays(-(date.dayOfWeek() - 1));
        if (level.step == 2)
            return date.addDays(-((date.day() - 1) % 2));
        return date;
    }
    case TickUnit::Month: {
        const int month = (date.month() - 1) / level.step * level.step + 1;
        return QDate(date.year(), month, 1);
    }
    case TickUnit::Year:
        break; // yearTicks()
    }
    return date;
}

QDate advance(QDate date, TickLevel level)
{
    switch (level.unit) {
    case TickUnit::Day: {
        if (level.step == 2) {
            // Ticks on odd days of the month: 1, 3, 5 …, restarting each month.
            const QDate next = date.addDays(2);
            return next.month() != date.month() ? QDate(next.year(), next.month(), 1) : next;
        }
        return date.addDays(level.step);
    }
    case TickUnit::Month:
        return date.addMonths(level.step);
    case TickUnit::Year:
        break; // yearTicks()
    }
    return date;
}

QString labelFor(QDate date, TickLevel level, const QLocale &locale, bool band)
{
    switch (level.unit) {
    case TickUnit::Day:
        return locale.toString(date.day());
    case TickUnit::Month:
        return band ? monthAndYear(date.month(), JulianDay::astronomicalYear(date), locale)
                    : locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case TickUnit::Year:
        break; // yearTicks()
    }
    return {};
}

} // namespace

QList<Tick> TimeAxis::ticks(const TimelineViewport &viewport, TickLevel level,
                            const QLocale &locale, bool band)
{
    if (level.unit == TickUnit::Year)
        return yearTicks(viewport, level, locale, band);
    QList<Tick> result;
    const QDate first = QDate::fromJulianDay(qint64(std::floor(viewport.firstDay())));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(viewport.lastDay())));
    if (!first.isValid() || !last.isValid())
        return result;
    for (QDate d = alignDown(first, level); d.isValid() && d <= last; d = advance(d, level)) {
        const JulianDay day = JulianDay::fromDate(d);
        result.append({day, viewport.xForDay(double(day.value)), labelFor(d, level, locale, band)});
        if (result.size() > 10000)
            break; // never more ticks than pixels, whatever the caller asked for
    }
    return result;
}

} // namespace entente::core
