#pragma once

#include <Qt>

namespace entente::core {

/*! Item data roles of Entente's models, in one place. */
enum EventRole {
    EventIdRole = Qt::UserRole + 1, //!< qint64 database id of the event
    IndexPositionRole,              //!< position of the event in the EventIndex
    LowerBoundRole,                 //!< Julian day number of the date's lower bound (dated only)
    UpperBoundRole,                 //!< Julian day number of the date's upper bound (dated only)
    PrecisionRole,                  //!< DatePrecision as int
    TopicColourRole,                //!< '#rrggbb' of the event's first topic
};

} // namespace entente::core
