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

#include <vector>

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::DataExport)
};

// Why \a file could not take everything, in one sentence.
QString writeFailure(QIODevice &file)
{
    auto *fileDevice = qobject_cast<QFileDevice *>(&file);
    const QString reason = !fileDevice || fileDevice->error() == QFileDevice::NoError
                               ? Text::tr("not all of it could be written; the disk may be full")
                               : fileDevice->errorString();
    return Text::tr("Cannot write “%1”: %2.")
        .arg(fileDevice ? QFileInfo(fileDevice->fileName()).absoluteFilePath() : QString(), reason);
}

// A batch of events on its way to the file: read on the caller's thread, turned into bytes on
// another (the two halves of an export take about as long as each other, and the machine has
// at least two cores).
struct Batch
{
    std::vector<Event> events;
    QByteArray bytes;
    qsizetype written = 0; // events the format could show
};

constexpr size_t kBatchEvents = 1024;

void format(Batch &batch, const FormatWriter &writer, bool firstWritten)
{
    for (const Event &event : batch.events) {
        if (const auto bytes = writer.event(event)) {
            if (batch.written++ > 0 || !firstWritten)
                batch.bytes += writer.separator;
            batch.bytes += *bytes;
        }
    }
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
    Batch filling;
    QFuture<Batch> formatting;
    // Waits for the batch being formatted and writes it.
    auto drain = [&] {
        if (!formatting.isValid())
            return;
        // Its events are freed here, on the thread that allocated them: glibc's allocator takes a
        // lock for memory freed on another thread's arena.
        const Batch done = formatting.takeResult();
        write(done.bytes);
        shown += done.written;
    };
    auto handOver = [&] {
        drain();
        formatting = QtConcurrent::run([batch = std::move(filling), &writer, shown]() mutable {
            format(batch, writer, shown == 0);
            return std::move(batch);
        });
        filling = {};
    };
    const bool readAll = store.readEvents(ids, [&](Event &event) {
        if ((read & 255) == 0 && progress &&
            !progress(double(read) / double(std::max<qsizetype>(1, ids.size())))) {
            cancelled = true;
            return false;
        }
        ++read;
        filling.events.push_back(std::move(event));
        if (filling.events.size() == kBatchEvents)
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
        *error = writeFailure(file);
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
