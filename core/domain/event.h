// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/country.h"
#include "domain/partialdate.h"
#include "domain/topic.h"

#include <QList>
#include <QString>

#include <optional>

namespace entente::core {

/*! A publication that facts are taken from. */
struct Source
{
    qint64 id = 0;
    QString publisher;
    QString title;
    QString author;
    PartialDate published;
    QString url;
    QString cites; //!< the primary source the publication itself names
};

/*! What one fact rests on: a source and the sentence quoted from it. */
struct Citation
{
    Source source;
    QString quote;
    QString cites; //!< the primary source named for this fact, if any
    QString note;  //!< e.g. a conflict within the source
};

/*! A country taking part in an event, with its role ("host", "visitor", "party", …). */
struct Participant
{
    Country country;
    QString role;
};

/*! A person or organisation named in an event. */
struct NamedActor
{
    QString name;
    QString kind; //!< "person" or "organisation"
    QString description;
    QString role;
};

/*!
 * The date as a reader should see it: the stated date, or "current on …" for a state of affairs
 * whose start and end are unknown but which the source shows current on \a attestedOn.
 */
QString statedDateText(const PartialDate &date, const std::optional<PartialDate> &attestedOn,
                       const QLocale &locale = QLocale());

/*! What is said of an event, stored or new: its title, summary, date as stated and type. */
struct EventDescription
{
    QString title;
    QString summary;
    PartialDate date;
    /*! For a state of affairs with unknown start and end: a day the source shows it current. */
    std::optional<PartialDate> attestedOn;
    QString dateNote;
    EventType type;
    /*! Proposed from a report's text and not yet reviewed by a person against its source. */
    bool unreviewed = false;

    /*! The date as a reader should see it, including "current on …" for attested states. */
    QString dateText(const QLocale &locale = QLocale()) const;
};

/*! One diplomatic event with everything the details pane shows. */
struct Event : EventDescription
{
    qint64 id = 0;
    QList<Participant> participants;
    QList<Topic> topics;
    QList<NamedActor> actors;
    QList<Citation> citations;
};

/*! A measured value between two countries over a period (imports in US$ in 2021). */
struct Observation
{
    qint64 id = 0;
    QString indicator;
    Country reporter;
    Country partner;
    PartialDate period;
    double value = 0;
    QString unit;
    QString note;
    QList<Citation> citations;
};

/*! A citation of a new event: its source by its fields, not a database id. */
struct ImportedCitation
{
    Source source; //!< id unused
    QString quote;
    QString cites;
    QString note;
};

/*!
 * A new event before it is written: codes and names, not database ids. What the readers of
 * formats/ produce, what the generator makes, and what EventWriter writes.
 */
struct ImportedEvent : EventDescription
{
    QString where; //!< "line 12", "events[3]": where a file has it (empty otherwise)
    struct Party
    {
        QString alpha3;
        QString role = QStringLiteral("party");
    };
    QList<Party> countries;
    QList<Topic> topics; //!< slug and name; colour may be empty
    QList<NamedActor> actors;
    QList<ImportedCitation> citations;
    /*!
     * The title and summary as the full-text index holds them (foldForSearch()). EventWriter
     * folds them when they are null; a bulk writer's producer folds them on its own thread
     * (EventWriter::foldText()).
     */
    QString foldedTitle, foldedSummary;
};

/*!
 * \a e as a new event would be written: what undo keeps of an event, what an editor starts from,
 * and what "Duplicate" copies.
 */
ImportedEvent toImported(const Event &e);

} // namespace entente::core
