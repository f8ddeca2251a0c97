// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "index/dataset.h"

#include "colours.h"

#include "domain/wording.h"
#include "formats/importdata.h"
#include "index/eventfilter.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

enum ItemRole {
    CodeRole = Qt::UserRole,
    RoleRole,
    NameRole,
    KindRole,
    DescriptionRole,
    ColourRole
};

// One end of an EDTF date, taken apart: year, month, day and the qualifier.
const QRegularExpression kEnd(u"^(-?\\d{1,4})(?:-(\\d{2})?)?(?:-(\\d{0,2}))?([~?%]?)$"_s);

// Rewrites each known end of \a text (split at '/') with \a change.
QString rewriteEnds(const QString &text,
                    const std::function<QString(const QRegularExpressionMatch &)> &change)
{
    QStringList ends = text.trimmed().split(u'/');
    for (QString &end : ends) {
        const QRegularExpressionMatch m = kEnd.match(end);
        if (m.hasMatch())
            end = change(m);
    }
    return ends.join(u'/');
}

QLabel *problemLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    // One line: a word-wrapped label's height-for-width squeezes the field above it in the form.
    // Red, pulled towards the theme's text colour: readable on light and dark palettes.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               mix(p.color(QPalette::WindowText), QColor(0xd0, 0x20, 0x20), 0.75));
    label->setPalette(p);
    label->hide();
    return label;
}

QString sourceLabel(const core::ImportedCitation &c)
{
    QStringList parts;
    for (const QString &part : {c.source.publisher, c.source.title})
        if (!part.isEmpty())
            parts.append(part);
    return parts.isEmpty() ? EventEditor::tr("(new source)") : parts.join(u" — "_s);
}

// Widgets one above the other, as one field of the form: its label's mnemonic goes to the first.
QWidget *stacked(std::initializer_list<QWidget *> widgets)
{
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    for (QWidget *w : widgets)
        box->addWidget(w);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(*widgets.begin());
    return widget;
}

void showProblem(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(u'\n'));
    label->setVisible(!messages.isEmpty());
}

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

QString countryLabel(const core::Country &c)
{
    return u"%1 (%2)"_s.arg(c.displayName(), c.alpha3);
}

} // namespace

/*! The fields of the source shown under the list of sources. */
struct EventEditor::SourceFields
{
    QLineEdit *publisher, *author, *title, *published, *url, *cites, *note;
    QPlainTextEdit *quote;
    QWidget *box;
};

EventEditor::~EventEditor() = default;

EventEditor::EventEditor(const Choices &choices, QWidget *parent)
    : QDialog(parent), m_choices(choices)
{
    setWindowTitle(tr("Event"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit;
    m_title->setObjectName(u"title"_s);
    m_titleProblem = problemLabel(u"titleProblem"_s);
    form->addRow(tr("&Title:"), stacked({m_title, m_titleProblem}));
    form->addRow(tr("&Date:"), createDateRow());
    m_dateNote = new QLineEdit;
    m_dateNote->setObjectName(u"dateNote"_s);
    m_dateNote->setPlaceholderText(
        tr("e.g. The report says “on June 1”; the year follows from the report's date."));
    form->addRow(tr("Date &note:"), m_dateNote);
    m_type = new QComboBox;
    m_type->setObjectName(u"type"_s);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->completer()->setFilterMode(Qt::MatchContains);
    m_type->completer()->setCompletionMode(QCompleter::PopupCompletion);
    QStringList codes;
    for (const core::EventType &t : m_choices.types) {
        m_type->addItem(u"%1 — %2"_s.arg(t.code, t.name), t.code);
        codes.append(t.code);
    }
    // CAMEO's twenty root codes, for a type the database does not have yet.
    for (int root = 1; root <= 20; ++root) {
        const QString code = u"%1"_s.arg(root, 2, 10, QLatin1Char('0'));
        if (!codes.contains(code))
            m_type->addItem(u"%1 — %2"_s.arg(code, core::cameoRootDisplayName(code)), code);
    }
    m_type->setCurrentIndex(-1);
    m_typeProblem = problemLabel(u"typeProblem"_s);
    form->addRow(tr("T&ype:"), stacked({m_type, m_typeProblem}));
    form->addRow(tr("C&ountries:"), createCountries());
    form->addRow(tr("Top&ics:"), createTopics());
    form->addRow(tr("Peop&le and\norganisations:"), createActors());
    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("Sourc&es:"), createSources());
    // Shown for an event proposed from a report: the person says they checked it.
    m_reviewed = new QCheckBox(tr("I have &checked this event against its source"));
    m_reviewed->setObjectName(u"reviewed"_s);
    m_reviewed->setToolTip(core::Dataset::notReviewedText());
    m_reviewed->hide();
    form->addRow(QString(), m_reviewed);

    auto *content = new QWidget;
    content->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);
    resize(760, 820);

    for (QLineEdit *edit : {m_title, m_dateNote, m_date})
        connect(edit, &QLineEdit::textChanged, this, &EventEditor::revalidate);
    connect(m_type, &QComboBox::currentTextChanged, this, &EventEditor::revalidate);
    connect(m_yearInferred, &QCheckBox::toggled, this, &EventEditor::revalidate);
    revalidate();
}

