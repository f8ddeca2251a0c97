// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente::core {

/*! A subject events are filed under. The colour is '#rrggbb' text; the UI makes it a QColor. */
struct Topic
{
    qint64 id = 0;
    QString slug; //!< stable identifier used on the command line, e.g. "visas"
    QString name;
    QString colour;
    /*!
     * The slug of the topic this one is part of (a .timeline category's parent); empty at the
     * top. Events of a topic also carry its parents, so filtering on a parent finds them.
     */
    QString parent = {};
};

/*!
 * What kind of event it is: a CAMEO code where one fits ("042", make a visit), otherwise one of
 * Entente's own ("entente:chairmanship").
 */
struct EventType
{
    QString code;
    QString scheme; //!< "cameo" or "entente"
    QString name;
};

} // namespace entente::core
