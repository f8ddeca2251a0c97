// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventindex.h"
#include "maths/timeaxis.h"
#include "store/serversummary.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

namespace entente::ui {

class PreviewWorker;
class ServerPreview;

/*!
 * The timeline of a large database on a server, drawn from what the server counts
 * (core::ServerSummary) instead of a loaded index: how many events begin in each part of the
 * span, overall and for the countries with the most events, with the time axis; and, when the
 * window holds few enough (kMaxMarks), each event beginning in it as a mark with its title. It is
 * shown while a large database's index is on its way, and — live — as the window's timeline for
 * a database too large to load, where it also follows the filter and gives the filter panel's
 * counts and the charts (countsAnswered()).
 *
 * Zoom with the wheel, Ctrl+= / Ctrl+− or + / −, 0 to fit; pan by dragging or ←/→; N and P (or
 * a click) select the next and previous mark, Escape clears, Enter zooms to it. Each change asks
 * the server once, on a thread of its own; a newer question cancels the one running. Counts and
 * charts are asked on a second thread and connection, so that a long count never holds up a pan.
 * Drawn in the palette's colours.
 */
/*!
 * The events a ServerPreview draws as marks, as a table under it: date as stated, title and
 * countries, in date order; a row not yet reviewed by a person says so in its date cell's tooltip
 * and in italics.
 */
class ServerMarksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, CountriesColumn, ColumnCount };
    explicit ServerMarksModel(const ServerPreview *preview, QObject *parent = nullptr);

    /*! Reads the preview's marks again. */
    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ServerPreview *m_preview;
    std::vector<core::ServerMark> m_marks;
    QHash<qint64, QString> m_names; // country id → name
};

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
    /*!
     * Live: the window's timeline of a database too large to load (the caption says so, and the
     * filter's counts and charts are asked too); else shown while the index loads.
     */
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /*!
     * Counts what \a filter selects from now on; live, its facets and charts too, named with the
     * countries and topics of \a vocabulary.
     */
    void setFilter(const core::EventFilter &filter,
                   std::shared_ptr<const core::EventIndex> vocabulary);
    /*! Asks everything again (others changed events on the server). */
    void refresh();

    /*! Every event's counts, unfiltered, as the summary gave them when opened (after ready()). */
    const core::ServerFacets &wholeDatabase() const { return m_whole; }
    /*! The database's countries, topics and types, read when opened (after ready()). */
    const QList<core::Country> &countries() const { return m_countries; }
    const QList<core::Topic> &topics() const { return m_topics; }
    const QList<core::EventType> &eventTypes() const { return m_types; }
    /*! The events drawn as marks: empty while the window holds more than kMaxMarks. */
    const std::vector<core::ServerMark> &marks() const { return m_marks; }
    /*! Where the mark of \a id is drawn (empty when it is not). */
    QRectF markRect(qint64 id) const;
    qint64 selectedEventId() const { return m_selected; }
    /*! Selects the mark of \a id (-1: none), as a click does. */
    void selectEvent(qint64 id);
    /*! A window with at most this many events beginning in it shows them as marks. */
    static constexpr int kMaxMarks = 5000;

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
    /*!
     * Live: the filter's counts (the filter panel's) and its \a charts, as the server answered
     * them; \a error, when not empty, says why there are none.
     */
    void countsAnswered(const core::ServerFacets &facets,
                        std::shared_ptr<const core::EventCharts> charts, const QString &error);
    /*! The user selected the mark of event \a id (-1: none). */
    void eventSelected(qint64 id);
    /*! marks() changed: another window, filter or answer. */
    void marksChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Opened;
    struct Counted;
    struct Tallied;
    struct MarkBox
    {
        QRectF box;          //!< the mark: its days, at least a few pixels wide
        QRectF label;        //!< its title, after the box
        bool drawn = false;  //!< false: no row had room for it
        bool inside = false; //!< the title is drawn inside the box
    };
    void opened(const Opened &opened);
    void counted(const Counted &counted);
    void tallied(const Tallied &tallied);
    void ask();
    void askCounts();
    QString caption() const;
    QRectF captionRect() const;
    QRectF marksRect() const;
    QRectF lanesRect() const;
    int buckets() const;
    /*! Where each mark of m_marks is drawn, in their order. */
    std::vector<MarkBox> layoutMarks() const;
    void paintMarks(QPainter &p);
    qsizetype markAt(const QPointF &point) const;
    void stepSelection(int step);

    PreviewWorker *m_worker = nullptr; // retires itself (PreviewWorker::retire())
    int m_generation = 0;              // the question asked last; older answers are dropped
    bool m_asking = false;
    bool m_askAgain = false;
    // The counts and charts, live: a worker and a question of their own.
    PreviewWorker *m_countsWorker = nullptr;
    int m_countsGeneration = 0;
    bool m_countsAsking = false;
    bool m_countsAgain = false;
    QString m_address;
    bool m_live = false;
    core::EventFilter m_filter;
    std::shared_ptr<const core::EventIndex> m_vocabulary;
    core::ServerFacets m_whole;
    QList<core::Country> m_countries;
    QList<core::Topic> m_topics;
    QList<core::EventType> m_types;
    qint64 m_matching = -1; // events the filter selects, once counted (live)
    std::vector<core::ServerMark> m_marks;
    qint64 m_selected = -1;
    qsizetype m_hiddenMarks = 0; // marks that had no room when last drawn
    bool m_dragged = false;
    qint64 m_events = 0;
    QList<qint64> m_countryLanes; // the countries with the most events the filter selects
    QList<qint64> m_topicLanes;   // likewise the topics
    std::optional<core::LaneMode> m_laneMode = core::LaneMode::Countries; // of m_laneNames
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
