// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

class QFileDevice;

class QLockFile;

namespace entente::core {

/*!
 * \file fileguard.h
 * The one guarded way Entente reads and writes the user's files. Every command and dialog that
 * writes a file a user chose goes through checkOutputFile() (and the writers call it again), so
 * that nothing the user owns is replaced by mistake: not a database being read (however it is
 * reached: symlink, hard link, another spelling), not the bundled dataset, not a device, pipe,
 * socket or folder, and not an existing file of another kind unless the user confirmed. Every
 * file read is checked by checkInputFile() first, before anything opens it (opening a FIFO
 * blocks forever).
 */

/*! What an output is: decides which existing files it may replace without asking. */
enum class OutputKind {
    Database, //!< an Entente database (replaces an Entente database, or an empty file)
    Image,    //!< PNG, JPEG, SVG or PDF (replaces an image of one of those kinds)
    DataFile, //!< CSV or JSON text (replaces a text file)
};

/*! A file about to be written. */
struct OutputTarget
{
    OutputTarget() = default;
    OutputTarget(QString path_, OutputKind kind_, QStringList inputs_ = {}, bool confirmed_ = false)
        : path(std::move(path_)), kind(kind_), inputs(std::move(inputs_)), confirmed(confirmed_)
    {}

    QString path;
    OutputKind kind = OutputKind::DataFile;
    QStringList inputs;     //!< files being read for this output: never the output
    bool confirmed = false; //!< the user said to replace a file of another kind (--force, a dialog)
    bool buildsBundledData =
        false; //!< entente-mkdb only: the build step that makes the bundled dataset
};

/*! The answer of a guard: ok, or why not in one sentence, and whose fault it is. */
struct FileCheck
{
    enum class Verdict {
        Ok,
        Refused, //!< the path must not be written (an input, the bundled data): bad argument
        NeedsConfirmation, //!< an existing file of another kind: replace only when confirmed
        CannotWrite,       //!< not a regular file, no such folder, no permission, a full disk
        CannotRead, //!< an input that cannot be read (missing, not a regular file, wrong encoding)
    };
    Verdict verdict = Verdict::Ok;
    QString message;

    bool ok() const { return verdict == Verdict::Ok; }
    static FileCheck fail(Verdict verdict, const QString &message) { return {verdict, message}; }
};

/*!
 * Whether \a target may be written: refuses the inputs and the bundled dataset (compared by
 * device and inode, and by canonical path), anything that exists and is not a regular file, a
 * missing or unwritable folder, and — unless confirmed — an existing file of another kind.
 */
FileCheck checkOutputFile(const OutputTarget &target);

/*!
 * Whether \a path may be read as a file: it exists, is a regular file (not a folder, device,
 * FIFO or socket, also through symlinks) and is readable. Never opens it.
 */
FileCheck checkInputFile(const QString &path);

/*!
 * For text formats: "UTF-16" or "UTF-32" (with the byte order) when \a head, the first bytes
 * of a file, is in one of those encodings, with or without a byte order mark; empty otherwise.
 */
QString wideTextEncoding(const QByteArray &head);

/*!
 * Whether the regular file at \a path starts as an SQLite database does: a file to open as a
 * database (the store then says whether it is Entente's), not to import.
 */
bool isSqliteFile(const QString &path);

/*! True when \a a and \a b are the same file (device and inode), whatever their spelling. */
bool isSameFile(const QString &a, const QString &b);

/*!
 * "Cannot write “path”: why." for a write to \a path through \a file that failed: a full disk
 * named as one (Qt calls it "Unknown error"), else the device's reason, else the likely one.
 */
QString cannotWriteMessage(const QString &path, const QFileDevice *file);

/*!
 * Writes \a target through QSaveFile after checkOutputFile(): \a write fills the device; the
 * file is flushed to disk (fsync) before it replaces the old one, and the folder after, so that
 * a crash leaves the old file or the new one, never a mix. On any failure the old file stays as
 * it was and nothing partial is left. Returns the verdict (CannotWrite for a failed write).
 */
FileCheck writeFileAtomically(const OutputTarget &target,
                              const std::function<bool(QIODevice &, QString *)> &write);

/*!
 * Takes \a lock, a database's writer lock, waiting up to \a timeoutMs. The lock has no stale
 * time (a writer may run as long as an import takes): it is stale only when its owner's process
 * is gone. QLockFile learns the owner from what it writes into the file just after creating it,
 * so a writer killed in between leaves an empty file that names no one and would block every
 * writer after it for good; an empty lock file older than a second is taken for that leftover
 * and removed (under QLockFile's own ".rmlock", as it removes a stale one).
 */
bool tryLockForWriting(QLockFile &lock, int timeoutMs);

/*! fsync(2) of the folder holding \a path, so that a rename into it is on disk. */
bool syncFolderOf(const QString &path);

/*!
 * Temporary files to remove when the process is stopped by SIGINT, SIGTERM or SIGHUP (a
 * user's Ctrl+C during an import): register before creating, unregister once renamed or
 * removed. removeRegisteredTemporaries() is async-signal-safe; the application's signal handler
 * calls it (see installTemporaryCleanupOnSignals()).
 */
void registerTemporary(const QString &path);
/*!
 * A QLockFile's file, removed on those signals only while it names this process: register it
 * before locking and unregister it after unlocking, so that no signal between the two leaves it
 * behind, nor removes another process's lock taken meanwhile.
 */
void registerLockFile(const QString &path);
void unregisterTemporary(const QString &path);
void removeRegisteredTemporaries();
/*! Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporaries, then die of the
 * signal. */
void installTemporaryCleanupOnSignals();

} // namespace entente::core
