// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "editing.h"

#include "extract/reporttext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

enum Column { DateColumn, TitleColumn, CountriesColumn, TypeColumn, ConfidenceColumn };

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportDialog::ReportDialog(Editing *editing, const EventEditor::Choices &choices, QWidget *parent)
    : QDialog(parent), m_editing(editing), m_choices(choices),
      m_extractor(std::make_shared<core::ReportExtractor>(choices.countries)),
      m_readTimer(new QTimer(this))
{
    setWindowTitle(tr("Events from a Report"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createReportSide());
    splitter->addWidget(createProposalSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_acceptReviewed = buttons->addButton(tr("A&ccept Reviewed"), QDialogButtonBox::AcceptRole);
    m_acceptReviewed->setObjectName(u"acceptReviewed"_s);
    m_acceptReviewed->setToolTip(tr("Write the accepted events, citing the report (Ctrl+Return)."));
    new QShortcut(QKeySequence(u"Ctrl+Return"_s, QKeySequence::PortableText), this,
                  [this] { acceptReviewed(); });
    connect(m_acceptReviewed, &QPushButton::clicked, this, &ReportDialog::acceptReviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(300);
    connect(m_readTimer, &QTimer::timeout, this, &ReportDialog::read);
    connect(&m_reading, &QFutureWatcher<QList<core::Proposal>>::finished, this, [this] {
        if (std::exchange(m_readAgain, false)) {
            read();
            return;
        }
        showProposals(m_reading.result());
    });
    resize(1200, 760);
    updateButtons();
}

ReportDialog::~ReportDialog()
{
    m_reading.waitForFinished();
}

QWidget *ReportDialog::createReportSide()
{
    auto *side = new QWidget(this);
    auto *form = new QFormLayout;
    auto field = [&](QLineEdit **edit, const char *name, const QString &label) {
        *edit = new QLineEdit(side);
        (*edit)->setObjectName(QLatin1String(name));
        form->addRow(label, *edit);
    };
    field(&m_title, "reportTitle", tr("&Headline:"));
    field(&m_publisher, "publisher", tr("&Publisher:"));
    field(&m_author, "author", tr("&Author:"));
    field(&m_published, "published", tr("Published o&n:"));
    m_published->setPlaceholderText(tr("YYYY-MM-DD: what dates without a year are counted from"));
    m_publishedProblem = new QLabel(side);
    m_publishedProblem->setObjectName(u"publishedProblem"_s);
    m_publishedProblem->setWordWrap(true);
    form->addRow(QString(), m_publishedProblem);
    m_country = new QComboBox(side);
    m_country->setObjectName(u"reportCountry"_s);
    m_country->setToolTip(tr("Whose officials the report names without saying whose (“the Prime "
                             "Minister”): by default the country of its date line's place."));
    m_country->addItem(tr("Its date line’s, if any"), QString());
    QList<core::Country> byName = m_choices.countries;
    std::sort(byName.begin(), byName.end(), [](const core::Country &a, const core::Country &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const core::Country &c : std::as_const(byName))
        m_country->addItem(tr("%1 (%2)").arg(c.name, c.alpha3), c.alpha3);
    form->addRow(tr("Report's countr&y:"), m_country);
    field(&m_url, "url", tr("&URL:"));
    connect(m_published, &QLineEdit::textEdited, this, &ReportDialog::readSoon);
    connect(m_country, &QComboBox::activated, this, &ReportDialog::readSoon);
    connect(m_publisher, &QLineEdit::textEdited, this, &ReportDialog::readSoon);

    m_text = new QPlainTextEdit(side);
    m_text->setObjectName(u"reportText"_s);
    m_text->setPlaceholderText(tr("Paste the text of a report here, or open a file."));
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReportDialog::readSoon);
    auto *textLabel = new QLabel(tr("Report &text:"), side);
    textLabel->setBuddy(m_text);

    auto *open = new QPushButton(tr("&Open File…"), side);
    open->setToolTip(tr("A report as plain text or an HTML page (Ctrl+O)."));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(textLabel, 1);
    row->addWidget(open);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    return side;
}

QWidget *ReportDialog::createProposalSide()
{
    auto *side = new QWidget(this);
    m_list = new QTreeWidget(side);
    m_list->setObjectName(u"proposals"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Title"), tr("Countries"), tr("Type"), tr("Confidence")});
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("Tick what you have checked against the text (Space); F2 edits, Del "
                          "rejects."));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReportDialog::showCurrent);
    connect(m_list, &QTreeWidget::itemChanged, this, &ReportDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReportDialog::editCurrent);
    auto *listLabel = new QLabel(tr("Proposed e&vents (none written until accepted):"), side);
    listLabel->setBuddy(m_list);

    m_details = new QLabel(side);
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_edit = new QPushButton(tr("&Edit…"), side);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Open the proposal in the event editor (F2)."));
    connect(m_edit, &QPushButton::clicked, this, &ReportDialog::editCurrent);
    m_reject = new QPushButton(tr("&Reject"), side);
    m_reject->setShortcut(QKeySequence::Delete);
    m_reject->setToolTip(tr("Drop the proposal from the list (Del)."));
    connect(m_reject, &QPushButton::clicked, this, &ReportDialog::rejectCurrent);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_details, 1);
    return side;
}

bool ReportDialog::openFile(const QString &path, QString *error)
{
    const QString text = core::readReportFile(path, error);
    if (text.isEmpty())
        return false;
    setReportText(text);
    return true;
}

void ReportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Report"), QString(), tr("Reports (*.txt *.html *.htm);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QString error; !openFile(path, &error))
        QMessageBox::warning(this, tr("Cannot Open the Report"), error);
}

