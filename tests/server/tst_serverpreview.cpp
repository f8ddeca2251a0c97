// SPDX-License-Identifier: GPL-3.0-or-later
// While a large server database loads, the window shows what its summary counts (ServerPreview):
// the real widget on a real server database, read, zoomed and panned; a database without a
// summary says so; the window shows the preview only while the index is on its way.

#include "engine.h"
#include "testutil.h"

#include "index/dataset.h"
#include "mainwindow.h"
#include "serverpreview.h"
#include "store/generator.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
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
        // The index arrives: the views come back, and the preview stops asking.
        QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.viewStack()->currentWidget() != window.serverPreview(),
                                 10000);
        QCOMPARE(window.serverPreview()->eventCount(), 0);
        qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE");
    }

    void cleanupTestCase() { qunsetenv("ENTENTE_SERVER_PREVIEW_ABOVE"); }
};

QTEST_MAIN(TestServerPreview)
#include "tst_serverpreview.moc"
