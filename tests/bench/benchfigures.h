// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How entente-bench prints a figure and takes a median: shared by its measurements.

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace entente::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/*! What every figure's name starts with: "server_" when measured on a PostgreSQL server. */
inline QString &figurePrefix()
{
    static QString prefix;
    return prefix;
}

/*! One line: `name[n=N] value unit`. */
inline void figure(const char *name, qint64 n, double value, const char *unit)
{
    out() << figurePrefix() << name << "[n=" << n << "] "
          << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

/*! The median of \a times (milliseconds). */
inline double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times.empty() ? 0 : times[times.size() / 2];
}

template<typename F> double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work(i);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

/*!
 * The longest time the GUI thread's event loop is blocked (a visible stall) while it runs: a
 * zero-interval timer fires whenever the loop is free, and the largest gap between two of its
 * ticks is the longest block.
 */
class GuiBlockMeter
{
public:
    GuiBlockMeter()
    {
        m_clock.start();
        m_heartbeat.setInterval(0);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, (now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
        m_heartbeat.start();
    }
    /*! Stops, and returns the longest block since start(), in milliseconds. */
    double stop()
    {
        m_heartbeat.stop();
        return m_longest;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_heartbeat;
    qint64 m_last = 0;
    double m_longest = 0;
};

/*! Edits in the real window on a copy of \a path: write, index merge, views updated. */
void measureEdits(qint64 n, const QString &path);

} // namespace entente::bench
