// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace entente::core {

/*! "a, b or c": choices in words, for messages and --help (the last two joined by "or"). */
QString alternatives(QStringList items);

} // namespace entente::core
