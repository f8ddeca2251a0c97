// SPDX-License-Identifier: GPL-3.0-or-later
// Editing one's own chronology in the real window, offscreen, on real files: the bundled data is
// never written and offers a copy; in the copy an event is added through the editor with a
// source and its quote, its date edited from "2022-06" to "2022-06-01", another deleted, two
// changes undone and one redone — and the database, the table, the timeline and the charts show
// exactly that at every step.

#include "chartsview.h"
#include "detailsview.h"
#include "editing.h"
#include "eventeditor.h"
#include "index/dataset.h"
#include "index/eventtablemodel.h"
#include "index/roles.h"
#include "mainwindow.h"
#include "maths/chartdata.h"
#include "store/chronology.h"
#include "store/eventstore.h"
#include "testutil.h"
#include "timelineview.h"
#include "uitestutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace entente;
using namespace Qt::StringLiterals;

using test::buttonNamed;
using test::shoot;
using test::whenShown;

class TestEditing : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

    static QStringList tableTitles(ui::MainWindow &window)
    {
        return test::columnTexts(window.tableView()->model(), core::EventTableModel::TitleColumn);
    }

    static QString tableDate(ui::MainWindow &window, const QString &title)
    {
        QAbstractItemModel *model = window.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, core::EventTableModel::TitleColumn).data().toString() == title)
                return model->index(row, core::EventTableModel::DateColumn).data().toString();
        return {};
    }

    static qint64 chartEvents(ui::MainWindow &window)
    {
        return window.chartsView()->charts() ? window.chartsView()->charts()->perCountry.events
                                             : -1;
    }

    static int storedEvents(const QString &path)
    {
        core::EventStore store;
        if (!store.open(path))
            return -1;
        int n = 0;
        store.readIndexRows([&n](const core::EventStore::IndexRow &) { return ++n > 0; });
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear();
    }
    void init() { entente::test::failOnWarnings(); }

    void aTopicInsideAnotherBringsItsParents()
    {
        // Ticking "State visits" files the event under "Visits" and "Diplomacy" too, as an
        // import of the same category does, so that the parent's filter finds it.
        ui::EventEditor::Choices choices;
        choices.topics = {{1, u"diplomacy"_s, u"Diplomacy"_s, u"#285aa0"_s, {}},
                          {2, u"visits"_s, u"Visits"_s, u"#e67814"_s, u"diplomacy"_s},
                          {3, u"state-visits"_s, u"State visits"_s, u"#c83c14"_s, u"visits"_s},
                          {4, u"trade"_s, u"Trade"_s, u"#14963c"_s, {}}};
        ui::EventEditor editor(choices);
        auto *topics = editor.findChild<QListWidget *>(u"topics"_s);
        QVERIFY(topics->item(2)->toolTip().contains(u"“Visits”"_s));
        topics->item(2)->setCheckState(Qt::Checked);
        QStringList filed;
        for (const core::Topic &t : editor.event().topics)
            filed << t.slug + u'<' + t.parent;
        QCOMPARE(filed,
                 (QStringList{u"state-visits<visits"_s, u"visits<diplomacy"_s, u"diplomacy<"_s}));
        topics->item(3)->setCheckState(Qt::Checked);
        QCOMPARE(editor.event().topics.size(), 4);
    }

    void theBundledDatasetOffersACopy()
    {
        ui::MainWindow window;
        QString error;
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        const QByteArray hash = test::sha256(bundled);
        QVERIFY2(window.openDatabase(bundled, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        QVERIFY(!window.editing()->isEditable());
        QString offered;
        whenShown<QMessageBox>([&offered](QMessageBox *box) {
            offered = box->text();
            QVERIFY(buttonNamed(box, u"Save a Copy as My Database…"_s));
            box->reject();
        });
        window.editing()->newEvent();
        QVERIFY2(offered.contains(u"save a copy"_s), qPrintable(offered));
        whenShown<QMessageBox>([](QMessageBox *box) { box->reject(); });
        window.editing()->deleteEvent(1);
        QCOMPARE(test::sha256(bundled), hash);
        QCOMPARE(window.dataset()->index().size(), 11);
    }

    void addEditDeleteUndoRedo()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QString error;
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QTRY_VERIFY(window.filterResult());

        // Save a copy as my database: it opens, editable.
        const QString mine = m_dir.filePath(u"my chronology.sqlite"_s);
        QSignalSpy opened(&window, &ui::MainWindow::databaseOpened);
        window.editing()->saveCopyTo(mine);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 10000);
        QTRY_VERIFY(window.dataset() && window.dataset()->path() == mine);
        QTRY_COMPARE(tableTitles(window).size(), 11);
        QVERIFY(window.editing()->isEditable());

        // Add through the editor, as a user fills it in.
        whenShown<ui::EventEditor>([](ui::EventEditor *editor) {
            QPushButton *save =
                editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled()); // an empty event cannot be saved
            shoot(editor, "editor-empty");
            QVERIFY(editor->findChild<QLabel *>(u"titleProblem"_s)->isVisibleTo(editor));
            editor->findChild<QLineEdit *>(u"title"_s)->setText(u"Consultations on demining"_s);
            auto *date = editor->findChild<QLineEdit *>(u"date"_s);
            date->setText(u"2022-13"_s);
            QVERIFY(editor->findChild<QLabel *>(u"dateProblem"_s)->text().contains(u"13"_s));
            date->setText(u"2022-06"_s);
            QCOMPARE(editor->dateFeedback(), u"June 2022, day unknown"_s);
            auto *type = editor->findChild<QComboBox *>(u"type"_s);
            type->setCurrentIndex(type->findData(u"040"_s));
            auto *country = editor->findChild<QLineEdit *>(u"countryInput"_s);
            country->setText(u"Kambodia"_s);
            buttonNamed(editor, u"Add Country"_s)->click();
            QVERIFY(editor->findChild<QLabel *>(u"countryInputProblem"_s)
                        ->text()
                        .contains(u"did you mean Cambodia"_s));
            date->setText(u"2022-13"_s);
            shoot(editor, "editor-problems");
            date->setText(u"2022-06"_s);
            country->setText(u"Cambodia (KHM)"_s);
            buttonNamed(editor, u"Add Country"_s)->click();
            country->setText(u"aze"_s);
            buttonNamed(editor, u"Add Country"_s)->click();
            QCOMPARE(editor->findChild<QListWidget *>(u"countries"_s)->count(), 2);
            buttonNamed(editor, u"Add Source"_s)->click();
            editor->findChild<QLineEdit *>(u"publisher"_s)->setText(u"My notes"_s);
            Q_EMIT editor->findChild<QLineEdit *>(u"publisher"_s)->textEdited(u"My notes"_s);
            editor->findChild<QPlainTextEdit *>(u"quote"_s)
                ->setPlainText(u"The two ministries discussed demining."_s);
            QVERIFY2(save->isEnabled(),
                     qPrintable(editor->problems().isEmpty() ? QString()
                                                             : editor->problems().first().message));
            shoot(editor, "editor-filled");
            save->click();
        });
        window.editing()->newEvent();
        const QString added = u"Consultations on demining"_s;
        QTRY_VERIFY_WITH_TIMEOUT(tableTitles(window).contains(added), 10000);
        QCOMPARE(tableTitles(window).size(), 12);
        QCOMPARE(tableDate(window, added), u"June 2022"_s);
        QCOMPARE(storedEvents(mine), 12);
        QCOMPARE(chartEvents(window), 12);
        QCOMPARE(window.selectedEventId(), qint64(12)); // the new event is selected…
        QVERIFY2(window.timelineView()->accessibleDescription().contains(added),
                 qPrintable(window.timelineView()->accessibleDescription())); // …on the timeline
        const auto stored = window.dataset()->store().event(12);
        QVERIFY(stored);
        QCOMPARE(stored->citations.first().quote, u"The two ministries discussed demining."_s);

        // Edit its date, through the editor.
        whenShown<ui::EventEditor>([](ui::EventEditor *editor) {
            auto *date = editor->findChild<QLineEdit *>(u"date"_s);
            QCOMPARE(date->text(), u"2022-06"_s);
            date->setText(u"2022-06-01"_s);
            QCOMPARE(editor->dateFeedback(), u"1 June 2022"_s);
            editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        window.editing()->editEvent(12);
        QTRY_COMPARE(tableDate(window, added), u"1 June 2022"_s);
        QCOMPARE(window.dataset()->store().event(12)->date.toEdtf(), u"2022-06-01"_s);

        // Delete another, confirming with the event named.
        const QString deleted = u"Prime Minister Hun Sen visits Azerbaijan"_s;
        QString asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        window.selectEvent(2);
        window.editing()->deleteEvent(2);
        QVERIFY2(asked.contains(deleted), qPrintable(asked));
        QTRY_VERIFY(!tableTitles(window).contains(deleted));
        QCOMPARE(storedEvents(mine), 11);
        QCOMPARE(chartEvents(window), 11);

        // Undo twice: the deletion, then the date; redo once: the date again.
        QUndoStack *stack = window.editing()->undoStack();
        QCOMPARE(stack->undoText(), u"Delete “%1”"_s.arg(deleted));
        stack->undo();
        QTRY_VERIFY(tableTitles(window).contains(deleted));
        stack->undo();
        QTRY_COMPARE(tableDate(window, added), u"June 2022"_s);
        stack->redo();
        QTRY_COMPARE(tableDate(window, added), u"1 June 2022"_s);
        QTRY_COMPARE(tableTitles(window).size(), 12);
        QCOMPARE(chartEvents(window), 12);
        QCOMPARE(storedEvents(mine), 12);
        QCOMPARE(window.dataset()->store().event(12)->date.toEdtf(), u"2022-06-01"_s);
        QCOMPARE(window.dataset()->store().event(2)->title, deleted);
        // The views agree with a fresh load of the file.
        QString loadError;
        auto fresh = core::Dataset::open(mine, &loadError);
        QVERIFY2(fresh, qPrintable(loadError));
        QCOMPARE(fresh->index().size(), window.dataset()->index().size());
        for (qsizetype pos = 0; pos < fresh->index().size(); ++pos)
            QCOMPARE(fresh->index().id(pos), window.dataset()->index().id(pos));
        // Its own writes are not "changed by another program".
        QCOMPARE(window.fileWarning(), QString());
        // Opening another database stores the edited index as the file's cache: the next open
        // of the file reads it rather than rebuilding the index from the tables.
        QVERIFY(!fresh->index().loadedFromCache());
        fresh.reset();
        QVERIFY2(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        auto reopened = core::Dataset::open(mine, &loadError);
        QVERIFY2(reopened, qPrintable(loadError));
        QVERIFY(reopened->index().loadedFromCache());
        QCOMPARE(reopened->index().size(), qsizetype(12));
    }

    // Saving without a quoted source asks once; the event then says so in the details pane, the
    // table and the timeline.
    void anUnsourcedEventSaysSo()
    {
        const QString mine = m_dir.filePath(u"unsourced.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), mine));
        QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
        ui::MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(mine, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        int asked = 0;
        whenShown<ui::EventEditor>([&asked](ui::EventEditor *editor) {
            editor->findChild<QLineEdit *>(u"title"_s)->setText(u"A rumour"_s);
            // The precision and qualifier buttons rewrite the EDTF text.
            auto *date = editor->findChild<QLineEdit *>(u"date"_s);
            date->setText(u"2022-06-01"_s);
            buttonNamed(editor, u"Month"_s)->click();
            QCOMPARE(date->text(), u"2022-06"_s);
            editor->findChild<QCheckBox *>(u"approximate"_s)->click();
            QCOMPARE(date->text(), u"2022-06~"_s);
            QCOMPARE(editor->dateFeedback(), u"c. June 2022, day unknown"_s);
            buttonNamed(editor, u"Year"_s)->click();
            QCOMPARE(date->text(), u"2022~"_s);
            date->setText(u"2014-04-23/2014-04-24"_s);
            QCOMPARE(editor->dateFeedback(), u"23–24 April 2014"_s);
            auto *type = editor->findChild<QComboBox *>(u"type"_s);
            type->setCurrentIndex(type->findData(u"040"_s));
            editor->findChild<QLineEdit *>(u"countryInput"_s)->setText(u"KHM"_s);
            buttonNamed(editor, u"Add Country"_s)->click();
            QPushButton *save =
                editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(save->isEnabled());
            whenShown<QMessageBox>([&asked](QMessageBox *box) {
                ++asked;
                QCOMPARE(box->windowTitle(), u"Save without a source?"_s);
                box->button(QMessageBox::Cancel)->click();
            });
            save->click(); // asked, and cancelled: the editor stays
            QTRY_COMPARE(asked, 1);
            QVERIFY(editor->isVisible());
            save->click(); // asked once only: saved now
        });
        window.editing()->newEvent();
        QTRY_COMPARE(window.selectedEventId(), qint64(12));
        QCOMPARE(asked, 1);
        const QString unsourced = core::Dataset::unsourcedText();
        QVERIFY(window.detailsView()->toPlainText().contains(unsourced));
        const QModelIndex title =
            window.tableView()->currentIndex().siblingAtColumn(core::EventTableModel::TitleColumn);
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(unsourced));
        QVERIFY(!window.dataset()->store().headlines({1}).first().unsourced);
        QVERIFY(window.dataset()->store().headlines({12}).first().unsourced);
    }

    void aChangeByAnotherProgramIsNotOverwritten()
    {
        const QString mine = m_dir.filePath(u"shared.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_BUNDLED_DB), mine));
        QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
        ui::MainWindow window;
        QString error;
        QVERIFY2(window.openDatabase(mine, &error), qPrintable(error));
        QTRY_VERIFY(window.filterResult());
        // Another program deletes an event behind the window's back.
        {
            core::EventStore store;
            QVERIFY(store.open(mine));
            core::Chronology other(mine, store.changeCounter());
            QVERIFY2(other.remove(3, &error), qPrintable(error));
        }
        const QByteArray hash = test::sha256(mine);
        QString said;
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        connect(window.editing(), &ui::Editing::failed, this,
                [&said](const QString &message) { said = message; });
        window.editing()->deleteEvent(4);
        QTRY_VERIFY2(said.contains(u"changed by another program"_s), qPrintable(said));
        QCOMPARE(test::sha256(mine), hash);
        QCOMPARE(window.editing()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
