// SPDX-License-Identifier: GPL-3.0-or-later
// The filter as a user works it, on the real bundled database: ticking Cambodia and the topic
// "visas" changes the timeline, the table, the status bar and the counts together; chips remove
// filters; an empty result says so with a way out; the filter survives a restart.

#include "detailsview.h"
#include "filterpanel.h"
#include "formats/importer.h"
#include "index/dataset.h"
#include "index/roles.h"
#include "mainwindow.h"
#include "testutil.h"
#include "timelineview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestFilterPanel : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;

    std::unique_ptr<ui::MainWindow>
    openWindow(const QString &database = QStringLiteral(ENTENTE_BUNDLED_DB))
    {
        auto window = std::make_unique<ui::MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabase(database))
            return nullptr;
        if (!QTest::qWaitFor([&] { return window->filterResult() != nullptr; }))
            return nullptr;
        return window;
    }

    // Ticks the entry whose text starts with \a label in \a list, with the keyboard.
    bool tick(QListView *list, const QString &label)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString().startsWith(label)) {
                list->setFocus();
                list->setCurrentIndex(index);
                QTest::keyClick(list, Qt::Key_Space);
                return index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            }
        }
        return false;
    }

    int count(QListView *list, const QString &label)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString().startsWith(label))
                return index.data(core::FacetCountRole).toInt();
        }
        return -1;
    }

    // Waits for the views to show the result of the newest filter.
    bool settle(ui::MainWindow &window)
    {
        QSignalSpy applied(&window, &ui::MainWindow::filterApplied);
        return applied.wait(5000);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void init()
    {
        entente::test::failOnWarnings();
        QSettings().clear();
    }

    void cambodiaAndVisasLeaveTheVisaExemptionEverywhere()
    {
        auto window = openWindow();
        QVERIFY(window);
        ui::FilterPanel *panel = window->filterPanel();
        QCOMPARE(window->tableView()->model()->rowCount(), 11);

        QVERIFY(tick(panel->countryList(), u"Cambodia"_s));
        QVERIFY(settle(*window));
        QCOMPARE(window->tableView()->model()->rowCount(), 10); // all but the NAM chairmanship
        QCOMPARE(window->countText(), u"10 of 11 events · 2 undated"_s);

        // A click on the topic's name, not only on its check box, ticks it.
        QListView *topics = panel->topicList();
        QModelIndex visas;
        for (int row = 0; row < topics->model()->rowCount(); ++row)
            if (topics->model()->index(row, 0).data().toString() == u"Visas"_s)
                visas = topics->model()->index(row, 0);
        QVERIFY(visas.isValid());
        topics->scrollTo(visas);
        QTest::mouseClick(topics->viewport(), Qt::LeftButton, {},
                          topics->visualRect(visas).center());
        QCOMPARE(visas.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(settle(*window));
        // The table, the timeline and the status bar agree.
        QCOMPARE(window->tableView()->model()->rowCount(), 1);
        QCOMPARE(window->tableView()->model()->index(0, 1).data().toString(),
                 u"Visa exemption for holders of diplomatic passports signed"_s);
        QCOMPARE(window->countText(), u"1 of 11 events"_s);
        const auto &marks = window->timelineView()->renderer().layout().marks();
        QCOMPARE(marks.size(), 2); // the one event, in Azerbaijan's lane and in Cambodia's
        for (const core::TimelineMark &m : marks)
            QCOMPARE(window->dataset()->index().id(m.position), 8);
        QCOMPARE(window->timelineView()->lanes().lanes().size(), size_t(2));

        // Counts beside the other entries: what the other filters leave for each.
        QCOMPARE(count(panel->countryList(), u"Azerbaijan"_s), 1);
        QCOMPARE(count(panel->countryList(), u"Cambodia"_s), 1);
        QCOMPARE(count(panel->topicList(), u"Visas"_s), 1);
        QCOMPARE(count(panel->topicList(), u"Agreements"_s), 1);
        QCOMPARE(count(panel->topicList(), u"Demining"_s), 3);
        QCOMPARE(count(panel->topicList(), u"International organisations"_s), 2);
        QCOMPARE(count(panel->topicList(), u"Media reports"_s), 1);

        // The chips show both, and removing the topic's chip brings the ten back.
        QVERIFY(panel->chips()->text().contains(u"Cambodia"_s));
        QVERIFY(panel->chips()->text().contains(u"Visas"_s));
        QMetaObject::invokeMethod(panel->chips(), "linkActivated",
                                  Q_ARG(QString, u"topic:visas"_s));
        QVERIFY(settle(*window));
        QCOMPARE(window->tableView()->model()->rowCount(), 10);
    }

    void searchAsYouTypeAndTheEmptyState()
    {
        auto window = openWindow();
        QVERIFY(window);
        ui::FilterPanel *panel = window->filterPanel();
        QTest::keyClicks(panel->searchField(), u"demin"_s);
        QVERIFY(settle(*window));
        QCOMPARE(window->tableView()->model()->rowCount(), 3);
        QCOMPARE(window->viewStack()->currentIndex(), 0);

        QTest::keyClicks(panel->searchField(), u"xyz"_s);
        QVERIFY(settle(*window));
        // Nothing matches: the views give way to a sentence and a button, never a blank area.
        QCOMPARE(window->viewStack()->currentIndex(), 1);
        auto *page = window->viewStack()->currentWidget();
        QVERIFY(page->findChild<QLabel *>()->text().contains(u"No events match the filter"_s));
        QPushButton *clear = page->findChild<QPushButton *>();
        QVERIFY(clear);
        clear->click();
        QVERIFY(settle(*window));
        QCOMPARE(window->viewStack()->currentIndex(), 0);
        QCOMPARE(window->tableView()->model()->rowCount(), 11);
        QCOMPARE(panel->searchField()->text(), QString());
    }

    void periodFieldsAndPartialMatches()
    {
        auto window = openWindow();
        QVERIFY(window);
        ui::FilterPanel *panel = window->filterPanel();
        panel->fromField()->setText(u"2022-04-10"_s);
        panel->toField()->setText(u"2022-04-12"_s);
        Q_EMIT panel->toField()->editingFinished();
        QVERIFY(settle(*window));
        QCOMPARE(window->tableView()->model()->rowCount(), 2);
        QCOMPARE(window->tableView()->model()->index(0, 0).data().toString(),
                 u"April 2022 (partly in the period)"_s);
        // A date that does not parse is refused with its reason, and the filter is unchanged.
        panel->fromField()->setText(u"2022-13"_s);
        Q_EMIT panel->fromField()->editingFinished();
        QCOMPARE(panel->filter().from.toEdtf(), u"2022-04-10"_s);
        const auto labels = panel->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(u"Month 13"_s);
        }));
    }

    void aFilteredOutSelectionIsSaidSo()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->selectEvent(9); // Azerbaijan chairs NAM
        QCOMPARE(window->selectedEventId(), 9);
        core::EventFilter f;
        f.countries = {u"KHM"_s};
        window->setFilter(f);
        QVERIFY(settle(*window));
        QCOMPARE(window->timelineView()->selectedEventId(), -1);
        QVERIFY(window->detailsView()->toPlainText().contains(u"hidden by the filter"_s));
    }

    void theFilterSurvivesARestart()
    {
        {
            auto window = openWindow();
            QVERIFY(window);
            QVERIFY(tick(window->filterPanel()->countryList(), u"Cambodia"_s));
            QVERIFY(tick(window->filterPanel()->topicList(), u"Visas"_s));
            QVERIFY(settle(*window));
            window->close();
        }
        auto again = openWindow();
        QVERIFY(again);
        QCOMPARE(again->filter().countries, QStringList{u"KHM"_s});
        QCOMPARE(again->filter().topics, QStringList{u"visas"_s});
        QCOMPARE(again->tableView()->model()->rowCount(), 1);
        QCOMPARE(again->selectedEventId(), 8); // the first event the filter shows
    }

    void topicsInsideTopicsShowAsATree()
    {
        // A Timeline file's categories inside categories: the list shows each under its parent,
        // indented, and ticking the parent finds its children's events.
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tree.sqlite"_s);
        core::ImportReport report;
        QString error;
        QVERIFY2(core::importEvents(QStringLiteral(ENTENTE_TEST_DATA "/import/categories.timeline"),
                                    {}, db, &report, &error),
                 qPrintable(error));
        auto window = openWindow(db);
        QVERIFY(window);
        QListView *topics = window->filterPanel()->topicList();
        QStringList shown;
        for (int row = 0; row < topics->model()->rowCount(); ++row) {
            const QModelIndex index = topics->model()->index(row, 0);
            shown << QString(index.data(core::FacetDepthRole).toInt() * 2, u' ') +
                         index.data().toString();
        }
        QCOMPARE(shown,
                 (QStringList{u"Diplomacy"_s, u"  Visits"_s, u"    State visits"_s, u"Trade"_s}));
        QVERIFY(tick(topics, u"Diplomacy"_s));
        QVERIFY(settle(*window));
        QCOMPARE(window->tableView()->model()->rowCount(), 1);
        QCOMPARE(count(topics, u"State visits"_s), 1);
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
