// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the real bundled database, offscreen: it shows the events in date order,
// clicking one fills the details pane with its quote and source, counts are in the status bar,
// and a bad file leaves the open database in place.

#include "detailsview.h"
#include "domain/julianday.h"
#include "formats/importer.h"
#include "handbook.h"
#include "importdialog.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "mainwindow.h"
#include "store/generator.h"
#include "testutil.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace entente;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QString statusText(ui::MainWindow &window)
    {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u" | "_s);
    }

private Q_SLOTS:
    void init()
    {
        entente::test::failOnWarnings();
        QSettings().remove(u"databases"_s); // each test opens the bundled data afresh
    }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear(); // test mode: the test's own settings, never the user's
    }

    void showsTheBundledEvents()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        QAbstractItemModel *model = window.tableView()->model();
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->index(0, 0).data().toString(), u"2 February 1995"_s);
        QCOMPARE(model->index(1, 0).data().toString(), u"23–24 April 2014"_s);
        // The first page of titles came with the result, read on the filter's thread.
        const auto first = window.filterResult()->firstHeadlines;
        QVERIFY(first);
        QCOMPARE(first->size(), 11);
        for (int row = 0; row < 11; ++row)
            QCOMPARE(first->at(row).title, model->index(row, 1).data().toString());
        QVERIFY(statusText(window).contains(u"11 events · 2 undated"_s));
        QVERIFY(statusText(window).contains(u"Azerbaijan–Cambodia relations"_s));
        QVERIFY(window.windowTitle().contains(u"azerbaijan-cambodia.sqlite"_s));
        // The first event is selected so the details pane is never blank.
        QCOMPARE(window.selectedEventId(), 1);
        QVERIFY(window.detailsView()->toPlainText().contains(u"February 2, 1995"_s));
    }

    void datesAreNotCutWhereTheFirstRowsAreYears()
    {
        // A generated chronology starts with events known by their year only; further down
        // nearly all are days. The date column leaves room for those, not only for "1979".
        QTemporaryDir dir;
        const QString path = dir.filePath(u"years-first.sqlite"_s);
        QString error;
        const QList<core::Country> countries =
            core::readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(core::generateDatabase({path, core::OutputKind::Database}, countries, {3000, 7},
                                        &error),
                 qPrintable(error));
        {
            // Its first forty events become known by their year only, as a large generated or
            // imported chronology's first screen is.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"years"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"UPDATE event SET date = '1979', date_lower = ?, date_upper = ? "
                              "WHERE id IN (SELECT id FROM event ORDER BY date_lower LIMIT 40)"_s));
            q.addBindValue(core::JulianDay::fromYmd(1979, 1, 1).value);
            q.addBindValue(core::JulianDay::fromYmd(1979, 12, 31).value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"years"_s);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path, &error));
        QTRY_VERIFY(window.filterResult());
        auto *table = window.tableView();
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, 0).data().toString().size(), 4); // a year
        // Every single-day date of the 3,000 fits whole (the text and the cell's margins).
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        QTRY_VERIFY(table->columnWidth(0) >
                    table->fontMetrics().horizontalAdvance(u"1979"_s) + margin + 20);
        int days = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString date = model->index(row, 0).data().toString();
            if (date.count(u' ') != 2 || date.contains(u'–'))
                continue; // not "28 September 2000"
            ++days;
            QVERIFY2(table->fontMetrics().horizontalAdvance(date) + margin <= table->columnWidth(0),
                     qPrintable(date));
        }
        QVERIFY(days > 1000);
    }

    void everyAltKeyLeadsToOnePlace()
    {
        // Alt+letter of the menus, the view tabs, the chart tabs and the labelled fields of the
        // window: each letter once, or Alt+H would open Help and the charts at once.
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions())
            texts.append(menu->text());
        for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        }
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy())
                texts.append(label->text());
        }
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            texts.append(button->text());
        QHash<QKeySequence, QStringList> owners;
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[key].append(text);
        }
        QVERIFY(owners.size() >= 8);
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(u", "_s)));
    }

    void clickingARowShowsItsSource()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_VERIFY(window.filterResult());
        auto *table = window.tableView();
        const int visaRow = 5;
        QCOMPARE(table->model()->index(visaRow, 1).data().toString(),
                 u"Visa exemption for holders of diplomatic passports signed"_s);
        const QRect cell = table->visualRect(table->model()->index(visaRow, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.selectedEventId(), 8);
        const QString details = window.detailsView()->toPlainText();
        QVERIFY(details.contains(
            u"inked an agreement on visa exemption for holders of diplomatic passports"_s));
        QVERIFY(details.contains(u"Azernews, Vugar Khalilov, 6 June 2022"_s));
        QVERIFY(details.contains(u"Citing: Foreign Ministry of Azerbaijan"_s));
        QVERIFY(details.contains(u"Elnur Mammadov"_s));
        QVERIFY(details.contains(u"(CAMEO 057)"_s));
        // The quote keeps nearly the whole width of the pane, however narrow: a small indent,
        // not blockquote's 40 pixels on either side.
        const QTextBlock quote =
            window.detailsView()->document()->find(u"inked an agreement on visa"_s).block();
        QVERIFY(quote.isValid());
        QVERIFY2(quote.blockFormat().leftMargin() + quote.blockFormat().rightMargin() <= 16,
                 qPrintable(QString::number(quote.blockFormat().leftMargin())));

        // Down arrow moves to the next event in date order.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(window.selectedEventId(), 9);
        QVERIFY(window.detailsView()->toPlainText().contains(u"current on 1 June 2022"_s));
        QVERIFY(window.detailsView()->toPlainText().contains(u"neither its start nor its end"_s));
    }

    void theDetailsTitleBreaksBetweenWordsInASmallWindow()
    {
        // In an 800 × 560 window the pane was 125 px wide and "established" broke mid-word.
        ui::MainWindow window;
        window.resize(800, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_VERIFY(window.filterResult());
        auto *table = window.tableView();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        QCOMPARE(window.selectedEventId(), 1);
        QTextDocument *document = window.detailsView()->document();
        QTRY_VERIFY(!document->find(u"Diplomatic relations established"_s).isNull());
        const QTextBlock title = document->find(u"Diplomatic relations established"_s).block();
        QVERIFY(title.layout());
        const QString text = title.text();
        for (int i = 0; i + 1 < title.layout()->lineCount(); ++i) {
            const QTextLine line = title.layout()->lineAt(i);
            const int end = line.textStart() + line.textLength();
            QVERIFY2(end > 0 && (text.at(end - 1).isSpace() || text.at(end).isSpace()),
                     qPrintable(text.mid(line.textStart(), line.textLength())));
        }
    }

    void aBadFileKeepsTheOpenDatabase()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.sqlite"_s);
        QVERIFY(test::writeFile(bad, "not a database"));
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_VERIFY(window.filterResult());
        QString error;
        QVERIFY(!window.openDatabase(bad, &error));
        QVERIFY(error.contains(u"not an SQLite database"_s));
        QCOMPARE(window.tableView()->model()->rowCount(), 11);

        window.openDatabaseOrTell(bad);
        QVERIFY(
            window.isOpening()); // the load runs on another thread; the window answers meanwhile
        QTRY_VERIFY(window.findChild<QMessageBox *>());
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(!window.isOpening());
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"not an SQLite database"_s));
        box->close();
        QCOMPARE(test::readAll(bad), QByteArray("not a database"));
    }

    void opensWithoutBlockingAndCanBeCancelled()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy opened(&window, &ui::MainWindow::databaseOpened);
        window.openDatabaseOrTell(QStringLiteral(ENTENTE_BUNDLED_DB));
        QVERIFY(opened.wait(5000));
        QTRY_VERIFY(window.filterResult());
        QCOMPARE(window.tableView()->model()->rowCount(), 11);

        // A cancelled open leaves the open database as it was.
        window.openDatabaseOrTell(QStringLiteral(ENTENTE_BUNDLED_DB));
        QPushButton *cancel = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>())
            if (b->text() == u"Cancel"_s && b->isVisible())
                cancel = b;
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(!window.isOpening());
        QTest::qWait(300);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(window.tableView()->model()->rowCount(), 11);
    }

    void aDeletedDatabaseKeepsWorkingAndSaysSo()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"mine.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), copy));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(copy));
        QTRY_VERIFY(window.filterResult());
        QVERIFY(window.fileWarning().isEmpty());
        QVERIFY(QFile::remove(copy));
        QTRY_VERIFY(window.fileWarning().contains(u"was deleted or moved while open"_s));
        QVERIFY(statusText(window).contains(u"keeps showing what it loaded"_s));
        // What was loaded still reads: another event's details come from the open file.
        auto *table = window.tableView();
        table->setFocus();
        table->selectRow(5);
        QTRY_VERIFY(window.detailsView()->toPlainText().contains(u"visa"_s, Qt::CaseInsensitive));
        QCOMPARE(window.tableView()->model()->rowCount(), 11);
    }

    void eachDatabaseKeepsItsOwnFilter()
    {
        // A filter chosen on one chronology comes back with it, and only with it: another
        // database opens unfiltered instead of showing "No events match".
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), other));
        core::EventFilter visits;
        visits.topics = {u"visits"_s};
        const double first2014 = core::JulianDay::fromYmd(2014, 1, 1).value;
        const double first2015 = core::JulianDay::fromYmd(2015, 1, 1).value;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
            QTRY_VERIFY(window.filterResult());
            window.setFilter(visits);
            QTRY_COMPARE(window.tableView()->model()->rowCount(), 1);
            // The lanes and the window shown go with the database too.
            window.timelineView()->setLaneMode(core::LaneMode::Topics);
            window.timelineView()->setViewport(
                core::TimelineViewport(first2014, first2015, window.timelineView()->width()));
            QVERIFY(window.openDatabase(other));
            QTRY_COMPARE(window.filter(), core::EventFilter());
            QTRY_COMPARE(window.tableView()->model()->rowCount(), 11);
            QVERIFY(window.timelineView()->viewport().firstDay() < first2014 - 365 * 10);
        }
        ui::MainWindow again;
        again.show();
        QVERIFY(again.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_COMPARE(again.filter(), visits);
        QTRY_COMPARE(again.tableView()->model()->rowCount(), 1);
        QCOMPARE(again.timelineView()->laneMode(), core::LaneMode::Topics);
        QVERIFY(qAbs(again.timelineView()->viewport().firstDay() - first2014) < 1);
        QVERIFY(qAbs(again.timelineView()->viewport().lastDay() - first2015) < 1);
        // A filter changed last, just before the window closes, is the one the next opening
        // shows (it is saved with the window's state, not at every change).
        core::EventFilter in2014;
        in2014.from = *core::PartialDate::fromEdtf(u"2014"_s);
        in2014.to = *core::PartialDate::fromEdtf(u"2014"_s);
        again.setFilter(in2014);
        QVERIFY(again.close());
        ui::MainWindow third;
        third.show();
        QVERIFY(third.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_COMPARE(third.filter(), in2014);
        QSettings().remove(u"databases"_s);
    }

    void filesHandedOverOpenOrImport()
    {
        // What "Open with" or a drop hands over: a database opens, an importable file opens the
        // import dialog with it, and anything else is told in one sentence.
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.acceptDrops());
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), copy));
        QSignalSpy opened(&window, &ui::MainWindow::databaseOpened);
        QVERIFY(window.openFile(copy));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), copy);

        QString error;
        const QString notes = dir.filePath(u"notes.txt"_s);
        QVERIFY(test::writeFile(notes, "Meeting notes, nothing more.\n"));
        QVERIFY(!window.openFile(notes, &error));
        QVERIFY2(error.contains(u"neither an Entente database nor"_s), qPrintable(error));
        QTRY_VERIFY(window.findChild<QMessageBox *>());
        window.findChild<QMessageBox *>()->close();

        // A TimelineJS file dropped on the window: the import dialog, with that file.
        const QString timeline = QStringLiteral(ENTENTE_TEST_DATA) + u"/import/timelinejs.json"_s;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(timeline)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        ui::ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ImportDialog *>()));
        QVERIFY(dialog->windowTitle().contains(u"timelinejs.json"_s));
        dialog->close();
    }

    void copyPutsTheEventWithItsSourceOnTheClipboard()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_COMPARE(window.selectedEventId(), 1);
        QGuiApplication::clipboard()->clear();
        window.copyEvent();
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        const QString text = data->text();
        QVERIFY2(text.contains(u"Diplomatic relations established"_s), qPrintable(text));
        QVERIFY(text.contains(u"2 February 1995"_s));
        QVERIFY(text.contains(u"Azerbaijan (party)"_s));
        QVERIFY(text.contains(u"established diplomatic relations on February 2, 1995"_s));
        QVERIFY(text.contains(u"Azernews"_s));
        QVERIFY(data->html().contains(u"<h2>"_s));
    }

    void contextMenusNarrowTheFilterToAnEvent()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_COMPARE(window.selectedEventId(), 1);
        // The Menu key on the timeline asks for the selected event's menu.
        QSignalSpy asked(window.timelineView(), &ui::TimelineView::eventMenuRequested);
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(10, 10), QPoint(10, 10));
        // (A popup grabs the keyboard, which the offscreen platform cannot do, and says so.)
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
        QApplication::sendEvent(window.timelineView(), &key);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toLongLong(), 1);
        // Beside the selected mark (1995, at the left), not where the event said.
        const QPoint menuAt = window.timelineView()->mapFromGlobal(asked.first().at(1).toPoint());
        QVERIFY2(menuAt != QPoint(10, 10) && window.timelineView()->rect().contains(menuAt),
                 qPrintable(u"%1,%2"_s.arg(menuAt.x()).arg(menuAt.y())));
        QTRY_VERIFY(window.findChild<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
        window.findChild<QMenu *>(QString(), Qt::FindDirectChildrenOnly)->close();

        auto trigger = [&](qint64 id, const QString &text) {
            QMenu *menu = window.eventMenu(id);
            for (QAction *a : menu->actions()) {
                if (a->text() == text) {
                    a->trigger();
                    menu->close();
                    return true;
                }
            }
            menu->close();
            return false;
        };
        QVERIFY(trigger(1, u"Only Events of Cambodia"_s));
        QCOMPARE(window.filter().countries, QStringList{u"KHM"_s});
        // The 2014 visit: its year, as a period.
        QVERIFY(trigger(2, u"Only the Year 2014"_s));
        QCOMPARE(window.filter().from.toEdtf(), u"2014"_s);
        QCOMPARE(window.filter().to.toEdtf(), u"2014"_s);
        QTRY_COMPARE(window.tableView()->model()->rowCount(), 1);
        QVERIFY(trigger(2, u"Only the Topic “Visits”"_s));
        QCOMPARE(window.filter().topics, QStringList{u"visits"_s});
    }

    void importedEventsSayNoOneCheckedThem()
    {
        QTemporaryDir dir;
        core::ImportOptions options;
        options.skipProblems = true;
        core::ImportReport report;
        QString error;
        const QString db = dir.filePath(u"imported.sqlite"_s);
        QVERIFY2(core::importEvents(QStringLiteral(ENTENTE_TEST_DATA "/import/timelinejs.json"),
                                    options, db, &report, &error),
                 qPrintable(error));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.openDatabase(db, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        window.tableView()->selectRow(0);
        const QString notice = core::Dataset::notCheckedText();
        QTRY_VERIFY(window.findChild<ui::DetailsView *>()->toPlainText().contains(notice));
        QVERIFY(statusText(window).contains(u"imported, not checked against the sources"_s));
        QVERIFY(window.tableView()
                    ->model()
                    ->index(0, 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(notice));
        // The bundled events were checked by a person: no notice.
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error));
        QTRY_VERIFY(window.dataset() && window.dataset()->isChecked());
        window.tableView()->selectRow(0);
        QTRY_VERIFY(window.findChild<ui::DetailsView *>()->toPlainText().contains(u"Sources"_s));
        QVERIFY(!window.findChild<ui::DetailsView *>()->toPlainText().contains(notice));
        QVERIFY(!statusText(window).contains(u"not checked"_s));
    }

    void f1OpensTheHandbookWithEveryShortcut()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<ui::Handbook *>());
        const QString text = window.findChild<ui::Handbook *>()->browser()->toPlainText();
        // The README's user sections, without its set-up and developer sections.
        QVERIFY(text.contains(u"Using the timeline"_s));
        QVERIFY(text.contains(u"Filtering"_s));
        QVERIFY(!text.contains(u"Set up"_s));
        // Every action with a shortcut is listed with it, from the menus themselves.
        int listed = 0;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut().isEmpty())
                    continue;
                const QString name = a->text().remove(u'&');
                const QString keys = a->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(text.contains(name) && text.contains(keys),
                         qPrintable(name + u' ' + keys));
                ++listed;
            }
        }
        QVERIFY2(listed >= 20, qPrintable(QString::number(listed)));
        QVERIFY(text.contains(u"Zoom to Fit"_s) && text.contains(u"Ctrl+0"_s));
        QVERIFY(text.contains(u"Handbook"_s) && text.contains(u"F1"_s));
    }

    void f11MakesTheWindowFullScreen()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *fullScreen = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::Key_F11))
                fullScreen = a;
        }
        QVERIFY(fullScreen);
        fullScreen->trigger();
        QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
        fullScreen->trigger();
        QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
    }

    void geometryIsKept()
    {
        {
            ui::MainWindow window;
            window.show();
            window.resize(900, 600);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.size(), QSize(900, 600));
    }

    void noDatabaseSaysSo()
    {
        ui::MainWindow window;
        QCOMPARE(statusText(window).contains(u"No database open"_s), true);
        QCOMPARE(window.tableView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
