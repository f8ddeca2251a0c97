// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/partialdate.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace entente::core {

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
    QStringList rootCodes; //!< CAMEO root codes ("04") or PLOVER types ("plover:CONSULT")
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
 * One item of a list inside a CSV field ("AZE:party;KHM:party"): ';', '|', ':' and '%' are
 * written as %3B, %7C, %3A and %25 so that any text survives; listItemDecoded() reverses it.
 */
QString listItemEncoded(const QString &text);
QString listItemDecoded(const QString &text);
/*! Appends listItemEncoded(\a text) to \a out without building it apart. */
void appendListItemEncoded(QString &out, QStringView text);

/*!
 * CSV injection, neutralised as OWASP recommends: a field a spreadsheet would run as a formula
 * (one starting with =, +, -, @, a tab or a carriage return) is written with a leading
 * apostrophe, which spreadsheets show as text. A field that already starts with apostrophes
 * before such a character gets one more, so csvFormulaDecoded() gives back the text exactly.
 */
QString csvFormulaEscaped(const QString &field);
QString csvFormulaDecoded(const QString &field);
/*! How many apostrophes stand before a formula's first character; -1 when \a field does not
    start like a formula (csvFormulaEscaped() adds one apostrophe when it is 0 or more). */
qsizetype apostrophesBeforeFormula(QStringView field);

/*! HTML as plain text: tags dropped, paragraphs and line breaks kept as new lines, entities
 * decoded. */
QString plainTextFromHtml(const QString &html);

/*! The name of a CAMEO root code ("04" → "Consult"); empty if unknown. */
QString cameoRootName(const QString &rootCode);
/*! The same name in the user's language, for what the window offers (stored names stay English). */
QString cameoRootDisplayName(const QString &rootCode);
/*!
 * The type code of PLOVER event category \a category ("consult" → "plover:CONSULT"): what an
 * import filter's rootCodes take for it. Empty when it is none of the sixteen.
 */
QString ploverTypeCode(const QString &category);

} // namespace entente::core
