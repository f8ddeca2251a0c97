// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

constexpr int kSampleSize = 200;

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

} // namespace

ImportDialog::ImportDialog(const QString &file, const QString &database, QWidget *parent)
    : QDialog(parent), m_file(file)
{
    setWindowTitle(tr("Import Events — %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QString error = createOptionControls(file, database, form);
    createResultControls(layout);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::workFinished);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::startPreview);
    connect(m_skipProblems, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    for (QLineEdit *edit : {m_countries, m_from, m_to, m_rootCodes})
        connect(edit, &QLineEdit::editingFinished, this, &ImportDialog::startPreview);
    if (!error.isEmpty())
        m_summary->setText(tr("%1 Choose the format it is in.").arg(error));
    QTimer::singleShot(0, this, &ImportDialog::startPreview);
}

// The format (detected: empty, or why not), the target and the filters, in a form on top.
QString ImportDialog::createOptionControls(const QString &file, const QString &database,
                                           QFormLayout *form)
{
    m_format = new QComboBox;
    for (const core::Format *f : core::formats())
        m_format->addItem(f->displayName(), QLatin1String(f->key));
    QString error;
    if (const core::Format *detected = core::detectFormat(file, &error))
        m_format->setCurrentIndex(m_format->findData(QLatin1String(detected->key)));
    m_database = new QLineEdit(database);
    auto *browse = new QPushButton(tr("&Browse…"));
    // Enter imports, wherever the focus is; Space or Alt+B browses.
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Import Into"), m_database->text(), tr("Entente databases (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(path);
    });
    auto *target = new QHBoxLayout;
    target->addWidget(m_database, 1);
    target->addWidget(browse);
    m_countries = new QLineEdit;
    m_countries->setPlaceholderText(tr("any; or ISO alpha-3 codes, e.g. AZE, KHM"));
    m_from = new QLineEdit;
    m_from->setPlaceholderText(tr("EDTF, e.g. 2014"));
    m_to = new QLineEdit;
    m_to->setPlaceholderText(tr("EDTF, e.g. 2022-06"));
    m_rootCodes = new QLineEdit;
    m_rootCodes->setPlaceholderText(
        tr("GDELT and ICEWS: CAMEO root codes, e.g. 04, 05; PLOVER: categories, e.g. CONSULT"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    form->addRow(tr("&Format:"), m_format);
    auto *targetLabel = new QLabel(tr("&Into database:"));
    targetLabel->setBuddy(m_database);
    form->addRow(targetLabel, target);
    form->addRow(tr("&Countries:"), m_countries);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Root codes:"), m_rootCodes);
    return error;
}

// What the preview found, the progress and the buttons, under the form.
void ImportDialog::createResultControls(QVBoxLayout *layout)
{
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_sample = table({tr("Date"), tr("Title"), tr("Countries"), tr("Topics"), tr("Where")});
    m_sample->setAccessibleName(tr("Events to import"));
    m_problems = table({tr("Where"), tr("Problem")});
    m_problems->setAccessibleName(tr("Problems"));
    m_skipProblems = new QCheckBox(tr("&Skip the rows with problems and import the others"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    auto *buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto *refresh = buttons->addButton(tr("&Update Preview"), QDialogButtonBox::ActionRole);
    refresh->setAutoDefault(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_sample, 3);
    layout->addWidget(new QLabel(tr("Problems:")));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipProblems);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    // The dialog's default once it is the dialog's (see ExportDialog::layOut()).
    m_import->setDefault(true);
    resize(900, 640);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &ImportDialog::startPreview);
}

ImportDialog::~ImportDialog()
{
    // The work stops at its next progress report and, cancelled, leaves the database as it was;
    // it holds nothing of the dialog's.
    m_watcher->cancel();
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions o;
    o.format = core::formatByKey(m_format->currentData().toString());
    for (const QString &code : m_countries->text().split(u',', Qt::SkipEmptyParts))
        o.filter.countries.append(code.trimmed().toUpper());
    o.filter.from =
        core::PartialDate::fromEdtf(m_from->text().trimmed()).value_or(core::PartialDate());
    o.filter.to = core::PartialDate::fromEdtf(m_to->text().trimmed()).value_or(core::PartialDate());
    for (const QString &code : m_rootCodes->text().split(u',', Qt::SkipEmptyParts))
        o.filter.rootCodes.append(
            core::ploverTypeCode(code).isEmpty() ? code.trimmed() : core::ploverTypeCode(code));
    o.skipProblems = m_skipProblems->isChecked();
    return o;
}

void ImportDialog::setDatabase(const QString &path)
{
    m_database->setText(path);
}

void ImportDialog::setSkipProblems(bool skip)
{
    m_skipProblems->setChecked(skip);
}

void ImportDialog::startPreview()
{
    m_filterError.clear();
    for (QLineEdit *edit : {m_from, m_to}) {
        QString error;
        if (!core::PartialDate::fromEdtf(edit->text().trimmed(), &error))
            m_filterError = tr("The period: %1").arg(error);
    }
    if (!m_filterError.isEmpty()) {
        m_summary->setText(m_filterError);
        updateButtons();
        return;
    }
    run(false);
}

void ImportDialog::startImport()
{
    updateButtons();
    if (!m_import->isEnabled()) // busy, a bad filter, nothing to import, or problems not skipped
        return;
    if (m_database->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Choose the database to import into."));
        return;
    }
    run(true);
}

void ImportDialog::run(bool import)
{
    // A preview still running gives way to the newer request: cancelled, it stops at its next
    // progress report, and its result is never shown (the watcher follows the new work).
    m_watcher->cancel();
    m_running_import = import;
    const core::ImportOptions o = options();
    const QString file = m_file, database = m_database->text().trimmed();
    m_watcher->setFuture(QtConcurrent::run([o, file, database, import](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        auto progress = [&promise](double p) {
            promise.setProgressValue(int(p * 1000));
            return !promise.isCanceled();
        };
        Outcome outcome;
        outcome.ok = import ? core::importEvents(file, o, database, &outcome.report, &outcome.error,
                                                 progress)
                            : core::previewImport(file, o, kSampleSize, &outcome.report,
                                                  &outcome.error, progress);
        promise.addResult(std::move(outcome));
    }));
    m_progress->setValue(0);
    m_summary->setText(import ? tr("Importing…") : tr("Reading the file…"));
    updateButtons();
}

void ImportDialog::workFinished()
{
    const QFuture<Outcome> future = m_watcher->future();
    Outcome outcome;
    if (future.isCanceled() || future.resultCount() == 0) {
        outcome.report.cancelled = true;
        outcome.error = tr("The import was cancelled; nothing was imported.");
    } else {
        outcome = future.result();
    }
    m_progress->setValue(outcome.ok ? 1000 : 0);
    m_report = outcome.report;
    if (!m_running_import) {
        showPreview(outcome.ok, outcome.error);
        return;
    }
    if (outcome.ok) {
        m_importedInto = m_database->text().trimmed();
        Q_EMIT importFinished(true);
        accept();
        return;
    }
    showPreview(false, outcome.error);
    if (!m_report.cancelled)
        QMessageBox::warning(this, tr("Nothing was imported"), outcome.error);
    Q_EMIT importFinished(false);
}

void ImportDialog::showPreview(bool ok, const QString &error)
{
    const QLocale locale;
    if (!ok && !m_report.cancelled && !m_running_import) {
        m_summary->setText(error);
    } else if (m_report.cancelled) {
        m_summary->setText(tr("Cancelled; nothing was imported."));
    } else {
        QString text = tr("%Ln event(s) will be imported into %1.", nullptr, int(m_report.events))
                           .arg(QFileInfo(m_database->text()).fileName());
        if (m_report.filteredOut > 0)
            text += u' ' +
                    tr("%Ln event(s) left out by the filters.", nullptr, int(m_report.filteredOut));
        if (m_report.problemCount > 0)
            text +=
                u' ' + tr("%Ln row(s) with problems: nothing is imported unless they are skipped.",
                          nullptr, int(m_report.problemCount));
        m_summary->setText(m_running_import ? error : text);
    }
    if (!m_running_import) {
        m_sample->setRowCount(int(m_report.sample.size()));
        for (int row = 0; row < m_report.sample.size(); ++row) {
            const core::ImportedEvent &e = m_report.sample[row];
            QStringList countries, topics;
            for (const auto &p : e.countries)
                countries.append(p.alpha3);
            for (const core::Topic &t : e.topics)
                topics.append(t.name);
            const QStringList cells = {
                e.date.isUndated() ? tr("undated") : e.date.toDisplayString(locale), e.title,
                countries.join(u", "_s), topics.join(u", "_s), e.where};
            for (int column = 0; column < cells.size(); ++column)
                m_sample->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_sample->resizeColumnToContents(0);
        m_sample->setColumnWidth(1, 380);
    }
    m_problems->setRowCount(int(m_report.problems.size()));
    for (int row = 0; row < m_report.problems.size(); ++row) {
        m_problems->setItem(row, 0, new QTableWidgetItem(m_report.problems[row].where));
        m_problems->setItem(row, 1, new QTableWidgetItem(m_report.problems[row].reason));
    }
    m_problems->resizeColumnToContents(0);
    updateButtons();
    if (!m_running_import)
        Q_EMIT previewShown();
}

void ImportDialog::updateButtons()
{
    const bool busy = m_watcher->isRunning();
    m_import->setEnabled(!busy && m_filterError.isEmpty() && m_report.events > 0 &&
                         (m_report.problemCount == 0 || m_skipProblems->isChecked()));
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(busy);
}

void ImportDialog::cancel()
{
    m_watcher->cancel();
}

void ImportDialog::reject()
{
    if (m_watcher->isRunning()) {
        cancel(); // the work stops at its next progress report; workFinished() finishes up
        return;
    }
    QDialog::reject();
}

} // namespace entente::ui
