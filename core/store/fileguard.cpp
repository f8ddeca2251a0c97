// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/fileguard.h"
#include <QCoreApplication>

#include "index/dataset.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStorageInfo>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::FileGuard)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool statOf(const QString &path, struct stat *info)
{
    return ::stat(QFile::encodeName(path).constData(), info) == 0;
}

bool startsWith(const QByteArray &head, const char *magic, qsizetype length)
{
    return head.size() >= length && std::memcmp(head.constData(), magic, size_t(length)) == 0;
}

// Whether the first bytes of an existing file say it is of \a kind, so replacing it loses
// nothing the user would not expect to lose.
bool isOfKind(const QByteArray &head, OutputKind kind)
{
    switch (kind) {
    case OutputKind::Database:
        // SQLite's header with Entente's application_id ("Ente") at offset 68.
        return startsWith(head, "SQLite format 3\0", 16) && head.size() >= 72 &&
               head.mid(68, 4) == "Ente";
    case OutputKind::Image: {
        if (startsWith(head, "\x89PNG\r\n\x1a\n", 8) || startsWith(head, "\xFF\xD8\xFF", 3) ||
            startsWith(head, "%PDF-", 5))
            return true;
        const QByteArray text = head.trimmed();
        return (text.startsWith('<') || text.startsWith("\xEF\xBB\xBF<")) && head.contains("<svg");
    }
    case OutputKind::DataFile:
        return !head.contains('\0');
    }
    return false;
}

QString kindName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Database:
        return Text::tr("an Entente database");
    case OutputKind::Image:
        return Text::tr("a PNG, JPEG, SVG or PDF image");
    case OutputKind::DataFile:
        return Text::tr("a text file");
    }
    return {};
}

} // namespace

bool isSameFile(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (!statOf(a, &sa) || !statOf(b, &sb))
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString wideTextEncoding(const QByteArray &head)
{
    if (startsWith(head, "\xFF\xFE\0\0", 4))
        return u"UTF-32 (little-endian)"_s;
    if (startsWith(head, "\0\0\xFE\xFF", 4))
        return u"UTF-32 (big-endian)"_s;
    if (startsWith(head, "\xFF\xFE", 2))
        return u"UTF-16 (little-endian)"_s;
    if (startsWith(head, "\xFE\xFF", 2))
        return u"UTF-16 (big-endian)"_s;
    // Without a byte order mark: ASCII text in UTF-16 or UTF-32 has zero bytes at fixed places.
    const qsizetype n = std::min<qsizetype>(head.size(), 512) & ~qsizetype(3);
    if (n < 8)
        return {};
    int zeros[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i)
        zeros[i % 4] += head[i] == '\0';
    const qsizetype quarter = n / 4;
    const auto mostly = [&](int count) { return count >= quarter * 9 / 10; };
    const auto rarely = [&](int count) { return count <= quarter / 10; };
    if (mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3]) && rarely(zeros[0]))
        return u"UTF-32 (little-endian)"_s;
    if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3]))
        return u"UTF-32 (big-endian)"_s;
    if (mostly(zeros[1]) && mostly(zeros[3]) && rarely(zeros[0]) && rarely(zeros[2]))
        return u"UTF-16 (little-endian)"_s;
    if (mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3]))
        return u"UTF-16 (big-endian)"_s;
    return {};
}

bool isSqliteFile(const QString &path)
{
    if (!checkInputFile(path).ok())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && startsWith(file.read(16), "SQLite format 3\0", 16);
}

