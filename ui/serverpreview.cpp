// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpreview.h"

#include "colours.h"

#include "index/dataset.h"
#include "index/eventtablemodel.h"
#include "store/eventstore.h"
#include "store/serversummary.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSqlQuery>
#include <QThread>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <functional>
#include <mutex>
#include <numeric>

namespace entente::ui {

using namespace Qt::StringLiterals;

/*!
 * The preview's thread, with its own connection to the server: jobs run there one after another,
 * and cancel() stops the statement of the one running from any thread.
 */
class PreviewWorker final
{
public:
    PreviewWorker()
    {
        m_thread.setObjectName(u"entente-preview"_s);
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    /*!
     * Cancels what runs and ends the thread once its jobs are done, without waiting for it (a
     * server that does not answer a connection would hold the GUI thread); the worker then
     * deletes itself, its connection closed on its own thread.
     */
    static void retire(PreviewWorker *worker)
    {
        worker->cancel();
        static bool reaping = [] {
            // Workers still ending when the application goes are waited for then (briefly).
            qAddPostRoutine([] {
                for (PreviewWorker *w : std::exchange(retired(), {}))
                    if (w->m_thread.wait(5000))
                        delete w;
            });
            return true;
        }();
        Q_UNUSED(reaping);
        retired().append(worker);
        QObject::connect(
            &worker->m_thread, &QThread::finished, qApp,
            [worker] {
                if (retired().removeOne(worker)) {
                    worker->m_thread.wait();
                    delete worker;
                }
            },
            Qt::QueuedConnection);
        worker->post([worker] {
            {
                std::lock_guard lock(worker->m_mutex);
                worker->summary.reset();
                worker->store.reset();
            }
            worker->m_thread.quit();
        });
    }

    void post(std::function<void()> job)
    {
        QMetaObject::invokeMethod(&m_context, std::move(job), Qt::QueuedConnection);
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        if (summary)
            summary->cancel();
    }
    /*! Opens \a address (on the worker's thread); false with \a error. */
    bool open(const QString &address, QString *error)
    {
        auto opened = std::make_unique<core::EventStore>();
        if (!opened->open(address)) {
            *error = opened->errorString();
            return false;
        }
        std::lock_guard lock(m_mutex);
        store = std::move(opened);
        summary = std::make_unique<core::ServerSummary>(store->database());
        return true;
    }

    // Used on the worker's thread only (and reset under the mutex).
    std::unique_ptr<core::EventStore> store;
    std::unique_ptr<core::ServerSummary> summary;

private:
    // Workers retired and not yet deleted (touched on the GUI thread only).
    static QList<PreviewWorker *> &retired()
    {
        static QList<PreviewWorker *> list;
        return list;
    }

    QThread m_thread;
    QObject m_context;
    std::mutex m_mutex;
};

// Runs \a reply on the GUI thread (unless the application is already gone).
void answer(std::function<void()> reply)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, std::move(reply), Qt::QueuedConnection);
}

// How many countries get a lane of their own, at most.
constexpr int kMaxLanes = 24;
constexpr double kGutter = 150;
constexpr double kRowHeight = 22;
constexpr double kAxisHeight = 38;
constexpr double kMarkRowHeight = 20;

struct ServerPreview::Opened
{
    core::ServerFacets whole;
    QList<qint64> laneIds;
    QStringList laneNames;
    QList<core::Country> countries;
    QList<core::Topic> topics;
    QList<core::EventType> types;
    qint64 first = 0, last = 0;
    QString error;
};

struct ServerPreview::Counted
{
    int generation = 0;
    QStringList laneNames; // the lanes asked for, as drawn
    std::optional<core::LaneMode> laneMode;
    core::TimelineViewport span;
    core::ServerDensity density;
    std::vector<core::ServerMark> marks;
    QString error;
};

struct ServerPreview::Tallied
{
    int generation = 0;
    core::ServerFacets facets;
    std::shared_ptr<const core::EventCharts> charts;
    QList<qint64> lanes;     // the countries with the most events the filter selects
    bool partial = false;    // the facets only: the charts follow
    qint64 wholeEvents = -1; // every event of the database now (changes move it), -1 not asked
    QString error;
};

