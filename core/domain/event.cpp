// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/event.h"

#include <QCoreApplication>

namespace entente::core {

QString statedDateText(const PartialDate &date, const std::optional<PartialDate> &attestedOn,
                       const QLocale &locale)
{
    if (date.isUndated() && attestedOn)
        return QCoreApplication::translate("entente::core::Event", "current on %1")
            .arg(attestedOn->toDisplayString(locale));
    return date.toDisplayString(locale);
}

QString EventDescription::dateText(const QLocale &locale) const
{
    return statedDateText(date, attestedOn, locale);
}

} // namespace entente::core
