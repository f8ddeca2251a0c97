// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace entente::core {

class EventStore;

/*! The files Entente writes events to; each can be imported again. */
enum class DataExportFormat { EntenteCsv, EntenteJson, TimelineJs };

/*! "entente-csv", "entente-json", "timelinejs". */
std::optional<DataExportFormat> dataExportFormatFromKey(const QString &key);
QString dataExportFormatKey(DataExportFormat format);

/*!
 * Writes the events with \a ids (in that order) of \a store to \a target through the guarded
 * writer (writeFileAtomically()): a refused target, a failure or a cancel leaves no partial file
 * and an existing one as it was. Text fields a spreadsheet would run as formulas are written
 * neutralised (csvFormulaEscaped()). \a progress gets 0 to 1 and
 * cancels with false. False with one sentence in \a error otherwise. TimelineJS cannot show
 * undated events or unknown starts: those are left out and counted in \a leftOut.
 */
bool exportEvents(EventStore &store, const QList<qint64> &ids, DataExportFormat format,
                  const OutputTarget &target, const QString &title, QString *error,
                  const std::function<bool(double)> &progress = {}, qsizetype *leftOut = nullptr);

} // namespace entente::core