void ReportDialog::setReportText(const QString &text)
{
    QString plain = text;
    plain.replace(u"\r\n"_s, u"\n"_s);
    m_text->setPlainText(plain);
    fillFromHead(core::readReportHead(m_text->toPlainText()), true);
    read();
}

void ReportDialog::fillFromHead(const core::ReportHead &head, bool replace)
{
    const auto fill = [replace](QLineEdit *edit, QString &filled, const QString &value) {
        if (replace || edit->text() == filled)
            edit->setText(value);
        filled = value;
    };
    fill(m_title, m_filled.title, head.title);
    fill(m_publisher, m_filled.publisher, head.publisher);
    fill(m_author, m_filled.author, head.author);
    fill(m_published, m_filled.published, head.published ? head.published->toEdtf() : QString());
    fill(m_url, m_filled.url, head.url);
    const QString country = m_extractor->countryOfDateline(head.dateline);
    if (replace || m_country->currentData().toString() == m_filled.country)
        m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_filled.country = country;
}

std::optional<core::StatedDate> ReportDialog::publishedDate(QString *error) const
{
    const QString text = m_published->text().trimmed();
    if (text.isEmpty()) {
        *error = tr("Without the report's date, dates without a year stay undated.");
        return std::nullopt;
    }
    const auto date = core::PartialDate::fromEdtf(text, error);
    if (!date || date->isUndated() || date->isInterval() ||
        date->precision() != core::DatePrecision::Day) {
        if (date)
            *error = tr("Give the day the report was published, as YYYY-MM-DD.");
        return std::nullopt;
    }
    return date->start();
}

void ReportDialog::readSoon()
{
    m_readTimer->start();
}

void ReportDialog::read()
{
    m_readTimer->stop();
    if (m_reading.isRunning()) {
        m_readAgain = true; // what it reads is out of date already
        return;
    }
    const QString text = m_text->toPlainText();
    core::ReportHead head = core::readReportHead(text);
    // Pasted or typed text fills in what its head gives, but never over what the person typed.
    fillFromHead(head, false);
    QString problem;
    head.published = publishedDate(&problem);
    head.publishedSpan = {};
    m_publishedProblem->setText(problem);
    m_publishedProblem->setVisible(!problem.isEmpty());
    head.publisher = m_publisher->text().trimmed();
    head.country = m_country->currentData().toString();
    m_status->setText(tr("Reading the report…"));
    m_reading.setFuture(QtConcurrent::run(
        [extractor = m_extractor, text, head] { return extractor->propose(text, head); }));
}