namespace {

// The keys with the most events of \a counts, most first, at most kMaxLanes.
QList<qint64> topOf(const QHash<qint64, qint64> &counts)
{
    QList<std::pair<qint64, qint64>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    QList<qint64> ids;
    for (qsizetype i = 0; i < std::min<qsizetype>(kMaxLanes, ranked.size()); ++i)
        ids.append(ranked[i].second);
    return ids;
}

} // namespace

ServerPreview::ServerPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"serverPreview"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Events on the server, per period"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMouseTracking(true);
}

ServerPreview::~ServerPreview()
{
    if (m_worker)
        PreviewWorker::retire(m_worker);
    if (m_countsWorker)
        PreviewWorker::retire(m_countsWorker);
}

void ServerPreview::start(const QString &address)
{
    stop();
    m_address = address;
    m_worker = new PreviewWorker;
    QPointer<ServerPreview> self(this);
    PreviewWorker *worker = m_worker;
    worker->post([worker, address, self] {
        Opened out;
        if (!worker->open(address, &out.error)) {
            // reported below
        } else if (!core::ServerSummary::isAvailable(worker->store->database())) {
            out.error = tr("The database on the server has no summary of its events (an older "
                           "Entente made it; entente server-init upgrades it).");
        } else if (const auto facets = worker->summary->facets({}, &out.error)) {
            out.whole = *facets;
            out.countries = worker->store->countries();
            out.topics = worker->store->topics();
            out.types = worker->store->eventTypes();
            QHash<qint64, QString> names;
            for (const core::Country &c : std::as_const(out.countries))
                names.insert(c.id, c.displayName());
            out.laneIds = topOf(facets->countries);
            for (qint64 id : std::as_const(out.laneIds))
                out.laneNames.append(names.value(id));
            QSqlQuery q(worker->store->database());
            if (q.exec(u"SELECT min(date_lower), max(date_lower) FROM event"_s) && q.next()) {
                out.first = q.value(0).toLongLong();
                out.last = q.value(1).toLongLong();
            }
        }
        answer([self, out] {
            if (self)
                self->opened(out);
        });
    });
}

void ServerPreview::stop()
{
    if (m_worker) // cancels what runs; the connection closes on its own thread
        PreviewWorker::retire(std::exchange(m_worker, nullptr));
    if (m_countsWorker)
        PreviewWorker::retire(std::exchange(m_countsWorker, nullptr));
    ++m_generation;
    ++m_countsGeneration;
    m_asking = m_askAgain = m_countsAsking = m_countsAgain = false;
    m_live = false;
    m_filter = {};
    m_vocabulary.reset();
    m_whole = {};
    m_countries.clear();
    m_topics.clear();
    m_types.clear();
    m_matching = -1;
    m_marks.clear();
    Q_EMIT marksChanged();
    m_selected = -1;
    m_events = 0;
    m_laneNames.clear();
    m_countryLanes.clear();
    m_topicLanes.clear();
    m_laneMode = core::LaneMode::Countries;
    m_total.clear();
    m_lanes.clear();
    m_answers = 0;
    m_error.clear();
    update();
}

void ServerPreview::setLive(bool live)
{
    m_live = live;
    setAccessibleName(live ? tr("Timeline of the events on the server")
                           : tr("Events on the server, per period"));
    update();
}

void ServerPreview::setFilter(const core::EventFilter &filter,
                              std::shared_ptr<const core::EventIndex> vocabulary)
{
    m_filter = filter;
    m_vocabulary = std::move(vocabulary);
    refresh();
}

void ServerPreview::refresh()
{
    ask();
    if (m_live)
        askCounts();
}

