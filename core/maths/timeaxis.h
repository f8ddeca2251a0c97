// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/julianday.h"
#include "domain/partialdate.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace entente::core {

/*!
 * Which span of time a timeline shows across how many pixels. Days are Julian day numbers as
 * doubles: day d covers [d, d + 1). Pure maths, no widget: used by the view, the renderer and
 * image export alike.
 */
class TimelineViewport final
{
public:
    TimelineViewport() = default;
    TimelineViewport(double firstDay, double lastDay, double widthPx);

    double firstDay() const { return m_first; }
    double lastDay() const { return m_first + m_span; }
    double spanDays() const { return m_span; }
    double width() const { return m_width; }
    double daysPerPixel() const { return m_width > 0 ? m_span / m_width : 0; }

    double xForDay(double day) const { return (day - m_first) / m_span * m_width; }
    double dayAtX(double x) const { return m_first + x / m_width * m_span; }

    /*! The same span shown across \a widthPx pixels. */
    void setWidth(double widthPx) { m_width = std::max(1.0, widthPx); }
    /*! Shows [\a firstDay, \a lastDay), clamped to the zoom limits. */
    void setSpan(double firstDay, double lastDay);
    /*! Zooms by \a factor (>1 zooms in) keeping the day under \a x where it is. */
    void zoomAt(double x, double factor);
    /*! Moves by \a dx pixels (positive shows later days). */
    void panPixels(double dx);
    /*! Frames [\a first, \a last] with a margin of \a marginFraction of the span on each side. */
    void fit(JulianDay first, JulianDay last, double marginFraction = 0.04);

    /*! Days that the view can reach: all the years a date may have, deep time included. */
    static constexpr double kFirstReachableDay =
        double(JulianDay::fromYmd(-kDeepestYear, 1, 1).value);
    static constexpr double kLastReachableDay =
        double(JulianDay::fromYmd(kDeepestYear, 12, 31).value);
    /*! Zoom limits: about a day to all that is reachable (forty billion years). */
    static constexpr double kMinSpanDays = 1.0;
    static constexpr double kMaxSpanDays = kLastReachableDay - kFirstReachableDay;

    friend bool operator==(const TimelineViewport &, const TimelineViewport &) = default;

private:
    void clamp();
    double m_first = 0;
    double m_span = 1;
    double m_width = 1;
};

/*! The unit one tick level steps by. */
enum class TickUnit { Day, Month, Year };

/*! A tick level: every \a step units, e.g. every 3 months, every 10 years, every billion years. */
struct TickLevel
{
    TickUnit unit;
    qint64 step;
    friend bool operator==(const TickLevel &, const TickLevel &) = default;
};

struct Tick
{
    JulianDay day;
    double x = 0;
    QString label;
};

/*!
 * Chooses and lays out the ticks of the time axis. The finest level whose ticks are at least
 * \a minSpacing pixels apart is chosen — from days up to billions of years — and a coarser second
 * band names the larger unit (years above months, months above days, centuries above decades).
 */
class TimeAxis final
{
public:
    /*! Levels from finest to coarsest. */
    static const QList<TickLevel> &levels();
    /*! The finest level whose ticks are at least \a minSpacing pixels apart. */
    static TickLevel levelFor(const TimelineViewport &viewport, double minSpacing);
    /*! The coarser level that names the band above \a level. */
    static TickLevel bandLevelFor(TickLevel level);
    /*!
     * Ticks of \a level inside the viewport, starting with the one at or before its first day.
     * Labels name the tick ("Apr", "2014"); with \a band they name the whole unit it starts
     * ("April 2014", "1990s").
     */
    static QList<Tick> ticks(const TimelineViewport &viewport, TickLevel level,
                             const QLocale &locale = QLocale(), bool band = false);
    /*! Typical days between two ticks of \a level. */
    static double approximateDays(TickLevel level);
};

} // namespace entente::core