QWidget *EventEditor::createDateRow()
{
    m_date = new QLineEdit;
    m_date->setObjectName(u"date"_s);
    m_date->setPlaceholderText(tr("EDTF: 2022-06-01, 2022-06, 2014-04-23/2014-04-24, 2019~"));
    m_date->setToolTip(
        tr("The date as the source states it, in EDTF: a day, a month or a year; an interval "
           "with “/”; “..” for an open end; “~” approximate, “?” uncertain. Empty for an undated "
           "event."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_date, 1);
    const std::pair<QString, core::DatePrecision> precisions[] = {
        {tr("Day"), core::DatePrecision::Day},
        {tr("Month"), core::DatePrecision::Month},
        {tr("Year"), core::DatePrecision::Year}};
    for (const auto &[text, precision] : precisions) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setToolTip(tr("Keep the date to this precision"));
        connect(button, &QToolButton::clicked, this, [this, p = precision] { setPrecision(p); });
        row->addWidget(button);
    }
    m_approximate = new QCheckBox(tr("Appro&ximate"));
    m_approximate->setObjectName(u"approximate"_s);
    m_uncertain = new QCheckBox(tr("&Uncertain"));
    connect(m_approximate, &QCheckBox::toggled, this, [this](bool on) { setQualifier(u'~', on); });
    connect(m_uncertain, &QCheckBox::toggled, this, [this](bool on) { setQualifier(u'?', on); });
    row->addWidget(m_approximate);
    row->addWidget(m_uncertain);
    m_dateWords = new QLabel;
    m_dateWords->setObjectName(u"dateWords"_s);
    m_dateProblem = problemLabel(u"dateProblem"_s);
    m_yearInferred = new QCheckBox(tr("The source gives no year: it is in&ferred (say from what "
                                      "in the date note)"));
    m_yearInferred->setObjectName(u"yearInferred"_s);
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    box->addLayout(row);
    box->addWidget(m_dateWords);
    box->addWidget(m_dateProblem);
    box->addWidget(m_yearInferred);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(m_date);
    return widget;
}

