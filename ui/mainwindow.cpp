// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "domain/wording.h"

#include "charts.h"
#include "chartsview.h"
#include "connectdialog.h"
#include "detailsview.h"
#include "editing.h"
#include "filterpanel.h"
#include "formats/dataexport.h"
#include "formats/format.h"
#include "formats/importer.h"
#include "handbook.h"
#include "imageexport.h"
#include "importdialog.h"
#include "index/changedevents.h"
#include "index/dataset.h"
#include "index/datasetloader.h"
#include "index/eventtablemodel.h"
#include "index/filterrunner.h"
#include "index/indexeditor.h"
#include "index/roles.h"
#include "keyring.h"
#include "maths/chartdata.h"
#include "reportdialog.h"
#include "serverpreview.h"
#include "store/chronology.h"
#include "store/serveraddress.h"
#include "store/serverlistener.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace entente::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new core::EventTableModel(this))
{
    createTable();
    QDockWidget *filterDock = createFilterDock();
    createViews();
    createStatusBar();
    connectSelection();
    createActions(filterDock);
    updateTitle();
    updateStatus();
    restoreWindowState();
    // A database dropped on the window opens; a file of an importable format is imported.
    setAcceptDrops(true);
}

// The table of events below the timeline.
void MainWindow::createTable()
{
    // Rows of one height and no record per row: tens of millions of rows cost nothing on reset.
    m_table = new EventTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Events in date order"));
}

// The filter panel in its dock, and the worker that applies the filter.
QDockWidget *MainWindow::createFilterDock()
{
    m_filterPanel = new FilterPanel;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_filterPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filterPanel->setMinimumWidth(250);
    auto *dock = new QDockWidget(tr("Filter"));
    dock->setObjectName(u"filterDock"_s);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_runner = new core::FilterRunner(this);
    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::setFilter);
    connect(m_runner, &core::FilterRunner::finished, this,
            [this](quint64, std::shared_ptr<const core::FilterResult> result) {
                showFilterResult(std::move(result));
            });
    connect(m_runner, &core::FilterRunner::failed, this,
            [this](quint64, const QString &error) { statusBar()->showMessage(error, 8000); });
    m_changedEvents = new core::ChangedEventsReader(this);
    connect(m_changedEvents, &core::ChangedEventsReader::read, this,
            &MainWindow::applyServerChanges);
    connect(m_changedEvents, &core::ChangedEventsReader::failed, this,
            [this](const QString &address, const QString &error) {
                if (m_dataset && m_dataset->path() == address)
                    statusBar()->showMessage(error, 10000);
            });
    return dock;
}

// The timeline with the table, the charts, the empty state, and the details pane beside them.
void MainWindow::createViews()
{
    m_details = new DetailsView;

    m_timeline = new TimelineView;
    // Focus given to the window goes to the timeline (it was set before the timeline existed).
    setFocusProxy(m_timeline);
    m_viewSplitter = new QSplitter(Qt::Vertical);
    m_viewSplitter->addWidget(m_timeline);
    m_viewSplitter->addWidget(m_table);
    m_viewSplitter->setStretchFactor(0, 3);
    m_viewSplitter->setStretchFactor(1, 2);

    // An empty result says so, with a way out, instead of leaving blank views.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyLabel = new QLabel(tr("No events match the filter."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    auto *clear = new QPushButton(tr("Clear filter"));
    connect(clear, &QPushButton::clicked, m_filterPanel, &FilterPanel::clearAll);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(clear, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    // The timeline (with the table) and the charts of the same filter, as tabs; Copy and Export
    // in the tabs' corner act on the one shown.
    m_chartsView = new ChartsView;
    m_views = new QTabWidget;
    m_views->setDocumentMode(true);
    // The timeline tab: the loaded index's timeline and table, or what the server counts
    // (while a large server database loads, and for one too large to load).
    m_timelinePage = new QStackedWidget;
    m_timelinePage->addWidget(m_viewSplitter);
    m_preview = new ServerPreview;
    // Under the server's timeline, its marks as a table, one selection for both.
    m_marksModel = new ServerMarksModel(m_preview, this);
    m_marksTable = new QTableView;
    m_marksTable->setObjectName(u"serverMarks"_s);
    m_marksTable->setModel(m_marksModel);
    m_marksTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_marksTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_marksTable->verticalHeader()->hide();
    // One line a row: 5,000 rows are laid out without measuring each.
    m_marksTable->setWordWrap(false);
    m_marksTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_marksTable->horizontalHeader()->setStretchLastSection(true);
    m_marksTable->setAccessibleName(tr("Events drawn in the server's timeline"));
    connect(m_preview, &ServerPreview::marksChanged, this, [this] {
        m_marksModel->reload();
        m_marksTable->resizeColumnToContents(ServerMarksModel::DateColumn);
        m_marksTable->setColumnWidth(ServerMarksModel::TitleColumn,
                                     std::max(200, m_marksTable->viewport()->width() / 2));
        if (const int row = m_marksModel->rowOf(m_preview->selectedEventId()); row >= 0)
            m_marksTable->selectRow(row);
    });
    connect(m_marksTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_preview->selectEvent(m_marksModel->idAt(current.row()));
            });
    // As in the events' table, a double-click edits the event.
    connect(m_marksTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_editing->editEvent(m_marksModel->idAt(index.row()));
    });
    connect(m_preview, &ServerPreview::eventSelected, this, [this](qint64 id) {
        const int row = m_marksModel->rowOf(id);
        if (row < 0)
            m_marksTable->clearSelection();
        else if (m_marksTable->currentIndex().row() != row)
            m_marksTable->selectRow(row);
    });
    auto *serverSplitter = new QSplitter(Qt::Vertical);
    serverSplitter->addWidget(m_preview);
    serverSplitter->addWidget(m_marksTable);
    serverSplitter->setStretchFactor(0, 3);
    serverSplitter->setStretchFactor(1, 2);
    m_timelinePage->addWidget(serverSplitter);
    m_views->addTab(m_timelinePage, tr("Timeli&ne"));
    m_views->addTab(m_chartsView, tr("Ch&arts"));
    auto *corner = new QWidget;
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    auto *copyButton = new QToolButton;
    copyButton->setText(tr("Copy Image"));
    copyButton->setToolTip(tr("Copy what is shown as an image (Ctrl+Shift+C)"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export Image…"));
    exportButton->setToolTip(tr("Export what is shown as PNG, JPEG, SVG or PDF (Ctrl+Shift+E)"));
    cornerLayout->addWidget(copyButton);
    cornerLayout->addWidget(exportButton);
    m_views->setCornerWidget(corner, Qt::TopRightCorner);
    connect(copyButton, &QToolButton::clicked, this, &MainWindow::copyImage);
    connect(exportButton, &QToolButton::clicked, this, &MainWindow::showExportDialog);
    connect(m_chartsView, &ChartsView::yearsClicked, this, [this](qint64 first, qint64 last) {
        setFilter(core::filterForYears(m_filter, first, last));
    });
    connect(m_chartsView, &ChartsView::countryClicked, this,
            [this](const QString &alpha3) { setFilter(core::filterForCountry(m_filter, alpha3)); });
    connect(m_chartsView, &ChartsView::topicClicked, this,
            [this](const QString &slug) { setFilter(core::filterForTopic(m_filter, slug)); });
    connect(m_chartsView, &ChartsView::contextMenuOpening, this, [this](QMenu *menu) {
        menu->addAction(tr("&Copy as Image"), this, &MainWindow::copyImage);
        menu->addAction(tr("&Export Image…"), this, &MainWindow::showExportDialog);
    });
    m_viewStack = new QStackedWidget;
    m_viewStack->addWidget(m_views);
    m_viewStack->addWidget(empty);
    // A server database large enough to take a while: its counts are shown as soon as the
    // server gives them, until its index is here; one too large to load is shown from them.
    connect(m_preview, &ServerPreview::ready, this, [this](qint64 events) {
        if (m_live && !m_openingBox->isVisible()) { // the open database's, asked again
            m_preview->setLive(true);
            showServerPreview();
            applyFilter();
            return;
        }
        if (!m_openingBox->isVisible())
            return;
        // The size decides: too large to load, shown from the counts; else loaded, with the
        // counts shown meanwhile when that takes a while.
        if (events > serverIndexLimit()) {
            openFromServerCounts();
            return;
        }
        m_loader->load(m_openingPath);
        if (events >= serverPreviewThreshold())
            showServerPreview();
        else
            m_preview->stop();
    });
    connect(m_preview, &ServerPreview::unavailable, this, [this] {
        // No summary (an older database) or no answer: loaded as before, and the loader tells
        // what is wrong, if anything.
        if (m_openingBox->isVisible() && core::isServerAddress(m_openingPath))
            m_loader->load(m_openingPath);
    });
    connect(m_preview, &ServerPreview::countsAnswered, this, &MainWindow::showServerCounts);
    connect(m_preview, &ServerPreview::eventSelected, this, &MainWindow::showEventDetails);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_viewStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 340});
    m_viewSplitter->setSizes({460, 220});
    setCentralWidget(m_splitter);
}

