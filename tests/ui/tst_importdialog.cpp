// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the GUI: the dialog previews a TimelineJS file with its problems, imports the good
// events into a new database of the user's off the GUI thread, and the window then shows them on
// the timeline and in the table; the filtered events export to a file that imports again.

#include "importdialog.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "testutil.h"
#include "uitestutil.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace entente;
using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear();
    }

    void importsATimelineJsFileAndShowsIt()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_VERIFY(window.filterResult());
        const QString file = QStringLiteral(ENTENTE_TEST_DATA) + u"/import/timelinejs.json"_s;
        // The bundled dataset is never the target: a new database in the data folder is.
        QVERIFY(window.defaultImportTarget(file).endsWith(u"/timelinejs.sqlite"_s));
        QVERIFY(window.defaultImportTarget(file) != QStringLiteral(ENTENTE_BUNDLED_DB));

        window.importFile(file);
        ui::ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ImportDialog *>()));
        QSignalSpy previewed(dialog, &ui::ImportDialog::previewShown);
        QVERIFY(previewed.wait(10000));
        QCOMPARE(dialog->options().format, core::formatByKey(u"timelinejs"_s)); // detected
        QCOMPARE(dialog->report().events, 4);
        QCOMPARE(dialog->report().problemCount, 2);
        auto *sample = dialog->findChildren<QTableWidget *>().at(0);
        auto *problems = dialog->findChildren<QTableWidget *>().at(1);
        QCOMPARE(sample->rowCount(), 4);
        QCOMPARE(sample->item(0, 1)->text(), u"State visit to Baku"_s);
        QCOMPARE(sample->item(0, 0)->text(), u"23–24 April 2014"_s);
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->item(0, 0)->text(), u"events[3]"_s);

        // With problems, Import waits for the user to skip them.
        const QString db = m_dir.filePath(u"mine.sqlite"_s);
        dialog->setDatabase(db);
        dialog->startImport(); // refused: nothing runs
        QVERIFY(!dialog->isBusy());
        dialog->setSkipProblems(true);
        QSignalSpy opened(&window, &ui::MainWindow::databaseOpened);
        QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
        dialog->startImport();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(opened.wait(20000) || opened.size() == 1);
        QTRY_COMPARE(window.dataset()->path(), db);
        QTRY_VERIFY(window.filterResult());
        QCOMPARE(window.countText(), u"4 events"_s);
        QCOMPARE(window.tableView()->model()->index(2, 1).data().toString(),
                 u"State visit to Baku"_s);
        QCOMPARE(window.recentDatabases().front(), QFileInfo(db).absoluteFilePath());

        // Export what is shown and import it again: the same four events.
        const QString out = m_dir.filePath(u"out.json"_s);
        QString error;
        QSignalSpy exported(&window, &ui::MainWindow::eventsExported);
        QVERIFY2(window.exportEvents(out, *core::formatByKey(u"entente-json"_s), &error),
                 qPrintable(error));
        QVERIFY(exported.wait(20000) || exported.size() == 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        core::ImportOptions options;
        options.format = core::formatByKey(u"entente-json"_s);
        core::ImportReport report;
        QVERIFY2(
            core::importEvents(out, options, m_dir.filePath(u"again.sqlite"_s), &report, &error),
            qPrintable(error));
        QCOMPARE(report.events, 4);
    }

    void eventDataFilesNarrowedByTheirRootCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("ICEWS, CAMEO root codes")
            << u"icews.tab"_s << u"icews"_s << u"04"_s << 4 << 1;
        QTest::newRow("PLOVER, categories in any case")
            << u"plover.jsonl"_s << u"plover"_s << u"consult, Cooperate"_s << 3 << 2;
    }
    void eventDataFilesNarrowedByTheirRootCodes()
    {
        // The root codes typed in the dialog narrow the preview of a big event-data file, as
        // --root-code does on the command line.
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, typed);
        QFETCH(int, before);
        QFETCH(int, after);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        window.importFile(QStringLiteral(ENTENTE_TEST_DATA "/import/") + file);
        ui::ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ImportDialog *>()));
        QSignalSpy previewed(dialog, &ui::ImportDialog::previewShown);
        QVERIFY(previewed.wait(10000));
        QCOMPARE(dialog->options().format, core::formatByKey(format));
        QCOMPARE(dialog->report().events, before);
        QLineEdit *roots = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->placeholderText().contains(u"PLOVER"_s))
                roots = edit;
        QVERIFY(roots);
        roots->setFocus();
        QTest::keyClicks(roots, typed);
        QTest::keyClick(roots, Qt::Key_Tab); // leaving the field updates the preview
        QVERIFY(previewed.wait(10000));
        QCOMPARE(dialog->report().events, after);
        QCOMPARE(dialog->report().filteredOut, before - after);
        dialog->close();
    }

    void enterImportsWhereverTheFocusIs()
    {
        // Enter is the dialog's main action: with the focus on Browse… it imports, and no file
        // chooser opens.
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        window.importFile(QStringLiteral(ENTENTE_TEST_DATA) + u"/import/sample.timeline"_s);
        ui::ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ImportDialog *>()));
        QSignalSpy previewed(dialog, &ui::ImportDialog::previewShown);
        QVERIFY(previewed.wait(10000));
        dialog->setDatabase(m_dir.filePath(u"by-keyboard.sqlite"_s));
        dialog->setSkipProblems(true);
        QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
        // Enter with the focus on Browse…: the main action, not a file chooser.
        QVERIFY(test::pressEnterWithFocusOn(dialog, u"Browse"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(QFile::exists(m_dir.filePath(u"by-keyboard.sqlite"_s)));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
