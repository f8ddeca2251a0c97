// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/country.h"
#include "formats/importdata.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente::core {

struct Event;
class ImportInput;
class ImportOutput;

/*! How a format writes events: the document's head, one event at a time, and its tail. */
struct FormatWriter
{
    /*! What comes before the events (a CSV header, a JSON document's opening). */
    QByteArray (*head)(const QString &title);
    /*!
     * The bytes of one event; nullopt when the format cannot show the event (it is left out and
     * counted). It depends on the event alone, so events may be written on several threads.
     */
    std::optional<QByteArray> (*event)(const Event &event);
    /*! What closes the document after the last event. */
    const char *tail;
    /*! What stands between two events (a JSON list's comma). */
    const char *separator = "";
};

/*!
 * One exchange format: everything Entente knows about it. Each lives in its own file in
 * core/formats/ and is listed once in formats(), which the import and export dialogs, the
 * command line, the fuzz targets and the documentation test read.
 */
struct Format
{
    const char *key;      //!< "entente-csv": the value of --format and the fuzz corpus's name
    const char *name;     //!< "Entente CSV", translated by displayName()
    const char *patterns; //!< "*.csv": the file dialog's filter
    /*!
     * Whether a file whose first bytes are \a head (a UTF-8 byte-order mark removed) is in this
     * format. formats() is tried in order, so a format may rely on those before it saying no.
     */
    bool (*detect)(const QByteArray &head);
    /*!
     * Reads every event of \a device into \a out; false with one sentence in \a error when the
     * file cannot be read as this format at all.
     */
    bool (*read)(QIODevice &device, ImportOutput &out, QString *error);
    const FormatWriter *writer; //!< null when Entente only reads the format
    /*! The columns or fields of the format Entente reads (and writes), in their order. */
    QStringList (*columns)();

    QString displayName() const;
    /*! "Entente CSV (*.csv)". */
    QString fileFilter() const;
};

/*! Every format, in the order the dialogs list them and detection tries them. */
const QList<const Format *> &formats();
/*! The formats Entente writes. */
QList<const Format *> writableFormats();
/*! The format whose key is \a key (any case); null when there is none. */
const Format *formatByKey(const QString &key);
/*! "entente-csv, entente-json or timelinejs": the keys of \a list, for messages and --help. */
QString formatKeys(const QList<const Format *> &list);

/*!
 * The format of the file at \a path, from its first bytes: null with one sentence in \a error
 * when it is none of them (or the file cannot be read, or is not UTF-8 text).
 */
const Format *detectFormat(const QString &path, QString *error);
/*!
 * The same, from \a input, a file already opened for importing (\a path names it in messages):
 * its first bytes are peeked, not taken, so that the reader still gets them.
 */
const Format *detectFormat(ImportInput &input, const QString &path, QString *error);

/*! What Entente can do with a file it is handed (on the command line, by a drop). */
enum class FileUse {
    Open,   //!< an SQLite file: opened as a database (the store says whether it is Entente's)
    Import, //!< a file of an importable format
};

/*!
 * How Entente can use the file at \a path: nullopt with one sentence in \a error when it is
 * neither a database nor a file of a format Entente imports (or cannot be read).
 */
std::optional<FileUse> fileUse(const QString &path, QString *error);

/*!
 * Reads the events of \a device in \a format, checks each (a title, a date that parses, its
 * countries among \a countries), applies \a filter, and sends them to \a sink.
 * Returns false when the file cannot be read as that format at all (then \a error says why);
 * problems with single rows go to the sink and reading goes on.
 */
bool readEvents(QIODevice &device, const Format &format, const QList<Country> &countries,
                const ImportFilter &filter, const ImportSink &sink, qint64 *filteredOut,
                QString *error);

} // namespace entente::core