// The count, the file warning, the opening progress and the dataset's name.
void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_datasetLabel = new QLabel;
    statusBar()->addWidget(m_countLabel);
    // Shown while the open database's file was deleted or changed by another program: an icon
    // and a sentence, set apart from the count.
    m_fileWarningBox = new QWidget;
    auto *warningLayout = new QHBoxLayout(m_fileWarningBox);
    warningLayout->setContentsMargins(16, 0, 0, 0);
    auto *warningIcon = new QLabel;
    const int iconSide = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSide, iconSide));
    m_fileWarning = new QLabel;
    m_fileWarning->setObjectName(u"fileWarning"_s);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(m_fileWarning, 1);
    m_fileWarningBox->hide();
    statusBar()->addWidget(m_fileWarningBox, 1);
    // Opening a large database: a busy bar and Cancel, while the open one stays usable.
    m_loader = new core::DatasetLoader(this);
    m_openingBox = new QWidget;
    auto *openingLayout = new QHBoxLayout(m_openingBox);
    openingLayout->setContentsMargins(0, 0, 0, 0);
    m_openingLabel = new QLabel;
    auto *busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setMaximumWidth(120);
    busy->setAccessibleName(tr("Opening progress"));
    auto *cancelOpen = new QPushButton(tr("Cancel"));
    openingLayout->addWidget(m_openingLabel);
    openingLayout->addWidget(busy);
    openingLayout->addWidget(cancelOpen);
    m_openingBox->hide();
    statusBar()->addWidget(m_openingBox);
    connect(cancelOpen, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        endServerPreview();
        resumeServerCounts();
        m_openingBox->hide();
        statusBar()->showMessage(tr("Opening cancelled."), 4000);
    });
    connect(m_loader, &core::DatasetLoader::loaded, this,
            [this](const QString &path, std::shared_ptr<const core::EventIndex> index) {
                endServerPreview();
                m_openingBox->hide();
                QString error;
                auto dataset = core::Dataset::openWithIndex(path, std::move(index), &error);
                if (!dataset) {
                    tellCannotOpen(error);
                    return;
                }
                adoptDataset(std::move(dataset));
            });
    connect(m_loader, &core::DatasetLoader::failed, this,
            [this](const QString &, const QString &error) {
                endServerPreview();
                resumeServerCounts();
                m_openingBox->hide();
                tellCannotOpen(error);
            });
    statusBar()->addPermanentWidget(m_datasetLabel);
}

// One selection shared by the timeline, the table and the details pane.
void MainWindow::connectSelection()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedEvent);
    // One selection shared by the timeline and the table.
    connect(m_timeline, &TimelineView::selectedEventChanged, this, [this](qint64 id) {
        if (id < 0) {
            m_table->selectionModel()->clearSelection();
            m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
            showEventDetails(-1);
        } else {
            selectEvent(id);
        }
    });
    // The same menu on a mark and on a row.
    connect(m_timeline, &TimelineView::eventMenuRequested, this,
            [this](qint64 id, const QPoint &at) { eventMenu(id)->popup(at); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const qint64 id =
            index.isValid() ? index.data(core::EventIdRole).toLongLong() : selectedEventId();
        if (id <= 0)
            return;
        selectEvent(id);
        eventMenu(id)->popup(m_table->viewport()->mapToGlobal(pos));
    });
}

QMenu *MainWindow::eventMenu(qint64 id)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy Event"), this, &MainWindow::copyEvent);
    menu->addAction(tr("&Edit Event…"), this, [this, id] { m_editing->editEvent(id); });
    menu->addAction(tr("Du&plicate Event…"), this, [this, id] { m_editing->duplicateEvent(id); });
    menu->addAction(tr("&Delete Event…"), this, [this, id] { m_editing->deleteEvent(id); });
    menu->addAction(tr("&Zoom to Event"), this, [this] {
        m_views->setCurrentIndex(0);
        m_timeline->zoomToSelected();
    });
    const auto event = m_dataset ? m_dataset->store().event(id) : std::nullopt;
    if (!event)
        return menu;
    // Narrow the filter to what the event is about: each of its countries, topics and its year.
    menu->addSeparator();
    for (const core::Participant &p : event->participants) {
        menu->addAction(tr("Only Events of %1").arg(p.country.displayName()), this,
                        [this, code = p.country.alpha3] {
                            core::EventFilter f = m_filter;
                            f.countries = {code};
                            setFilter(f);
                        });
    }
    for (const core::Topic &t : event->topics) {
        menu->addAction(tr("Only the Topic “%1”").arg(t.name), this, [this, slug = t.slug] {
            core::EventFilter f = m_filter;
            f.topics = {slug};
            setFilter(f);
        });
    }
    const core::PartialDate &date = core::boundingDate(event->date, event->attestedOn);
    if (!date.isUndated() && date.startKind() == core::PartialDate::End::Known) {
        const qint64 year = date.start().year;
        menu->addAction(tr("Only the Year %1").arg(core::yearText(year, QLocale())), this,
                        [this, year] {
                            core::EventFilter f = m_filter;
                            f.from = core::PartialDate::point({year, 0, 0});
                            f.to = core::PartialDate::point({year, 0, 0});
                            setFilter(f);
                        });
    }
    return menu;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("mainWindow/geometry"_L1).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1500, available.width() * 9 / 10),
               std::min(920, available.height() * 9 / 10));
    }
    m_splitter->restoreState(settings.value("mainWindow/splitter"_L1).toByteArray());
    m_viewSplitter->restoreState(settings.value("mainWindow/viewSplitter"_L1).toByteArray());
    restoreState(settings.value("mainWindow/state"_L1).toByteArray());
    if (settings.value("timeline/lanes"_L1).toString() == "topics"_L1)
        m_timeline->setLaneMode(core::LaneMode::Topics);
}

MainWindow::~MainWindow()
{
    // As child widgets the model and the views outlive the members: they let go of the dataset
    // before it goes (the table asks its model for rows while the window is taken down).
    releaseDataset();
}

// The model and the views hold the dataset by pointer: they let go of it before it is replaced
// or destroyed.
void MainWindow::releaseDataset()
{
    m_result.reset();
    m_model->setDataset(nullptr);
    m_timeline->setDataset(nullptr);
    m_filterPanel->setIndex(nullptr);
    m_editing->setDataset(nullptr);
}

void MainWindow::createEditing(QMenu *edit)
{
    m_editing = new Editing(this, [this] { return selectedEventId(); });
    m_editing->addActions(edit);
    m_indexEditor = new core::IndexEditor(this);
    connect(m_editing, &Editing::changed, this, &MainWindow::applyChange);
    connect(m_editing, &Editing::writeFinished, this, [this] {
        if (std::exchange(m_fileChangeDeferred, false) && m_dataset)
            databaseFileChanged(m_dataset->path());
    });
    connect(m_editing, &Editing::copySaved, this, &MainWindow::openDatabaseOrTell);
    connect(m_editing, &Editing::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The Change Was Not Saved"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->show();
    });
    // The views' result is patched when it is the one of the index just before the change.
    connect(m_indexEditor, &core::IndexEditor::edited, this,
            [this](std::shared_ptr<const core::EventIndex> after,
                   std::shared_ptr<const core::EventIndex> before, const core::IndexShift &shift) {
                if (!m_dataset)
                    return;
                if (m_result && m_result->index == before)
                    m_runner->requestAfterChange(m_result, std::move(after), shift,
                                                 m_dataset->path(), m_filter,
                                                 m_timeline->laneMode());
                else
                    m_runner->request(std::move(after), m_dataset->path(), m_filter,
                                      m_timeline->laneMode());
            });
    // Double-click on a row edits it (on the timeline it zooms, as Enter does).
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_editing->editEvent(index.data(core::EventIdRole).toLongLong());
    });
}

