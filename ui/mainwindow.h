// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/fileguard.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTableView;

#include "domain/event.h"
#include "eventtableview.h"
#include "exportdialog.h"
#include "index/eventfilter.h"

class QDockWidget;
class QDragEnterEvent;
class QDropEvent;
class QStackedWidget;
class QTabWidget;

class QFileSystemWatcher;
class QPrinter;

namespace entente::core {
struct EventCharts;
struct ServerFacets;
class ServerListener;
class ChangedEventsReader;
class Dataset;
class IndexEditor;
struct IndexedEvent;
class EventTableModel;
class DatasetLoader;
class FilterRunner;
struct Format;
} // namespace entente::core

namespace entente::ui {

class ConnectDialog;

class ChartsView;
class ServerPreview;
class ServerMarksModel;
class DetailsView;
class Editing;
class ReportDialog;
class FilterPanel;
class Handbook;
class TimelineView;

/*!
 * Entente's main window: the events of one database in chronological order, the details of the
 * selected one with its sources, and counts in the status bar.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*!
     * Opens \a path in place of the current database. On failure the current database stays,
     * \a error (when given) gets one sentence for the user, and false is returned.
     */
    bool openDatabase(const QString &path, QString *error = nullptr);
    /*!
     * Opens \a path without blocking: the index loads on another thread while the status bar
     * shows progress with Cancel, and the current database stays usable until the new one is
     * ready. On failure the user is told in a window-modal message box.
     */
    void openDatabaseOrTell(const QString &path);
    /*! Events above which a server database shows its summary's counts while it loads. */
    static qint64 serverPreviewThreshold();
    /*!
     * Events above which a server database is not loaded at all: its timeline, the filter
     * panel's counts and the charts come from what the server counts.
     */
    static qint64 serverIndexLimit();
    /*! Whether the timeline tab shows the server's counts (ServerPreview) now. */
    bool isShowingServerCounts() const;
    /*! Whether the open database is shown from the server's counts, its index not loaded. */
    bool isServerCounted() const { return m_live; }
    /*!
     * Opens what a file manager, the command line or a drop hands over: an SQLite file as the
     * database, a file of an importable format in the import dialog; anything else is told in
     * one sentence (and put in \a error when given), and false is returned.
     */
    bool openFile(const QString &path, QString *error = nullptr);
    bool isOpening() const;
    /*!
     * File › Connect to Server…: asks where the server is (ConnectDialog) and opens its Entente
     * database; returns the dialog (open, window-modal) for tests.
     */
    ConnectDialog *connectToServer();

