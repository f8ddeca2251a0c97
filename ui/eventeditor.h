// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/eventcheck.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace entente::ui {

/*!
 * The editor of one event of the user's own chronology: a sourced event is easy to make and a
 * wrong one hard.
 *
 * - The date is EDTF text with its meaning in words as it is typed ("April 2022, day unknown"),
 *   buttons that set its precision and its qualifiers, and a mark for a year inferred from the
 *   report's date, which asks for a note saying from what.
 * - Countries are typed ahead over their names and codes and carry roles; topics are the
 *   database's or new ones with a colour; the type is searched among the database's types and
 *   CAMEO's root codes; people and organisations carry titles and roles.
 * - Sources are listed; each has its publisher, author, title, date, URL, what it cites, the
 *   quoted sentence and a note.
 *
 * Problems show in place, under the field, as they are made; Save stays disabled while there are
 * any. Saving an event that quotes no source asks once ("Save without a source?").
 */
class EventEditor final : public QDialog
{
    Q_OBJECT

public:
    /*! What the editor offers: the database's countries, topics and event types. */
    struct Choices
    {
        QList<core::Country> countries;
        QList<core::Topic> topics;
        QList<core::EventType> types;
    };

    EventEditor(const Choices &choices, QWidget *parent = nullptr);
    ~EventEditor() override;

    void setEvent(const core::ImportedEvent &event);
    /*! The event as the fields say now. */
    core::ImportedEvent event() const;
    /*! The problems shown now (empty when the event can be saved). */
    QList<core::EventProblem> problems() const { return m_problems; }
    /*! The meaning of the date as typed, or what is wrong with it. */
    QString dateFeedback() const;

    void accept() override;

private:
    QWidget *createDateRow();
    QWidget *createCountries();
    QWidget *createTopics();
    QWidget *createActors();
    QWidget *createSources();
    void setPrecision(core::DatePrecision precision);
    void setQualifier(QChar qualifier, bool on);
    void addCountry();
    void addTopic();
    void addActor();
    void addSource();
    void showSource(int row);
    void storeSource(int row);
    void revalidate();
    std::optional<core::PartialDate> parsedDate(QString *error) const;

    Choices m_choices;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateWords = nullptr;
    QCheckBox *m_approximate = nullptr;
    QCheckBox *m_uncertain = nullptr;
    QCheckBox *m_yearInferred = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QLineEdit *m_dateNote = nullptr;
    QLabel *m_dateProblem = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeProblem = nullptr;
    QListWidget *m_countries = nullptr;
    QLineEdit *m_countryInput = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_countryProblem = nullptr;
    QLabel *m_countryInputProblem = nullptr;
    QListWidget *m_topics = nullptr;
    QLineEdit *m_newTopic = nullptr;
    QListWidget *m_actors = nullptr;
    QLineEdit *m_actorName = nullptr;
    QComboBox *m_actorKind = nullptr;
    QLineEdit *m_actorTitle = nullptr;
    QLineEdit *m_actorRole = nullptr;
    QListWidget *m_sources = nullptr;
    struct SourceFields;
    std::unique_ptr<SourceFields> m_sourceFields;
    QLabel *m_sourceProblem = nullptr;
    QLabel *m_titleProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<core::ImportedCitation> m_citations;
    int m_shownSource = -1;
    QList<core::EventProblem> m_problems;
    std::optional<core::PartialDate> m_attested; // kept as loaded: not edited here
    bool m_askedUnsourced = false;
    bool m_loading = false;
};

} // namespace entente::ui