void ServerPreview::opened(const Opened &opened)
{
    if (!opened.error.isEmpty() || opened.whole.events == 0) {
        m_error = opened.error;
        Q_EMIT unavailable(opened.error.isEmpty() ? tr("The database holds no events.")
                                                  : opened.error);
        return;
    }
    m_whole = opened.whole;
    m_events = opened.whole.events;
    m_countries = opened.countries;
    m_topics = opened.topics;
    m_types = opened.types;
    m_countryLanes = opened.laneIds;
    m_topicLanes = topOf(opened.whole.topics);
    m_laneNames = opened.laneNames;
    m_firstDay = opened.first;
    m_lastDay = opened.last;
    m_viewport = core::TimelineViewport(0, 1, std::max(1.0, lanesRect().width()));
    m_viewport.fit({m_firstDay}, {m_lastDay});
    Q_EMIT ready(m_events);
    ask();
}

int ServerPreview::buckets() const
{
    // A part every 3 pixels, at most 400: enough to see the shape, few rows to read.
    return std::clamp(int(lanesRect().width() / 3), 1, 400);
}

void ServerPreview::ask()
{
    if (!m_worker || m_events == 0)
        return;
    if (m_asking) { // one question at a time: the running one is cancelled, this one follows
        m_askAgain = true;
        m_worker->cancel();
        return;
    }
    m_asking = true;
    const int generation = ++m_generation;
    const core::TimelineViewport span = m_viewport;
    const qint64 first = qint64(std::floor(span.firstDay()));
    const qint64 last = std::max(first, qint64(std::ceil(span.lastDay())) - 1);
    const int parts = buckets();
    // The lanes the summary counts quickly for this filter and zoom; none: only the total.
    const auto mode = core::ServerSummary::summaryLanes(m_filter, span.spanDays() / parts);
    QList<qint64> lanes;
    QStringList names;
    if (mode == core::LaneMode::Countries) {
        lanes = m_countryLanes;
        for (qint64 id : std::as_const(lanes))
            for (const core::Country &c : std::as_const(m_countries))
                if (c.id == id)
                    names.append(c.displayName());
    } else if (mode == core::LaneMode::Topics) {
        lanes = m_topicLanes;
        for (qint64 id : std::as_const(lanes))
            for (const core::Topic &t : std::as_const(m_topics))
                if (t.id == id)
                    names.append(t.name);
    }
    const core::EventFilter filter = m_filter;
    QPointer<ServerPreview> self(this);
    PreviewWorker *worker = m_worker;
    worker->post([=] {
        Counted out;
        out.generation = generation;
        out.span = span;
        out.laneNames = names;
        out.laneMode = mode;
        if (const auto density =
                worker->summary->density(filter, mode.value_or(core::LaneMode::Countries), lanes,
                                         first, last, parts, &out.error)) {
            out.density = *density;
            // Few enough events begin in the window: each one, to draw as a mark.
            const qint64 inWindow =
                std::accumulate(density->total.begin(), density->total.end(), qint64(0));
            if (inWindow <= kMaxMarks) {
                if (auto marks = worker->summary->marks(filter, first, last, kMaxMarks, &out.error))
                    out.marks = std::move(*marks);
            }
        }
        answer([self, out] {
            if (self)
                self->counted(out);
        });
    });
}

void ServerPreview::counted(const Counted &counted)
{
    if (counted.generation != m_generation)
        return; // stopped or restarted since
    m_asking = false;
    if (m_askAgain) {
        m_askAgain = false;
        ask(); // the view moved meanwhile: ask for what it shows now
        return;
    }
    if (!counted.error.isEmpty()) {
        m_error = counted.error;
    } else {
        m_error.clear();
        m_total = counted.density.total;
        m_lanes = counted.density.lanes;
        m_laneNames = counted.laneNames;
        m_laneMode = counted.laneMode;
        m_counted = counted.span;
        m_marks = counted.marks;
        m_hiddenMarks = 0;
        Q_EMIT marksChanged();
        if (m_marks.size() > size_t(kMaxMarks))
            m_marks.clear(); // more arrived since the count: too many to draw
        ++m_answers;
    }
    update();
}

