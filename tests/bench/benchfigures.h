// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How entente-bench prints a figure and takes a median: shared by its measurements.

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace entente::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/*! One line: `name[n=N] value unit`. */
inline void figure(const char *name, qint64 n, double value, const char *unit)
{
    out() << name << "[n=" << n << "] " << QString::number(value, 'f', value < 10 ? 2 : 1) << ' '
          << unit << Qt::endl;
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

/*! Edits in the real window on a copy of \a path: write, index merge, views updated. */
void measureEdits(qint64 n, const QString &path);

} // namespace entente::bench