QWidget *EventEditor::createCountries()
{
    m_countries = new QListWidget;
    m_countries->setObjectName(u"countries"_s);
    m_countries->setMaximumHeight(m_countries->fontMetrics().lineSpacing() * 4 + 10);
    m_countryInput = new QLineEdit;
    m_countryInput->setObjectName(u"countryInput"_s);
    m_countryInput->setPlaceholderText(tr("Country name or ISO code"));
    QStringList names;
    for (const core::Country &c : m_choices.countries)
        names.append(countryLabel(c));
    auto *completer = new QCompleter(names, m_countryInput);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_countryInput->setCompleter(completer);
    m_role = new QComboBox;
    m_role->setObjectName(u"role"_s);
    m_role->setEditable(true);
    // Shown in the user's language, stored in English as the data has them; a role typed in is
    // stored as typed.
    for (const QString &role : core::knownRoles())
        m_role->addItem(core::roleText(role), role);
    auto *add = new QPushButton(tr("&Add Country"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &EventEditor::addCountry);
    connect(m_countryInput, &QLineEdit::returnPressed, this, &EventEditor::addCountry);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_countries->currentItem();
        revalidate();
    });
    m_countryProblem = problemLabel(u"countryProblem"_s);
    // What is wrong with the country typed, apart from the event's problems: it stays until the
    // text changes.
    m_countryInputProblem = problemLabel(u"countryInputProblem"_s);
    connect(m_countryInput, &QLineEdit::textChanged, m_countryInputProblem, &QWidget::hide);
    auto *row = new QHBoxLayout;
    row->addWidget(m_countryInput, 1);
    row->addWidget(m_role);
    row->addWidget(add);
    row->addWidget(remove);
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    box->addWidget(m_countries);
    box->addLayout(row);
    box->addWidget(m_countryInputProblem);
    box->addWidget(m_countryProblem);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(m_countryInput);
    return widget;
}

QWidget *EventEditor::createTopics()
{
    m_topics = new QListWidget;
    m_topics->setObjectName(u"topics"_s);
    m_topics->setMaximumHeight(m_topics->fontMetrics().lineSpacing() * 5 + 10);
    for (const core::Topic &t : m_choices.topics) {
        auto *item = new QListWidgetItem(swatch(t.colour), t.name, m_topics);
        item->setData(CodeRole, t.slug);
        item->setData(ColourRole, t.colour);
        for (const core::Topic &p : m_choices.topics) {
            if (p.slug == t.parent && !t.parent.isEmpty())
                item->setToolTip(
                    tr("Inside “%1”: an event of this topic is one of that too.").arg(p.name));
        }
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_newTopic = new QLineEdit;
    m_newTopic->setObjectName(u"newTopic"_s);
    m_newTopic->setPlaceholderText(tr("A new topic's name"));
    auto *add = new QPushButton(tr("New Topi&c…"));
    add->setToolTip(tr("Adds the topic named on the left, with a colour you choose"));
    connect(add, &QPushButton::clicked, this, &EventEditor::addTopic);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newTopic, 1);
    row->addWidget(add);
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    box->addWidget(m_topics);
    box->addLayout(row);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(m_topics);
    return widget;
}

QWidget *EventEditor::createActors()
{
    m_actors = new QListWidget;
    m_actors->setObjectName(u"actors"_s);
    m_actors->setMaximumHeight(m_actors->fontMetrics().lineSpacing() * 3 + 10);
    m_actorName = new QLineEdit;
    m_actorName->setPlaceholderText(tr("Name"));
    m_actorKind = new QComboBox;
    m_actorKind->addItem(tr("person"), u"person"_s);
    m_actorKind->addItem(tr("organisation"), u"organisation"_s);
    m_actorTitle = new QLineEdit;
    m_actorTitle->setPlaceholderText(tr("Title or description"));
    m_actorRole = new QLineEdit;
    m_actorRole->setPlaceholderText(tr("Role"));
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &EventEditor::addActor);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_actors->currentItem(); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_actorName, 2);
    row->addWidget(m_actorKind);
    row->addWidget(m_actorTitle, 2);
    row->addWidget(m_actorRole, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    box->addWidget(m_actors);
    box->addLayout(row);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(m_actorName);
    return widget;
}