void ServerPreview::askCounts()
{
    if (!m_live || m_events == 0 || !m_vocabulary)
        return;
    if (!m_countsWorker) {
        m_countsWorker = new PreviewWorker;
        PreviewWorker *worker = m_countsWorker;
        const QString address = m_address;
        worker->post([worker, address] {
            QString error;
            worker->open(address, &error); // a failure shows in the first answer
        });
    }
    if (m_countsAsking) {
        m_countsAgain = true;
        m_countsWorker->cancel();
        return;
    }
    m_countsAsking = true;
    const int generation = ++m_countsGeneration;
    const core::EventFilter filter = m_filter;
    const std::shared_ptr<const core::EventIndex> vocabulary = m_vocabulary;
    QPointer<ServerPreview> self(this);
    PreviewWorker *worker = m_countsWorker;
    worker->post([=] {
        Tallied out;
        out.generation = generation;
        if (!worker->summary) {
            out.error = tr("Cannot reach the server to count the events.");
        } else if (const auto facets = worker->summary->facets(filter, &out.error)) {
            out.facets = *facets;
            // How many the whole database holds now: a change since it opened moved it.
            if (filter == core::EventFilter()) {
                out.wholeEvents = facets->events;
            } else {
                QString unused;
                if (const auto whole = worker->summary->facets({}, &unused))
                    out.wholeEvents = whole->events;
            }
            // The panel's counts now; the charts, which may count from the events, after.
            Tallied first = out;
            first.partial = true;
            answer([self, first] {
                if (self)
                    self->tallied(first);
            });
            // The charts the summary gives at once, then those counted from the events (when
            // the summary gave them all, they are not asked twice).
            std::vector<qint64> perCountry;
            std::optional<core::EventCharts> charts;
            if (!filter.countries.isEmpty() || !filter.topics.isEmpty()) {
                QString unused;
                if (auto quick = worker->summary->charts(filter, *facets, *vocabulary, &unused,
                                                         &perCountry, false)) {
                    if (!quick->perCountry.pending && !quick->topics.pending) {
                        charts = std::move(quick);
                    } else {
                        Tallied second = out;
                        second.partial = true;
                        second.charts =
                            std::make_shared<const core::EventCharts>(std::move(*quick));
                        answer([self, second] {
                            if (self)
                                self->tallied(second);
                        });
                    }
                }
            }
            if (!charts)
                charts =
                    worker->summary->charts(filter, *facets, *vocabulary, &out.error, &perCountry);
            if (charts) {
                out.charts = std::make_shared<const core::EventCharts>(std::move(*charts));
                // The lanes: the countries with the most events the filter selects.
                core::ServerFacets selected;
                for (size_t ref = 0; ref < perCountry.size(); ++ref)
                    if (perCountry[ref] > 0)
                        selected.countries.insert(vocabulary->countries()[qsizetype(ref)].id,
                                                  perCountry[ref]);
                out.lanes = topOf(selected.countries);
            }
        }
        answer([self, out] {
            if (self)
                self->tallied(out);
        });
    });
}

void ServerPreview::tallied(const Tallied &tallied)
{
    if (tallied.generation != m_countsGeneration)
        return;
    if (tallied.partial) {
        if (m_countsAgain)
            return; // a newer filter is on its way
        if (tallied.wholeEvents >= 0)
            m_events = m_whole.events = tallied.wholeEvents;
        m_matching = tallied.facets.events;
        update();
        Q_EMIT countsAnswered(tallied.facets, tallied.charts, {});
        return;
    }
    m_countsAsking = false;
    if (m_countsAgain) {
        m_countsAgain = false;
        askCounts();
        return;
    }
    if (tallied.error.isEmpty()) {
        m_matching = tallied.facets.events;
        // The lanes: the countries (and topics) with the most events the filter selects.
        const QList<qint64> topics = topOf(tallied.facets.topics);
        if (tallied.lanes != m_countryLanes || topics != m_topicLanes) {
            m_countryLanes = tallied.lanes;
            m_topicLanes = topics;
            ask();
        }
    }
    update();
    Q_EMIT countsAnswered(tallied.facets, tallied.charts, tallied.error);
}

