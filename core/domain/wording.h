// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace entente::core {

/*! "a, b or c": choices in words, for messages and --help (the last two joined by "or"). */
QString alternatives(QStringList items);

/*! A year as \a locale writes numbers, not grouped up to four digits: "2022", not "2,022", but
    "13,800,000,001 BCE"; an astronomical year before 1 CE in words: 0 is "1 BCE", -499 "500 BCE".
 */
QString yearText(qint64 year, const QLocale &locale);

/*! yearText(), with years of millions and billions in words to four significant digits ("65
    million BCE", "13.8 billion BCE"), as a deep-time axis labels its ticks and a chart its bins. */
QString roundYearText(qint64 year, const QLocale &locale);

/*! "April 2022": the month's stand-alone name (nominative where the grammar has cases). */
QString monthAndYear(int month, qint64 year, const QLocale &locale);

/*! "5 April 2022", in the order and month form the translation gives. */
QString dayMonthAndYear(int day, int month, qint64 year, const QLocale &locale);

/*! "3 March", the first half of "3 March – 4 April 2014". */
QString dayAndMonth(int day, int month, const QLocale &locale);

/*!
 * A participant's role in the user's language ("host" -> "hôte"); the stored role words stay
 * English. An unknown role is shown as it is stored.
 */
QString roleText(const QString &role);

/*! The roles offered when a person adds a country to an event, as stored. */
QStringList knownRoles();

} // namespace entente::core
