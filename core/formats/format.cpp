// SPDX-License-Identifier: GPL-3.0-or-later
// The table of formats, and what works on any of them: lookup, detection and reading.

#include "formats/format.h"

#include "domain/wording.h"
#include "formats/formatsupport.h"
#include "formats/importinput.h"
#include "store/fileguard.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace entente::core {

// Each format's description, defined in its own file.
const Format &ententeCsvFormat();
const Format &ententeJsonFormat();
const Format &timelineJsFormat();
const Format &timelineXmlFormat();
const Format &timelineTextFormat();
const Format &gdelt1Format();
const Format &gdelt2Format();
const Format &icewsFormat();
const Format &ploverFormat();

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Format)
};

} // namespace

const QList<const Format *> &formats()
{
    // Adding a format: its file in core/formats/ and one row here. PLOVER's JSON lines come
    // before TimelineJS, which takes any JSON object.
    static const QList<const Format *> table = {
        &ententeCsvFormat(), &ententeJsonFormat(), &ploverFormat(),
        &timelineJsFormat(), &timelineXmlFormat(), &timelineTextFormat(),
        &gdelt1Format(),     &gdelt2Format(),      &icewsFormat()};
    return table;
}

QList<const Format *> writableFormats()
{
    QList<const Format *> list;
    for (const Format *f : formats()) {
        if (f->writer)
            list.append(f);
    }
    return list;
}

const Format *formatByKey(const QString &key)
{
    for (const Format *f : formats()) {
        if (key.compare(QLatin1String(f->key), Qt::CaseInsensitive) == 0)
            return f;
    }
    return nullptr;
}

QString formatKeys(const QList<const Format *> &list)
{
    QStringList keys;
    for (const Format *f : list)
        keys.append(QLatin1String(f->key));
    return alternatives(keys);
}

QString Format::displayName() const
{
    return QCoreApplication::translate("entente::core::Format", name);
}

QString Format::fileFilter() const
{
    return u"%1 (%2)"_s.arg(displayName(), QLatin1String(patterns));
}

const Format *detectFormat(const QString &path, QString *error)
{
    const std::unique_ptr<ImportInput> input = ImportInput::open(path, error);
    return input ? detectFormat(*input, path, error) : nullptr;
}

const Format *detectFormat(ImportInput &input, const QString &path, QString *error)
{
    // (For a zip archive, the head of the file inside it.)
    QByteArray head = input.device().peek(65536);
    if (const QString wide = wideTextEncoding(head); !wide.isEmpty()) {
        *error = Text::tr("“%1” is %2 text, not UTF-8; save it as UTF-8 and import it again.")
                     .arg(QFileInfo(path).fileName(), wide);
        return nullptr;
    }
    if (head.isEmpty()) {
        *error = Text::tr("“%1” is empty.").arg(QFileInfo(path).fileName());
        return nullptr;
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const Format *f : formats()) {
        if (f->detect(head))
            return f;
    }
    QStringList names;
    for (const Format *f : formats())
        names.append(f->displayName());
    *error = Text::tr("“%1” is not a file Entente can import (%2).")
                 .arg(QFileInfo(path).fileName(), names.join(u", "));
    return nullptr;
}

std::optional<FileUse> fileUse(const QString &path, QString *error)
{
    if (isSqliteFile(path))
        return FileUse::Open;
    QString why;
    if (detectFormat(path, &why))
        return FileUse::Import;
    // A file that cannot be read says so; one of no known kind says what Entente takes.
    const FileCheck check = checkInputFile(path);
    *error = !check.ok()
                 ? check.message
                 : Text::tr("“%1” is neither an Entente database nor a file Entente can import.")
                       .arg(QFileInfo(path).fileName());
    return std::nullopt;
}

bool readEvents(QIODevice &device, const Format &format, const QList<Country> &countries,
                const ImportFilter &filter, const ImportSink &sink, qint64 *filteredOut,
                QString *error)
{
    ImportOutput out(countries, filter, sink, filteredOut);
    return format.read(device, out, error);
}

} // namespace entente::core
