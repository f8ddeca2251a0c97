// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/wording.h"

#include <QCoreApplication>

namespace entente::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Wording)
};

} // namespace

QString alternatives(QStringList items)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return Text::tr("%1 or %2", "choices: “png, jpeg, svg or pdf”").arg(items.join(u", "), last);
}

} // namespace entente::core
