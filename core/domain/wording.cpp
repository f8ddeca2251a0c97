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

QString yearText(int year, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    // Astronomical years, as EDTF counts them: 0 is 1 BCE, -499 is 500 BCE.
    if (year <= 0)
        return Text::tr("%1 BCE", "a year before the common era").arg(plain.toString(1 - year));
    return plain.toString(year);
}

QString monthAndYear(int month, int year, const QLocale &locale)
{
    return Text::tr("%1 %2", "month and year: “April 2022”")
        .arg(locale.standaloneMonthName(month), yearText(year, locale));
}

namespace {

// The day of the month before a month's name: some languages write the first differently
// (French "1er juin").
QString dayOfMonth(int day, const QLocale &locale)
{
    return day == 1 ? Text::tr("1", "the first day of the month before its name: “1 June”")
                    : locale.toString(day);
}

} // namespace

QString dayMonthAndYear(int day, int month, int year, const QLocale &locale)
{
    return Text::tr("%1 %2 %3", "day, month and year: “5 April 2022”")
        .arg(dayOfMonth(day, locale), locale.monthName(month), yearText(year, locale));
}

QString dayAndMonth(int day, int month, const QLocale &locale)
{
    return Text::tr("%1 %2", "day and month: “3 March”")
        .arg(dayOfMonth(day, locale), locale.monthName(month));
}

namespace {
const char *const kRoles[] = {
    QT_TRANSLATE_NOOP("entente::core::Role", "party"),
    QT_TRANSLATE_NOOP("entente::core::Role", "host"),
    QT_TRANSLATE_NOOP("entente::core::Role", "visitor"),
    QT_TRANSLATE_NOOP("entente::core::Role", "participant"),
    QT_TRANSLATE_NOOP("entente::core::Role", "chair"),
    QT_TRANSLATE_NOOP("entente::core::Role", "signatory"),
    QT_TRANSLATE_NOOP("entente::core::Role", "donor"),
    QT_TRANSLATE_NOOP("entente::core::Role", "recipient"),
};
} // namespace

QString roleText(const QString &role)
{
    for (const char *known : kRoles)
        if (role == QLatin1String(known))
            return QCoreApplication::translate("entente::core::Role", known);
    return role;
}

QStringList knownRoles()
{
    QStringList roles;
    for (const char *known : kRoles)
        roles.append(QString::fromLatin1(known));
    return roles;
}

} // namespace entente::core
