// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/partialdate.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace entente::core {

/*! The files Entente reads events from; docs/data-format.md describes each with an example. */
enum class ImportFormat {
    EntenteCsv,  //!< Entente's own CSV: one row per citation, EDTF dates, ISO 3166 codes
    EntenteJson, //!< Entente's own JSON: everything an event has, round-trip safe
    TimelineJs,  //!< TimelineJS3 JSON: events, eras, groups
    Timeline,    //!< the .timeline XML of the Timeline desktop application (thetimelineproj)
    Gdelt1,      //!< GDELT 1.0 events: 57 (or 58, with SOURCEURL) tab-separated columns
    Gdelt2,      //!< GDELT 2.0 events: 61 tab-separated columns
};

/*! "entente-csv", "entente-json", "timelinejs", "timeline", "gdelt1", "gdelt2". */
QString importFormatKey(ImportFormat format);
std::optional<ImportFormat> importFormatFromKey(const QString &key);
QString importFormatName(ImportFormat format);
constexpr ImportFormat kImportFormats[] = {ImportFormat::EntenteCsv, ImportFormat::EntenteJson,
                                           ImportFormat::TimelineJs, ImportFormat::Timeline,
                                           ImportFormat::Gdelt1,     ImportFormat::Gdelt2};

/*!
 * The format of the file at \a path, from its first bytes (and its name): nullopt with one
 * sentence in \a error when it is none of them.
 */
std::optional<ImportFormat> detectImportFormat(const QString &path, QString *error);

/*! Something wrong with one row or element, or with the whole file (where is then empty). */
struct ImportProblem
{
    QString where;
    QString reason;
};

/*! Which events of a file to take (GDELT files are huge): empty parts take everything. */
struct ImportFilter
{
    QStringList countries; //!< alpha-3 codes: events involving any of them
    PartialDate from;
    PartialDate to;
    QStringList rootCodes; //!< CAMEO root codes ("04"): GDELT only
    bool isEmpty() const
    {
        return countries.isEmpty() && from.isUndated() && to.isUndated() && rootCodes.isEmpty();
    }
    bool accepts(const ImportedEvent &event) const;
};

/*! Where a reader sends what it reads. */
struct ImportSink
{
    /*! Each valid event; false stops reading (a cancel). */
    std::function<bool(ImportedEvent &&)> event;
    std::function<void(const ImportProblem &)> problem;
    /*! Bytes read so far, now and then; false stops reading (a cancel). */
    std::function<bool(qint64)> progress;
};

/*! Limits on what a file may hold, so that a hostile file costs bounded time and memory. */
constexpr qsizetype kMaxFieldChars = 100'000;    //!< any one text field
constexpr qsizetype kMaxLineBytes = 1'000'000;   //!< one CSV or TSV line
constexpr qint64 kMaxJsonXmlBytes = 512'000'000; //!< JSON and XML files are read whole

/*!
 * Reads the events of \a device in \a format, checks each (a title, a date that parses, known
 * ISO 3166 alpha-3 codes in \a knownCountries), applies \a filter, and sends them to \a sink.
 * Returns false when the file cannot be read as that format at all (then \a error says why);
 * problems with single rows go to the sink and reading goes on.
 */
bool readEvents(QIODevice &device, ImportFormat format, const QStringList &knownCountries,
                const ImportFilter &filter, const ImportSink &sink, qint64 *filteredOut,
                QString *error);

/*!
 * One item of a list inside a CSV field ("AZE:party;KHM:party"): ';', '|', ':' and '%' are
 * written as %3B, %7C, %3A and %25 so that any text survives; listItemDecoded() reverses it.
 */
/*! The columns of Entente CSV, in order: the header the writer writes and the reader expects. */
const QStringList &ententeCsvColumns();

QString listItemEncoded(const QString &text);
QString listItemDecoded(const QString &text);

/*!
 * CSV injection, neutralised as OWASP recommends: a field a spreadsheet would run as a formula
 * (one starting with =, +, -, @, a tab or a carriage return) is written with a leading
 * apostrophe, which spreadsheets show as text. A field that already starts with apostrophes
 * before such a character gets one more, so csvFormulaDecoded() gives back the text exactly.
 */
QString csvFormulaEscaped(const QString &field);
QString csvFormulaDecoded(const QString &field);

/*! HTML as plain text: tags dropped, paragraphs and line breaks kept as new lines, entities
 * decoded. */
QString plainTextFromHtml(const QString &html);

/*! The name of a CAMEO root code ("04" → "Consult"); empty if unknown. */
QString cameoRootName(const QString &rootCode);

} // namespace entente::core