void MainWindow::storeIndexCache()
{
    // Only an index that has every change written in it: none is still being merged.
    if (m_dataset && m_indexEditor->latest() == m_dataset->sharedIndex())
        m_editing->storeIndexCache(m_dataset->sharedIndex());
}

void MainWindow::applyChange(const QList<qint64> &removed, const QList<core::IndexedEvent> &added,
                             qint64 selectId)
{
    if (!m_dataset)
        return;
    core::EventStore &store = m_dataset->store();
    store.forgetCachedRows();
    if (m_live) {
        // No index to merge the change into: the server's counts are asked again, and the event
        // selected (the one written, or the one shown before) is read again as it is now.
        m_preview->refresh();
        qint64 shown = selectId > 0 ? selectId : m_preview->selectedEventId();
        if (removed.contains(shown) && !std::any_of(added.cbegin(), added.cend(),
                                                    [&](const auto &e) { return e.id == shown; }))
            shown = -1;
        m_preview->selectEvent(shown);
        showEventDetails(shown);
        return;
    }
    m_selectAfterChange = selectId;
    m_indexEditor->apply(removed, added, m_dataset->index().countries(), store.topics(),
                         store.eventTypes());
}

void MainWindow::adoptEditedIndex(const std::shared_ptr<const core::FilterResult> &result)
{
    m_dataset->setIndex(result->index);
    m_timeline->indexReplaced();
    m_filterPanel->setIndex(&m_dataset->index());
    updateTitle();
}

void MainWindow::createActions(QDockWidget *filterDock)
{
    createFileMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    createEditing(edit);
    QAction *copy = edit->addAction(tr("&Copy Event"), this, &MainWindow::copyEvent);
    // A text selected in the details pane is copied as text: the pane takes Ctrl+C first.
    copy->setShortcut(QKeySequence::Copy);
    createViewMenu();
    createFilterMenu(filterDock);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(tr("&Handbook"), this, &MainWindow::showHandbook);
    handbook->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Entente"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *server =
        file->addAction(tr("Connect to &Server…"), this, [this] { connectToServer(); });
    server->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s, QKeySequence::PortableText));
    QAction *bundled = file->addAction(tr("Open &Bundled Dataset"), this,
                                       [this] { openDatabaseOrTell(core::bundledDatabasePath()); });
    bundled->setShortcut(QKeySequence(u"Ctrl+Shift+B"_s, QKeySequence::PortableText));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList paths = recentDatabases();
        for (int i = 0; i < paths.size(); ++i) {
            QAction *a =
                recent->addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(paths[i])),
                                  this, [this, path = paths[i]] { openDatabaseOrTell(path); });
            a->setEnabled(core::isServerAddress(paths[i]) || QFileInfo::exists(paths[i]));
        }
        if (paths.isEmpty())
            recent->addAction(tr("No databases opened yet"))->setEnabled(false);
    });
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    file->addAction(tr("Save a Copy as &My Database…"), this, [this] { m_editing->saveCopy(); });
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Events…"), this, [this] { importFile(); });
    import->setShortcut(QKeySequence(u"Ctrl+I"_s, QKeySequence::PortableText));
    QAction *report =
        file->addAction(tr("Events from a &Report…"), this, [this] { showReportDialog(); });
    report->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s, QKeySequence::PortableText));
    QAction *exportData =
        file->addAction(tr("Export E&vents…"), this, &MainWindow::chooseExportFile);
    exportData->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s, QKeySequence::PortableText));
    file->addSeparator();
    QAction *exportImage =
        file->addAction(tr("&Export Image…"), this, &MainWindow::showExportDialog);
    exportImage->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s, QKeySequence::PortableText));
    QAction *printAction = file->addAction(tr("&Print…"), this, [this] { print(false); });
    printAction->setShortcut(QKeySequence::Print);
    QAction *preview = file->addAction(tr("Print Previe&w…"), this, [this] { print(true); });
    preview->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s, QKeySequence::PortableText));
    QAction *copy = file->addAction(tr("&Copy as Image"), this, &MainWindow::copyImage);
    copy->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s, QKeySequence::PortableText));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *lanes = new QActionGroup(this);
    QAction *byCountry = view->addAction(tr("Lanes by &Country"), this, [this] {
        m_timeline->setLaneMode(core::LaneMode::Countries);
    });
    byCountry->setShortcut(QKeySequence(u"Ctrl+1"_s, QKeySequence::PortableText));
    QAction *byTopic = view->addAction(tr("Lanes by &Topic"), this,
                                       [this] { m_timeline->setLaneMode(core::LaneMode::Topics); });
    byTopic->setShortcut(QKeySequence(u"Ctrl+2"_s, QKeySequence::PortableText));
    for (QAction *a : {byCountry, byTopic}) {
        a->setCheckable(true);
        lanes->addAction(a);
    }
    byCountry->setChecked(true);
    connect(view, &QMenu::aboutToShow, this, [this, byTopic, byCountry] {
        (m_timeline->laneMode() == core::LaneMode::Topics ? byTopic : byCountry)->setChecked(true);
    });
    QAction *eras = view->addAction(tr("Show E&ras as Bands"), this,
                                    [this](bool on) { m_timeline->setShowEras(on); });
    eras->setCheckable(true);
    eras->setChecked(m_timeline->showsEras());
    eras->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s, QKeySequence::PortableText));
    view->addSeparator();
    QAction *showTimeline =
        view->addAction(tr("Show T&imeline"), this, [this] { m_views->setCurrentIndex(0); });
    showTimeline->setShortcut(QKeySequence(u"F7"_s, QKeySequence::PortableText));
    QAction *showCharts =
        view->addAction(tr("Show C&harts"), this, [this] { m_views->setCurrentIndex(1); });
    showCharts->setShortcut(QKeySequence(u"F8"_s, QKeySequence::PortableText));
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_timeline, &TimelineView::zoomIn);
    zoomIn->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s, QKeySequence::PortableText)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_timeline, &TimelineView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("Zoom to &Fit"), m_timeline, &TimelineView::zoomToFit);
    fit->setShortcut(QKeySequence(u"Ctrl+0"_s, QKeySequence::PortableText));
    QAction *toEvent =
        view->addAction(tr("Zoom to &Selected Event"), m_timeline, &TimelineView::zoomToSelected);
    toEvent->setShortcut(QKeySequence(u"Ctrl+E"_s, QKeySequence::PortableText));
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Event"), m_timeline, &TimelineView::selectNext);
    next->setShortcut(QKeySequence(u"Alt+Right"_s, QKeySequence::PortableText));
    QAction *previous =
        view->addAction(tr("&Previous Event"), m_timeline, &TimelineView::selectPrevious);
    previous->setShortcut(QKeySequence(u"Alt+Left"_s, QKeySequence::PortableText));
    QAction *focusTimeline =
        view->addAction(tr("Go to &Timeline"), this, [this] { m_timeline->setFocus(); });
    focusTimeline->setShortcut(QKeySequence(u"F6"_s, QKeySequence::PortableText));
    QAction *focusTable =
        view->addAction(tr("Go to T&able"), this, [this] { m_table->setFocus(); });
    focusTable->setShortcut(QKeySequence(u"Shift+F6"_s, QKeySequence::PortableText));
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(u"F11"_s, QKeySequence::PortableText));
    connect(view, &QMenu::aboutToShow, this,
            [this, fullScreen] { fullScreen->setChecked(isFullScreen()); });
}

