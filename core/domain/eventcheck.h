// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QList>
#include <QString>

namespace entente::core {

/*! What is wrong with an event a person is about to save, and where. */
struct EventProblem
{
    enum class Field { Title, Date, Countries, Type, Sources };
    Field field;
    QString message;     //!< one sentence for the user
    qsizetype item = -1; //!< the country or source it is about, when it is about one
};

/*!
 * The problems that keep \a e from being saved (the editor shows them in place, the command line
 * refuses with the first): no title, no country or an unknown or repeated one, no event type, a
 * source with neither publisher nor title. \a countries are the ISO countries of the database.
 */
QList<EventProblem> checkEvent(const ImportedEvent &e, const QList<Country> &countries);

/*! True when no citation of \a e quotes a sentence: the event rests on no source. */
bool isUnsourced(const ImportedEvent &e);

/*!
 * The slug of a new topic named \a name: lower case, words joined by '-', letters and digits
 * only ("Visa regime" -> "visa-regime").
 */
QString slugFor(const QString &name);

/*!
 * A name for a topic known only by a code: its words ('-' and '_' between them) spaced and the
 * first capitalised ("rights_freedoms" -> "Rights freedoms", "visa-regime" -> "Visa regime").
 */
QString nameForSlug(const QString &slug);

} // namespace entente::core
