// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QCommandLineParser>
#include <QString>

namespace entente::app {

/*! How a change command ended: its exit code, the sentence for stderr, what goes to stdout. */
struct EditOutcome
{
    int code;
    QString message;
    QString output;
};

/*! The options of `entente add` and `entente edit`: the event's fields and its source. */
void addEventOptions(QCommandLineParser &parser);
/*! The options of `entente delete`. */
void deleteOptions(QCommandLineParser &parser);

/*! Adds the event the options describe; prints its new id. */
EditOutcome addEvent(const QCommandLineParser &parser);
/*! Changes the fields the options give of the event whose id is the positional argument. */
EditOutcome editEvent(const QCommandLineParser &parser);
/*! Deletes the event whose id is the positional argument. */
EditOutcome deleteEvent(const QCommandLineParser &parser);
/*!
 * Adds \a events to the database at \a path (an empty one is made there when there is none), in
 * one transaction: all or nothing.
 */
EditOutcome addEvents(const QString &path, const QList<core::ImportedEvent> &events);

} // namespace entente::app