QWidget *EventEditor::createSources()
{
    m_sources = new QListWidget;
    m_sources->setObjectName(u"sources"_s);
    m_sources->setMaximumHeight(m_sources->fontMetrics().lineSpacing() * 3 + 10);
    auto *add = new QPushButton(tr("Add Sou&rce"));
    auto *remove = new QPushButton(tr("Remove Source"));
    connect(add, &QPushButton::clicked, this, &EventEditor::addSource);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_sources->currentRow();
        if (row < 0)
            return;
        m_shownSource = -1;
        m_citations.removeAt(row);
        delete m_sources->takeItem(row);
        showSource(m_sources->currentRow());
        revalidate();
    });
    connect(m_sources, &QListWidget::currentRowChanged, this, [this](int row) {
        storeSource(m_shownSource);
        showSource(row);
    });
    auto *fields = new QFormLayout;
    auto line = [&](const QString &label, const QString &name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        fields->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            storeSource(m_shownSource);
            revalidate();
        });
        return edit;
    };
    m_sourceFields = std::make_unique<SourceFields>();
    m_sourceFields->publisher = line(tr("Publisher:"), u"publisher"_s);
    m_sourceFields->author = line(tr("Author:"), u"author"_s);
    m_sourceFields->title = line(tr("Title:"), u"sourceTitle"_s);
    m_sourceFields->published = line(tr("Published (EDTF):"), u"published"_s);
    m_sourceFields->url = line(tr("URL:"), u"url"_s);
    m_sourceFields->cites = line(tr("Cites:"), u"cites"_s);
    m_sourceFields->quote = new QPlainTextEdit;
    m_sourceFields->quote->setObjectName(u"quote"_s);
    m_sourceFields->quote->setTabChangesFocus(true);
    m_sourceFields->quote->setPlaceholderText(tr("The sentence the event rests on, verbatim"));
    m_sourceFields->quote->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    connect(m_sourceFields->quote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            storeSource(m_shownSource);
            revalidate();
        }
    });
    fields->addRow(tr("Quote:"), m_sourceFields->quote);
    m_sourceFields->note = line(tr("Note:"), u"citationNote"_s);
    m_sourceFields->box = new QGroupBox(tr("The selected source"));
    m_sourceFields->box->setLayout(fields);
    m_sourceFields->box->setEnabled(false);
    m_sourceProblem = problemLabel(u"sourceProblem"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *box = new QVBoxLayout;
    box->setContentsMargins({});
    box->addWidget(m_sources);
    box->addLayout(buttons);
    box->addWidget(m_sourceProblem);
    box->addWidget(m_sourceFields->box);
    auto *widget = new QWidget;
    widget->setLayout(box);
    widget->setFocusProxy(m_sources);
    return widget;
}

void EventEditor::setPrecision(core::DatePrecision precision)
{
    m_date->setText(rewriteEnds(m_date->text(), [&](const QRegularExpressionMatch &m) -> QString {
        QStringList parts{m.captured(1)};
        if (precision != core::DatePrecision::Year)
            parts.append(m.captured(2));
        if (precision == core::DatePrecision::Day)
            parts.append(m.captured(3));
        return parts.join(u'-') + m.captured(4);
    }));
    m_date->setFocus();
    // Where a part is still to be typed, the cursor waits there.
    const qsizetype gap = m_date->text().indexOf(QRegularExpression(u"-(?=-|/|$|[~?%])"_s));
    if (gap >= 0)
        m_date->setCursorPosition(int(gap) + 1);
}

void EventEditor::setQualifier(QChar qualifier, bool on)
{
    if (m_loading)
        return;
    m_date->setText(rewriteEnds(m_date->text(), [&](const QRegularExpressionMatch &m) -> QString {
        const QString old = m.captured(4);
        bool approximate = old == u"~"_s || old == u"%"_s;
        bool uncertain = old == u"?"_s || old == u"%"_s;
        (qualifier == u'~' ? approximate : uncertain) = on;
        const QString end = m.captured(0).left(m.capturedStart(4) - m.capturedStart(0));
        return end + (approximate && uncertain ? u"%"_s
                      : approximate            ? u"~"_s
                      : uncertain              ? u"?"_s
                                               : QString());
    }));
}