QString ServerPreview::caption() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_events == 0)
        return tr("Asking the server what it holds…");
    if (m_live) {
        const QString shown =
            m_matching < 0 ? tr("Counting the events the filter selects…")
            : m_matching == m_events
                ? tr("%Ln event(s) on the server.", nullptr, int(m_events))
                : tr("%L1 of %Ln event(s) on the server match the filter.", nullptr, int(m_events))
                      .arg(m_matching);
        // As last drawn (the layout depends on the caption's height).
        const qsizetype hidden = m_hiddenMarks;
        const QString marks =
            m_marks.empty()
                ? tr("Zoom in to a window of %L1 events or fewer to see each one.").arg(kMaxMarks)
            : hidden == 0
                ? tr("Each event beginning in this window is drawn; click one, or press N and P, "
                     "to read it.")
                : tr("The events beginning in this window; %Ln of them have no room (zoom in, or "
                     "press N and P to read each).",
                     nullptr, int(hidden));
        const int n = int(m_laneNames.size());
        const QString rows =
            n == 0 ? tr("How many begin in each period, as the server counts them.")
            : m_laneMode == core::LaneMode::Topics
                ? tr("How many begin in each period, in all and for the %n topics with the most, "
                     "as the server counts them; each row is shaded against its own busiest "
                     "period.",
                     nullptr, n)
                : tr("How many begin in each period, in all and for the %n countries with the "
                     "most, as the server counts them; each row is shaded against its own busiest "
                     "period.",
                     nullptr, n);
        return shown + u' ' + rows + u' ' + marks;
    }
    return tr("%L1 events on the server are loading. Meanwhile, how many begin in each period, in "
              "all and for the %n countries with the most, as the server counts them; each row "
              "is shaded against its own busiest period (darker: more). Scroll to zoom, drag to "
              "move.",
              nullptr, int(m_laneNames.size()))
        .arg(m_events);
}

QRectF ServerPreview::captionRect() const
{
    // As many lines as the text takes at this width (translations are longer).
    const QRect wrapped = fontMetrics().boundingRect(QRect(8, 6, std::max(1, width() - 16), 1000),
                                                     Qt::TextWordWrap, caption());
    return QRectF(8, 6, width() - 16, wrapped.height() + 6);
}

QRectF ServerPreview::marksRect() const
{
    // Below the axis, as tall as the rows the marks take.
    const double top = captionRect().bottom() + kAxisHeight;
    int rows = 0;
    for (const MarkBox &m : layoutMarks())
        if (m.drawn)
            rows = std::max(rows, int((m.box.top() - top) / kMarkRowHeight) + 1);
    return QRectF(kGutter, top, std::max(1.0, width() - kGutter - 8), rows * kMarkRowHeight);
}

QRectF ServerPreview::lanesRect() const
{
    const double top = captionRect().bottom() + kAxisHeight;
    return QRectF(kGutter, top, std::max(1.0, width() - kGutter - 8),
                  std::max(0.0, height() - top - 4));
}

std::vector<ServerPreview::MarkBox> ServerPreview::layoutMarks() const
{
    std::vector<MarkBox> out;
    if (m_marks.empty())
        return out;
    const double left = kGutter, right = width() - 8.0;
    const double top = captionRect().bottom() + kAxisHeight;
    // The marks take at most half of what is below the axis; the lanes the rest.
    const int maxRows = std::max(2, int((height() - top) / 2 / kMarkRowHeight));
    const QFontMetricsF metrics(font());
    // Each mark in the first row where the one before it (with its title) has ended.
    std::vector<double> rowEnds;
    for (const core::ServerMark &mark : m_marks) {
        const double x0 = left + m_viewport.xForDay(double(mark.lower));
        const double x1 = std::max(x0 + 6, left + m_viewport.xForDay(double(mark.upper + 1)));
        // A mark wide enough holds its title; a narrow one has it after it.
        const bool inside = x1 - x0 >= 48;
        const double labelWidth =
            inside ? 0 : std::min(220.0, metrics.horizontalAdvance(mark.title) + 4);
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > x0)
            ++row;
        MarkBox box;
        if (row == rowEnds.size()) {
            if (rowEnds.size() >= size_t(maxRows)) { // no room here: not drawn
                out.push_back(box);
                continue;
            }
            rowEnds.push_back(-1e9);
        }
        // Inside: a gap of 2 pixels before the next day's marks, which may share the row.
        rowEnds[row] = inside ? x1 - 1 : x1 + labelWidth + 6;
        const double y = top + double(row) * kMarkRowHeight;
        box.drawn = true;
        box.box =
            QRectF(QPointF(std::max(x0, left - 3), y + 3),
                   QPointF(std::min(inside ? x1 - 2 : x1, right + 3), y + kMarkRowHeight - 3));
        box.label = inside ? box.box.adjusted(4, -3, -3, 3)
                                 .intersected(QRectF(left, y, right - left, kMarkRowHeight))
                           : QRectF(x1 + 3, y, std::max(0.0, std::min(labelWidth, right - x1 - 3)),
                                    kMarkRowHeight);
        box.inside = inside;
        out.push_back(box);
    }
    return out;
}

