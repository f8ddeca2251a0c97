// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpreview.h"

#include "colours.h"

#include "store/eventstore.h"
#include "store/serversummary.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QThread>
#include <QWheelEvent>

#include <cmath>
#include <functional>
#include <mutex>

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
constexpr double kAxisHeight = 34;

struct ServerPreview::Opened
{
    qint64 events = 0;
    QList<qint64> laneIds;
    QStringList laneNames;
    qint64 first = 0, last = 0;
    QString error;
};

struct ServerPreview::Counted
{
    int generation = 0;
    core::TimelineViewport span;
    core::ServerDensity density;
    QString error;
};

ServerPreview::ServerPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"serverPreview"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Events on the server, per period"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

ServerPreview::~ServerPreview()
{
    if (m_worker)
        PreviewWorker::retire(m_worker);
}

void ServerPreview::start(const QString &address)
{
    stop();
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
            out.events = facets->events;
            // The countries with the most events, most first.
            QList<std::pair<qint64, qint64>> ranked;
            for (auto it = facets->countries.cbegin(); it != facets->countries.cend(); ++it)
                ranked.append({-it.value(), it.key()});
            std::sort(ranked.begin(), ranked.end());
            QHash<qint64, QString> names;
            for (const core::Country &c : worker->store->countries())
                names.insert(c.id, c.displayName());
            for (qsizetype i = 0; i < std::min<qsizetype>(kMaxLanes, ranked.size()); ++i) {
                out.laneIds.append(ranked[i].second);
                out.laneNames.append(names.value(ranked[i].second));
            }
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
    ++m_generation;
    m_asking = m_askAgain = false;
    m_events = 0;
    m_laneIds.clear();
    m_laneNames.clear();
    m_total.clear();
    m_lanes.clear();
    m_answers = 0;
    m_error.clear();
    update();
}

void ServerPreview::opened(const Opened &opened)
{
    if (!opened.error.isEmpty() || opened.events == 0) {
        m_error = opened.error;
        Q_EMIT unavailable(opened.error.isEmpty() ? tr("The database holds no events.")
                                                  : opened.error);
        return;
    }
    m_events = opened.events;
    m_laneIds = opened.laneIds;
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
    const qint64 last = qint64(std::ceil(span.lastDay())) - 1;
    const int parts = buckets();
    const QList<qint64> lanes = m_laneIds;
    QPointer<ServerPreview> self(this);
    PreviewWorker *worker = m_worker;
    worker->post([=] {
        Counted out;
        out.generation = generation;
        out.span = span;
        if (const auto density =
                worker->summary->density({}, core::LaneMode::Countries, lanes, first,
                                         std::max(first, last), parts, &out.error))
            out.density = *density;
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
        m_counted = counted.span;
        ++m_answers;
    }
    update();
}

QString ServerPreview::caption() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_events == 0)
        return tr("Asking the server what it holds…");
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

QRectF ServerPreview::lanesRect() const
{
    const double top = captionRect().bottom() + kAxisHeight;
    return QRectF(kGutter, top, std::max(1.0, width() - kGutter - 8),
                  std::max(0.0, height() - top - 4));
}

void ServerPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_viewport.setWidth(lanesRect().width());
    ask();
}

void ServerPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRectF lanes = lanesRect();
    p.setPen(pal.color(QPalette::Text));
    const QRectF captionArea = captionRect();
    p.drawText(captionArea, Qt::TextWordWrap | Qt::AlignTop, caption());
    if (m_events == 0)
        return;

    // The axis.
    const QRectF axis(lanes.left(), captionArea.bottom(), lanes.width(), kAxisHeight);
    const core::TickLevel level = core::TimeAxis::levelFor(m_viewport, 80);
    const QColor grid = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15);
    for (const core::Tick &tick : core::TimeAxis::ticks(m_viewport, level, locale())) {
        const double x = lanes.left() + tick.x;
        if (x < lanes.left() || x > lanes.right())
            continue;
        p.setPen(grid);
        p.drawLine(QPointF(x, axis.top() + 18), QPointF(x, lanes.bottom()));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(x + 3, axis.top() + 14), tick.label);
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
    setFocus(Qt::MouseFocusReason);
}

void ServerPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_events == 0)
        return;
    m_viewport.panPixels(m_pressX - event->position().x());
    m_pressX = event->position().x();
    update();
    ask();
}

void ServerPreview::keyPressEvent(QKeyEvent *event)
{
    if (m_events == 0)
        return QWidget::keyPressEvent(event);
    const double middle = lanesRect().width() / 2;
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus)
        m_viewport.zoomAt(middle, 1.5);
    else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus)
        m_viewport.zoomAt(middle, 1 / 1.5);
    else if (event->key() == Qt::Key_0)
        m_viewport.fit({m_firstDay}, {m_lastDay});
    else if (event->key() == Qt::Key_Left)
        m_viewport.panPixels(-lanesRect().width() / 8);
    else if (event->key() == Qt::Key_Right)
        m_viewport.panPixels(lanesRect().width() / 8);
    else
        return QWidget::keyPressEvent(event);
    update();
    ask();
}

} // namespace entente::ui
