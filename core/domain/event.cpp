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

ImportedEvent toImported(const Event &e)
{
    ImportedEvent out;
    static_cast<EventDescription &>(out) = e;
    for (const Participant &p : e.participants)
        out.countries.append({p.country.alpha3, p.role});
    out.topics = e.topics;
    out.actors = e.actors;
    for (const Citation &c : e.citations)
        out.citations.append({c.source, c.quote, c.cites, c.note});
    return out;
}

} // namespace entente::core