void EventEditor::addCountry()
{
    QString text = m_countryInput->text().trimmed();
    // "Cambodia (KHM)" as the completer writes it.
    static const QRegularExpression coded(u"\\(([A-Za-z]{3})\\)\\s*$"_s);
    if (const auto m = coded.match(text); m.hasMatch())
        text = m.captured(1);
    QStringList suggestions;
    const qsizetype i = core::findCountry(m_choices.countries, text, &suggestions);
    if (i < 0) {
        showProblem(m_countryInputProblem,
                    {suggestions.isEmpty() ? tr("“%1” is not a country.").arg(text)
                                           : tr("“%1” is not a country; did you mean %2?")
                                                 .arg(text, suggestions.join(u", "_s))});
        return;
    }
    const core::Country &c = m_choices.countries[i];
    const bool offered = m_role->currentIndex() >= 0 &&
                         m_role->currentText() == m_role->itemText(m_role->currentIndex());
    const QString role =
        offered ? m_role->currentData().toString() : m_role->currentText().trimmed();
    auto *item =
        new QListWidgetItem(u"%1 — %2"_s.arg(countryLabel(c), core::roleText(role)), m_countries);
    item->setData(CodeRole, c.alpha3);
    item->setData(RoleRole, role.isEmpty() ? u"party"_s : role);
    m_countryInput->clear();
    revalidate();
}

void EventEditor::addTopic()
{
    const QString name = m_newTopic->text().trimmed();
    if (name.isEmpty()) {
        m_newTopic->setFocus();
        return;
    }
    const QColor colour =
        QColorDialog::getColor(QColor(0x33, 0x66, 0x99), this, tr("The Colour of “%1”").arg(name));
    if (!colour.isValid())
        return;
    auto *item = new QListWidgetItem(swatch(colour.name()), name, m_topics);
    item->setData(CodeRole, core::slugFor(name));
    item->setData(ColourRole, colour.name());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_newTopic->clear();
}

void EventEditor::addActor()
{
    const QString name = m_actorName->text().trimmed();
    if (name.isEmpty()) {
        m_actorName->setFocus();
        return;
    }
    const core::NamedActor a{name, m_actorKind->currentData().toString(),
                             m_actorTitle->text().trimmed(), m_actorRole->text().trimmed()};
    QString label = a.description.isEmpty() ? name : u"%1, %2"_s.arg(name, a.description);
    if (!a.role.isEmpty())
        label += u" — "_s + a.role;
    auto *item = new QListWidgetItem(label, m_actors);
    item->setData(NameRole, a.name);
    item->setData(KindRole, a.kind);
    item->setData(DescriptionRole, a.description);
    item->setData(RoleRole, a.role);
    for (QLineEdit *edit : {m_actorName, m_actorTitle, m_actorRole})
        edit->clear();
}

void EventEditor::addSource()
{
    storeSource(m_shownSource);
    m_citations.append(core::ImportedCitation());
    m_sources->addItem(sourceLabel({}));
    m_sources->setCurrentRow(m_sources->count() - 1);
    m_sourceFields->publisher->setFocus();
    revalidate();
}

void EventEditor::showSource(int row)
{
    m_loading = true;
    m_shownSource = row;
    const core::ImportedCitation c =
        row >= 0 && row < m_citations.size() ? m_citations[row] : core::ImportedCitation();
    m_sourceFields->publisher->setText(c.source.publisher);
    m_sourceFields->author->setText(c.source.author);
    m_sourceFields->title->setText(c.source.title);
    m_sourceFields->published->setText(
        c.source.published.isUndated() ? QString() : c.source.published.toEdtf());
    m_sourceFields->url->setText(c.source.url);
    m_sourceFields->cites->setText(c.cites);
    m_sourceFields->quote->setPlainText(c.quote);
    m_sourceFields->note->setText(c.note);
    m_sourceFields->box->setEnabled(row >= 0);
    m_loading = false;
}

void EventEditor::storeSource(int row)
{
    if (m_loading || row < 0 || row >= m_citations.size())
        return;
    core::ImportedCitation &c = m_citations[row];
    c.source.publisher = m_sourceFields->publisher->text().trimmed();
    c.source.author = m_sourceFields->author->text().trimmed();
    c.source.title = m_sourceFields->title->text().trimmed();
    c.source.published = core::PartialDate::fromEdtf(m_sourceFields->published->text().trimmed())
                             .value_or(core::PartialDate());
    c.source.url = m_sourceFields->url->text().trimmed();
    c.cites = m_sourceFields->cites->text().trimmed();
    c.quote = m_sourceFields->quote->toPlainText().trimmed();
    c.note = m_sourceFields->note->text().trimmed();
    if (QListWidgetItem *item = m_sources->item(row))
        item->setText(sourceLabel(c));
}

