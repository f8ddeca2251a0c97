// SPDX-License-Identifier: GPL-3.0-or-later
// File › Events from a Report…, driven as a user does: the bundled report opened in the real
// dialog, its details filled in from its head, each proposal's sentence and date expression
// highlighted, nothing written until Accept Reviewed, and then the accepted proposals in a new
// database matching the bundled events in date, countries and quotes, as one step of undo.
#include "detailsview.h"
#include "editing.h"
#include "eventeditor.h"
#include "filterpanel.h"
#include "formats/importer.h"
#include "index/dataset.h"
#include "index/eventtablemodel.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "store/chronology.h"
#include "store/eventstore.h"
#include "testutil.h"
#include "uitestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

QString sortedCodes(QStringList codes)
{
    codes.sort();
    return codes.join(u',');
}

// The dated or undated events of \a path as "date|countries" → their quotes.
QMultiHash<QString, QStringList> eventsOf(const QString &path)
{
    core::EventStore store;
    QMultiHash<QString, QStringList> out;
    if (!store.open(path))
        return out;
    for (qint64 id = 1; id <= 200; ++id) {
        const auto e = store.event(id);
        if (!e)
            continue;
        QStringList codes, quotes;
        for (const core::Participant &p : e->participants)
            codes << p.country.alpha3;
        for (const core::Citation &c : e->citations)
            quotes << c.quote;
        if (!e->attestedOn)
            out.insert(e->date.toEdtf() + u'|' + sortedCodes(codes), quotes);
    }
    return out;
}

