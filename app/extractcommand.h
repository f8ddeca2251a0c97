// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcommands.h"

namespace entente::app {

/*! The options of `entente extract`. */
void extractOptions(QCommandLineParser &parser);
/*! The events proposed from the report the positional argument names, as text or JSON. */
EditOutcome extractProposals(const QCommandLineParser &parser);

} // namespace entente::app
