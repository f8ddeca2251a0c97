// SPDX-License-Identifier: GPL-3.0-or-later
// While a large server database loads, the window shows what its summary counts (ServerPreview):
// the real widget on a real server database, read, zoomed and panned; a database without a
// summary says so; the window shows the preview only while the index is on its way.

#include "engine.h"
#include "testutil.h"

#include "chartsview.h"
#include "detailsview.h"
#include "editing.h"
#include "filterpanel.h"
#include "formats/format.h"
#include "imageexport.h"
#include "index/dataset.h"
#include "index/roles.h"
#include "mainwindow.h"
#include "maths/chartdata.h"
#include "serverpreview.h"
#include "store/generator.h"
#include "timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <numeric>

using namespace entente;
using namespace entente::core;
using namespace Qt::StringLiterals;

class TestServerPreview : public QObject
{
    Q_OBJECT

    std::optional<test::TestServer> m_server;
    QTemporaryDir m_dir;
    QString m_file, m_url;

    // Events of the file whose first day lies in the preview's counted span.
    qint64 eventsBeginningIn(const TimelineViewport &span)
    {
        QString error;
        auto dataset = Dataset::open(m_file, &error);
        const EventIndex &index = dataset->index();
        const qint64 first = qint64(std::floor(span.firstDay()));
        const qint64 last = qint64(std::ceil(span.lastDay())) - 1;
        qint64 n = 0;
        for (qsizetype pos = 0; pos < index.datedCount(); ++pos)
            n += index.lower(pos).value >= first && index.lower(pos).value <= last;
        return n;
    }

    static qint64 sum(const std::vector<qint64> &v)
    {
        return std::accumulate(v.begin(), v.end(), qint64(0));
    }

private Q_SLOTS:
    void init() { test::failOnWarnings(); }