QRectF ServerPreview::markRect(qint64 id) const
{
    const std::vector<MarkBox> boxes = layoutMarks();
    for (size_t i = 0; i < m_marks.size(); ++i)
        if (m_marks[i].id == id)
            return boxes[i].box;
    return {};
}

qsizetype ServerPreview::markAt(const QPointF &point) const
{
    const std::vector<MarkBox> boxes = layoutMarks();
    for (size_t i = boxes.size(); i-- > 0;) // the last drawn is on top
        if (boxes[i].drawn &&
            (boxes[i].box.adjusted(-2, -2, 2, 2).contains(point) || boxes[i].label.contains(point)))
            return qsizetype(i);
    return -1;
}

void ServerPreview::selectEvent(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
    Q_EMIT eventSelected(id);
}

void ServerPreview::stepSelection(int step)
{
    if (m_marks.empty())
        return;
    qsizetype at = -1;
    for (size_t i = 0; i < m_marks.size(); ++i)
        if (m_marks[i].id == m_selected)
            at = qsizetype(i);
    const qsizetype next = at < 0 ? (step > 0 ? 0 : qsizetype(m_marks.size()) - 1)
                                  : std::clamp<qsizetype>(at + step, 0, m_marks.size() - 1);
    selectEvent(m_marks[size_t(next)].id);
}

void ServerPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_viewport.setWidth(lanesRect().width());
    ask();
}

