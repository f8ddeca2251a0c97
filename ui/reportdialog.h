// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventeditor.h"

#include "extract/reportextractor.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace entente::ui {

class Editing;

/*!
 * File › Events from a Report…: the user pastes a report or opens a .txt or .html file; its
 * publication details are filled in where the text gives them (and stay editable); the events the
 * text states are proposed beside it, each with its sentence and date expression highlighted in
 * the text when selected. Each proposal can be edited in the event editor, accepted or rejected;
 * Accept Reviewed writes the accepted ones, citing the report, as one step of the undo history.
 * Nothing is written before that.
 *
 * The text is read on a worker thread (the window never waits for it), again a moment after each
 * change to it or to the publication date; what the user has accepted or edited is kept across.
 */
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Editing *editing, const EventEditor::Choices &choices, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /*! Reads the report in \a path (text or HTML): false with one sentence in \a error. */
    bool openFile(const QString &path, QString *error);
    /*! Shows \a text as the report, its details read from its head. */
    void setReportText(const QString &text);

    /*! The proposals shown now. */
    QList<core::Proposal> proposals() const;
    /*! Whether the proposals are up to date with the text (no reading pending or running). */
    bool isSettled() const;
    /*! Marks the proposal in \a row accepted (or not). */
    void setAccepted(int row, bool accepted);
    /*! The source the accepted events will cite: the report as its details say now. */
    core::Source reportSource() const;

Q_SIGNALS:
    /*! The proposals were read anew from the text. */
    void proposalsChanged();
    /*! \a count events were handed to the editor to be written. */
    void eventsAccepted(int count);

private:
    struct Row
    {
        core::Proposal proposal;
        std::optional<core::ImportedEvent> edited; //!< what the person made of it in the editor
    };

    QWidget *createReportSide();
    QWidget *createProposalSide();
    void chooseFile();
    void readSoon();
    void read();
    /*!
     * Fills the report's details from its head: every field when \a replace (a file opened),
     * else only those the person has not changed since the text last filled them.
     */
    void fillFromHead(const core::ReportHead &head, bool replace);
    void showProposals(const QList<core::Proposal> &proposals);
    void showCurrent();
    void highlight(const core::Proposal &p);
    void editCurrent();
    void rejectCurrent();
    void acceptReviewed();
    void updateButtons();
    std::optional<core::StatedDate> publishedDate(QString *error) const;
    core::ImportedEvent eventOf(const Row &row) const;
    int currentRow() const;

    Editing *m_editing;
    EventEditor::Choices m_choices;
    std::shared_ptr<const core::ReportExtractor> m_extractor;
    QFutureWatcher<QList<core::Proposal>> m_reading;
    bool m_readAgain = false;
    QTimer *m_readTimer;
    QList<Row> m_rows;
    bool m_headFromText = false;

    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLabel *m_publishedProblem;
    QComboBox *m_country;
    struct Filled // what the report's head last put in the fields
    {
        QString title, publisher, author, published, url, country;
    } m_filled;
    QLineEdit *m_url;
    QPlainTextEdit *m_text;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_reject;
    QPushButton *m_acceptReviewed;
};

} // namespace entente::ui