std::optional<core::PartialDate> EventEditor::parsedDate(QString *error) const
{
    return core::PartialDate::fromEdtf(m_date->text().trimmed(), error);
}

QString EventEditor::dateFeedback() const
{
    QString error;
    const auto date = parsedDate(&error);
    if (!date)
        return error;
    if (date->isUndated())
        return tr("No date: the event is listed among the undated ones.");
    QString words = date->toDisplayString();
    if (!date->isInterval()) {
        if (date->precision() == core::DatePrecision::Month)
            words = tr("%1, day unknown").arg(words);
        else if (date->precision() == core::DatePrecision::Year)
            words = tr("%1, month and day unknown").arg(words);
    }
    if (m_yearInferred->isChecked())
        words = tr("%1 (year inferred)").arg(words);
    return words;
}

void EventEditor::revalidate()
{
    if (m_loading || !m_buttons)
        return;
    const core::ImportedEvent e = event();
    m_problems = core::checkEvent(e, m_choices.countries);
    QString dateError;
    const auto date = parsedDate(&dateError);
    if (!date)
        m_problems.append({core::EventProblem::Field::Date, dateError, -1});
    else if (m_yearInferred->isChecked() && m_dateNote->text().trimmed().isEmpty())
        m_problems.append({core::EventProblem::Field::Date,
                           tr("Say in the date note what the year is inferred from."), -1});
    m_dateWords->setText(date ? dateFeedback() : QString());
    m_dateWords->setVisible(bool(date));
    if (date) {
        const QSignalBlocker a(m_approximate), u(m_uncertain);
        m_approximate->setChecked(date->isApproximate());
        m_uncertain->setChecked(date->isUncertain());
    }
    auto messages = [this](core::EventProblem::Field field) {
        QStringList out;
        for (const core::EventProblem &p : std::as_const(m_problems))
            if (p.field == field)
                out.append(p.message);
        return out;
    };
    using F = core::EventProblem::Field;
    showProblem(m_titleProblem, messages(F::Title));
    showProblem(m_dateProblem, messages(F::Date));
    showProblem(m_typeProblem, messages(F::Type));
    showProblem(m_countryProblem, messages(F::Countries));
    showProblem(m_sourceProblem, messages(F::Sources));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void EventEditor::setEvent(const core::ImportedEvent &e)
{
    m_loading = true;
    m_reviewed->setVisible(e.unreviewed);
    m_reviewed->setChecked(false);
    m_title->setText(e.title);
    m_summary->setPlainText(e.summary);
    m_date->setText(e.date.isUndated() ? QString() : e.date.toEdtf());
    m_dateNote->setText(e.dateNote);
    m_yearInferred->setChecked(e.dateNote.contains(u"inferred"_s) ||
                               e.dateNote.contains(u"follows from"_s));
    m_attested = e.attestedOn;
    const int type = m_type->findData(e.type.code);
    if (type >= 0) {
        m_type->setCurrentIndex(type);
    } else if (!e.type.code.isEmpty()) {
        m_type->addItem(u"%1 — %2"_s.arg(e.type.code, e.type.name), e.type.code);
        m_type->setCurrentIndex(m_type->count() - 1);
    }
    m_countries->clear();
    for (const core::ImportedEvent::Party &p : e.countries) {
        const auto it = std::find_if(m_choices.countries.begin(), m_choices.countries.end(),
                                     [&](const core::Country &c) { return c.alpha3 == p.alpha3; });
        const QString name = it == m_choices.countries.end() ? p.alpha3 : countryLabel(*it);
        auto *item =
            new QListWidgetItem(u"%1 — %2"_s.arg(name, core::roleText(p.role)), m_countries);
        item->setData(CodeRole, p.alpha3);
        item->setData(RoleRole, p.role);
    }
    for (int i = 0; i < m_topics->count(); ++i) {
        QListWidgetItem *item = m_topics->item(i);
        const bool on = std::any_of(e.topics.begin(), e.topics.end(), [&](const core::Topic &t) {
            return t.slug == item->data(CodeRole).toString();
        });
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_actors->clear();
    m_loading = false;
    for (const core::NamedActor &a : e.actors) {
        m_actorName->setText(a.name);
        m_actorKind->setCurrentIndex(
            m_actorKind->findData(a.kind) >= 0 ? m_actorKind->findData(a.kind) : 0);
        m_actorTitle->setText(a.description);
        m_actorRole->setText(a.role);
        addActor();
    }
    m_citations = e.citations;
    m_sources->clear();
    m_shownSource = -1;
    for (const core::ImportedCitation &c : std::as_const(m_citations))
        m_sources->addItem(sourceLabel(c));
    m_sources->setCurrentRow(m_citations.isEmpty() ? -1 : 0);
    showSource(m_sources->currentRow());
    revalidate();
}

core::ImportedEvent EventEditor::event() const
{
    core::ImportedEvent e;
    e.unreviewed = !m_reviewed->isHidden() && !m_reviewed->isChecked();
    e.title = m_title->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    e.date = parsedDate(nullptr).value_or(core::PartialDate());
    e.attestedOn = m_attested;
    e.dateNote = m_dateNote->text().trimmed();
    const QString code = m_type->currentIndex() >= 0 &&
                                 m_type->currentText() == m_type->itemText(m_type->currentIndex())
                             ? m_type->currentData().toString()
                             : QString();
    for (const core::EventType &t : m_choices.types)
        if (t.code == code)
            e.type = t;
    if (e.type.code.isEmpty() && !code.isEmpty()) {
        const QString text = m_type->currentText();
        e.type = {code, code.startsWith(u"entente:"_s) ? u"entente"_s : u"cameo"_s,
                  text.mid(text.indexOf(u"— "_s) + 2)};
    }
    for (int i = 0; i < m_countries->count(); ++i)
        e.countries.append({m_countries->item(i)->data(CodeRole).toString(),
                            m_countries->item(i)->data(RoleRole).toString()});
    for (int i = 0; i < m_topics->count(); ++i) {
        const QListWidgetItem *item = m_topics->item(i);
        if (item->checkState() == Qt::Checked)
            e.topics.append({0,
                             item->data(CodeRole).toString(),
                             item->text(),
                             item->data(ColourRole).toString(),
                             {}});
    }
    // A topic inside another brings its parents, as an import does, so that filtering on a
    // parent finds the event.
    for (qsizetype i = 0; i < e.topics.size(); ++i) {
        for (const core::Topic &t : m_choices.topics) {
            if (t.slug != e.topics[i].slug || t.parent.isEmpty())
                continue;
            e.topics[i].parent = t.parent;
            const bool listed =
                std::any_of(e.topics.cbegin(), e.topics.cend(),
                            [&](const core::Topic &o) { return o.slug == t.parent; });
            if (!listed) {
                for (const core::Topic &p : m_choices.topics) {
                    if (p.slug == t.parent)
                        e.topics.append(p); // and its own parent, in its turn
                }
            }
        }
    }
    for (int i = 0; i < m_actors->count(); ++i) {
        const QListWidgetItem *item = m_actors->item(i);
        e.actors.append({item->data(NameRole).toString(), item->data(KindRole).toString(),
                         item->data(DescriptionRole).toString(), item->data(RoleRole).toString()});
    }
    e.citations = m_citations;
    return e;
}

void EventEditor::accept()
{
    storeSource(m_shownSource);
    revalidate();
    if (!m_problems.isEmpty())
        return;
    if (core::isUnsourced(event()) && !m_askedUnsourced) {
        m_askedUnsourced = true;
        const auto answer = QMessageBox::question(
            this, tr("Save without a source?"),
            tr("This event quotes no sentence from a source. It will be shown as unsourced "
               "wherever it appears. Save it anyway?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
    }
    QDialog::accept();
}

} // namespace entente::ui
