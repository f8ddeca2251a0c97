// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace entente::ui {

/*!
 * \a a towards \a b by \a t (0: a, 1: b), opaque: drawn without blending, and SVG viewers that
 * ignore opacity draw it right too.
 */
inline QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace entente::ui
