// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace entente::core {

/*! Item data roles of Entente's models, in one place. */
enum EventRole {
    EventIdRole = Qt::UserRole + 1, //!< qint64 database id of the event
    TopicColourRole,                //!< '#rrggbb' of the event's first topic
};

} // namespace entente::core

namespace entente::core {

/*! Item data roles of FacetModel. */
enum FacetRole {
    FacetCountRole = Qt::UserRole + 100, //!< events left by the other active filters
    FacetColourRole,                     //!< '#rrggbb' for topics, empty otherwise
    FacetSearchRole,                     //!< every text the list's search field finds it by
    FacetDepthRole,                      //!< how deep in the topic tree (0 at the top)
};

} // namespace entente::core