// The report dialog of \a window showing the bundled dataset; nullptr when it cannot be opened.
ui::ReportDialog *reportDialogOnBundled(ui::MainWindow &window)
{
    QString error;
    if (!window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error) ||
        !QTest::qWaitFor([&window] { return bool(window.filterResult()); }))
        return nullptr;
    return window.showReportDialog();
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void init() { test::failOnWarnings(); }

    void bundledReportIntoANewDatabase()
    {
        const QString mine = m_dir.filePath(u"from the report.sqlite"_s);
        QString error;
        QVERIFY2(core::createEmptyDatabase({mine, core::OutputKind::Database}, u"Mine"_s, &error),
                 qPrintable(error));
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY2(window.openDatabase(mine, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        QCOMPARE(window.dataset()->index().size(), 0);

        ui::ReportDialog *dialog = window.showReportDialog();
        QVERIFY(dialog);
        QSignalSpy read(dialog, &ui::ReportDialog::proposalsChanged);
        QVERIFY2(dialog->openFile(QStringLiteral(ENTENTE_SOURCE_TEXT), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(read.count() >= 1 && dialog->isSettled(), 10000);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"publisher"_s)->text(), u"Azernews"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"author"_s)->text(), u"Vugar Khalilov"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"published"_s)->text(), u"2022-06-06"_s);
        auto *list = dialog->findChild<QTreeWidget *>(u"proposals"_s);
        const int n = list->topLevelItemCount();
        QVERIFY(n >= 8);

        // Selecting a proposal with an inferred year highlights its sentence and "on June 1".
        int june = -1;
        for (int i = 0; i < n && june < 0; ++i)
            june = dialog->proposals()[i].date.toEdtf() == u"2022-06-01" ? i : -1;
        QVERIFY(june >= 0);
        list->setCurrentItem(list->topLevelItem(june));
        QVERIFY(list->topLevelItem(june)->text(0).contains(u"inferred"_s));
        auto *text = dialog->findChild<QPlainTextEdit *>(u"reportText"_s);
        QStringList highlighted;
        for (const QTextEdit::ExtraSelection &s : text->extraSelections())
            highlighted << s.cursor.selectedText();
        QVERIFY2(highlighted.contains(u"on June 1"_s), qPrintable(highlighted.join(u" | "_s)));
        QVERIFY(highlighted.first().startsWith(u"As part of the third round"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"details"_s)->text().contains(u"year inferred"_s));
        test::shoot(dialog, "report-dialog");

        // Nothing is written before Accept Reviewed; Space ticks a proposal, as a user does.
        const QByteArray before = test::sha256(mine);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptReviewed"_s);
        QVERIFY(!accept->isEnabled());
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
        QVERIFY(accept->isEnabled());
        for (int i = 1; i < n; ++i)
            dialog->setAccepted(i, true);
        QCOMPARE(test::sha256(mine), before);
        accept->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.dataset()->index().size(), n, 10000);

        // The new database holds the bundled events: same dates, countries and quotes.
        const auto bundled = eventsOf(QStringLiteral(ENTENTE_BUNDLED_DB));
        const auto added = eventsOf(mine);
        for (auto it = bundled.cbegin(); it != bundled.cend(); ++it) {
            bool found = false;
            for (const QStringList &quotes : added.values(it.key()))
                found = found || quotes.contains(it.value().first());
            QVERIFY2(found, qPrintable(it.key() + u" “"_s + it.value().first() + u"”"_s));
        }

        // One step of the undo history takes them all back, and redo brings them again.
        QUndoStack *undo = window.editing()->undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QTRY_COMPARE_WITH_TIMEOUT(window.dataset()->index().size(), 0, 10000);
        undo->redo();
        QTRY_COMPARE_WITH_TIMEOUT(window.dataset()->index().size(), n, 10000);
    }

    // The report's own country: prefilled from the date line's place, changed by keyboard, and
    // the proposals read again with it (whose is "Foreign Minister Ravi Example"?).
    void theReportsCountryIsAsked()
    {
        ui::MainWindow window;
        ui::ReportDialog *dialog = reportDialogOnBundled(window);
        QVERIFY(dialog);
        dialog->setReportText(u"Published: 2023-05-03\n\nULAANBAATAR, May 3. Foreign Minister "
                              "Ravi Example arrived here on Tuesday for talks."_s);
        const auto countries = [dialog] {
            return dialog->proposals().size() == 1
                       ? sortedCodes(dialog->proposals().first().countries)
                       : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isSettled() && !countries().isEmpty(), 10000);
        auto *country = dialog->findChild<QComboBox *>(u"reportCountry"_s);
        QCOMPARE(country->currentData().toString(), u"MNG"_s);
        QCOMPARE(countries(), u"MNG"_s);
        // Alt+Y reaches the box; typing a country's name chooses it.
        dialog->activateWindow();
        QTest::keyClick(dialog, Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), country);
        QTest::keyClicks(country, u"Azerbaijan"_s);
        QCOMPARE(country->currentData().toString(), u"AZE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(countries(), u"AZE,MNG"_s, 10000);
        test::shoot(dialog, "report-dialog-country");
    }

    // A report pasted into the text (Ctrl+V) fills in its details as an opened file does; what
    // the person typed in a field stays when the text changes again.
    void pastedTextFillsTheDetails()
    {
        ui::MainWindow window;
        ui::ReportDialog *dialog = reportDialogOnBundled(window);
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(u"reportText"_s);
        auto *publisher = dialog->findChild<QLineEdit *>(u"publisher"_s);
        auto *published = dialog->findChild<QLineEdit *>(u"published"_s);
        auto *country = dialog->findChild<QComboBox *>(u"reportCountry"_s);
        QApplication::clipboard()->setText(
            u"Source: Example Wire\nPublished: 2023-05-03\n\nULAANBAATAR, May 3. The foreign "
            "ministers of Mongolia and Kazakhstan held talks on May 1."_s);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isSettled() && dialog->proposals().size() == 1, 10000);
        QCOMPARE(publisher->text(), u"Example Wire"_s);
        QCOMPARE(published->text(), u"2023-05-03"_s);
        QCOMPARE(country->currentData().toString(), u"MNG"_s);
        QCOMPARE(dialog->proposals().first().date.toEdtf(), u"2023-05-01"_s);
        // The person corrects the publisher; more text changes the head's date, not the publisher.
        publisher->selectAll();
        QTest::keyClicks(publisher, u"My notes"_s);
        QTextCursor start(text->document());
        text->setTextCursor(start);
        for (const QString &line : {u"Source: Another Wire"_s, u"Published: 2024-05-03"_s}) {
            QTest::keyClicks(text, line);
            QTest::keyClick(text, Qt::Key_Return);
        }
        QTRY_COMPARE_WITH_TIMEOUT(published->text(), u"2024-05-03"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isSettled(), 10000);
        QCOMPARE(publisher->text(), u"My notes"_s);
    }

    // Events proposed from a report and written unreviewed (entente extract --into) say so in the
    // table and the details, the filter panel selects them, and ticking "I have checked" in the
    // editor takes the mark away.
    void unreviewedEventsSayWhatTheyAre()
    {
        const QString mine = m_dir.filePath(u"unreviewed.sqlite"_s);
        QString error;
        QVERIFY2(core::createEmptyDatabase({mine, core::OutputKind::Database}, u"Mine"_s, &error),
                 qPrintable(error));
        core::ImportedEvent proposed;
        proposed.title = u"Talks in Tbilisi"_s;
        proposed.date = *core::PartialDate::fromEdtf(u"2022-06-01"_s);
        proposed.type = {u"040"_s, u"cameo"_s, u"Consult"_s};
        proposed.countries = {{u"GEO"_s, u"party"_s}, {u"ARM"_s, u"party"_s}};
        proposed.citations = {{{0, u"My notes"_s, {}, {}, {}, {}, {}}, u"They met."_s, {}, {}}};
        proposed.unreviewed = true;
        core::ImportedEvent mine2 = proposed;
        mine2.title = u"Visit to Yerevan"_s;
        mine2.unreviewed = false;
        {
            core::Chronology chronology(mine, core::fileChangeCounter(mine));
            QList<core::Chronology::Move> moves{{0, std::nullopt, proposed},
                                                {0, std::nullopt, mine2}};
            QVERIFY2(chronology.apply(moves, &error), qPrintable(error));
        }
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY2(window.openDatabase(mine, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        const QStringList titles =
            test::columnTexts(window.tableView()->model(), core::EventTableModel::TitleColumn);
        QVERIFY2(titles.contains(u"Talks in Tbilisi (not yet reviewed)"_s),
                 qPrintable(titles.join(u'|')));
        QVERIFY(titles.contains(u"Visit to Yerevan"_s));

        auto *only = window.filterPanel()->findChild<QCheckBox *>(u"unreviewedOnly"_s);
        QVERIFY(only);
        only->click();
        QTRY_COMPARE(window.filterResult()->positions.size(), size_t(1));
        window.selectEvent(1);
        QTRY_VERIFY(window.detailsView()->toPlainText().contains(u"no one has reviewed"_s));

        test::whenShown<ui::EventEditor>([](ui::EventEditor *editor) {
            auto *reviewed = editor->findChild<QCheckBox *>(u"reviewed"_s);
            QVERIFY(reviewed && reviewed->isVisibleTo(editor));
            reviewed->setChecked(true);
            editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        window.editing()->editEvent(1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.dataset()->store().event(1)->unreviewed, 10000);
        QTRY_COMPARE(window.filterResult()->positions.size(), size_t(0)); // none left unreviewed
    }

    // The bundled dataset is never written: accepting offers a copy instead.
    void bundledDatasetIsNotWritten()
    {
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        const QByteArray hash = test::sha256(bundled);
        ui::MainWindow window;
        ui::ReportDialog *dialog = reportDialogOnBundled(window);
        QVERIFY(dialog);
        dialog->setReportText(u"Published: 2022-06-06\n\nGeorgia and Armenia held talks in "
                              "Tbilisi on June 1."_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isSettled() && dialog->proposals().size() == 1, 10000);
        dialog->findChild<QLineEdit *>(u"publisher"_s)->setText(u"My notes"_s);
        dialog->setAccepted(0, true);
        QString offered;
        test::whenShown<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->text();
            box->reject();
        });
        dialog->findChild<QPushButton *>(u"acceptReviewed"_s)->click();
        QVERIFY2(offered.contains(u"save a copy"_s), qPrintable(offered));
        QCOMPARE(test::sha256(bundled), hash);
        QCOMPARE(window.dataset()->index().size(), 11);
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