FileCheck checkInputFile(const QString &path)
{
    using V = FileCheck::Verdict;
    struct stat info;
    if (path.isEmpty() || !statOf(path, &info))
        return FileCheck::fail(V::CannotRead, Text::tr("“%1” does not exist.").arg(shown(path)));
    if (S_ISDIR(info.st_mode))
        return FileCheck::fail(V::CannotRead,
                               Text::tr("“%1” is a folder, not a file.").arg(shown(path)));
    if (!S_ISREG(info.st_mode))
        return FileCheck::fail(V::CannotRead,
                               Text::tr("“%1” is not a regular file (it is a device, pipe or "
                                        "socket); Entente reads only files.")
                                   .arg(shown(path)));
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return FileCheck::fail(V::CannotRead,
                               Text::tr("“%1” cannot be read: %2.")
                                   .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

FileCheck checkOutputFile(const OutputTarget &target)
{
    using V = FileCheck::Verdict;
    const QString &path = target.path;
    if (path.isEmpty())
        return FileCheck::fail(V::Refused, Text::tr("No file to write was given."));
    for (const QString &input : target.inputs) {
        if (isSameFile(path, input) ||
            (QFileInfo::exists(path) &&
             QFileInfo(path).canonicalFilePath() == QFileInfo(input).canonicalFilePath()))
            return FileCheck::fail(
                V::Refused,
                Text::tr("“%1” is the file being read; write to another file.").arg(shown(path)));
    }
    if (!target.buildsBundledData && isSameFile(path, bundledDatabasePath()))
        return FileCheck::fail(V::Refused, Text::tr("The bundled dataset is never changed; write "
                                                    "to a file of your own instead of “%1”.")
                                               .arg(shown(path)));
    struct stat info;
    if (statOf(path, &info)) {
        if (S_ISDIR(info.st_mode))
            return FileCheck::fail(
                V::CannotWrite,
                Text::tr("“%1” is a folder; give the name of a file to write.").arg(shown(path)));
        if (!S_ISREG(info.st_mode))
            return FileCheck::fail(V::CannotWrite,
                                   Text::tr("“%1” is not a regular file (it is a device, pipe or "
                                            "socket); Entente writes only files.")
                                       .arg(shown(path)));
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return FileCheck::fail(
                V::CannotWrite,
                Text::tr("“%1” cannot be replaced: %2.")
                    .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
        if (info.st_size > 0 && !target.confirmed) {
            QFile existing(path);
            const QByteArray head =
                existing.open(QIODevice::ReadOnly) ? existing.read(65536) : QByteArray();
            if (!isOfKind(head, target.kind))
                return FileCheck::fail(
                    V::NeedsConfirmation,
                    Text::tr("“%1” exists and is not %2.").arg(shown(path), kindName(target.kind)));
        }
    } else if (errno != ENOENT) {
        return FileCheck::fail(V::CannotWrite,
                               Text::tr("Cannot write “%1”: %2.")
                                   .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return FileCheck::fail(V::CannotWrite,
                               Text::tr("Cannot write “%1”: the folder “%2” does not exist.")
                                   .arg(shown(path), shown(folder.filePath())));
    if (!folder.isDir())
        return FileCheck::fail(V::CannotWrite, Text::tr("Cannot write “%1”: “%2” is not a folder.")
                                                   .arg(shown(path), shown(folder.filePath())));
    if (::access(QFile::encodeName(folder.filePath()).constData(), W_OK | X_OK) != 0)
        return FileCheck::fail(
            V::CannotWrite,
            Text::tr("Cannot write in the folder “%1”.").arg(shown(folder.filePath())));
    return {};
}

bool tryLockForWriting(QLockFile &lock, int timeoutMs)
{
    lock.setStaleLockTime(0);
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (lock.tryLock(0))
            return true;
        if (lock.error() != QLockFile::LockFailedError)
            return false;
        qint64 pid = 0;
        QString host, application;
        if (!lock.getLockInfo(&pid, &host, &application)) {
            QLockFile removing(lock.fileName() + u".rmlock"_s);
            if (removing.tryLock(0)) {
                const QFileInfo info(lock.fileName());
                if (info.exists() && info.size() == 0 &&
                    info.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000 &&
                    lock.removeStaleLockFile())
                    continue;
            }
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
}

bool syncFolderOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

QString cannotWriteMessage(const QString &path, const QFileDevice *file)
{
    constexpr qint64 kNearlyFull = qint64(1) << 20;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QString reason = storage.isValid() && storage.bytesAvailable() < kNearlyFull
                               ? Text::tr("the disk is full")
                           : !file || file->error() == QFileDevice::NoError
                               ? Text::tr("not all of it could be written; the disk may be full")
                               : file->errorString();
    return Text::tr("Cannot write “%1”: %2.").arg(shown(path), reason);
}

FileCheck writeFileAtomically(const OutputTarget &target,
                              const std::function<bool(QIODevice &, QString *)> &write)
{
    using V = FileCheck::Verdict;
    if (FileCheck check = checkOutputFile(target); !check.ok())
        return check;
    // QSaveFile writes a temporary beside the target, fsyncs it and renames it over the target
    // on commit(); cancelWriting() or destruction without commit() removes the temporary.
    QSaveFile file(target.path);
    if (!file.open(QIODevice::WriteOnly))
        return FileCheck::fail(V::CannotWrite, cannotWriteMessage(target.path, &file));
    QString error;
    if (!write(file, &error)) {
        file.cancelWriting();
        return FileCheck::fail(V::CannotWrite,
                               error.isEmpty() ? cannotWriteMessage(target.path, &file) : error);
    }
    if (!file.commit())
        return FileCheck::fail(V::CannotWrite, cannotWriteMessage(target.path, &file));
    syncFolderOf(target.path);
    return {};
}

// --- temporaries removed on a signal ------------------------------------------------------------

namespace {

constexpr int kSlots = 16;
constexpr size_t kPathBytes = 4096;
char g_paths[kSlots][kPathBytes];
std::atomic<bool> g_used[kSlots];
std::atomic<bool> g_isLock[kSlots];

// Whether the lock file at \a path names this process (QLockFile writes the process id on its
// first line). Async-signal-safe: open, read and close only.
bool isOurLock(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char text[24];
    const ssize_t n = ::read(fd, text, sizeof text);
    ::close(fd);
    long long pid = 0;
    ssize_t i = 0;
    for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i)
        pid = pid * 10 + (text[i] - '0');
    return i > 0 && i < n && text[i] == '\n' && pid == ::getpid();
}

void onSignal(int signal)
{
    removeRegisteredTemporaries();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

namespace {

void registerPath(const QString &path, bool lock)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= qsizetype(kPathBytes))
        return;
    for (int i = 0; i < kSlots; ++i) {
        if (g_used[i].load())
            continue;
        std::memcpy(g_paths[i], encoded.constData(), size_t(encoded.size()) + 1);
        g_isLock[i].store(lock);
        g_used[i].store(true);
        return;
    }
}

} // namespace

void registerTemporary(const QString &path)
{
    registerPath(path, false);
}

void registerLockFile(const QString &path)
{
    registerPath(path, true);
}

void unregisterTemporary(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    for (int i = 0; i < kSlots; ++i) {
        if (g_used[i].load() && encoded == g_paths[i])
            g_used[i].store(false);
    }
}

void removeRegisteredTemporaries()
{
    for (int i = 0; i < kSlots; ++i) {
        if (g_used[i].load() && (!g_isLock[i].load() || isOurLock(g_paths[i])))
            ::unlink(g_paths[i]);
    }
}

void installTemporaryCleanupOnSignals()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(signal, &action, nullptr);
    // A file size limit (ulimit -f) makes a write fail with EFBIG instead of killing the process,
    // so the writer can say so and clean up.
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace entente::core
