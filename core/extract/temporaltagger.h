// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partialdate.h"

#include <QList>
#include <QString>

#include <optional>

namespace entente::core {

/*! Whether a sentence reports what has happened or announces what will. */
enum class Tense : quint8 { Past, Future };

/*! One date expression found in a text, resolved to the date it means. */
struct DateMention
{
    qsizetype start = 0; //!< offset of the expression in the text (UTF-16 code units)
    qsizetype length = 0;
    PartialDate date; //!< undated when the expression needs a report date that is not known
    /*!
     * What was inferred and from what ("year inferred from the report's date (6 June 2022)"), in
     * English; empty when the text states the date in full.
     */
    QString note;
    /*! Names a thing rather than dating the sentence ("the 1995 agreement", "2000 troops"). */
    bool attributive = false;

    bool isInferred() const { return !note.isEmpty(); }
};

/*!
 * Finds the date expressions of English news text and resolves them against the report's own
 * date, keeping the precision the text gives and saying what it inferred.
 *
 * It reads absolute dates in the usual orders ("February 2, 1995", "2 February 1995", ISO
 * "1995-02-02", "2/2/1995" only where day and month cannot be swapped), ranges ("April 23-24,
 * 2014", "from 22 to 24 April", "between March and May 2021", "2014-2016"), month and year,
 * year alone, decades ("the 1990s"); dates without a year ("on June 1", "held in April"), whose
 * year is the most recent past one for past-tense sentences and the next one for future-tense
 * sentences; relative expressions ("yesterday", "on Monday", "last week", "earlier this month",
 * "next year", "two days later" after a dated sentence); and a duration attached to a start ("a
 * three-day visit starting April 22" is 22–24 April).
 *
 * Plain code over a table of words: no regular expressions, linear in the text.
 */
class TemporalTagger final
{
public:
    /*! \a reportDate: the day the report was published; without it, dates that need it stay
        undated (never guessed). */
    explicit TemporalTagger(std::optional<StatedDate> reportDate = {});

    /*!
     * Every date expression of \a sentence in order. \a anchor is the last day-precise date of
     * the text so far (what "two days later" counts from); it is updated from this sentence.
     */
    QList<DateMention> tag(QStringView sentence, Tense tense,
                           std::optional<StatedDate> *anchor = nullptr) const;

    /*! Future when the sentence announces (will, is to, is expected to, plans to, next…). */
    static Tense tenseOf(QStringView sentence);

    const std::optional<StatedDate> &reportDate() const { return m_reportDate; }

private:
    std::optional<StatedDate> m_reportDate;
};

/*!
 * The report's own date, from a header line ("Published: 2022-06-06", "Date: 5 June 2023"), a
 * byline or a dateline ("BAKU, June 6, 2022", "05 Jun 2023") in the first lines of \a text, when
 * it gives a full day; nullopt otherwise. \a start and \a length locate the expression.
 */
std::optional<StatedDate> findReportDate(QStringView text, qsizetype *start = nullptr,
                                         qsizetype *length = nullptr);

/*! Whether \a lower, a word in lower case, is a month's or a weekday's full English name. */
bool isMonthOrWeekdayName(QStringView lower);

} // namespace entente::core