bool ReportDialog::isSettled() const
{
    return !m_readTimer->isActive() && !m_reading.isRunning() && !m_readAgain;
}

void ReportDialog::showProposals(const QList<core::Proposal> &proposals)
{
    // What the person did with a proposal stays with it when the text is read again.
    QHash<QString, std::pair<bool, std::optional<core::ImportedEvent>>> reviewed;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        reviewed.insert(m_rows[i].proposal.quotes.value(0) + m_rows[i].proposal.typeCode,
                        {item->checkState(DateColumn) == Qt::Checked, m_rows[i].edited});
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_rows.clear();
    const QLocale locale;
    for (const core::Proposal &p : proposals) {
        const auto before = reviewed.value(p.quotes.value(0) + p.typeCode);
        m_rows.append({p, before.second});
        const QString date = p.date.isUndated() ? tr("undated") : p.date.toDisplayString(locale);
        auto *item = new QTreeWidgetItem(
            m_list, {p.dateNote.isEmpty() ? date : tr("%1 (inferred)").arg(date),
                     before.second ? before.second->title : p.title, p.countries.join(u", "_s),
                     p.typeName, locale.toString(p.confidence, 'f', 2)});
        item->setToolTip(TypeColumn, u"%1 %2"_s.arg(p.typeCode, p.typeName));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(DateColumn, before.first ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(TitleColumn, p.quotes.value(0));
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c != TitleColumn)
            m_list->resizeColumnToContents(c);
    }
    // The title is what a reader scans: the type gives way to it.
    m_list->setColumnWidth(TypeColumn, std::min(m_list->columnWidth(TypeColumn),
                                                fontMetrics().averageCharWidth() * 18));
    if (!m_rows.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
    updateButtons();
    Q_EMIT proposalsChanged();
}

int ReportDialog::currentRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ReportDialog::showCurrent()
{
    const int row = currentRow();
    updateButtons();
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        m_text->setExtraSelections({});
        return;
    }
    const core::Proposal &p = m_rows[row].proposal;
    QStringList lines;
    const QString date = p.date.isUndated() ? tr("undated: the sentence gives no date")
                                            : p.date.toDisplayString(QLocale());
    lines << tr("<b>Date:</b> %1").arg(escaped(date));
    if (!p.dateNote.isEmpty())
        lines << tr("<b>Date note:</b> %1").arg(escaped(p.dateNote));
    QStringList countries;
    for (int i = 0; i < p.countries.size(); ++i)
        countries << tr("%1 (%2)").arg(p.countries[i], p.roles.value(i));
    lines << tr("<b>Countries:</b> %1").arg(escaped(countries.join(u", "_s)));
    QStringList people;
    for (const core::ProposedPerson &person : p.people)
        people << (person.title.isEmpty() ? person.name
                                          : tr("%1, %2").arg(person.name, person.title));
    if (!people.isEmpty())
        lines << tr("<b>People:</b> %1").arg(escaped(people.join(u"; "_s)));
    lines << tr("<b>Type:</b> %1 %2, suggested by “%3”")
                 .arg(p.typeCode, escaped(p.typeName), escaped(p.cue));
    for (const QString &quote : p.quotes)
        lines << u"“%1”"_s.arg(escaped(quote));
    lines << tr("<i>Proposed by Entente from the text; no person has checked it yet.</i>");
    m_details->setText(lines.join(u"<br>"_s));
    highlight(p);
}

