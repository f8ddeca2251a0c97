// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/format.h"
#include "formats/importdata.h"
#include "store/fileguard.h"

#include <QList>
#include <QString>

#include <functional>

namespace entente::core {

/*! What to import and how. */
struct ImportOptions
{
    /*! The file's format (formats()); null: detected from the file (detectFormat()). */
    const Format *format = nullptr;
    ImportFilter filter;
    /*!
     * Import the good events of a file that has problems. Off by default: a file with any problem
     * imports nothing, and every problem is listed.
     */
    bool skipProblems = false;
    /*! Called when another import into the same database is running and this one waits for it. */
    std::function<void()> onWaitingForLock;
};

/*! What an import read, wrote or would write. */
struct ImportReport
{
    qint64 events = 0; //!< events that pass the checks and the filter (written, by importEvents)
    qint64 filteredOut = 0; //!< good events the filter left out
    qint64 problemCount = 0;
    QList<ImportProblem> problems; //!< the first kMaxListedProblems of them
    QList<ImportedEvent> sample;   //!< previewImport(): the first events, as they would be imported
    bool cancelled = false;
    /*! Why an import failed: the file (or the target is not a database of the user's), or writing.
     */
    enum class Failure { None, BadInput, CannotWrite };
    Failure failure = Failure::None;
    static constexpr qsizetype kMaxListedProblems = 1000;
};

/*! Progress from 0 to 1; returning false cancels. */
using ImportProgress = std::function<bool(double)>;

/*!
 * Reads \a file as \a options say without writing anything: how many events would be imported,
 * the first \a sampleSize of them, and every problem. False with one sentence in \a error when
 * the file cannot be read as that format at all.
 */
bool previewImport(const QString &file, const ImportOptions &options, int sampleSize,
                   ImportReport *report, QString *error, const ImportProgress &progress = {});

/*!
 * Imports the events of \a file into the Entente database \a database, created when there is no
 * file there. All or nothing: the events are written into a copy in one transaction that replaces
 * the database only when complete, so a problem (unless options.skipProblems), an error or a
 * cancel leaves it byte for byte as it was. Refuses the bundled dataset. False with one sentence
 * in \a error otherwise (and report->cancelled set on a cancel).
 */
bool importEvents(const QString &file, const ImportOptions &options, const QString &database,
                  ImportReport *report, QString *error, const ImportProgress &progress = {});

/*!
 * Creates an empty Entente database at \a target through the guarded DatabaseWriter: an existing
 * Entente database there is replaced, in one step, only once the new one is complete.
 */
bool createEmptyDatabase(const OutputTarget &target, const QString &title, QString *error);

} // namespace entente::core