    void initTestCase()
    {
        m_server = test::testServer();
        if (!m_server)
            QSKIP("no test cluster (ctest starts one: run through ctest)");
        QString error;
        const auto countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        m_file = m_dir.filePath(u"generated.sqlite"_s);
        QVERIFY2(generateDatabase({m_file, OutputKind::Database}, countries, {5000, 5}, &error),
                 qPrintable(error));
        const auto url = test::newServerDatabase(*m_server, u"preview"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        m_url = *url;
        QVERIFY2(copyBetween(m_file, {m_url, OutputKind::Database}, &error), qPrintable(error));
    }

    void showsTheServersCountsAndFollowsZoomAndPan()
    {
        ui::ServerPreview preview;
        preview.resize(900, 500);
        preview.show();
        QSignalSpy ready(&preview, &ui::ServerPreview::ready);
        preview.start(m_url);
        QVERIFY(ready.wait(20000));
        QCOMPARE(preview.eventCount(), 5000);
        // The countries with the most events, most first, as the file's own counts say.
        QString error;
        auto dataset = Dataset::open(m_file, &error);
        const auto all = applyFilter(dataset->index(), nullptr, {}, &error);
        size_t top = 0;
        for (size_t i = 1; i < all->countryCounts.size(); ++i)
            if (all->countryCounts[i] > all->countryCounts[top])
                top = i;
        QVERIFY(!preview.laneNames().isEmpty());
        QCOMPARE(preview.laneNames().front(),
                 dataset->index().countries()[qsizetype(top)].displayName());

        // Framed on every dated event: the counts add up to them.
        QTRY_VERIFY_WITH_TIMEOUT(preview.answers() >= 1 && !preview.totals().empty(), 20000);
        QCOMPARE(sum(preview.totals()), dataset->index().datedCount());
        const QImage shown = preview.grab().toImage();
        // Cells in the highlight's hue are drawn (the first row: all events).
        const QColor highlight = preview.palette().color(QPalette::Highlight);
        bool hue = false;
        for (int x = 200; x < shown.width() && !hue; x += 7)
            for (int y = 80; y < 140 && !hue; ++y)
                hue = shown.pixelColor(x, y).hslHue() == highlight.hslHue() &&
                      shown.pixelColor(x, y) != preview.palette().color(QPalette::Base);
        QVERIFY2(hue, "no cell is drawn");

        // Several wheel steps at once: one question at a time, and the last answer is for
        // what is shown at the end.
        const int before = preview.answers();
        for (int i = 0; i < 6; ++i) {
            QWheelEvent wheel(QPointF(500, 200), preview.mapToGlobal(QPointF(500, 200)), {},
                              {0, 120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&preview, &wheel);
        }
        const TimelineViewport zoomed = preview.viewport();
        QTRY_VERIFY_WITH_TIMEOUT(preview.answers() > before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sum(preview.totals()), eventsBeginningIn(zoomed), 20000);
        QVERIFY(sum(preview.totals()) < dataset->index().datedCount());

        // Keys: → moves later, 0 frames everything again.
        QTest::keyClick(&preview, Qt::Key_Right);
        QVERIFY(preview.viewport().firstDay() > zoomed.firstDay());
        QTest::keyClick(&preview, Qt::Key_0);
        QTRY_COMPARE_WITH_TIMEOUT(sum(preview.totals()), dataset->index().datedCount(), 20000);
    }

    void aDatabaseWithoutSummarySaysSo()
    {
        QString error;
        const auto url = test::newServerDatabase(*m_server, u"older"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY(test::runAsAdmin(*m_server,
                                 {u"DROP TABLE entente.event_summary"_s,
                                  u"UPDATE entente.meta SET value = '1' WHERE key = "
                                  "'schema_version'"_s},
                                 &error, url->section(u'/', -1)));
        ui::ServerPreview preview;
        QSignalSpy unavailable(&preview, &ui::ServerPreview::unavailable);
        preview.start(*url);
        QVERIFY(unavailable.wait(20000));
        QVERIFY2(unavailable.front().front().toString().contains(u"server-init"_s),
                 qPrintable(unavailable.front().front().toString()));
        QCOMPARE(preview.eventCount(), 0);
    }

    void theWindowShowsItOnlyWhileLoading()
    {
        qputenv("ENTENTE_SERVER_PREVIEW_ABOVE", "1");
        ui::MainWindow window;
        window.show();
        QSignalSpy ready(window.serverPreview(), &ui::ServerPreview::ready);
        window.openDatabaseOrTell(m_url);
        // The server's counts first, in the timeline tab, while the index loads.
        QVERIFY(ready.wait(20000));
        QVERIFY(window.isShowingServerCounts());
        QVERIFY(window.serverPreview()->isVisible());
        QVERIFY(!window.serverPreview()->isLive());
        // The index arrives: the views come back, and the preview stops asking.
        QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isShowingServerCounts(), 10000);
        QVERIFY(window.timelineView()->isVisible());
        QCOMPARE(window.dataset()->index().size(), 5000);
        QCOMPARE(window.serverPreview()->eventCount(), 0);
        qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE");
    }

    void aDatabaseTooLargeToLoadIsShownFromTheServersCounts()
    {
        // Above the limit the window never loads the index: every view is the server's counts.
        qputenv("ENTENTE_SERVER_PREVIEW_ABOVE", "1");
        qputenv("ENTENTE_SERVER_INDEX_UP_TO", "100");
        QString error;
        auto file = Dataset::open(m_file, &error);
        const EventIndex &index = file->index();
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openDatabaseOrTell(m_url);
        QTRY_VERIFY_WITH_TIMEOUT(window.isServerCounted(), 30000);
        QVERIFY(window.isShowingServerCounts());
        QVERIFY(!window.isOpening());
        QCOMPARE(window.dataset()->index().size(), 0);
        ui::ServerPreview *preview = window.serverPreview();
        QVERIFY(preview->isLive());

        // The filter panel's counts and the charts are the file's own.
        auto chartsAre = [&](const EventFilter &filter) {
            const auto result = applyFilter(index, &file->store(), filter, &error);
            const EventCharts want = eventCharts(index, result->positions);
            const EventCharts *got = window.chartsView()->charts();
            if (!got || got->perCountry.events != qint64(result->positions.size()) ||
                got->perYear.totals != want.perYear.totals ||
                got->perCountry.bars.size() != want.perCountry.bars.size())
                return false;
            for (size_t i = 0; i < want.perCountry.bars.size(); ++i)
                if (got->perCountry.bars[i].alpha3 != want.perCountry.bars[i].alpha3 ||
                    got->perCountry.bars[i].count != want.perCountry.bars[i].count)
                    return false;
            // The panel: each country's count as the index counts it.
            QAbstractItemModel *countries = window.filterPanel()->countryList()->model();
            for (int row = 0; row < countries->rowCount(); ++row) {
                // "Albania (ALB)"
                const QString alpha3 =
                    countries->index(row, 0).data().toString().section(u'(', -1).chopped(1);
                qsizetype ref = -1;
                for (qsizetype i = 0; i < index.countries().size(); ++i)
                    if (index.countries()[i].alpha3 == alpha3)
                        ref = i;
                if (countries->index(row, 0).data(FacetCountRole).toLongLong() !=
                    result->countryCounts[size_t(ref)])
                    return false;
            }
            return window.countText().contains(
                QLocale().toString(qint64(result->positions.size())));
        };
        QTRY_VERIFY_WITH_TIMEOUT(chartsAre({}), 30000);
        // One country alone: its chart per country from the countries named together, asked
        // once.
        EventFilter one;
        one.countries = {index.countries()[3].alpha3};
        window.setFilter(one);
        QTRY_VERIFY_WITH_TIMEOUT(chartsAre(one), 30000);
        EventFilter filter;
        filter.countries = {index.countries()[3].alpha3};
        filter.topics = {index.topics()[0].slug};
        window.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(chartsAre(filter), 30000);
        const auto selected = applyFilter(index, &file->store(), filter, &error);
        QVERIFY(selected->positions.size() > 20); // a filter that leaves something to draw

        // Zoomed in until the window holds few enough events: each is a mark, as the file has
        // them, in date order.
        for (int i = 0; i < 40 && preview->marks().empty(); ++i) {
            QTest::keyClick(preview, Qt::Key_Plus);
            QTest::qWait(50);
            QTRY_VERIFY_WITH_TIMEOUT(preview->answers() > 0, 20000);
        }
        auto marksAreTheFiles = [&] {
            const TimelineViewport &vp = preview->viewport();
            const qint64 first = qint64(std::floor(vp.firstDay()));
            const qint64 last = qint64(std::ceil(vp.lastDay())) - 1;
            QList<qint64> want, got;
            for (qint32 pos : selected->positions)
                if (!index.hasFlag(pos, DateFlag::Undated) && index.lower(pos).value >= first &&
                    index.lower(pos).value <= last)
                    want.append(index.id(pos));
            for (const ServerMark &m : preview->marks())
                got.append(m.id);
            return !want.isEmpty() && got == want;
        };
        QTRY_VERIFY_WITH_TIMEOUT(marksAreTheFiles(), 20000);

        // A click on a mark shows that event's details, read from the server; N the next one's.
        const ServerMark mark = preview->marks().front();
        QTest::mouseClick(preview, Qt::LeftButton, {},
                          preview->markRect(mark.id).center().toPoint());
        QCOMPARE(preview->selectedEventId(), mark.id);
        const auto event = file->store().event(mark.id);
        QTRY_VERIFY(window.detailsView()->toPlainText().contains(event->title));
        if (preview->marks().size() > 1) {
            QTest::keyClick(preview, Qt::Key_N);
            const qint64 next = preview->marks()[1].id;
            QCOMPARE(preview->selectedEventId(), next);
            QVERIFY(window.detailsView()->toPlainText().contains(file->store().event(next)->title));
        }

        // The table under it lists the same events in the same order; choosing a row selects
        // its mark and shows its details.
        QTableView *table = window.serverMarksTable();
        QVERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), int(preview->marks().size()));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 1).data().toString(),
                     file->store().event(preview->marks()[size_t(row)].id)->title);
        QCOMPARE(table->selectionModel()->currentIndex().row(),
                 preview->marks().size() > 1 ? 1 : 0);
        const int last = table->model()->rowCount() - 1;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(preview->selectedEventId(), preview->marks()[size_t(last)].id);
        QVERIFY(window.detailsView()->toPlainText().contains(
            file->store().event(preview->marks()[size_t(last)].id)->title));
        const auto shownDate = file->store().event(preview->marks()[size_t(last)].id)->date;
        QCOMPARE(table->model()->index(last, 0).data().toString(), shownDate.toDisplayString());

        // The timeline and a chart export as what the screen shows.
        const QString png = m_dir.filePath(u"server-timeline.png"_s);
        ui::FigureOptions options;
        options.size = {1200, 700};
        options.title = window.exportTitle(ui::ExportTarget::TimelineWindow);
        QVERIFY2(window.exportImage(ui::ExportTarget::TimelineWindow, png, options, &error),
                 qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        const QColor highlight = window.palette().color(QPalette::Highlight);
        qint64 marked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                marked += image.pixelColor(x, y) == highlight;
        QVERIFY2(marked > 100, "the marks are not in the image");
        QVERIFY2(window.exportImage(ui::ExportTarget::PerYear, m_dir.filePath(u"year.png"_s),
                                    options, &error),
                 qPrintable(error));

        // What needs every event says how to get them instead.
        QVERIFY(!window.exportImage(ui::ExportTarget::TimelineWhole, m_dir.filePath(u"w.png"_s),
                                    options, &error));
        QVERIFY2(error.contains(u"visible window"_s), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"w.png"_s)));
        const Format *csv = formatByKey(u"entente-csv"_s);
        QVERIFY(csv);
        QVERIFY(!window.exportEvents(m_dir.filePath(u"events.csv"_s), *csv, &error));
        QVERIFY2(error.contains(u"entente copy"_s), qPrintable(error));
        // The selected mark is the window's selected event: Copy Event copies it.
        window.copyEvent();
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            file->store().event(preview->selectedEventId())->title));

        // The selected event is edited from this window too: written on the server, its mark
        // and details as it is now; a deletion counted again; both undone.
        const qint64 id = preview->selectedEventId();
        const auto before = window.dataset()->store().event(id);
        QVERIFY(before);
        QVERIFY(window.editing()->isEditable());
        ImportedEvent edited = toImported(*before);
        edited.title = u"Edited in the window of the server's counts"_s;
        QVERIFY2(window.editing()->replace(id, edited, &error, toImported(*before)),
                 qPrintable(error));
        QTRY_VERIFY(window.detailsView()->toPlainText().contains(edited.title));
        auto markTitle = [&] {
            for (const ServerMark &m : preview->marks())
                if (m.id == id)
                    return m.title;
            return QString();
        };
        QTRY_COMPARE(markTitle(), edited.title);
        const QString all = QLocale().toString(qint64(index.size()));
        const QString allButOne = QLocale().toString(qint64(index.size() - 1));
        QVERIFY2(window.countText().contains(all), qPrintable(window.countText()));
        QVERIFY2(window.editing()->remove(id, &error), qPrintable(error));
        QTRY_VERIFY2(window.countText().contains(allButOne), qPrintable(window.countText()));
        QTRY_COMPARE(markTitle(), QString());
        window.editing()->undoStack()->undo();
        QTRY_VERIFY2(window.countText().contains(all), qPrintable(window.countText()));
        window.editing()->undoStack()->undo();
        QTRY_COMPARE(markTitle(), before->title);
        QCOMPARE(window.dataset()->store().event(id)->title, before->title);

        // Another database is loaded as usual.
        QVERIFY2(window.openDatabase(m_file, &error), qPrintable(error));
        QVERIFY(!window.isServerCounted());
        QVERIFY(!window.isShowingServerCounts());
        QCOMPARE(window.dataset()->index().size(), index.size());
        qunsetenv("ENTENTE_SERVER_INDEX_UP_TO");
        qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE");
    }

    void aDatabaseWhoseSummariesWaitSaysSo()
    {
        // A copy of a database small enough to load leaves its summaries for later. Shown from
        // the server's counts all the same (it grew, or the limit is lower), the window says
        // that its counts come the slow way, and what counts them; a counted one says nothing.
        QString error;
        const auto pending = test::newServerDatabase(*m_server, u"waiting"_s, true, &error);
        QVERIFY2(pending, qPrintable(error));
        qputenv("ENTENTE_SERVER_COUNT_ABOVE", "1000000");
        const bool copied = copyBetween(m_file, {*pending, OutputKind::Database}, &error);
        qputenv("ENTENTE_SERVER_COUNT_ABOVE", "0");
        QVERIFY2(copied, qPrintable(error));
        qputenv("ENTENTE_SERVER_PREVIEW_ABOVE", "1");
        qputenv("ENTENTE_SERVER_INDEX_UP_TO", "100");
        for (const auto &[url, counted] : {std::pair(*pending, false), std::pair(m_url, true)}) {
            ui::MainWindow window;
            window.resize(1000, 700);
            window.show();
            window.openDatabaseOrTell(url);
            QTRY_VERIFY_WITH_TIMEOUT(window.isServerCounted(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.countText().contains(QLocale().toString(5000)), 30000);
            QCOMPARE(window.countText().contains(u"summaries pending"_s), !counted);
            bool told = false; // what counts them, in the count's tool tip
            for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
                told = told || label->toolTip().contains(u"entente server-init "_s + url);
            QCOMPARE(told, !counted);
        }
        qunsetenv("ENTENTE_SERVER_INDEX_UP_TO");
        qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE");
    }

    void cleanupTestCase()
    {
        qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE");
        qunsetenv("ENTENTE_SERVER_INDEX_UP_TO");
    }
};

QTEST_MAIN(TestServerPreview)
#include "tst_serverpreview.moc"
