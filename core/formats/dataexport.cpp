// SPDX-License-Identifier: GPL-3.0-or-later
// Streams events from the store through a format's writer into a guarded file.

#include "formats/dataexport.h"

#include "formats/format.h"
#include "store/eventstore.h"
#include "store/fileguard.h"

#include <QCoreApplication>
#include <QFileInfo>

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

// Writes the events to \a file; the caller (writeFileAtomically) commits or cancels.
bool writeEvents(QIODevice &file, EventStore &store, const QList<qint64> &ids,
                 const FormatWriter &writer, const QString &title, QString *error,
                 const std::function<bool(double)> &progress, qsizetype *leftOut)
{
    // Written in pieces whose length is checked: a short write is not always an error QSaveFile
    // sees. Each event is written as it is read, so memory stays flat however many there are.
    bool written = true;
    auto write = [&](const QByteArray &bytes) {
        written = written && file.write(bytes) == bytes.size();
    };
    qsizetype skipped = 0;
    write(writer.head(title));
    for (qsizetype i = 0; i < ids.size() && written; ++i) {
        if ((i & 255) == 0 && progress &&
            !progress(double(i) / double(std::max<qsizetype>(1, ids.size())))) {
            *error = Text::tr("The export was cancelled; nothing was written.");
            return false;
        }
        const auto event = store.event(ids[i]);
        if (!event) {
            *error = store.errorString();
            return false;
        }
        if (const auto bytes = writer.event(*event, i - skipped))
            write(*bytes);
        else
            ++skipped;
    }
    write(QByteArray(writer.tail));
    auto *fileDevice = qobject_cast<QFileDevice *>(&file);
    if (!written || (fileDevice && !fileDevice->flush())) {
        *error = writeFailure(file);
        return false;
    }
    if (leftOut)
        *leftOut = skipped;
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
