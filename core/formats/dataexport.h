// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"

#include <QList>
#include <QString>

#include <functional>

namespace entente::core {

class EventStore;
struct Format;

/*!
 * Writes the events with \a ids (in that order) of \a store to \a target in \a format (one with a
 * writer: writableFormats()) through the guarded writer (writeFileAtomically()): a refused
 * target, a failure or a cancel leaves no partial file and an existing one as it was. \a progress
 * gets 0 to 1 and cancels with false. False with one sentence in \a error otherwise. Events the
 * format cannot show (TimelineJS: undated events and unknown starts) are left out and counted in
 * \a leftOut.
 */
bool exportEvents(EventStore &store, const QList<qint64> &ids, const Format &format,
                  const OutputTarget &target, const QString &title, QString *error,
                  const std::function<bool(double)> &progress = {}, qsizetype *leftOut = nullptr);

} // namespace entente::core