void MainWindow::createFilterMenu(QDockWidget *filterDock)
{
    QMenu *filterMenu = menuBar()->addMenu(tr("F&ilter"));
    QAction *find = filterMenu->addAction(tr("&Search Text…"), this, [this, filterDock] {
        filterDock->show();
        m_filterPanel->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilter =
        filterMenu->addAction(tr("&Clear Filter"), m_filterPanel, &FilterPanel::clearAll);
    clearFilter->setShortcut(QKeySequence(u"Ctrl+Shift+Backspace"_s, QKeySequence::PortableText));
    QAction *showPanel = filterDock->toggleViewAction();
    showPanel->setText(tr("Show Filter &Panel"));
    showPanel->setShortcut(QKeySequence(u"Ctrl+Shift+F"_s, QKeySequence::PortableText));
    filterMenu->addAction(showPanel);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    QString message;
    auto dataset = core::Dataset::open(path, &message);
    if (!dataset) {
        if (error)
            *error = message;
        return false;
    }
    adoptDataset(std::move(dataset));
    return true;
}

void MainWindow::adoptDataset(std::unique_ptr<core::Dataset> dataset, bool live)
{
    m_loader->cancel(); // a load still running would replace what the user just opened
    if (!live)
        endServerPreview();
    m_live = live;
    m_liveMatching = -1;
    m_openingBox->hide();
    m_runner->cancelAll(); // no result computed on the old data is shown on the new
    saveDatabaseState();
    // Not when the same file is opened again: it is read already, and the cache would change it
    // under the new window.
    if (m_dataset && !core::isSameFile(m_dataset->path(), dataset->path()))
        storeIndexCache();
    m_fileChangeDeferred = false;
    releaseDataset();
    m_dataset = std::move(dataset);
    m_indexEditor->reset(m_dataset->sharedIndex());
    // Changes are written through the store; without a loaded index (live), the window asks the
    // server's counts again after each (applyChange()).
    m_editing->setDataset(m_dataset.get());
    m_model->setDataset(m_dataset.get());
    m_timeline->setDataset(m_dataset.get());
    m_details->showPlaceholder(tr("Select an event to read its details and sources."));
    m_filterPanel->setIndex(&m_dataset->index());
    m_observations = m_dataset->store().observations();
    m_chartsView->setData(nullptr, {});
    if (live) {
        m_preview->setLive(true);
        showServerPreview();
    }
    QSettings settings;
    settings.beginGroup(databaseSettingsGroup(m_dataset->path()));
    // The lanes and the window this database was last seen with; a new one opens fitted.
    const QString lanes = settings.value(u"lanes"_s).toString();
    if (!lanes.isEmpty())
        m_timeline->setLaneMode(lanes == "topics"_L1 ? core::LaneMode::Topics
                                                     : core::LaneMode::Countries);
    const QVariantList window = settings.value(u"window"_s).toList();
    if (window.size() == 2 && window[0].toDouble() < window[1].toDouble())
        m_timeline->setViewport(core::TimelineViewport(window[0].toDouble(), window[1].toDouble(),
                                                       m_timeline->viewport().width()));
    settings.beginGroup(u"filter"_s);
    const core::EventFilter restored = core::loadFilter(settings);
    settings.endGroup();
    settings.endGroup();
    // Start on the first event the filter shows, so the details pane shows what a reader clicks.
    m_selectFirstOnResult = true;
    setFilter(restored);
    updateTitle();
    updateStatus();
    watchDatabaseFile();
    listenToServer();
    // In the next turn of the event loop: sizing the columns and writing the recent files (a
    // settings file synced to disk) took 10-25 ms, which the arrival of a large database need not
    // add to its own block.
    QMetaObject::invokeMethod(
        this,
        [this, path = m_dataset->path()] {
            if (!m_dataset || m_dataset->path() != path)
                return; // another database came first
            fitTableColumns();
            rememberRecent(path);
        },
        Qt::QueuedConnection);
    Q_EMIT databaseOpened(m_dataset->path());
}

void MainWindow::fitTableColumns()
{
    m_table->resizeColumnToContents(core::EventTableModel::DateColumn);
    // The rows in view may all be years ("1979") while most rows further down are days: room
    // for a day in the longest month name, so that scrolling does not cut dates.
    int day = 0;
    for (int month = 1; month <= 12; ++month)
        day = std::max(day, m_table->fontMetrics().horizontalAdvance(
                                core::PartialDate::point({2000, month, 28}).toDisplayString()));
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 1;
    if (m_table->columnWidth(core::EventTableModel::DateColumn) < day + margin)
        m_table->setColumnWidth(core::EventTableModel::DateColumn, day + margin);
    m_table->setColumnWidth(core::EventTableModel::TitleColumn, 420);
    m_table->resizeColumnToContents(core::EventTableModel::CountriesColumn);
    m_table->resizeColumnToContents(core::EventTableModel::TopicsColumn);
}

void MainWindow::saveDatabaseState()
{
    if (!m_dataset)
        return;
    QSettings settings;
    settings.beginGroup(databaseSettingsGroup(m_dataset->path()));
    settings.setValue(u"lanes"_s, m_timeline->laneMode() == core::LaneMode::Topics
                                      ? u"topics"_s
                                      : u"countries"_s);
    settings.setValue(u"window"_s, QVariantList{m_timeline->viewport().firstDay(),
                                                m_timeline->viewport().lastDay()});
    settings.beginGroup(u"filter"_s);
    core::saveFilter(settings, m_filter);
    settings.endGroup();
    settings.endGroup();
}

QString MainWindow::databaseSettingsGroup(const QString &databasePath)
{
    // State per database: the filter, lanes and window of one chronology would show nothing
    // useful in another.
    // The file is named by a hash of its full path, which settings keys cannot hold as it is.
    const QString path = QFileInfo(databasePath).canonicalFilePath().isEmpty()
                             ? QFileInfo(databasePath).absoluteFilePath()
                             : QFileInfo(databasePath).canonicalFilePath();
    return u"databases/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void MainWindow::watchDatabaseFile()
{
    if (!m_fileWatcher) {
        m_fileWatcher = new QFileSystemWatcher(this);
        connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this,
                &MainWindow::databaseFileChanged);
    }
    if (const QStringList watched = m_fileWatcher->files(); !watched.isEmpty())
        m_fileWatcher->removePaths(watched);
    m_fileWarningBox->hide();
    if (!m_dataset->store().isServer()) // a server's changes are not a file's
        m_fileWatcher->addPath(m_dataset->path());
}

void MainWindow::listenToServer()
{
    m_serverListener.reset();
    if (!m_dataset->store().isServer())
        return;
    auto listener = std::make_unique<core::ServerListener>();
    QString error;
    if (!listener->listen(m_dataset->path(), &error)) {
        // Reading still works; only others' changes wait for the next open.
        statusBar()->showMessage(
            tr("Changes others make will show when you open the database again: %1").arg(error),
            10000);
        return;
    }
    connect(listener.get(), &core::ServerListener::eventsChanged, this,
            &MainWindow::serverEventsChanged);
    m_serverListener = std::move(listener);
}

void MainWindow::serverEventsChanged(const QList<qint64> &ids)
{
    if (m_live) { // nothing loaded to merge them into: the counts are asked again
        m_preview->refresh();
        return;
    }
    if (m_dataset)
        m_changedEvents->request(m_dataset->path(), ids); // answered in applyServerChanges()
}

void MainWindow::applyServerChanges(const QString &address, const QList<qint64> &ids,
                                    const QList<core::IndexedEvent> &current)
{
    if (!m_dataset || m_dataset->path() != address)
        return; // another database was opened meanwhile
    // Each event as the server has it now: gone, changed or new.
    QList<qint64> removed;
    for (qint64 id : ids) {
        if (m_dataset->index().positionOf(id) >= 0)
            removed.append(id);
    }
    if (removed.isEmpty() && current.isEmpty())
        return;
    m_dataset->store().forgetCachedRows(); // the details read anew below are the new ones
    applyChange(removed, current, -1);
    // The event being read may be one of them: its details as they are now.
    if (const qint64 shown = selectedEventId(); ids.contains(shown)) {
        const bool gone =
            std::none_of(current.cbegin(), current.cend(),
                         [shown](const core::IndexedEvent &e) { return e.id == shown; });
        if (gone)
            m_details->showPlaceholder(tr("Someone else deleted this event."));
        else
            showEventDetails(shown);
    }
    statusBar()->showMessage(tr("%n event(s) changed by someone else.", nullptr, int(ids.size())),
                             8000);
}

QString MainWindow::fileWarning() const
{
    return m_fileWarningBox->isHidden() ? QString() : m_fileWarning->text();
}

void MainWindow::databaseFileChanged(const QString &path)
{
    if (!m_dataset || path != m_dataset->path())
        return;
    // Entente's own change: the file is as the window knows it, or will be once the change
    // being written is done (then it is checked again).
    if (m_editing->isWriting()) {
        m_fileChangeDeferred = true;
        m_fileWatcher->addPath(path);
        return;
    }
    if (const auto own = m_editing->ownChangeCounter();
        own && QFileInfo::exists(path) && core::fileChangeCounter(path) == *own) {
        m_fileWatcher->addPath(path);
        return;
    }
    // SQLite keeps reading the file it opened, even once it is deleted or replaced, and the index
    // is in memory: the window goes on working on what it loaded, and says so.
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    m_fileWarning->setText(
        !info.exists()
            ? tr("“%1” was deleted or moved while open; Entente keeps showing what it loaded.")
                  .arg(name)
        : !info.isReadable()
            ? tr("“%1” can no longer be read; Entente keeps showing what it loaded.").arg(name)
            : tr("“%1” was changed by another program; Entente keeps showing what it loaded. Open "
                 "it again to see the changes.")
                  .arg(name));
    m_fileWarningBox->show();
    if (info.exists())
        m_fileWatcher->addPath(path); // a replaced file drops out of the watch
}

void MainWindow::setFilter(const core::EventFilter &filter)
{
    m_filter = filter;
    if (!(m_filterPanel->filter() == filter))
        m_filterPanel->setFilter(filter);
    // Remembered with the lanes and the window (saveDatabaseState()), not at each change:
    // QSettings writes its whole file and syncs it to disk, which held the GUI thread up to
    // 35 ms a filter change when the disk was busy.
    applyFilter();
}

void MainWindow::applyFilter()
{
    if (!m_dataset)
        return;
    if (m_live) { // the server counts what the filter selects
        m_preview->setFilter(m_filter, m_dataset->sharedIndex());
        return;
    }
    // The newest index, with the changes whose merge is still running.
    auto index = m_indexEditor->latest();
    m_runner->request(index ? index : m_dataset->sharedIndex(), m_dataset->path(), m_filter,
                      m_timeline->laneMode());
}

void MainWindow::showFilterResult(std::shared_ptr<const core::FilterResult> result)
{
    if (!m_dataset)
        return;
    qint64 selected =
        m_timeline->selectedEventId() >= 0 ? m_timeline->selectedEventId() : selectedEventId();
    if (result->index && result->index != m_dataset->sharedIndex()) {
        adoptEditedIndex(result);
        if (m_selectAfterChange > 0)
            selected = m_selectAfterChange;
        m_selectAfterChange = -1;
    }
    std::shared_ptr<const core::FilterResult> previous = std::exchange(m_result, result);
    m_model->setFilterResult(result);
    m_timeline->setFilterResult(result);
    m_runner->release(std::move(previous)); // the views have let go of it: freed off this thread
    m_filterPanel->setCounts(*result);
    m_chartsView->setData(result->charts, core::observationsOverTime(m_observations, m_filter));
    m_viewStack->setCurrentIndex(result->positions.empty() ? 1 : 0);
    if (result->positions.empty())
        m_emptyLabel->setText(tr("No events match the filter: %1.")
                                  .arg(core::describeFilter(m_filter, m_dataset->index())));
    const bool keep = selected >= 0 &&
                      m_model->rowOfPosition(qint32(m_dataset->index().positionOf(selected))) >= 0;
    if (keep) {
        selectEvent(selected);
    } else if (m_selectFirstOnResult && !result->positions.empty()) {
        selectEvent(m_dataset->index().id(firstShown(*result)));
    } else if (selected >= 0) {
        m_details->showPlaceholder(tr("The event you had selected is hidden by the filter."));
    }
    m_selectFirstOnResult = false;
    updateStatus();
    Q_EMIT filterApplied();
}

qint32 MainWindow::firstShown(const core::FilterResult &result) const
{
    // The first event in the window the timeline shows (a database reopened shows the window
    // it was left at), else the first event: selecting it moves the window to it.
    const core::EventIndex &index = m_dataset->index();
    const core::TimelineViewport &window = m_timeline->viewport();
    for (qint32 pos : result.positions) {
        if (index.hasFlag(pos, core::DateFlag::Undated))
            break;
        if (index.upper(pos).value >= window.firstDay() &&
            index.lower(pos).value <= window.lastDay())
            return pos;
    }
    return result.positions.front();
}

void MainWindow::openDatabaseOrTell(const QString &path)
{
    m_openingLabel->setText(
        tr("Opening %1…").arg(core::isServerAddress(path) ? path : QFileInfo(path).fileName()));
    m_openingBox->show();
    endServerPreview();
    m_openingPath = path;
    if (core::isServerAddress(path)) // its size decides how (ServerPreview::ready)
        m_preview->start(path);
    else
        m_loader->load(path);
}

qint64 MainWindow::serverPreviewThreshold()
{
    // About two seconds of loading from a server (2.2 s a million events, docs/performance.md);
    // ENTENTE_SERVER_PREVIEW_ABOVE sets another number of events.
    bool ok = false;
    const qint64 set = qEnvironmentVariable("ENTENTE_SERVER_PREVIEW_ABOVE").toLongLong(&ok);
    return ok ? set : 1'000'000;
}

qint64 MainWindow::serverIndexLimit()
{
    // Above it, loading would take over ten seconds and 250 MB (docs/performance.md): the
    // server counts instead. ENTENTE_SERVER_INDEX_UP_TO sets another number of events.
    bool ok = false;
    const qint64 set = qEnvironmentVariable("ENTENTE_SERVER_INDEX_UP_TO").toLongLong(&ok);
    return ok ? set : 5'000'000;
}

bool MainWindow::isShowingServerCounts() const
{
    return m_viewStack->currentWidget() == m_views && m_views->currentWidget() == m_timelinePage &&
           m_timelinePage->currentIndex() == 1;
}

void MainWindow::showServerPreview()
{
    m_viewStack->setCurrentWidget(m_views);
    m_views->setCurrentWidget(m_timelinePage);
    m_timelinePage->setCurrentIndex(1);
    m_preview->setFocus(Qt::OtherFocusReason);
}

void MainWindow::endServerPreview()
{
    m_preview->stop();
    m_timelinePage->setCurrentWidget(m_viewSplitter);
}

void MainWindow::resumeServerCounts()
{
    // Opening another database stopped the counts the open one is shown from: asked again.
    if (m_live && m_dataset)
        m_preview->start(m_dataset->path());
}

void MainWindow::openFromServerCounts()
{
    // The index is not loaded: its countries, topics and types, and how many events use each,
    // are what the preview read from the server.
    m_loader->cancel();
    m_openingBox->hide();
    auto refsOf = [](const auto &list, const auto &uses, auto key) {
        std::vector<qint64> counts(size_t(list.size()), 0);
        for (qsizetype i = 0; i < list.size(); ++i)
            counts[size_t(i)] = uses.value(key(list[i]));
        return counts;
    };
    const core::ServerFacets &whole = m_preview->wholeDatabase();
    auto vocabulary = std::make_shared<core::EventIndex>(core::EventIndex::withoutEvents(
        m_preview->countries(), m_preview->topics(), m_preview->eventTypes(),
        refsOf(m_preview->countries(), whole.countries, [](const auto &c) { return c.id; }),
        refsOf(m_preview->topics(), whole.topics, [](const auto &t) { return t.id; }),
        refsOf(m_preview->eventTypes(), whole.types, [](const auto &t) { return t.code; })));
    QString error;
    auto dataset = core::Dataset::openWithIndex(m_openingPath, std::move(vocabulary), &error);
    if (!dataset) {
        endServerPreview();
        tellCannotOpen(error);
        return;
    }
    adoptDataset(std::move(dataset), true);
}

void MainWindow::showServerCounts(const core::ServerFacets &facets,
                                  std::shared_ptr<const core::EventCharts> charts,
                                  const QString &error)
{
    if (!m_live || !m_dataset)
        return;
    if (!error.isEmpty()) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    // The panel's counts by position in its lists, as a loaded index gives them.
    const core::EventIndex &index = m_dataset->index();
    auto result = std::make_shared<core::FilterResult>();
    auto byRef = [](const auto &list, const auto &counts, auto key) {
        std::vector<qint32> out(size_t(list.size()), 0);
        for (qsizetype i = 0; i < list.size(); ++i)
            out[size_t(i)] = qint32(std::min<qint64>(counts.value(key(list[i])), INT32_MAX));
        return out;
    };
    result->countryCounts =
        byRef(index.countries(), facets.countries, [](const auto &c) { return c.id; });
    result->topicCounts = byRef(index.topics(), facets.topics, [](const auto &t) { return t.id; });
    result->typeCounts =
        byRef(index.eventTypes(), facets.types, [](const auto &t) { return t.code; });
    m_filterPanel->setCounts(*result);
    m_liveMatching = facets.events;
    // None yet: "Preparing the charts…", not the last filter's.
    m_chartsView->setData(charts, core::observationsOverTime(m_observations, m_filter));
    updateStatus();
    Q_EMIT filterApplied();
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QString why;
    const auto use = core::fileUse(path, &why);
    if (!use) {
        if (error)
            *error = why;
        tellCannotOpen(why, tr("Cannot open the file"));
        return false;
    }
    if (*use == core::FileUse::Open)
        openDatabaseOrTell(path);
    else
        importFile(path);
    return true;
}

namespace {

// The one local file a drag carries; empty when it carries anything else.
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns, so the source of the drag is not kept waiting on a dialog.
    QTimer::singleShot(0, this, [this, file] { openFile(file); });
}

bool MainWindow::isOpening() const
{
    return m_openingBox->isVisible();
}

void MainWindow::tellCannotOpen(const QString &error, const QString &title)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                title.isEmpty() ? tr("Cannot open the database") : title, error,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseDatabase()
{
    const QString dir = m_dataset ? QFileInfo(m_dataset->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("Entente databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseOrTell(path);
}

ConnectDialog *MainWindow::connectToServer()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The last address, never a password (QSettings is a plain file).
    dialog->setAddress(QSettings().value(u"server/lastAddress"_s).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString address = dialog->address();
        QSettings().setValue(u"server/lastAddress"_s, address);
        QString error;
        const auto parsed = core::parseServerAddress(address, &error);
        if (!parsed) {
            tellCannotOpen(error, tr("Cannot connect"));
            return;
        }
        if (!dialog->password().isEmpty()) {
            core::setSessionPassword(*parsed, dialog->password());
            if (dialog->rememberPassword())
                storeServerPassword(address, dialog->password(), this, [this](const QString &why) {
                    statusBar()->showMessage(why, 10000);
                });
            openDatabaseOrTell(address);
            return;
        }
        // Nothing typed: the keyring's password for this address when it has one, else libpq's
        // own ways (~/.pgpass, a service file).
        readServerPassword(address, this, [this, address, server = *parsed](const QString &pw) {
            if (!pw.isEmpty())
                core::setSessionPassword(server, pw);
            openDatabaseOrTell(address);
        });
    });
    dialog->open();
    return dialog;
}

void MainWindow::selectEvent(qint64 id)
{
    if (!m_dataset)
        return;
    const int row = m_model->rowOfPosition(qint32(m_dataset->index().positionOf(id)));
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, core::EventTableModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 MainWindow::selectedEventId() const
{
    if (m_live) // the mark selected in the server's timeline
        return m_preview->selectedEventId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(core::EventIdRole).toLongLong() : -1;
}

void MainWindow::showSelectedEvent()
{
    const qint64 id = selectedEventId();
    if (m_dataset) {
        const qsizetype pos = id >= 0 ? m_dataset->index().positionOf(id) : -1;
        m_filterPanel->setSelectionDay(
            pos >= 0 && !m_dataset->index().hasFlag(pos, core::DateFlag::Undated)
                ? std::optional(m_dataset->index().lower(pos))
                : std::nullopt);
    }
    if (!m_syncing) {
        m_syncing = true;
        m_timeline->selectEventId(id);
        m_syncing = false;
    }
    showEventDetails(id);
    Q_EMIT selectedEventChanged(id);
}

void MainWindow::showEventDetails(qint64 id)
{
    if (id < 0 || !m_dataset) {
        m_details->showPlaceholder(tr("Select an event to read its details and sources."));
    } else if (const auto event = m_dataset->store().event(id)) {
        m_details->showDetails(*event, m_dataset->isChecked());
    } else {
        m_details->showPlaceholder(m_dataset->store().errorString());
    }
}

QString MainWindow::countText() const
{
    if (!m_dataset)
        return tr("No database open");
    if (m_live) {
        const qint64 all = m_preview->wholeDatabase().events;
        QString text =
            m_liveMatching < 0 || m_liveMatching == all
                ? tr("%L1 event(s) on the server", nullptr, int(std::min<qint64>(all, INT_MAX)))
                      .arg(all)
                : tr("%L1 of %L2 events on the server").arg(m_liveMatching).arg(all);
        // A copy or import left the summaries uncounted (a database then small enough to load
        // whole): every count comes from the events, correct but slower, until server-init.
        if (!m_preview->wholeDatabase().fromSummary)
            text += tr(" · summaries pending: slower counts");
        return text;
    }
    const core::EventIndex &index = m_dataset->index();
    const qsizetype shown = m_result ? qsizetype(m_result->positions.size()) : index.size();
    const qsizetype undated =
        m_result ? shown - m_result->datedCount : index.size() - index.datedCount();
    QString text;
    if (shown == index.size())
        text = tr("%Ln event(s)", nullptr, int(index.size()));
    else
        text = tr("%L1 of %Ln event(s)", nullptr, int(index.size())).arg(shown);
    if (undated > 0)
        text += tr(" · %L1 undated").arg(undated);
    return text;
}

void MainWindow::updateStatus()
{
    m_countLabel->setText(countText());
    if (!m_dataset) {
        m_datasetLabel->clear();
        return;
    }
    QString label =
        m_dataset->title().isEmpty() ? QFileInfo(m_dataset->path()).fileName() : m_dataset->title();
    if (m_dataset->isSynthetic())
        label = tr("%1 — synthetic data, not real events").arg(label);
    else if (!m_dataset->isChecked())
        label = tr("%1 — imported, not checked against the sources").arg(label);
    m_datasetLabel->setText(label);
    const QString description = core::describeFilter(m_filter, m_dataset->index());
    QString tip = description.isEmpty() ? tr("No filter") : description;
    if (m_live && !m_preview->wholeDatabase().fromSummary)
        tip += u'\n' + tr("The summaries of this database are not counted yet: every count "
                          "comes from its events, as exact but slower. entente server-init %1 "
                          "counts them.")
                           .arg(m_dataset->path());
    m_countLabel->setToolTip(tip);
}

void MainWindow::updateTitle()
{
    if (m_dataset && m_dataset->store().isServer())
        setWindowTitle(
            tr("%1 on %2 — Entente")
                .arg(QUrl(m_dataset->path()).path().mid(1), QUrl(m_dataset->path()).host()));
    else if (m_dataset)
        setWindowTitle(tr("%1 — Entente").arg(QFileInfo(m_dataset->path()).fileName()));
    else
        setWindowTitle(tr("Entente"));
}

QStringList MainWindow::recentDatabases() const
{
    return QSettings().value(u"recentDatabases"_s).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList paths = recentDatabases();
    const QString absolute =
        core::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(u"recentDatabases"_s, paths.mid(0, 8));
}

void MainWindow::newDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QDir(dir).filePath(tr("My events.sqlite")),
                                                      tr("Entente databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    QString error;
    // The file dialog asked before replacing a file; a file that is not an Entente database is
    // asked about once more, and the open database and the bundled one are never replaced.
    core::OutputTarget target{
        path, core::OutputKind::Database, {m_dataset ? m_dataset->path() : QString()}};
    if (!confirmReplace(&target, &error))
        return;
    if (!core::createEmptyDatabase(target, QFileInfo(path).completeBaseName(), &error)) {
        tellCannotOpen(error);
        return;
    }
    openDatabaseOrTell(path);
}

QString MainWindow::defaultImportTarget(const QString &file) const
{
    const bool usersOwn = m_dataset && !m_dataset->isSynthetic() &&
                          QFileInfo(m_dataset->path()).canonicalFilePath() !=
                              QFileInfo(core::bundledDatabasePath()).canonicalFilePath();
    if (usersOwn)
        return m_dataset->path();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QFileInfo(file).completeBaseName() + u".sqlite"_s);
}

void MainWindow::importFile(const QString &chosen)
{
    QString file = chosen;
    if (file.isEmpty()) {
        // Every format's patterns together first: a file is detected by its content anyway.
        QStringList patterns, filters;
        for (const core::Format *f : core::formats()) {
            for (const QString &p : QString::fromLatin1(f->patterns).split(u' '))
                if (!patterns.contains(p))
                    patterns.append(p);
            filters.append(f->fileFilter());
        }
        filters.prepend(tr("Event files (%1)").arg(patterns.join(u' ')));
        filters.append(tr("All files (*)"));
        file = QFileDialog::getOpenFileName(this, tr("Import Events"), QString(),
                                            filters.join(u";;"_s));
        if (file.isEmpty())
            return;
    }
    auto *dialog = new ImportDialog(file, defaultImportTarget(file), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog](bool imported) {
        if (!imported)
            return;
        statusBar()->showMessage(
            tr("Imported %Ln event(s) into %1.", nullptr, int(dialog->report().events))
                .arg(QFileInfo(dialog->importedInto()).fileName()),
            8000);
        openDatabaseOrTell(dialog->importedInto());
    });
    dialog->open();
}

ReportDialog *MainWindow::showReportDialog()
{
    if (!m_dataset)
        return nullptr;
    auto *dialog = new ReportDialog(m_editing,
                                    {m_dataset->index().countries(), m_dataset->store().topics(),
                                     m_dataset->store().eventTypes()},
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::eventsAccepted, this, [this](int count) {
        statusBar()->showMessage(tr("Adding %n event(s) from the report…", nullptr, count), 8000);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::confirmReplace(core::OutputTarget *target, QString *error)
{
    const core::FileCheck check = core::checkOutputFile(*target);
    if (check.verdict != core::FileCheck::Verdict::NeedsConfirmation)
        return true; // the writer says itself why anything else cannot be written
    const auto answer = QMessageBox::question(
        this, tr("Replace the File?"), check.message + u' ' + tr("Replace it all the same?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        *error = check.message;
        return false;
    }
    target->confirmed = true;
    return true;
}

bool MainWindow::exportEvents(const QString &path, const core::Format &format, QString *error)
{
    if (m_live && m_dataset) {
        *error = tr("This database is too large to load, so the window does not export its "
                    "events; on the command line, entente copy %1 --out FILE writes them all.")
                     .arg(m_dataset->path());
        return false;
    }
    if (!m_dataset || !m_result) {
        *error = tr("No events to export yet.");
        return false;
    }
    QList<qint64> ids;
    ids.reserve(qsizetype(m_result->positions.size()));
    for (qint32 pos : m_result->positions)
        ids.append(m_dataset->index().id(pos));
    const QString database = m_dataset->path(), title = m_dataset->title();
    core::OutputTarget target{path, core::OutputKind::DataFile, {database}};
    if (!confirmReplace(&target, error))
        return false;
    struct Outcome
    {
        bool ok = false;
        QString error;
        qsizetype leftOut = 0;
    };
    // On the thread pool with its own connection (a connection belongs to its thread); progress
    // and Cancel through the future, never a loop on the GUI thread.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    auto *progress = new QProgressDialog(tr("Exporting %Ln event(s)…", nullptr, int(ids.size())),
                                         tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<Outcome>::cancel);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, progress, path, count = ids.size()] {
                progress->deleteLater();
                watcher->deleteLater();
                const QFuture<Outcome> future = watcher->future();
                const Outcome outcome =
                    future.isCanceled() || future.resultCount() == 0
                        ? Outcome{false, tr("The export was cancelled; nothing was written."), 0}
                        : future.result();
                if (!outcome.ok) {
                    if (!future.isCanceled())
                        QMessageBox::warning(this, tr("Cannot export the events"), outcome.error);
                    Q_EMIT eventsExported(false, outcome.error);
                    return;
                }
                QString message =
                    tr("Exported %Ln event(s) to %1.", nullptr, int(count - outcome.leftOut))
                        .arg(QFileInfo(path).fileName());
                if (outcome.leftOut > 0)
                    message += u' ' + tr("%Ln undated event(s) left out: TimelineJS cannot show "
                                         "them.",
                                         nullptr, int(outcome.leftOut));
                statusBar()->showMessage(message, 10000);
                Q_EMIT eventsExported(true, message);
            });
    watcher->setFuture(QtConcurrent::run(
        [ids, database, title, target, format = &format](QPromise<Outcome> &promise) {
            promise.setProgressRange(0, 1000);
            Outcome outcome;
            core::EventStore store;
            if (!store.open(database)) {
                outcome.error = store.errorString();
            } else {
                outcome.ok = core::exportEvents(
                    store, ids, *format, target, title, &outcome.error,
                    [&promise](double p) {
                        promise.setProgressValue(int(p * 1000));
                        return !promise.isCanceled();
                    },
                    &outcome.leftOut);
            }
            promise.addResult(std::move(outcome));
        }));
    return true;
}

void MainWindow::chooseExportFile()
{
    const QList<const core::Format *> formats = core::writableFormats();
    QStringList filters;
    for (const core::Format *f : formats)
        filters.append(f->fileFilter());
    QString selected = filters.front();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Events"), QString(),
                                                      filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    QString error;
    // Failures once the export runs are told when it finishes.
    const qsizetype chosen = std::max<qsizetype>(0, filters.indexOf(selected));
    if (!exportEvents(path, *formats[chosen], &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export the events"), error);
}

namespace {

// The charts an image export can show, by the export's name for them.
constexpr std::pair<ExportTarget, ChartKind> kChartTargets[] = {
    {ExportTarget::PerYear, ChartKind::PerYear},
    {ExportTarget::PerCountry, ChartKind::PerCountry},
    {ExportTarget::Topics, ChartKind::Topics},
    {ExportTarget::Observations, ChartKind::Observations}};

ChartKind chartKindOf(ExportTarget target)
{
    for (const auto &[t, kind] : kChartTargets) {
        if (t == target)
            return kind;
    }
    return ChartKind::Timeline;
}

} // namespace

ExportTarget MainWindow::shownTarget() const
{
    if (m_views->currentWidget() != m_chartsView)
        return ExportTarget::TimelineWindow;
    for (const auto &[target, kind] : kChartTargets) {
        if (kind == m_chartsView->currentKind())
            return target;
    }
    return ExportTarget::PerYear;
}

PaintFunction MainWindow::painterFor(ExportTarget target, const QPalette &colours) const
{
    if (m_live && m_dataset)
        return serverCountsPainter(target, colours);
    if (!m_dataset || !m_result)
        return {};
    const ChartKind kind = chartKindOf(target);
    if (kind == ChartKind::Timeline) {
        TimelineExport what;
        what.laneMode = m_timeline->laneMode();
        what.showEras = m_timeline->showsEras();
        if (target == ExportTarget::TimelineWindow) {
            what.window = m_timeline->viewport();
            what.firstLane = m_timeline->renderer().firstLane();
        }
        return timelinePainter(*m_dataset, m_result, what, colours, font());
    }
    if (!m_result->charts)
        return {};
    // Built from the same numbers as the chart on screen, so the image shows what the screen does.
    const core::ObservationsChart observations =
        core::observationsOverTime(m_observations, m_filter);
    if (isChartEmpty(kind, *m_result->charts, observations))
        return {};
    std::shared_ptr<QChart> chart(createChart(kind, *m_result->charts, observations, colours));
    return chartPainter(chart, chartNote(kind, *m_result->charts, observations), colours);
}

PaintFunction MainWindow::serverCountsPainter(ExportTarget target, const QPalette &colours) const
{
    const ChartKind kind = chartKindOf(target);
    if (kind == ChartKind::Timeline) {
        if (m_preview->eventCount() == 0)
            return {};
        // The server's timeline as shown, scaled to the figure, in the figure's colours.
        QPointer<ServerPreview> preview = m_preview;
        return [preview, colours](QPainter *painter, const QRectF &rect) {
            if (!preview)
                return;
            const QPalette shown = preview->palette();
            preview->setPalette(colours);
            const QSizeF size = preview->size();
            const double scale =
                std::min(rect.width() / size.width(), rect.height() / size.height());
            painter->save();
            painter->translate(rect.topLeft());
            painter->scale(scale, scale);
            preview->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
            painter->restore();
            preview->setPalette(shown);
        };
    }
    const core::EventCharts *charts = m_chartsView->charts();
    const core::ObservationsChart observations =
        core::observationsOverTime(m_observations, m_filter);
    if (!charts || isChartEmpty(kind, *charts, observations))
        return {};
    std::shared_ptr<QChart> chart(createChart(kind, *charts, observations, colours));
    return chartPainter(chart, chartNote(kind, *charts, observations), colours);
}

QString MainWindow::exportTitle(ExportTarget target) const
{
    const ChartKind kind = chartKindOf(target);
    if (m_live)
        return chartTitle(kind,
                          m_chartsView->charts() ? &m_chartsView->charts()->perYear : nullptr);
    return chartTitle(kind, m_result && m_result->charts ? &m_result->charts->perYear : nullptr);
}

QString MainWindow::exportCaption(ExportTarget target) const
{
    if (m_live && m_dataset) // what the filter selects and whether a person checked it
        return figureCaption(*m_dataset, m_filter, core::FilterResult(),
                             target == ExportTarget::Observations);
    if (!m_dataset || !m_result)
        return {};
    return figureCaption(*m_dataset, m_filter, *m_result, target == ExportTarget::Observations);
}

bool MainWindow::exportImage(ExportTarget target, const QString &path, const FigureOptions &options,
                             QString *error)
{
    if (m_live && target == ExportTarget::TimelineWhole) {
        *error = tr("The whole span of a database too large to load is not drawn from the "
                    "server; zoom out to it (0) and export the visible window.");
        return false;
    }
    const QPalette colours = figurePalette(options.colours, palette());
    const PaintFunction paint = painterFor(target, colours);
    if (!paint) {
        *error = target == ExportTarget::Observations
                     ? tr("No observations match the filter: there is nothing to export.")
                     : tr("No events match the filter: there is nothing to export.");
        return false;
    }
    if (const QString invalid = options.validate(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    core::OutputTarget file{
        path, core::OutputKind::Image, {m_dataset ? m_dataset->path() : QString()}};
    if (!confirmReplace(&file, error))
        return false;
    FigureOptions figure = options;
    figure.notice = figureNotice(*m_dataset);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeFigure(file, figure, colours, font(), paint, error);
    QApplication::restoreOverrideCursor();
    if (written)
        statusBar()->showMessage(
            tr("Exported the image to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return written;
}

void MainWindow::showExportDialog()
{
    if (!m_dataset || !m_result) {
        statusBar()->showMessage(tr("Nothing to export yet."), 4000);
        return;
    }
    ExportDialog::Hooks hooks;
    hooks.defaultTitle = [this](ExportTarget t) { return exportTitle(t); };
    hooks.caption = [this](ExportTarget t) { return exportCaption(t); };
    hooks.write = [this](ExportTarget t, const QString &path, const FigureOptions &options,
                         QString *error) { return exportImage(t, path, options, error); };
    auto *dialog = new ExportDialog(shownTarget(), hooks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyImage()
{
    const ExportTarget target = shownTarget();
    const PaintFunction paint = painterFor(target, figurePalette());
    if (!paint) {
        statusBar()->showMessage(tr("Nothing to copy: no events match the filter."), 4000);
        return;
    }
    FigureOptions options;
    const QWidget *shown = target != ExportTarget::TimelineWindow
                               ? static_cast<QWidget *>(m_chartsView)
                           : m_live ? static_cast<QWidget *>(m_preview)
                                    : static_cast<QWidget *>(m_timeline);
    options.size =
        shown->size().expandedTo(QSize(FigureOptions::kMinSide, FigureOptions::kMinSide));
    options.scale = std::clamp(devicePixelRatioF(), 1.0, 4.0);
    options.title = exportTitle(target);
    options.caption = exportCaption(target);
    options.notice = figureNotice(*m_dataset);
    QGuiApplication::clipboard()->setImage(renderFigure(options, figurePalette(), font(), paint));
    statusBar()->showMessage(tr("Copied “%1” to the clipboard as an image.").arg(options.title),
                             6000);
}

QList<PaintFunction> MainWindow::printPages(bool wholeTimeline) const
{
    const ExportTarget target = shownTarget();
    if (target != ExportTarget::TimelineWindow || !wholeTimeline || m_live) {
        // From the server's counts: what the screen shows (the whole span is 0 away).
        const PaintFunction paint = painterFor(target, figurePalette());
        return paint ? QList<PaintFunction>{paint} : QList<PaintFunction>{};
    }
    // The whole filtered span, in pages of the days the timeline shows now.
    const core::EventIndex &index = m_dataset->index();
    double first = 0, last = 0;
    bool any = false;
    for (qint32 pos : m_result->positions) {
        if (index.hasFlag(pos, core::DateFlag::Undated))
            break;
        first = any ? std::min(first, double(index.lower(pos).value)) : index.lower(pos).value;
        last =
            any ? std::max(last, double(index.upper(pos).value) + 1) : index.upper(pos).value + 1;
        any = true;
    }
    if (!any)
        return {};
    const double perPage =
        std::max(1.0, m_timeline->viewport().lastDay() - m_timeline->viewport().firstDay());
    constexpr int kMaxPages = 100;
    const int count = std::clamp(int(std::ceil((last - first) / perPage)), 1, kMaxPages);
    const double step = std::max(perPage, (last - first) / count);
    QList<PaintFunction> pages;
    for (int i = 0; i < count; ++i) {
        TimelineExport what;
        what.laneMode = m_timeline->laneMode();
        what.showEras = m_timeline->showsEras();
        what.window = core::TimelineViewport(first + i * step, first + (i + 1) * step,
                                             m_timeline->viewport().width());
        pages.append(timelinePainter(*m_dataset, m_result, what, figurePalette(), font()));
    }
    return pages;
}

bool MainWindow::paintForPrinter(QPrinter *printer, bool wholeTimeline)
{
    const ExportTarget target = shownTarget();
    const QList<PaintFunction> pages = printPages(wholeTimeline);
    if (pages.isEmpty()) {
        statusBar()->showMessage(tr("Nothing was printed: no events match the filter."), 6000);
        return false;
    }
    if (!printFigures(printer, exportTitle(target), exportCaption(target), pages, figurePalette(),
                      font())) {
        statusBar()->showMessage(
            printer->outputFileName().isEmpty()
                ? tr("Nothing was printed: the printer could not be used.")
                : tr("Nothing was printed: “%1” could not be written.")
                      .arg(QDir::toNativeSeparators(printer->outputFileName())),
            8000);
        return false;
    }
    return true;
}

void MainWindow::print(bool preview)
{
    if (!m_dataset || !m_result || m_result->positions.empty()) {
        statusBar()->showMessage(tr("Nothing to print: no events match the filter."), 4000);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(exportTitle(shownTarget()));
    // The timeline prints the window shown, or its whole filtered span across pages.
    bool whole = false;
    if (shownTarget() == ExportTarget::TimelineWindow) {
        const auto answer = QMessageBox::question(
            this, tr("Print the Timeline"),
            tr("Print the whole filtered span, across as many pages as it takes at the zoom "
               "shown? No prints the window shown on one page."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        whole = answer == QMessageBox::Yes;
    }
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, whole](QPrinter *p) { paintForPrinter(p, whole); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintForPrinter(&printer, whole);
}

void MainWindow::copyEvent()
{
    const qint64 id = selectedEventId();
    const auto event = m_dataset && id > 0 ? m_dataset->store().event(id) : std::nullopt;
    if (!event) {
        statusBar()->showMessage(tr("Select an event to copy it."), 4000);
        return;
    }
    // What the details pane shows, as HTML for documents and as text for everything else: the
    // date as stated, the countries with their roles, and every source with its quote.
    const QString html = DetailsView::toHtml(*event, m_dataset->isChecked());
    QTextDocument document;
    document.setHtml(html);
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(document.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied “%1” with its sources.").arg(event->title), 6000);
}

void MainWindow::showHandbook()
{
    if (!m_handbook) {
        m_handbook = new Handbook(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Entente"),
        tr("<h3>Entente %1</h3><p>Diplomatic events between countries on an interactive "
           "timeline, each with the source it comes from.</p>"
           "<p>Free software under the GNU General Public License, version 3 or (at your "
           "option) any later version. It comes with no warranty.</p>"
           "<p>The bundled Azerbaijan–Cambodia chronology rests on one report: Vugar Khalilov, "
           "<i>Azernews</i>, 6 June 2022, citing the Foreign Ministry of Azerbaijan; its 2021 "
           "trade figure cites the UN COMTRADE database. Country names and codes come from "
           "Debian's iso-codes (ISO 3166).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("mainWindow/geometry"_L1, saveGeometry());
    settings.setValue("mainWindow/splitter"_L1, m_splitter->saveState());
    settings.setValue("mainWindow/viewSplitter"_L1, m_viewSplitter->saveState());
    settings.setValue("mainWindow/state"_L1, saveState());
    saveDatabaseState();
    storeIndexCache();
    settings.setValue("timeline/lanes"_L1, m_timeline->laneMode() == core::LaneMode::Topics
                                               ? "topics"_L1
                                               : "countries"_L1);
    QMainWindow::closeEvent(event);
}

} // namespace entente::ui