void ServerPreview::paintMarks(QPainter &p)
{
    const QPalette &pal = palette();
    const std::vector<MarkBox> boxes = layoutMarks();
    const qsizetype hidden =
        std::count_if(boxes.begin(), boxes.end(), [](const MarkBox &b) { return !b.drawn; });
    if (hidden != m_hiddenMarks) { // the caption says how many: drawn again with it
        m_hiddenMarks = hidden;
        QMetaObject::invokeMethod(this, qOverload<>(&QWidget::update), Qt::QueuedConnection);
    }
    const QColor fill = pal.color(QPalette::Highlight);
    for (size_t i = 0; i < boxes.size(); ++i) {
        if (!boxes[i].drawn)
            continue;
        const core::ServerMark &mark = m_marks[i];
        const bool selected = mark.id == m_selected;
        // Not reviewed by a person: drawn hollow and dashed, as the timeline draws it.
        QPen pen(selected ? pal.color(QPalette::Text) : fill.darker(130), selected ? 2 : 1);
        if (mark.unreviewed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(mark.unreviewed ? QBrush(pal.color(QPalette::Base)) : QBrush(fill));
        p.drawRoundedRect(boxes[i].box, 3, 3);
        if (boxes[i].label.width() > 12) {
            p.setPen(pal.color(boxes[i].inside && !mark.unreviewed ? QPalette::HighlightedText
                                                                   : QPalette::Text));
            QFont f = font();
            f.setBold(selected);
            p.setFont(f);
            p.drawText(
                boxes[i].label, Qt::AlignVCenter | Qt::AlignLeft,
                QFontMetricsF(f).elidedText(mark.title, Qt::ElideRight, boxes[i].label.width()));
            p.setFont(font());
        }
    }
}

void ServerPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRectF marksArea = marksRect();
    QRectF lanes = lanesRect();
    lanes.setTop(marksArea.bottom() + (marksArea.height() > 0 ? 6 : 0));
    p.setPen(pal.color(QPalette::Text));
    const QRectF captionArea = captionRect();
    p.drawText(captionArea, Qt::TextWordWrap | Qt::AlignTop, caption());
    if (m_events == 0)
        return;

    // The axis.
    const QRectF axis(lanes.left(), captionArea.bottom(), lanes.width(), kAxisHeight);
    const core::TickLevel level = core::TimeAxis::levelFor(m_viewport, 80);
    const QColor grid = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15);
    // The band above names what the ticks are of ("2002", "June 2002"); kept in view at the
    // left while its start is off screen.
    const QList<core::Tick> bands =
        core::TimeAxis::ticks(m_viewport, core::TimeAxis::bandLevelFor(level), locale(), true);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const double x = std::max(lanes.left(), lanes.left() + bands[i].x);
        const double next = i + 1 < bands.size() ? lanes.left() + bands[i + 1].x : lanes.right();
        if (x > lanes.right() || next <= lanes.left())
            continue;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x + 3, axis.top(), std::max(0.0, next - x - 3), 16),
                   Qt::AlignLeft | Qt::AlignVCenter, bands[i].label);
    }
    for (const core::Tick &tick : core::TimeAxis::ticks(m_viewport, level, locale())) {
        const double x = lanes.left() + tick.x;
        if (x < lanes.left() || x > lanes.right())
            continue;
        p.setPen(grid);
        p.drawLine(QPointF(x, axis.top() + 18), QPointF(x, lanes.bottom()));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(x + 3, axis.top() + 30), tick.label);
    }
    if (!m_marks.empty()) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(8, marksArea.top(), kGutter - 16, kMarkRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, tr("Events"));
        p.save();
        p.setClipRect(marksArea.adjusted(-4, 0, 4, 0));
        paintMarks(p);
        p.restore();
    }

    // The rows: all events, then each country's, as cells whose colour grows with the count.
    const QColor low = pal.color(QPalette::Base);
    const QColor high = pal.color(QPalette::Highlight);
    const int rows = std::min<int>(int(m_laneNames.size()) + 1, int(lanes.height() / kRowHeight));
    // The cells are of the span last counted, placed where that span is drawn now.
    const double cellDays = m_counted.spanDays() / std::max<size_t>(1, m_total.size());
    for (int row = 0; row < rows; ++row) {
        const std::vector<qint64> *counts =
            row == 0 ? &m_total
                     : (size_t(row - 1) < m_lanes.size() ? &m_lanes[size_t(row - 1)] : nullptr);
        const double y = lanes.top() + row * kRowHeight;
        p.setPen(pal.color(QPalette::Text));
        const QString name = row == 0 ? tr("All events") : m_laneNames.value(row - 1);
        p.drawText(QRectF(8, y, kGutter - 16, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(name, Qt::ElideRight, int(kGutter - 16)));
        if (!counts || counts->empty())
            continue;
        const qint64 peak = std::max<qint64>(1, *std::max_element(counts->begin(), counts->end()));
        for (size_t i = 0; i < counts->size(); ++i) {
            if ((*counts)[i] == 0)
                continue;
            const double from = m_counted.firstDay() + double(i) * cellDays;
            const double x0 = lanes.left() + m_viewport.xForDay(from);
            const double x1 = lanes.left() + m_viewport.xForDay(from + cellDays);
            if (x1 < lanes.left() || x0 > lanes.right())
                continue;
            // Square root: a lane's quiet years stay visible beside its busiest.
            const double t = 0.15 + 0.85 * std::sqrt(double((*counts)[i]) / double(peak));
            p.fillRect(QRectF(QPointF(std::max(x0, lanes.left()), y + 3),
                              QPointF(std::min(x1 + 0.5, lanes.right()), y + kRowHeight - 3)),
                       mix(low, high, t));
        }
    }
}