void ReportDialog::highlight(const core::Proposal &p)
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor sentence = palette().color(QPalette::Highlight);
    sentence.setAlpha(60);
    auto select = [&](const core::TextSpan &span, const QTextCharFormat &format) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    };
    QTextCharFormat sentenceFormat;
    sentenceFormat.setBackground(sentence);
    for (const core::TextSpan &span : p.sentences)
        select(span, sentenceFormat);
    if (p.dateSpan.isValid()) {
        QTextCharFormat dateFormat;
        dateFormat.setBackground(palette().color(QPalette::Highlight));
        dateFormat.setForeground(palette().color(QPalette::HighlightedText));
        select(p.dateSpan, dateFormat);
    }
    m_text->setExtraSelections(selections);
    if (!p.sentences.isEmpty()) {
        QTextCursor at(m_text->document());
        at.setPosition(int(p.sentences.first().start));
        m_text->setTextCursor(at);
        m_text->ensureCursorVisible();
    }
}

core::Source ReportDialog::reportSource() const
{
    core::Source s;
    s.publisher = m_publisher->text().trimmed();
    s.title = m_title->text().trimmed();
    s.author = m_author->text().trimmed();
    s.url = m_url->text().trimmed();
    QString ignored;
    if (const auto published = publishedDate(&ignored))
        s.published = core::PartialDate::point(*published);
    return s;
}

core::ImportedEvent ReportDialog::eventOf(const Row &row) const
{
    return row.edited ? *row.edited : row.proposal.toEvent(reportSource());
}

void ReportDialog::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    EventEditor editor(m_choices, this);
    editor.setWindowTitle(tr("Edit the Proposed Event"));
    editor.setEvent(eventOf(m_rows[row]));
    if (editor.exec() != QDialog::Accepted)
        return;
    m_rows[row].edited = editor.event();
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    item->setText(TitleColumn, m_rows[row].edited->title);
    item->setCheckState(DateColumn, Qt::Checked); // edited is reviewed
}

void ReportDialog::rejectCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_rows.removeAt(row);
    delete m_list->takeTopLevelItem(row);
    showCurrent();
}

void ReportDialog::setAccepted(int row, bool accepted)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        item->setCheckState(DateColumn, accepted ? Qt::Checked : Qt::Unchecked);
}

QList<core::Proposal> ReportDialog::proposals() const
{
    QList<core::Proposal> out;
    for (const Row &r : m_rows)
        out.append(r.proposal);
    return out;
}

void ReportDialog::updateButtons()
{
    int accepted = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        accepted += m_list->topLevelItem(i)->checkState(DateColumn) == Qt::Checked;
    m_edit->setEnabled(currentRow() >= 0);
    m_reject->setEnabled(currentRow() >= 0);
    m_acceptReviewed->setEnabled(accepted > 0);
    m_status->setText(
        m_rows.isEmpty()
            ? tr("No events proposed yet.")
            : tr("%n event(s) proposed; ", nullptr, int(m_rows.size())) +
                  tr("%n accepted. Nothing is written until you accept them.", nullptr, accepted));
}

void ReportDialog::acceptReviewed()
{
    QList<core::ImportedEvent> events;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(DateColumn) == Qt::Checked)
            events.append(eventOf(m_rows[i]));
    }
    if (events.isEmpty())
        return;
    const core::Source source = reportSource();
    if (source.publisher.isEmpty() && source.title.isEmpty()) {
        QMessageBox::information(
            this, tr("Name the Report"),
            tr("Give the report's publisher or headline: the events cite it."));
        m_publisher->setFocus();
        return;
    }
    if (!m_editing->offerCopy())
        return;
    QString error;
    const QString undo = tr("Add %n Event(s) from a Report", nullptr, int(events.size()));
    if (!m_editing->addAll(events, undo, &error)) {
        QMessageBox::warning(this, tr("Cannot Add the Events"), error);
        return;
    }
    Q_EMIT eventsAccepted(int(events.size()));
    accept();
}

} // namespace entente::ui
