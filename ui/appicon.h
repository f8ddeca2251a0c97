// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace entente::ui {

/*!
 * Entente's own icon, drawn from the SVG built into the program at the sizes a window title, a
 * task bar and the About box ask for. (Drawn here rather than through QIcon's SVG engine, which
 * is a plugin a bare install may lack.)
 */
QIcon applicationIcon();

} // namespace entente::ui