bool ServerPreview::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype at = markAt(help->pos());
        if (at < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const core::ServerMark &mark = m_marks[size_t(at)];
        QString tip = mark.title.toHtmlEscaped();
        if (mark.unreviewed)
            tip += u"<br><i>"_s + core::Dataset::notReviewedText().toHtmlEscaped() + u"</i>"_s;
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void ServerPreview::wheelEvent(QWheelEvent *event)
{
    if (m_events == 0)
        return;
    const double steps = event->angleDelta().y() / 120.0;
    m_viewport.zoomAt(event->position().x() - lanesRect().left(), std::pow(1.25, steps));
    update();
    ask();
    event->accept();
}

void ServerPreview::mousePressEvent(QMouseEvent *event)
{
    m_pressX = event->position().x();
    m_dragged = false;
    setFocus(Qt::MouseFocusReason);
}

void ServerPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_events == 0)
        return;
    if (std::abs(m_pressX - event->position().x()) < 1)
        return;
    m_dragged = true;
    m_viewport.panPixels(m_pressX - event->position().x());
    m_pressX = event->position().x();
    update();
    ask();
}

void ServerPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged || event->button() != Qt::LeftButton)
        return;
    const qsizetype at = markAt(event->position());
    selectEvent(at < 0 ? -1 : m_marks[size_t(at)].id);
}

void ServerPreview::keyPressEvent(QKeyEvent *event)
{
    if (m_events == 0)
        return QWidget::keyPressEvent(event);
    const double middle = lanesRect().width() / 2;
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus ||
        event->key() == Qt::Key_Equal) {
        m_viewport.zoomAt(middle, 1.5);
    } else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        m_viewport.zoomAt(middle, 1 / 1.5);
    } else if (event->key() == Qt::Key_0) {
        m_viewport.fit({m_firstDay}, {m_lastDay});
    } else if (event->key() == Qt::Key_Left) {
        m_viewport.panPixels(-lanesRect().width() / 8);
    } else if (event->key() == Qt::Key_Right) {
        m_viewport.panPixels(lanesRect().width() / 8);
    } else if (event->key() == Qt::Key_N) {
        return stepSelection(1);
    } else if (event->key() == Qt::Key_P) {
        return stepSelection(-1);
    } else if (event->key() == Qt::Key_Escape) {
        return selectEvent(-1);
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
               m_selected >= 0) {
        for (const core::ServerMark &mark : m_marks)
            if (mark.id == m_selected)
                m_viewport.fit({mark.lower - 3}, {mark.upper + 3});
    } else {
        return QWidget::keyPressEvent(event);
    }
    update();
    ask();
}

// --- the marks as a table

ServerMarksModel::ServerMarksModel(const ServerPreview *preview, QObject *parent)
    : QAbstractTableModel(parent), m_preview(preview)
{}

void ServerMarksModel::reload()
{
    beginResetModel();
    m_marks = m_preview->marks();
    m_names.clear();
    for (const core::Country &c : m_preview->countries())
        m_names.insert(c.id, c.displayName());
    endResetModel();
}

qint64 ServerMarksModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_marks.size() ? m_marks[size_t(row)].id : -1;
}

int ServerMarksModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_marks.size(); ++i)
        if (m_marks[i].id == id)
            return int(i);
    return -1;
}

int ServerMarksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_marks.size());
}

int ServerMarksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerMarksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::ServerMark &mark = m_marks[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            if (const auto date = core::PartialDate::fromEdtf(mark.date))
                return date->toDisplayString();
            return mark.date;
        case TitleColumn:
            return mark.title;
        case CountriesColumn: {
            QStringList names;
            for (qint64 id : mark.countries)
                names.append(m_names.value(id));
            return names.join(u", "_s);
        }
        }
    }
    if (role == Qt::ToolTipRole && mark.unreviewed)
        return core::Dataset::notReviewedText();
    if (role == Qt::FontRole && mark.unreviewed) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

QVariant ServerMarksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The first columns of the events' table, named as there.
    static_assert(int(DateColumn) == int(core::EventTableModel::DateColumn) &&
                  int(TitleColumn) == int(core::EventTableModel::TitleColumn) &&
                  int(CountriesColumn) == int(core::EventTableModel::CountriesColumn));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return core::EventTableModel::columnTitle(section);
}

} // namespace entente::ui
