// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline on the real bundled database, offscreen: framing, keyboard navigation through
// every dated event, clicks on marks, zoom, the renderer's pixels, and the selection it shares
// with the table.

#include "detailsview.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "testutil.h"
#include "timelineview.h"

#include <QAction>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace entente;
using namespace Qt::StringLiterals;

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TimelineView *timeline() { return m_window->timelineView(); }

    // The centre of the first mark of event \a id, in the timeline's coordinates.
    QPoint markCentre(qint64 id)
    {
        ui::TimelineRenderer &r = timeline()->renderer();
        const qsizetype pos = m_window->dataset()->index().positionOf(id);
        const QList<qsizetype> marks = r.layout().marksOf(qint32(pos));
        if (marks.isEmpty())
            return {};
        return r.markRect(marks.first(), timeline()->rect()).center().toPoint();
    }

private Q_SLOTS:
    void init()
    {
        entente::test::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSettings().remove(u"databases"_s);
        QVERIFY(m_window->openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        QTRY_VERIFY(m_window->filterResult());
        timeline()->setLaneMode(core::LaneMode::Countries);
        timeline()->zoomToFit();
    }
    void cleanup() { m_window.reset(); }

    void officePeriodsAndErasAreBandsThatCanBeHidden()
    {
        // The two chairmanships (NAM, ASEAN) are office periods: bands behind the lanes, named
        // over them, besides their own marks.
        const auto &eras = timeline()->renderer().eraPositions();
        QCOMPARE(eras.size(), size_t(2));
        for (qint32 pos : eras) {
            const qint64 id = m_window->dataset()->index().id(pos);
            QVERIFY(m_window->dataset()->store().event(id)->title.contains(u"chairs"_s));
        }
        const QRectF strip = timeline()->renderer().geometry(timeline()->rect()).eras;
        QVERIFY(strip.height() > 20);
        const QImage shown = timeline()->grab().toImage();
        QAction *toggle = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == u"Show E&ras as Bands"_s)
                toggle = a;
        }
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!timeline()->showsEras());
        QCOMPARE(timeline()->renderer().geometry(timeline()->rect()).eras.height(), 0.0);
        QVERIFY(timeline()->grab().toImage() != shown);
        toggle->trigger();
        QVERIFY(timeline()->showsEras());
        // The export draws what the view shows.
        QTemporaryDir dir;
        ui::FigureOptions options;
        QString error;
        const QString with = dir.filePath(u"with.png"_s), without = dir.filePath(u"without.png"_s);
        QVERIFY2(m_window->exportImage(ui::ExportTarget::TimelineWhole, with, options, &error),
                 qPrintable(error));
        toggle->trigger();
        QVERIFY2(m_window->exportImage(ui::ExportTarget::TimelineWhole, without, options, &error),
                 qPrintable(error));
        toggle->trigger();
        QVERIFY(QImage(with) != QImage(without));
    }

    void aRightToLeftDesktopDrawsTheSameTimeline()
    {
        // English titles in a right-to-left window: the same figure, no label mirrored or
        // elided at its start.
        const QImage leftToRight = timeline()->grab().toImage();
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        timeline()->update();
        const QImage rightToLeft = timeline()->grab().toImage();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(!leftToRight.isNull());
        QVERIFY(leftToRight == rightToLeft);
    }

    void framesTheWholeSpan()
    {
        const core::TimelineViewport &vp = timeline()->viewport();
        QVERIFY(vp.firstDay() < core::JulianDay::fromYmd(1995, 2, 2).value);
        QVERIFY(vp.firstDay() > core::JulianDay::fromYmd(1993, 1, 1).value);
        QVERIFY(vp.lastDay() > core::JulianDay::fromYmd(2022, 6, 7).value);
        QVERIFY(vp.lastDay() < core::JulianDay::fromYmd(2024, 1, 1).value);
        QCOMPARE(timeline()->lanes().lanes().size(), size_t(2));
        QCOMPARE(timeline()->lanes().lanes()[0].label, u"Azerbaijan"_s);
        QCOMPARE(timeline()->lanes().lanes()[1].label, u"Cambodia"_s);
        // Every dated event has a mark of its own at the default view: none is hidden in a cluster.
        for (const core::TimelineMark &m : timeline()->renderer().layout().marks())
            QVERIFY(!m.isCluster());
        for (qint64 id : {1, 2, 5, 6, 7, 8, 9, 10, 11})
            QVERIFY2(!markCentre(id).isNull(), qPrintable(QString::number(id)));
    }

    void rightVisitsEveryDatedEventInDateOrder()
    {
        timeline()->setFocus();
        QTest::keyClick(timeline(), Qt::Key_Home);
        QList<qint64> visited{timeline()->selectedEventId()};
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(timeline(), Qt::Key_Right);
            if (timeline()->selectedEventId() != visited.last())
                visited.append(timeline()->selectedEventId());
        }
        QCOMPARE(visited, (QList<qint64>{1, 2, 5, 6, 7, 8, 9, 10, 11}));
        // The table and the details pane followed.
        QCOMPARE(m_window->selectedEventId(), 11);
        QVERIFY(m_window->detailsView()->toPlainText().contains(u"Azernews reports"_s));
        QTest::keyClick(timeline(), Qt::Key_Left);
        QCOMPARE(timeline()->selectedEventId(), 10);
        QTest::keyClick(timeline(), Qt::Key_P);
        QCOMPARE(timeline()->selectedEventId(), 9);
        QTest::keyClick(timeline(), Qt::Key_N);
        QCOMPARE(timeline()->selectedEventId(), 10);
        QTest::keyClick(timeline(), Qt::Key_End);
        QCOMPARE(timeline()->selectedEventId(), 11);
        QVERIFY(
            timeline()->accessibleDescription().contains(u"Azernews reports the visa exemption"_s));
        QTest::keyClick(timeline(), Qt::Key_Escape);
        QCOMPARE(timeline()->selectedEventId(), -1);
        QCOMPARE(m_window->selectedEventId(), -1);
    }

    void clickingAMarkSelectsItInTheTable()
    {
        const QPoint visit = markCentre(2);
        QVERIFY(!visit.isNull());
        QTest::mouseClick(timeline(), Qt::LeftButton, {}, visit);
        QCOMPARE(timeline()->selectedEventId(), 2);
        QCOMPARE(m_window->tableView()->currentIndex().row(), 1);
        QVERIFY(m_window->detailsView()->toPlainText().contains(u"April 23-24, 2014"_s));
        // And selecting in the table selects in the timeline.
        m_window->selectEvent(8);
        QCOMPARE(timeline()->selectedEventId(), 8);
    }

    void undatedEventsCanBeReached()
    {
        ui::TimelineRenderer &r = timeline()->renderer();
        const auto g = r.geometry(timeline()->rect());
        QVERIFY(!g.undated.isEmpty());
        // The first chip of the tray is the first undated event.
        bool found = false;
        for (int x = int(g.undated.left()); x < g.undated.right() && !found; x += 4) {
            const QPoint p(x, int(g.undated.center().y()));
            if (r.hitTest(p, timeline()->rect()).kind == ui::TimelineRenderer::Hit::Undated) {
                QTest::mouseClick(timeline(), Qt::LeftButton, {}, p);
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(timeline()->selectedEventId(), 3);
        QVERIFY(m_window->detailsView()->toPlainText().contains(u"gives this round no date"_s));
    }

    void wheelZoomsAtTheCursor()
    {
        const auto g = timeline()->renderer().geometry(timeline()->rect());
        const QPointF at(g.lanes.left() + 300, g.lanes.center().y());
        const double dayBefore = timeline()->viewport().dayAtX(300);
        const double spanBefore = timeline()->viewport().spanDays();
        QWheelEvent wheel(at, timeline()->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline(), &wheel);
        QVERIFY(timeline()->viewport().spanDays() < spanBefore);
        QVERIFY(qAbs(timeline()->viewport().dayAtX(300) - dayBefore) < 1.0);
        // Shift+wheel pans without zooming.
        const double span = timeline()->viewport().spanDays();
        const double first = timeline()->viewport().firstDay();
        QWheelEvent pan(at, timeline()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                        Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline(), &pan);
        QCOMPARE(timeline()->viewport().spanDays(), span);
        QVERIFY(timeline()->viewport().firstDay() > first);
    }

    void keyboardZoomAndFit()
    {
        timeline()->setFocus();
        const double span = timeline()->viewport().spanDays();
        QTest::keyClick(timeline(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(timeline()->viewport().spanDays() < span);
        QTest::keyClick(timeline(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(timeline(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(timeline()->viewport().spanDays() > span);
        QTest::keyClick(timeline(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(timeline()->viewport().spanDays(), span);
        // Enter zooms to the selected event: the visit's two days fill a good part of the view.
        m_window->selectEvent(2);
        QTest::keyClick(timeline(), Qt::Key_Return);
        QVERIFY(timeline()->viewport().spanDays() < 30);
        QVERIFY(timeline()->viewport().firstDay() < core::JulianDay::fromYmd(2014, 4, 23).value);
        QVERIFY(timeline()->viewport().lastDay() > core::JulianDay::fromYmd(2014, 4, 25).value);
    }

    void dragOnTheAxisZoomsToThePeriod()
    {
        const auto g = timeline()->renderer().geometry(timeline()->rect());
        const core::TimelineViewport vp = timeline()->viewport();
        const double x0 = vp.xForDay(core::JulianDay::fromYmd(2014, 1, 1).value) + g.lanes.left();
        const double x1 = vp.xForDay(core::JulianDay::fromYmd(2016, 1, 1).value) + g.lanes.left();
        const int y = int(g.axis.center().y());
        QTest::mousePress(timeline(), Qt::LeftButton, {}, QPoint(int(x0), y));
        QTest::mouseMove(timeline(), QPoint(int((x0 + x1) / 2), y));
        QTest::mouseMove(timeline(), QPoint(int(x1), y));
        QTest::mouseRelease(timeline(), Qt::LeftButton, {}, QPoint(int(x1), y));
        QVERIFY(qAbs(timeline()->viewport().spanDays() - 730) < 40);
    }

    void rendererDrawsKnownEventsAtTheirPixels()
    {
        ui::TimelineRenderer &r = timeline()->renderer();
        QImage image(1200, 600, QImage::Format_ARGB32);
        const QRectF rect(0, 0, 1200, 600);
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, Qt::white);
        r.setPalette(palette);
        r.setSelected(-1);
        core::TimelineViewport vp(core::JulianDay::fromYmd(1990, 1, 1).value,
                                  core::JulianDay::fromYmd(2025, 1, 1).value, 1);
        {
            QPainter painter(&image);
            r.draw(&painter, rect, vp);
        }
        const core::TimelineViewport fitted = r.fitted(rect, vp);
        const auto g = r.geometry(rect);
        // 2 Feb 1995 (diplomatic relations, topic colour #1f77b4) is a diamond at its day.
        const double x =
            g.lanes.left() + fitted.xForDay(core::JulianDay::fromYmd(1995, 2, 2).value + 0.5);
        const qsizetype pos = m_window->dataset()->index().positionOf(1);
        const QRectF mark = r.markRect(r.layout().marksOf(qint32(pos)).first(), rect);
        QVERIFY(qAbs(mark.center().x() - x) < 1.0);
        QCOMPARE(image.pixelColor(mark.center().toPoint()), QColor(u"#1f77b4"_s));
        // Both lanes show it: the bilateral event is in Azerbaijan's and Cambodia's lanes.
        QCOMPARE(r.layout().marksOf(qint32(pos)).size(), 2);
        // Empty lane space is the base colour.
        QCOMPARE(image.pixelColor(QPoint(int(g.lanes.left() + 20), int(g.lanes.bottom() - 5))),
                 QColor(Qt::white));
    }

    void lanesByTopic()
    {
        timeline()->setLaneMode(core::LaneMode::Topics);
        QStringList labels;
        for (const auto &lane : timeline()->lanes().lanes())
            labels.append(lane.label);
        QVERIFY(labels.contains(u"Visas"_s));
        QVERIFY(labels.contains(u"Demining"_s));
        QVERIFY(!labels.contains(u"Azerbaijan"_s));
        // The third round has three topics: it is in three lanes.
        const qsizetype pos = m_window->dataset()->index().positionOf(7);
        QCOMPARE(timeline()->lanes().lanesOf(m_window->dataset()->index(), qint32(pos)).size(), 3);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
