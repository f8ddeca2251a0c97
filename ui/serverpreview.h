// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maths/timeaxis.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace entente::ui {

class PreviewWorker;

/*!
 * What a large database on a server holds, shown while its index is still on its way: how many
 * events begin in each part of the span, overall and for the countries with the most events, as
 * the server's summary counts them (core::ServerSummary), with the time axis. Zoom with the wheel,
 * Ctrl+= / Ctrl+− or + / −, 0 to fit; pan by dragging or ←/→. Each change asks the server once,
 * on a thread of its own; a newer question cancels the one running. Drawn in the palette's
 * colours.
 */
class ServerPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPreview(QWidget *parent = nullptr);
    ~ServerPreview() override;

    /*!
     * Reads the summary of the database at \a address (a postgresql:// address) on a thread of
     * its own: ready() follows, or unavailable() when it has none (schema 1) or cannot be read.
     */
    void start(const QString &address);
    /*! Stops asking (a question running is cancelled) and forgets the database. */
    void stop();

    /*! The events the database holds, as its summary counts them (after ready()). */
    qint64 eventCount() const { return m_events; }
    /*! The lanes shown after the overall one: the countries with the most events. */
    QStringList laneNames() const { return m_laneNames; }
    const core::TimelineViewport &viewport() const { return m_viewport; }
    /*! Counts per part, overall, for the span last answered (empty before the first answer). */
    const std::vector<qint64> &totals() const { return m_total; }
    /*! Questions answered by the server since start(). */
    int answers() const { return m_answers; }

    QSize sizeHint() const override { return {900, 420}; }

Q_SIGNALS:
    /*! The summary answered: \a events in the database. */
    void ready(qint64 events);
    /*! Nothing to show: \a why says why (one sentence). */
    void unavailable(const QString &why);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Opened;
    struct Counted;
    void opened(const Opened &opened);
    void counted(const Counted &counted);
    void ask();
    QString caption() const;
    QRectF captionRect() const;
    QRectF lanesRect() const;
    int buckets() const;

    PreviewWorker *m_worker = nullptr; // retires itself (PreviewWorker::retire())
    int m_generation = 0;              // the question asked last; older answers are dropped
    bool m_asking = false;
    bool m_askAgain = false;
    qint64 m_events = 0;
    QList<qint64> m_laneIds;
    QStringList m_laneNames;
    qint64 m_firstDay = 0, m_lastDay = 0;
    core::TimelineViewport m_viewport;
    std::vector<qint64> m_total;
    std::vector<std::vector<qint64>> m_lanes;
    core::TimelineViewport m_counted; // the span m_total and m_lanes are of
    int m_answers = 0;
    QString m_error;
    double m_pressX = 0;
};

} // namespace entente::ui
