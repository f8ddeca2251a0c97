#include "event.h"

#include <QCoreApplication>

namespace entente::core {

QString Event::dateText(const QLocale &locale) const
{
    if (date.isUndated() && attestedOn)
        return QCoreApplication::translate("entente::core::Event", "current on %1")
            .arg(attestedOn->toDisplayString(locale));
    return date.toDisplayString(locale);
}

} // namespace entente::core
