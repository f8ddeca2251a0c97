// SPDX-License-Identifier: GPL-3.0-or-later
// The monkey test: thousands of random clicks, drags, wheel turns, key presses, filter changes,
// lane switches and resizes on the main window over a generated 100k-event database, offscreen.
// No crash, no Qt warning, and the window still answers at the end.
//
// The seed is printed; replay a failure with ENTENTE_MONKEY_SEED=<seed>. ENTENTE_MONKEY_ACTIONS
// sets how many actions (default 3000), ENTENTE_MONKEY_EVENTS the database size (default 100000).

#include "chartsview.h"
#include "filterpanel.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "store/generator.h"
#include "testutil.h"
#include "timelineview.h"

#include <QChartView>
#include <QListView>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace entente;
using namespace Qt::StringLiterals;

class TestMonkey : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_events = 100000;

private Q_SLOTS:
    void initTestCase()
    {
        m_events = qEnvironmentVariableIntValue("ENTENTE_MONKEY_EVENTS");
        if (m_events <= 0)
            m_events = 100000;
        QString error;
        const QList<core::Country> countries =
            core::readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        QVERIFY2(!countries.isEmpty(), qPrintable(error));
        m_path = m_dir.filePath(u"monkey.sqlite"_s);
        QVERIFY2(core::generateDatabase({m_path, core::OutputKind::Database}, countries,
                                        {m_events, 5}, &error),
                 qPrintable(error));
    }

    void init() { entente::test::failOnWarnings(); }

    void randomUseNeverBreaksTheWindow()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ENTENTE_MONKEY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("ENTENTE_MONKEY_SEED"))
                                 : 20261127u;
        int actions = qEnvironmentVariableIntValue("ENTENTE_MONKEY_ACTIONS");
        if (actions <= 0)
            actions = 3000;
        qInfo("monkey seed %u, %d actions, %lld events (replay: ENTENTE_MONKEY_SEED=%u)", seed,
              actions, m_events, seed);
        QRandomGenerator rng(seed);

        ui::MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(window.filterResult(), 20000);
        // A key can open a modal dialog (Ctrl+N: New Database); the monkey cannot answer it, so
        // whatever modal dialog comes up is closed, as a user would press Escape.
        QTimer closer;
        closer.setInterval(20);
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start();
        ui::TimelineView *timeline = window.timelineView();
        auto *table = window.tableView();
        const core::EventIndex &index = window.dataset()->index();

        auto point = [&](QWidget *w) {
            return QPoint(int(rng.bounded(std::max(1, w->width()))),
                          int(rng.bounded(std::max(1, w->height()))));
        };
        const int keys[] = {Qt::Key_Left,   Qt::Key_Right,    Qt::Key_Home,   Qt::Key_End,
                            Qt::Key_N,      Qt::Key_P,        Qt::Key_Escape, Qt::Key_Return,
                            Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Equal,  Qt::Key_Minus,
                            Qt::Key_0,      Qt::Key_Up,       Qt::Key_Down};
        const QStringList words = {u"pipeline"_s, u"visa"_s, u"\" OR 1=1 --"_s, u"NEAR/2"_s,
                                   u"Bakı"_s,     u"😀"_s,    u"tra"_s,          QString(300, u'x'),
                                   u"*"_s,        u""_s};
        for (int i = 0; i < actions; ++i) {
            switch (rng.bounded(13)) {
            case 0:
            case 1:
                QTest::mouseClick(timeline, Qt::LeftButton, {}, point(timeline));
                break;
            case 2: {
                const QPoint from = point(timeline), to = point(timeline);
                QTest::mousePress(timeline, Qt::LeftButton, {}, from);
                QTest::mouseMove(timeline, (from + to) / 2);
                QTest::mouseMove(timeline, to);
                QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
                break;
            }
            case 3: {
                const QPointF at = point(timeline);
                const Qt::KeyboardModifiers mods[] = {Qt::NoModifier, Qt::ShiftModifier,
                                                      Qt::AltModifier};
                const QPoint delta = rng.bounded(4) == 0 ? QPoint(int(rng.bounded(480)) - 240, 0)
                                                         : QPoint(0, int(rng.bounded(480)) - 240);
                QWheelEvent wheel(at, timeline->mapToGlobal(at), {}, delta, Qt::NoButton,
                                  mods[rng.bounded(3)], Qt::NoScrollPhase, false);
                QApplication::sendEvent(timeline, &wheel);
                break;
            }
            case 4:
            case 5: {
                const Qt::KeyboardModifiers mods[] = {Qt::NoModifier, Qt::ShiftModifier,
                                                      Qt::ControlModifier};
                QTest::keyClick(timeline, Qt::Key(keys[rng.bounded(int(std::size(keys)))]),
                                mods[rng.bounded(3)]);
                break;
            }
            case 6:
                QTest::mouseDClick(timeline, Qt::LeftButton, {}, point(timeline));
                break;
            case 7:
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, point(table->viewport()));
                QTest::keyClick(table, rng.bounded(2) ? Qt::Key_Down : Qt::Key_PageDown);
                break;
            case 8: {
                core::EventFilter f;
                if (rng.bounded(2) && index.size() > 0) {
                    const auto countries =
                        index.countriesAt(qint32(rng.bounded(int(index.size()))));
                    if (!countries.empty())
                        f.countries.append(index.countries()[countries.front()].alpha3);
                }
                if (rng.bounded(3) == 0 && !index.topics().isEmpty())
                    f.topics.append(index.topics()[rng.bounded(int(index.topics().size()))].slug);
                if (rng.bounded(3) == 0) {
                    const int year = 1975 + int(rng.bounded(55));
                    f.from = core::PartialDate::point({year});
                    f.to = core::PartialDate::point({year + int(rng.bounded(4))});
                }
                if (rng.bounded(3) == 0)
                    f.text = words[rng.bounded(int(words.size()))];
                f.countryMode = rng.bounded(2) ? core::EventFilter::CountryMode::All
                                               : core::EventFilter::CountryMode::Any;
                window.setFilter(f);
                break;
            }
            case 9: {
                QListView *list = rng.bounded(2) ? window.filterPanel()->countryList()
                                                 : window.filterPanel()->topicList();
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point(list->viewport()));
                break;
            }
            case 10:
                timeline->setLaneMode(rng.bounded(2) ? core::LaneMode::Topics
                                                     : core::LaneMode::Countries);
                break;
            case 11:
                window.resize(600 + int(rng.bounded(1000)), 400 + int(rng.bounded(600)));
                break;
            case 12: {
                // The charts: a tab, then a hover and a click somewhere on the chart (a click on a
                // bar or slice filters), and back to the timeline now and then.
                window.viewTabs()->setCurrentIndex(rng.bounded(3) ? 1 : 0);
                const ui::ChartKind kinds[] = {ui::ChartKind::PerYear, ui::ChartKind::PerCountry,
                                               ui::ChartKind::Topics, ui::ChartKind::Observations};
                window.chartsView()->setCurrentKind(kinds[rng.bounded(4)]);
                // A new filter result replaces the chart view (the old one is deleted once its
                // events are done), so the view is asked for again before each event.
                QPointer<QWidget> chart = window.chartsView()->chartView()->viewport();
                const QPoint at = point(chart);
                QTest::mouseMove(chart, at);
                chart = window.chartsView()->chartView()->viewport();
                QTest::mousePress(chart, Qt::LeftButton, {}, at);
                if (chart)
                    QTest::mouseRelease(chart, Qt::LeftButton, {}, at);
                break;
            }
            }
            QCoreApplication::processEvents();
        }

        // The window still answers: clearing the filter shows every event again.
        QSignalSpy applied(&window, &ui::MainWindow::filterApplied);
        window.setFilter({});
        QVERIFY(applied.wait(20000));
        QCOMPARE(table->model()->rowCount(), int(m_events));
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