    core::Dataset *dataset() const { return m_dataset.get(); }
    EventTableView *tableView() const { return m_table; }
    DetailsView *detailsView() const { return m_details; }
    TimelineView *timelineView() const { return m_timeline; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    QStackedWidget *viewStack() const { return m_viewStack; }
    ServerPreview *serverPreview() const { return m_preview; }
    /*! The table of the events the server's timeline draws as marks. */
    QTableView *serverMarksTable() const { return m_marksTable; }
    /*! The Timeline and Charts tabs. */
    QTabWidget *viewTabs() const { return m_views; }
    ChartsView *chartsView() const { return m_chartsView; }
    /*! New, Edit, Delete and Duplicate Event, Undo and Redo. */
    Editing *editing() const { return m_editing; }

    /*!
     * Writes \a target of what is shown now to \a path, as the export dialog does; false with one
     * sentence in \a error.
     */
    bool exportImage(ExportTarget target, const QString &path, const FigureOptions &options,
                     QString *error);
    /*! The default title and the caption of an exported \a target. */
    QString exportTitle(ExportTarget target) const;
    QString exportCaption(ExportTarget target) const;
    /*! Opens the export dialog for what is shown (the timeline, or the chart on screen). */
    void showExportDialog();
    /*! Puts what is shown (the timeline's window or the chart) on the clipboard as an image. */
    void copyImage();

    /*! Where an import goes by default: the open database when it is the user's, else a new one
     *  named after \a file in the application's data folder. */
    QString defaultImportTarget(const QString &file) const;
    /*! Opens the import dialog for \a file (asks for one when empty). */
    void importFile(const QString &file = {});
    /*!
     * Opens File › Events from a Report… (null when no database is open): the events it proposes
     * and the user accepts are added to the open database.
     */
    ReportDialog *showReportDialog();
    /*! Writes the events the filter selects to \a path; false with one sentence in \a error. */
    /*!
     * Starts writing the filtered events to \a path in the background, with progress and Cancel;
     * eventsExported() tells how it ended. False, with the reason in \a error, when it cannot
     * start (nothing loaded, or the user declined to replace a file of another kind).
     */
    bool exportEvents(const QString &path, const core::Format &format, QString *error);
    /*!
     * Before a file of another kind is replaced, asks the user; false (with the reason in
     * \a error) when they decline. Every other refusal is the guarded writer's to tell.
     */
    bool confirmReplace(core::OutputTarget *target, QString *error);
    /*! The status bar's warning about the open database's file, empty while there is none. */
    QString fileWarning() const;
    /*! The databases opened lately, the latest first. */
    QStringList recentDatabases() const;
    QString countText() const;

    /*! Applies \a filter to every view (the panel shows it too); the result comes asynchronously.
     */
    void setFilter(const core::EventFilter &filter);
    core::EventFilter filter() const { return m_filter; }
    /*! What the current filter selects; null before the first result. */
    std::shared_ptr<const core::FilterResult> filterResult() const { return m_result; }

    /*! Selects the event with database id \a id, if it is shown. */
    void selectEvent(qint64 id);
    qint64 selectedEventId() const;
    /*! Puts the selected event on the clipboard as text and HTML, with its sources. */
    void copyEvent();
    /*!
     * The context menu of the event \a id, on a mark or a row: copy it, zoom to it, or narrow
     * the filter to one of its countries, topics or its year. Deleted when closed.
     */
    QMenu *eventMenu(qint64 id);
    /*! File › Print… and Print Preview…: the chart shown, or the timeline (see printPages()). */
    void print(bool preview);
    /*!
     * The pages to print: the chart shown, or the timeline's visible window, or with
     * \a wholeTimeline its whole filtered span in pages of the days shown now.
     */
    QList<PaintFunction> printPages(bool wholeTimeline) const;
    /*!
     * Prints printPages(\a wholeTimeline) on \a printer, with the export's title and caption.
     * False, told in the status bar, when there is nothing to print or the printer (or its
     * output file) cannot be used.
     */
    bool paintForPrinter(QPrinter *printer, bool wholeTimeline);

Q_SIGNALS:
    void databaseOpened(const QString &path);
    void selectedEventChanged(qint64 id);
    /*! An export of events ended: written, or why not (cancelled, a full disk …). */
    void eventsExported(bool ok, const QString &message);
    /*! Every view shows the result of the newest filter. */
    void filterApplied();

protected:
    void closeEvent(QCloseEvent *event) override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /*! Stops the server preview and shows the views again, if it was shown. */
    void endServerPreview();
    static QString databaseSettingsGroup(const QString &databasePath);
    /*! Keeps the open database's lanes and visible window for the next time it is opened. */
    void saveDatabaseState();
    void releaseDataset();
    void fitTableColumns();
    qint32 firstShown(const core::FilterResult &result) const;
    void createActions(QDockWidget *filterDock);
    void createFileMenu();
    void createViewMenu();
    void createFilterMenu(QDockWidget *filterDock);
    void showSelectedEvent();
    void showEventDetails(qint64 id);
    void updateStatus();
    void updateTitle();
    void chooseDatabase();
    void newDatabase();
    void chooseExportFile();
    void rememberRecent(const QString &path);
    void showAbout();
    /*! Help › Handbook (F1): the user sections of the README and every shortcut. */
    void showHandbook();
    void applyFilter();
    void createTable();
    QDockWidget *createFilterDock();
    void createViews();
    void createStatusBar();
    void connectSelection();
    void restoreWindowState();
    void watchDatabaseFile();
    void listenToServer();
    void serverEventsChanged(const QList<qint64> &ids);
    void applyServerChanges(const QString &address, const QList<qint64> &ids,
                            const QList<core::IndexedEvent> &current);
    void databaseFileChanged(const QString &path);
    /*!
     * Shows \a dataset in the window; \a live: a server database too large to load, whose
     * index holds no events and whose counts the server gives (ServerPreview).
     */
    void adoptDataset(std::unique_ptr<core::Dataset> dataset, bool live = false);
    /*! Shows the server's counts in the timeline tab (while loading, and live). */
    void showServerPreview();
    /*! The database being opened is too large to load: it is shown from the server's counts. */
    void openFromServerCounts();
    /*! Starts the open database's server counts again, after opening another was abandoned. */
    void resumeServerCounts();
    void showServerCounts(const core::ServerFacets &facets,
                          std::shared_ptr<const core::EventCharts> charts, const QString &error);
    void tellCannotOpen(const QString &error, const QString &title = {});
    void showFilterResult(std::shared_ptr<const core::FilterResult> result);
    /*! After a change was written: the index is edited off the GUI thread, then filtered. */
    void applyChange(const QList<qint64> &removed, const QList<core::IndexedEvent> &added,
                     qint64 selectId);
    /*! Puts the index a filter result was made from in place, in every view. */
    void adoptEditedIndex(const std::shared_ptr<const core::FilterResult> &result);
    void createEditing(QMenu *edit);
    /*! After edits, the open database's index as its index cache, for a quick next open. */
    void storeIndexCache();
    ExportTarget shownTarget() const;
    PaintFunction painterFor(ExportTarget target, const QPalette &colours) const;
    /*! painterFor() of a database shown from the server's counts: what the screen shows. */
    PaintFunction serverCountsPainter(ExportTarget target, const QPalette &colours) const;

    std::unique_ptr<core::Dataset> m_dataset;
    // On a server: what other people change, applied as they commit it.
    std::unique_ptr<core::ServerListener> m_serverListener;
    core::EventTableModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_viewSplitter = nullptr;
    TimelineView *m_timeline = nullptr;
    bool m_syncing = false;
    EventTableView *m_table = nullptr;
    DetailsView *m_details = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_datasetLabel = nullptr;
    QWidget *m_fileWarningBox = nullptr;
    QLabel *m_fileWarning = nullptr;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    // While a large server database loads: its summary's counts, in place of the views.
    ServerPreview *m_preview = nullptr;
    QStackedWidget *m_timelinePage = nullptr; // the timeline and table, or m_preview's
    ServerMarksModel *m_marksModel = nullptr;
    QTableView *m_marksTable = nullptr; // the marks m_preview draws
    QString m_openingPath;              // the database openDatabaseOrTell() opens
    bool m_live = false;        // the database is shown from the server's counts, not loaded
    qint64 m_liveMatching = -1; // events the filter selects, as the server counted them
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_views = nullptr;
    ChartsView *m_chartsView = nullptr;
    QPointer<Handbook> m_handbook;
    QList<core::Observation> m_observations; // of the open database: a handful, read once
    core::FilterRunner *m_runner = nullptr;
    core::ChangedEventsReader *m_changedEvents = nullptr; // others' changes, read off this thread
    core::IndexEditor *m_indexEditor = nullptr;
    Editing *m_editing = nullptr;
    qint64 m_selectAfterChange = -1;
    bool m_fileChangeDeferred = false; // the file changed while a change was being written
    core::DatasetLoader *m_loader = nullptr;
    QWidget *m_openingBox = nullptr;
    QLabel *m_openingLabel = nullptr;
    core::EventFilter m_filter;
    std::shared_ptr<const core::FilterResult> m_result;
    bool m_selectFirstOnResult = false;
};

} // namespace entente::ui
