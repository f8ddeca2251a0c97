// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

namespace entente::core {

/*!
 * A file to import, opened for reading: the file itself, or the one file inside a zip archive
 * (as GDELT publishes its files), decompressed by libarchive while it is read, with no
 * temporary copy. Every reader reads device() and never knows which it is.
 *
 * An archive must hold exactly one file (folders and macOS's "__MACOSX/" resource entries
 * aside): one holding several, none, or an encrypted one is refused in one sentence. A file
 * damaged past its start fails while it is read: then readFailed() is true and failure() says
 * why, so that an import stops instead of taking the events read so far.
 */
class ImportInput final
{
public:
    ~ImportInput();

    /*! Opens \a path; null with one sentence in \a error when it cannot be read. */
    static std::unique_ptr<ImportInput> open(const QString &path, QString *error);

    QIODevice &device() { return *m_device; }
    /*! Bytes of the file on disk read so far (for an archive, compressed bytes). */
    qint64 consumed() const;
    /*! The size of the file on disk: what consumed() reaches at the end. */
    qint64 fileSize() const { return m_fileSize; }
    /*! The name of the file inside the archive; empty when the input is not an archive. */
    QString entryName() const { return m_entryName; }
    bool readFailed() const;
    /*! One sentence: why reading stopped early (readFailed()). */
    QString failure() const;

private:
    ImportInput() = default;
    std::unique_ptr<QIODevice> m_device;
    qint64 m_fileSize = 0;
    QString m_path;
    QString m_entryName;
};

/*! Whether \a head, a file's first bytes, starts a zip archive. */
bool isZipArchive(const QByteArray &head);

} // namespace entente::core
