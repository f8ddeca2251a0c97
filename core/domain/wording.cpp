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

QString yearText(qint64 year, const QLocale &locale)
{
    // Astronomical years, as EDTF counts them: 0 is 1 BCE, -499 is 500 BCE.
    const qint64 n = year <= 0 ? 1 - year : year;
    QLocale plain = locale;
    // "2022", but "13,800,000,001 BCE": deep time's digits are grouped.
    if (year >= -9999 && year <= 9999)
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
    if (year <= 0)
        return Text::tr("%1 BCE", "a year before the common era").arg(plain.toString(n));
    return plain.toString(n);
}

QString roundYearText(qint64 year, const QLocale &locale)
{
    const qint64 n = year <= 0 ? 1 - year : year;
    QString number;
    // The count given to tr() only chooses the grammatical number ("1 milliard", "2 milliards").
    const double billions = double(n) / 1e9, millions = double(n) / 1e6;
    if (n >= 1'000'000'000)
        number = Text::tr("%1 billion", "years: “13.8 billion BCE”", billions < 2 ? 1 : 2)
                     .arg(locale.toString(billions, 'g', 4));
    else if (n >= 1'000'000)
        number = Text::tr("%1 million", "years: “65 million BCE”", millions < 2 ? 1 : 2)
                     .arg(locale.toString(millions, 'g', 4));
    else
        return yearText(year, locale);
    return year <= 0 ? Text::tr("%1 BCE", "a year before the common era").arg(number) : number;
}

QString monthAndYear(int month, qint64 year, const QLocale &locale)
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

QString dayMonthAndYear(int day, int month, qint64 year, const QLocale &locale)
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
