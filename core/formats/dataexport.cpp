// SPDX-License-Identifier: GPL-3.0-or-later
// Streams events from the store through a format's writer into a guarded file.

#include "formats/dataexport.h"

#include "formats/format.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::DataExport)
};

// The bytes of the events of half a batch that the format could show, one after the other with
// the format's separator between them: one block, so that one piece per half is written and
// freed, not one (allocated on the pool's thread) per event.
struct Formatted
{
    QByteArray bytes;
    qsizetype shown = 0;
};

Formatted format(const Event *from, const Event *to, const FormatWriter &writer)
{
    Formatted formatted;
    const QByteArrayView separator(writer.separator);
    for (const Event *event = from; event != to; ++event) {
        if (auto bytes = writer.event(*event)) {
            if (formatted.shown++ > 0)
                formatted.bytes += separator;
            else
                formatted.bytes.reserve(bytes->size() * (to - from) * 9 / 8);
            formatted.bytes += *bytes;
        }
    }
    return formatted;
}

// Writes the formatted halves, in the order given, on a thread of its own: copying the bytes into
// the kernel was a fifth of the reading thread's time. At most a few halves wait, so memory
// stays flat. Between start and finish() the file is this thread's alone.
class OrderedWriter final
{
public:
    OrderedWriter(QIODevice &file, const char *separator) : m_file(file), m_separator(separator)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~OrderedWriter() { finish(); }

    /*! Queues \a half, waiting while the queue is full. */
    void push(const QFuture<Formatted> &half)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= kWaiting)
            m_changed.wait(&m_mutex);
        m_queue.push_back(half);
        m_changed.wakeAll();
    }
    /*! A write fell short; what follows is not written. */
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    /*! Writes what was queued and ends the thread; returns how many events were written. */
    qsizetype finish()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_closed = true;
            m_changed.wakeAll();
        }
        if (m_thread) {
            m_thread->wait();
            m_thread.reset();
        }
        return m_shown;
    }

private:
    static constexpr size_t kWaiting = 6;

    void run()
    {
        for (;;) {
            QFuture<Formatted> half;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_closed)
                    m_changed.wait(&m_mutex);
                if (m_queue.empty())
                    return;
                half = m_queue.front();
                m_queue.pop_front();
                m_changed.wakeAll();
            }
            const Formatted formatted = half.result();
            if (formatted.shown == 0 || failed())
                continue;
            if (m_shown > 0)
                write(QByteArray::fromRawData(m_separator, qstrlen(m_separator)));
            write(formatted.bytes);
            m_shown += formatted.shown;
        }
    }
    // Written in pieces whose length is checked: a short write is not always an error QSaveFile
    // sees.
    void write(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            m_failed.store(true, std::memory_order_relaxed);
    }

    QIODevice &m_file;
    const char *const m_separator;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QFuture<Formatted>> m_queue;
    bool m_closed = false;
    std::atomic<bool> m_failed = false;
    qsizetype m_shown = 0; // the writing thread's until finish()
};

// A batch of events being formatted, in two halves on the pool. Its events are freed on the
// thread that read them once both halves are done (glibc's allocator takes a lock for memory
// freed on another thread's arena).
struct Batch
{
    std::vector<Event> events;
    std::array<QFuture<Formatted>, 2> halves;

    bool isFinished() const { return halves[0].isFinished() && halves[1].isFinished(); }
    void waitForFinished()
    {
        for (QFuture<Formatted> &half : halves)
            half.waitForFinished();
    }
};

constexpr size_t kBatchEvents = 1024;
constexpr size_t kBatchesFormatting = 3;

// Writes the events to \a file; the caller (writeFileAtomically) commits or cancels. Events are
// read on this thread, formatted on the pool and written on the OrderedWriter's thread, a batch
// at a time, so memory stays flat however many there are.
bool writeEvents(QIODevice &file, EventStore &store, const QList<qint64> &ids,
                 const FormatWriter &writer, const QString &title, QString *error,
                 const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    const QByteArray head = writer.head(title);
    bool written = file.write(head) == head.size();
    qsizetype read = 0;
    bool cancelled = false;
    std::vector<Event> filling;
    std::deque<Batch> formatting;
    OrderedWriter ordered(file, writer.separator);
    auto handOver = [&] {
        if (filling.empty())
            return;
        Batch &batch = formatting.emplace_back();
        batch.events = std::move(filling);
        const Event *first = batch.events.data();
        const Event *middle = first + batch.events.size() / 2;
        const Event *last = first + batch.events.size();
        batch.halves = {QtConcurrent::run(format, first, middle, std::cref(writer)),
                        QtConcurrent::run(format, middle, last, std::cref(writer))};
        for (const QFuture<Formatted> &half : batch.halves)
            ordered.push(half);
        // The events of batches formatted are no longer needed.
        while (!formatting.empty() &&
               (formatting.front().isFinished() || formatting.size() > kBatchesFormatting)) {
            formatting.front().waitForFinished();
            formatting.pop_front();
        }
        filling = {};
        filling.reserve(kBatchEvents);
    };
    const bool readAll = written && store.readEvents(ids, [&](Event &event) {
        if ((read & 255) == 0 && progress &&
            !progress(double(read) / double(std::max<qsizetype>(1, ids.size())))) {
            cancelled = true;
            return false;
        }
        ++read;
        filling.push_back(std::move(event));
        if (filling.size() == kBatchEvents)
            handOver();
        return !ordered.failed();
    });
    handOver();
    const qsizetype shown = ordered.finish();
    for (Batch &batch : formatting)
        batch.waitForFinished();
    formatting.clear();
    written = written && !ordered.failed();
    if (cancelled) {
        *error = Text::tr("The export was cancelled; nothing was written.");
        return false;
    }
    if (written && !readAll) {
        *error = store.errorString();
        return false;
    }
    const QByteArray tail(writer.tail);
    written = written && file.write(tail) == tail.size();
    auto *fileDevice = qobject_cast<QFileDevice *>(&file);
    if (!written || (fileDevice && !fileDevice->flush())) {
        *error = cannotWriteMessage(
            fileDevice ? QFileInfo(fileDevice->fileName()).absoluteFilePath() : QString(),
            fileDevice);
        return false;
    }
    if (leftOut)
        *leftOut = read - shown;
    return true;
}

} // namespace

bool exportEvents(EventStore &store, const QList<qint64> &ids, const Format &format,
                  const OutputTarget &target, const QString &title, QString *error,
                  const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    if (!format.writer) {
        *error = Text::tr("Entente does not write %1 files.").arg(format.displayName());
        return false;
    }
    const FileCheck written = writeFileAtomically(target, [&](QIODevice &file,
                                                              QString *writeError) {
        return writeEvents(file, store, ids, *format.writer, title, writeError, progress, leftOut);
    });
    if (!written.ok())
        *error = written.message;
    return written.ok();
}

} // namespace entente::core
