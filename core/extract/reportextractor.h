// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/country.h"
#include "domain/event.h"
#include "extract/temporaltagger.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace entente::core {

/*! A stretch of the report's text: where it starts and how long it is (UTF-16 code units). */
struct TextSpan
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/*! What a report says of itself: the details its source record gets, prefilled from its head. */
struct ReportHead
{
    QString title;
    QString publisher;
    QString author;
    QString url;
    std::optional<StatedDate> published;
    TextSpan publishedSpan;  //!< where the date was read, when it was read from the text
    qsizetype bodyStart = 0; //!< where the report's own text starts, after its head
    QString dateline; //!< the place the body starts with ("NEW DELHI:", "BAKU, June 6"), if any
    /*!
     * The report's own country (ISO alpha-3), as the person reading it gives it: whose officials
     * the text names without saying whose ("the Prime Minister", "Minister Çavuşoğlu"). Empty:
     * the country of the date line's place, when there is one. Never read from the text.
     */
    QString country;
};

/*!
 * Reads the head of a report: header fields ("Source:", "Headline:", "Author:", "Published:",
 * "URL:"), a byline ("By Vugar Khalilov") and a dateline; the body starts after them (or after a
 * line of dashes).
 */
ReportHead readReportHead(QStringView text);

/*! A person a proposal names, with the title and country the text gives. */
struct ProposedPerson
{
    QString name;
    QString title;
    QString country; //!< ISO alpha-3, empty when the text does not say
    friend bool operator==(const ProposedPerson &, const ProposedPerson &) = default;
};

/*! One event the text reports, proposed for a person to check. */
struct Proposal
{
    QList<TextSpan> sentences; //!< the first is the sentence it rests on; more where repeated
    QStringList quotes;        //!< those sentences, verbatim
    PartialDate date;          //!< undated when the sentence gives none (never guessed)
    QString dateNote;          //!< what was inferred, and from what
    TextSpan dateSpan;         //!< the date expression in the text
    QStringList countries;     //!< ISO alpha-3, in order of mention
    QStringList roles;         //!< per country: "party", "visitor", "host"
    QList<ProposedPerson> people;
    QStringList organisations;
    QString typeCode; //!< CAMEO or entente: code
    QString typeName;
    QString cue; //!< the words that suggested the type, as written
    QStringList topics;
    double confidence = 0;
    QString title; //!< a suggested title

    /*! The proposal as an event not yet checked by a person, citing \a source. */
    ImportedEvent toEvent(const Source &source) const;
};

/*!
 * Proposes the events a news report states, each with its sentence quoted verbatim, its date
 * resolved against the report's date (and what was inferred said), its countries (by name,
 * adjective or capital), people and organisations, a suggested event type and topics.
 * Sentences that only repeat an event already proposed join it as further quotes.
 */
class ReportExtractor final
{
public:
    /*! \a countries: ISO 3166-1 as iso-codes gives it (their names are looked for too). */
    explicit ReportExtractor(const QList<Country> &countries);
    ~ReportExtractor();
    ReportExtractor(const ReportExtractor &) = delete;
    ReportExtractor &operator=(const ReportExtractor &) = delete;

    /*! The proposals for the body of \a text (from head.bodyStart), in the order of the text. */
    QList<Proposal> propose(QStringView text, const ReportHead &head) const;

    /*! The country (ISO alpha-3) of the place a date line names ("NEW DELHI:"), or empty. */
    QString countryOfDateline(QStringView dateline) const;

    /*! The sentences of \a text from \a from on (QTextBoundaryFinder), trimmed, without empty ones.
     */
    static QList<TextSpan> sentences(QStringView text, qsizetype from = 0);

    struct Data; //!< the lexicon and cue table, read once

private:
    std::unique_ptr<Data> d;
};

} // namespace entente::core
