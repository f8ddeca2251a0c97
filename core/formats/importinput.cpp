// SPDX-License-Identifier: GPL-3.0-or-later
// A file to import, or the one file of a zip archive read through libarchive as it is
// decompressed: GDELT publishes every file zipped, and a year of them unzipped is hundreds of
// gigabytes a user should not have to write out first.

#include "formats/importinput.h"

#include "formats/formatsupport.h"
#include "store/fileguard.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text).trimmed() : ImportText::tr("unknown error");
}

// A zip archive of \a path opened for reading entries; null with a sentence otherwise.
ArchivePtr openZip(const QString &path, QString *error)
{
    ArchivePtr a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) !=
        ARCHIVE_OK) {
        *error = ImportText::tr("“%1” cannot be read as a zip archive: %2.")
                     .arg(QFileInfo(path).fileName(), archiveError(a.get()));
        return {};
    }
    return a;
}

// The entries that are files to import: not folders, not macOS's resource forks.
bool isImportable(archive_entry *entry)
{
    return archive_entry_filetype(entry) == AE_IFREG &&
           !QByteArray(archive_entry_pathname(entry)).startsWith("__MACOSX/");
}

// Moves \a a to its next importable entry; null at the end, or on damage (then \a error is set).
archive_entry *nextImportable(archive *a, const QString &path, QString *error)
{
    archive_entry *entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return nullptr;
        if (status < ARCHIVE_WARN) {
            *error = ImportText::tr("“%1” is a damaged zip archive: %2.")
                         .arg(QFileInfo(path).fileName(), archiveError(a));
            return nullptr;
        }
        if (isImportable(entry))
            return entry;
    }
}

/*
 * The data of an archive's current entry, read as it is decompressed. Sequential: readers
 * report progress through ImportInput::consumed(), not pos().
 */
class ArchiveDevice final : public QIODevice
{
public:
    ArchiveDevice(ArchivePtr archive, qint64 size) : m_archive(std::move(archive)), m_size(size) {}
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 consumed() const { return archive_filter_bytes(m_archive.get(), -1); }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed || maxSize <= 0)
            return m_failed ? -1 : 0;
        const la_ssize_t n = archive_read_data(m_archive.get(), data, size_t(maxSize));
        if (n < 0) {
            m_failed = true;
            setErrorString(archiveError(m_archive.get()));
            return -1;
        }
        return n == 0 ? -1 : qint64(n); // -1: the end of the entry, as a closed pipe says it
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ArchivePtr m_archive;
    qint64 m_size;
    bool m_failed = false;
};

} // namespace

bool isZipArchive(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

ImportInput::~ImportInput() = default;

std::unique_ptr<ImportInput> ImportInput::open(const QString &path, QString *error)
{
    if (FileCheck check = checkInputFile(path); !check.ok()) {
        *error = check.message;
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = ImportText::tr("Cannot read “%1”: %2.").arg(path, file->errorString());
        return nullptr;
    }
    std::unique_ptr<ImportInput> input(new ImportInput);
    input->m_path = path;
    input->m_fileSize = file->size();
    if (!isZipArchive(file->peek(4))) {
        input->m_device = std::move(file);
        return input;
    }
    file.reset();
    // Count the files first (the zip's central directory makes this cheap), so that an
    // archive of several is refused before anything is read rather than imported in part.
    const QString name = QFileInfo(path).fileName();
    ArchivePtr a = openZip(path, error);
    if (!a)
        return nullptr;
    QStringList names;
    error->clear();
    while (archive_entry *entry = nextImportable(a.get(), path, error))
        names.append(QString::fromUtf8(archive_entry_pathname(entry)));
    if (!error->isEmpty())
        return nullptr;
    if (names.isEmpty()) {
        *error = ImportText::tr("The zip archive “%1” holds no file to import.").arg(name);
        return nullptr;
    }
    if (names.size() > 1) {
        *error = ImportText::tr("The zip archive “%1” holds %2 files (%3); Entente imports an "
                                "archive holding one file, as GDELT publishes them.")
                     .arg(name)
                     .arg(names.size())
                     .arg(names.mid(0, 3).join(u", "_s) + (names.size() > 3 ? u", …"_s : u""_s));
        return nullptr;
    }
    a = openZip(path, error);
    archive_entry *entry = a ? nextImportable(a.get(), path, error) : nullptr;
    if (!entry) {
        if (error->isEmpty())
            *error = ImportText::tr("The zip archive “%1” holds no file to import.").arg(name);
        return nullptr;
    }
    if (archive_entry_is_encrypted(entry)) {
        *error = ImportText::tr("“%1” in the zip archive “%2” is encrypted; Entente reads only "
                                "archives that are not.")
                     .arg(names.front(), name);
        return nullptr;
    }
    const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
    auto device = std::make_unique<ArchiveDevice>(std::move(a), size);
    device->open(QIODevice::ReadOnly);
    input->m_device = std::move(device);
    input->m_entryName = names.front();
    return input;
}

qint64 ImportInput::consumed() const
{
    if (const auto *archive = dynamic_cast<const ArchiveDevice *>(m_device.get()))
        return archive->consumed();
    return m_device->pos();
}

bool ImportInput::readFailed() const
{
    const auto *archive = dynamic_cast<const ArchiveDevice *>(m_device.get());
    return archive && archive->failed();
}

QString ImportInput::failure() const
{
    return ImportText::tr("“%1” in the zip archive “%2” is damaged: %3.")
        .arg(m_entryName, QFileInfo(m_path).fileName(), m_device->errorString());
}

} // namespace entente::core
