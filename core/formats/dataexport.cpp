// SPDX-License-Identifier: GPL-3.0-or-later
// Streams events from the store through a format's writer into a guarded file.

#include "formats/dataexport.h"

#include "formats/format.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <optional>
#include <vector>

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::DataExport)
};

// A batch of events on its way to the file: read on the caller's thread, turned into bytes in
// two halves on the pool while the next batch is read, written in order by the caller. Its events
// are freed on the thread that allocated them (glibc's allocator takes a lock for memory freed on
// another thread's arena).
struct Batch
{
    std::vector<Event> events;
    std::array<QFuture<std::vector<QByteArray>>, 2> halves; // the events the format could show
};

constexpr size_t kBatchEvents = 1024;

std::vector<QByteArray> format(const Event *from, const Event *to, const FormatWriter &writer)
{
    std::vector<QByteArray> shown;
    shown.reserve(size_t(to - from));
    for (const Event *event = from; event != to; ++event) {
        if (auto bytes = writer.event(*event))
            shown.push_back(std::move(*bytes));
    }
    return shown;
}

// Writes the events to \a file; the caller (writeFileAtomically) commits or cancels.
bool writeEvents(QIODevice &file, EventStore &store, const QList<qint64> &ids,
                 const FormatWriter &writer, const QString &title, QString *error,
                 const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    // Written in pieces whose length is checked: a short write is not always an error QSaveFile
    // sees. Events are read and written a batch at a time, so memory stays flat however many
    // there are.
    bool written = true;
    auto write = [&](const QByteArray &bytes) {
        written = written && file.write(bytes) == bytes.size();
    };
    write(writer.head(title));
    qsizetype read = 0;
    qsizetype shown = 0;
    bool cancelled = false;
    std::vector<Event> filling;
    std::optional<Batch> formatting;
    // Waits for the batch being formatted and writes it, a separator between events.
    auto drain = [&] {
        if (!formatting)
            return;
        for (QFuture<std::vector<QByteArray>> &half : formatting->halves) {
            for (const QByteArray &bytes : half.takeResult()) {
                if (shown++ > 0)
                    write(QByteArray::fromRawData(writer.separator, qstrlen(writer.separator)));
                write(bytes);
            }
        }
        formatting.reset();
    };
    auto handOver = [&] {
        drain();
        formatting.emplace();
        formatting->events = std::move(filling);
        const Event *first = formatting->events.data();
        const Event *middle = first + formatting->events.size() / 2;
        const Event *last = first + formatting->events.size();
        formatting->halves = {QtConcurrent::run(format, first, middle, std::cref(writer)),
                              QtConcurrent::run(format, middle, last, std::cref(writer))};
        filling = {};
        filling.reserve(kBatchEvents);
    };
    const bool readAll = store.readEvents(ids, [&](Event &event) {
        if ((read & 255) == 0 && progress &&
            !progress(double(read) / double(std::max<qsizetype>(1, ids.size())))) {
            cancelled = true;
            return false;
        }
        ++read;
        filling.push_back(std::move(event));
        if (filling.size() == kBatchEvents)
            handOver();
        return written;
    });
    handOver();
    drain();
    if (cancelled) {
        *error = Text::tr("The export was cancelled; nothing was written.");
        return false;
    }
    if (!readAll) {
        *error = store.errorString();
        return false;
    }
    write(QByteArray(writer.tail));
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
