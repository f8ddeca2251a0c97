// SPDX-License-Identifier: GPL-3.0-or-later
// entente-bench: Entente's speed on generated datasets, one figure a line: `name[n=N] value unit`.
//
//   entente-bench [--sizes 10000,100000,1000000] [--dir DIR] [--reuse] [--quick]
//
// For each N it generates a database (or reuses DIR/bench-N.sqlite with --reuse), then measures,
// with the real store, index, filter and renderer on the offscreen platform at 1600×900:
// open to first painted frame; paint at full span, one year and one week; a pan step and a zoom
// step (input to painted frame: layout, titles and paint); a filter change by country, topic,
// period and text, counts included; resident memory after load; generation time. Medians of
// repeated runs. Not pass/fail: ctest only runs --quick (N = 2000) to see that it still works.

#include "benchfigures.h"
#include "charts.h"
#include "extract/reportextractor.h"
#include "extract/reporttext.h"
#include "formats/importer.h"
#include "imageexport.h"
#include "index/dataset.h"
#include "index/eventfilter.h"
#include "index/eventindex.h"
#include "mainwindow.h"
#include "maths/chartdata.h"
#include "maths/timelinelayout.h"
#include "serverpreview.h"
#include "store/eventstore.h"
#include "store/generator.h"
#include "store/servercopy.h"
#include "store/serversummary.h"
#include "store/sqlconnection.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QApplication>
#include <QChart>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <functional>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

using bench::figure;
using bench::medianMs;
using bench::out;

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// What the widget does on a change: layout, the titles it needs from SQLite, then paint.
void frame(ui::TimelineRenderer &renderer, core::Dataset &dataset, QImage &image,
           const core::TimelineViewport &vp)
{
    const QRectF rect(0, 0, image.width(), image.height());
    const QList<qint64> missing = renderer.prepare(rect, vp);
    if (!missing.isEmpty()) {
        QHash<qint64, QString> titles;
        for (const core::EventHeadline &h : dataset.store().headlines(missing))
            titles.insert(h.id, h.title);
        renderer.setTitles(titles);
    }
    QPainter painter(&image);
    renderer.draw(&painter, rect, vp);
}

bool measure(qint64 n, const QString &path, bool reuse, const QList<core::Country> &countries)
{
    if (!core::isServerAddress(path) && (!reuse || !QFile::exists(path))) {
        QString error;
        QElapsedTimer t;
        t.start();
        if (!core::generateDatabase({path, core::OutputKind::Database}, countries, {n, 1},
                                    &error)) {
            QTextStream(stderr) << "entente-bench: " << error << Qt::endl;
            return false;
        }
        figure("generate", n, t.elapsed() / 1000.0, "s");
    }

    // Open to first frame: open, load the index, build lanes, lay out, read titles, paint.
    QElapsedTimer open;
    open.start();
    QString error;
    auto dataset = core::Dataset::open(path, &error);
    if (!dataset) {
        QTextStream(stderr) << "entente-bench: " << error << Qt::endl;
        return false;
    }
    const double loadMs = open.nsecsElapsed() / 1e6;
    std::vector<qint32> undatedPositions;
    for (qsizetype pos = dataset->index().datedCount(); pos < dataset->index().size(); ++pos)
        undatedPositions.push_back(qint32(pos));
    core::LaneIndex lanes(dataset->index(), core::LaneMode::Countries);
    ui::TimelineRenderer renderer;
    renderer.setDataSpan(dataset->index().datedSpan());
    const std::span<const qint32> undated(undatedPositions);
    renderer.setIndex(&dataset->index(), &lanes, &undated);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    core::TimelineViewport full(0, 1, 1600);
    full.fit(dataset->index().datedSpan()->first, dataset->index().datedSpan()->second);
    frame(renderer, *dataset, image, full);
    figure("open_to_first_frame", n, open.nsecsElapsed() / 1e6, "ms");
    figure("open_index_load", n, loadMs, "ms");
    figure("resident_memory_after_load", n, residentMegabytes(), "MB");
    figure("index_bytes_per_event", n,
           double(dataset->index().memoryBytes()) / std::max<qint64>(1, n), "B");

    // Paint only (layout prepared), at three zoom levels.
    const double mid = (full.firstDay() + full.lastDay()) / 2;
    const core::TimelineViewport year(mid, mid + 365, 1600);
    const core::TimelineViewport week(mid, mid + 7, 1600);
    const QRectF rect(0, 0, 1600, 900);
    for (const auto &[name, vp] :
         {std::pair{"paint_full_span", full}, std::pair{"paint_one_year", year},
          std::pair{"paint_one_week", week}}) {
        frame(renderer, *dataset, image, vp); // lay out and read titles once
        figure(name, n,
               medianMs(15,
                        [&](int) {
                            QPainter painter(&image);
                            renderer.draw(&painter, rect, vp);
                        }),
               "ms");
        // ENTENTE_BENCH_IMAGES=DIR keeps the frames measured, to look at what was timed.
        if (const QString dir = qEnvironmentVariable("ENTENTE_BENCH_IMAGES"); !dir.isEmpty())
            image.save(QDir(dir).filePath(u"%1-%2.png"_s.arg(QLatin1String(name)).arg(n)));
    }
    // Input to painted frame: each step lays out anew, reads missing titles, paints.
    core::TimelineViewport panned = year;
    figure("pan_step_one_year", n,
           medianMs(15,
                    [&](int) {
                        panned.panPixels(80);
                        frame(renderer, *dataset, image, panned);
                    }),
           "ms");
    core::TimelineViewport zoomed = full;
    figure("zoom_step_full_span", n,
           medianMs(15,
                    [&](int i) {
                        zoomed.zoomAt(800, i % 2 ? 1 / 1.25 : 1.25);
                        frame(renderer, *dataset, image, zoomed);
                    }),
           "ms");

    // Filter changes, counts included.
    const core::EventIndex &index = dataset->index();
    auto filterMs = [&](const core::EventFilter &f) {
        return medianMs(5, [&](int) {
            QString e;
            auto r = core::applyFilter(index, &dataset->store(), f, &e);
            Q_UNUSED(r);
        });
    };
    core::EventFilter byCountry;
    byCountry.countries = {index.countries()[index.countriesAt(0).front()].alpha3};
    figure("filter_country", n, filterMs(byCountry), "ms");
    // A result arrives: the filter's thread built its lanes; the GUI thread swaps them in,
    // recomputes the overview and paints (titles of the data are kept across filters).
    {
        QString e;
        const auto selected = core::applyFilter(index, &dataset->store(), byCountry, &e);
        figure("filter_lanes_build_country", n,
               medianMs(5,
                        [&](int) {
                            core::LaneIndex built(index, core::LaneMode::Countries,
                                                  &selected->positions);
                        }),
               "ms");
        const core::LaneIndex filtered(index, core::LaneMode::Countries, &selected->positions);
        const auto all = core::applyFilter(index, &dataset->store(), core::EventFilter{}, &e);
        const core::LaneIndex everything(index, core::LaneMode::Countries, &all->positions);
        frame(renderer, *dataset, image, full); // titles read once, as after opening
        figure("gui_apply_filter_result", n,
               medianMs(6,
                        [&](int i) {
                            renderer.setIndex(&index, i % 2 ? &everything : &filtered, &undated);
                            frame(renderer, *dataset, image, full);
                        }),
               "ms");
        renderer.setIndex(&index, &lanes, &undated);
    }
    core::EventFilter byTopic;
    byTopic.topics = {index.topics().front().slug};
    figure("filter_topic", n, filterMs(byTopic), "ms");
    core::EventFilter byPeriod;
    byPeriod.from = *core::PartialDate::fromEdtf(u"2001"_s);
    byPeriod.to = *core::PartialDate::fromEdtf(u"2003-06"_s);
    figure("filter_period", n, filterMs(byPeriod), "ms");
    core::EventFilter byText;
    byText.text = u"pipeline"_s;
    figure("filter_text", n, filterMs(byText), "ms");
    byText.text = u"visa exemption"_s;
    figure("filter_text_two_words", n, filterMs(byText), "ms");

    // The charts' numbers, computed on the filter's thread with every result; then export.
    {
        QString e;
        const auto all = std::make_shared<const core::FilterResult>(
            *core::applyFilter(index, &dataset->store(), core::EventFilter{}, &e));
        figure("charts_compute_all", n,
               medianMs(5, [&](int) { const auto c = core::eventCharts(index, all->positions); }),
               "ms");
        const auto some = core::applyFilter(index, &dataset->store(), byCountry, &e);
        figure("charts_compute_country", n,
               medianMs(5, [&](int) { const auto c = core::eventCharts(index, some->positions); }),
               "ms");
        const core::EventCharts charts = core::eventCharts(index, all->positions);
        const QPalette palette = QApplication::palette();
        QDir out(QDir::temp().filePath(u"entente-bench-export"_s));
        out.mkpath(u"."_s);
        auto exportMs = [&](ui::ChartKind kind, ui::ImageFormat format, double scale) {
            return medianMs(3, [&](int) {
                ui::FigureOptions options;
                options.format = format;
                options.scale = scale;
                options.title = ui::chartTitle(kind, &charts.perYear);
                options.caption = ui::figureCaption(*dataset, {}, *all, false);
                ui::PaintFunction paint;
                if (kind == ui::ChartKind::Timeline) {
                    paint = ui::timelinePainter(*dataset, all, {}, palette, QApplication::font());
                } else {
                    std::shared_ptr<QChart> chart(ui::createChart(kind, charts, {}, palette));
                    paint = ui::chartPainter(chart, {}, palette);
                }
                QString error;
                if (!ui::writeFigure({out.filePath(u"figure."_s + ui::imageFormatSuffix(format)),
                                      core::OutputKind::Image},
                                     options, palette, QApplication::font(), paint, &error))
                    qFatal("%s", qPrintable(error));
            });
        };
        figure("export_png_per_year_1600x900_2x", n,
               exportMs(ui::ChartKind::PerYear, ui::ImageFormat::Png, 2), "ms");
        figure("export_svg_per_country", n,
               exportMs(ui::ChartKind::PerCountry, ui::ImageFormat::Svg, 1), "ms");
        figure("export_png_timeline_whole_2x", n,
               exportMs(ui::ChartKind::Timeline, ui::ImageFormat::Png, 2), "ms");
        figure("export_pdf_timeline_whole", n,
               exportMs(ui::ChartKind::Timeline, ui::ImageFormat::Pdf, 1), "ms");
        out.removeRecursively();
    }
    return true;
}

// The real main window on the file: the longest time its event loop is blocked (a visible stall)
// while opening, stepping through events, zooming, panning and filtering.
void measureWindow(qint64 n, const QString &path)
{
    ui::MainWindow window;
    window.resize(1600, 900);
    window.show();
    bench::GuiBlockMeter meter;
    auto runUntil = [&](auto &&done, int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        meter.start();
        while (!done() && waited.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return meter.stop();
    };
    // Actions are posted one per loop turn, as a user's input arrives.
    auto play = [&](const std::vector<std::function<void()>> &actions) {
        size_t next = 0;
        QTimer player;
        player.setInterval(15);
        QObject::connect(&player, &QTimer::timeout, [&] {
            if (next < actions.size()) {
                QElapsedTimer t;
                t.start();
                actions[next++]();
                if (qEnvironmentVariableIsSet("ENTENTE_BENCH_TRACE"))
                    QTextStream(stderr)
                        << "action " << next << ": " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
            }
        });
        player.start();
        return runUntil([&] { return next >= actions.size(); }, 120000);
    };

    bool applied = false;
    QObject::connect(&window, &ui::MainWindow::filterApplied, [&] { applied = true; });
    QElapsedTimer opening;
    opening.start();
    window.openDatabaseOrTell(path);
    const double openBlock = runUntil([&] { return applied; }, 120000);
    figure("window_open_to_shown", n, opening.nsecsElapsed() / 1e6, "ms");
    figure("window_open_longest_block", n, openBlock, "ms");

    ui::TimelineView *timeline = window.timelineView();
    auto key = [timeline](int k, Qt::KeyboardModifiers m = {}) {
        return [timeline, k, m] {
            QKeyEvent press(QEvent::KeyPress, k, m);
            QCoreApplication::sendEvent(timeline, &press);
        };
    };
    std::vector<std::function<void()>> steps;
    steps.push_back(key(Qt::Key_Home));
    for (int i = 0; i < 20; ++i)
        steps.push_back(key(Qt::Key_Right));
    figure("window_step_events_longest_block", n, play(steps), "ms");
    steps.clear();
    for (int i = 0; i < 8; ++i)
        steps.push_back(key(Qt::Key_Equal, Qt::ControlModifier));
    for (int i = 0; i < 8; ++i)
        steps.push_back(key(Qt::Key_Right, Qt::ShiftModifier));
    for (int i = 0; i < 8; ++i)
        steps.push_back(key(Qt::Key_Minus, Qt::ControlModifier));
    steps.push_back(key(Qt::Key_0, Qt::ControlModifier));
    for (int i = 0; i < 6; ++i)
        steps.push_back([timeline, i] {
            const QPointF at(700, 300);
            QWheelEvent wheel(at, at, {}, QPoint(0, i % 2 ? -240 : 240), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(timeline, &wheel);
        });
    figure("window_zoom_pan_longest_block", n, play(steps), "ms");

    const core::EventIndex &index = window.dataset()->index();
    std::vector<std::function<void()>> filters;
    const QStringList codes = {index.countries()[index.countriesAt(0).front()].alpha3,
                               index.countries()[index.countriesAt(1).front()].alpha3};
    filters.push_back([&] {
        core::EventFilter f;
        f.countries = {codes[0]};
        window.setFilter(f);
    });
    filters.push_back([&] {
        core::EventFilter f;
        f.countries = codes;
        f.countryMode = core::EventFilter::CountryMode::All;
        window.setFilter(f);
    });
    filters.push_back([&] {
        core::EventFilter f;
        f.topics = {index.topics().front().slug};
        window.setFilter(f);
    });
    filters.push_back([&] {
        core::EventFilter f;
        f.text = u"pipeline"_s;
        window.setFilter(f);
    });
    filters.push_back([&] {
        core::EventFilter f;
        f.from = *core::PartialDate::fromEdtf(u"2001"_s);
        f.to = *core::PartialDate::fromEdtf(u"2002"_s);
        window.setFilter(f);
    });
    filters.push_back([&] { window.setFilter({}); });
    applied = false;
    const double filterBlock = play(filters);
    const double settleBlock = runUntil([&] { return applied; }, 60000);
    figure("window_filter_longest_block", n, std::max(filterBlock, settleBlock), "ms");
}

} // namespace

// Warnings make the smoke run fail, as they make the tests fail (the offscreen platform's size
// hint notice aside).
bool g_warned = false;
void strictMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg ||
        message == u"This plugin does not support propagateSizeHints()"_s)
        return;
    QTextStream(stderr) << "entente-bench: Qt warning: " << message << Qt::endl;
    g_warned = true;
}

// A GDELT 2.0 file of n rows, deterministic: ISO and regional actor codes, CAMEO codes of every
// root, days over 2015–2024, a source URL each. Then the import of it into a new database, timed.
// The rows of a generated event-data file, one per call, as the format writes them.
using RowWriter = std::function<QByteArray(qint64 i, QRandomGenerator &rng)>;

// Deflates \a file alone into the zip archive \a zip, with libarchive.
void writeZipOf(const QString &file, const QString &zip)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (archive_write_open_filename(a, QFile::encodeName(zip).constData()) != ARCHIVE_OK)
        qFatal("cannot write %s: %s", qPrintable(zip), archive_error_string(a));
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, QFileInfo(file).fileName().toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, in.size());
    archive_write_header(a, entry);
    while (true) {
        const QByteArray part = in.read(1 << 20);
        if (part.isEmpty())
            break;
        archive_write_data(a, part.constData(), size_t(part.size()));
    }
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
}

// Writes \a n rows of \a format (after \a head) to \a file, then times its preview and its
// import into a new database and the first open of that database: the figures name the format.
// Set by --keep: the generated import files stay in DIR, to time them again with farm-bench or
// profile `entente import` on them.
bool g_keepImportFiles = false;

void measureImport(const char *format, qint64 n, const QString &dir, const QByteArray &head,
                   const RowWriter &rowOf, bool zipped = false)
{
    const QString key = QLatin1String(format);
    const QString file = QDir(dir).filePath(u"%1-%2.data"_s.arg(key).arg(n));
    QElapsedTimer timer;
    timer.start();
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        QRandomGenerator rng(20261128);
        out.write(head);
        for (qint64 i = 0; i < n; ++i)
            out.write(rowOf(i, rng));
    }
    const QByteArray name = key.toLatin1();
    auto figureOf = [&](const char *what, double value, const char *unit) {
        figure(QByteArray(name + what).constData(), n, value, unit);
    };
    figureOf("_file_written", double(timer.elapsed()), "ms");
    const QString db = QDir(dir).filePath(u"%1-%2.sqlite"_s.arg(key).arg(n));
    QFile::remove(db);
    core::ImportOptions options;
    options.format = core::formatByKey(key);
    core::ImportReport report;
    QString error;
    timer.restart();
    if (!core::previewImport(file, options, 100, &report, &error))
        qFatal("%s", qPrintable(error));
    figureOf("_preview_read_only", timer.elapsed() / 1000.0, "s");
    timer.restart();
    if (!core::importEvents(file, options, db, &report, &error))
        qFatal("%s", qPrintable(error));
    const double seconds = timer.elapsed() / 1000.0;
    figureOf("_import", seconds, "s");
    figureOf("_import_rows_per_second", double(n) / std::max(seconds, 0.001), "rows/s");
    figureOf("_import_events", double(report.events), "events");
    timer.restart();
    QString e;
    auto dataset = core::Dataset::open(db, &e);
    if (!dataset)
        qFatal("%s", qPrintable(e));
    figureOf("_imported_open", double(timer.elapsed()), "ms");
    if (zipped) {
        // The same file as GDELT publishes it: deflated, alone in a zip archive, imported
        // without unzipping it first.
        const QString zip = file + u".zip"_s;
        timer.restart();
        writeZipOf(file, zip);
        figureOf("_zip_written", double(timer.elapsed()), "ms");
        figureOf("_zip_bytes", double(QFileInfo(zip).size()), "bytes");
        dataset.reset();
        QFile::remove(db);
        timer.restart();
        if (!core::importEvents(zip, options, db, &report, &error))
            qFatal("%s", qPrintable(error));
        figureOf("_import_from_zip", timer.elapsed() / 1000.0, "s");
        figureOf("_import_from_zip_events", double(report.events), "events");
        if (!g_keepImportFiles)
            QFile::remove(zip);
    }
    if (!g_keepImportFiles)
        QFile::remove(file);
}

void measureGdeltImport(qint64 n, const QString &dir, const QList<core::Country> &countries)
{
    const char *regions[] = {"AFR", "EUR", "ASA", "MEA", "WST"};
    measureImport(
        "gdelt2", n, dir, {},
        [&](qint64 i, QRandomGenerator &rng) -> QByteArray {
            QList<QByteArray> c(61);
            const QDate day = QDate(2015, 1, 1).addDays(rng.bounded(3650));
            const int root = 1 + int(rng.bounded(20));
            auto actor = [&]() -> QByteArray {
                if (rng.bounded(10) == 0)
                    return regions[rng.bounded(5)];
                return countries[rng.bounded(int(countries.size()))].alpha3.toLatin1();
            };
            c[0] = QByteArray::number(1'000'000'000 + i);
            c[1] = day.toString(u"yyyyMMdd"_s).toLatin1();
            c[2] = c[1].left(6);
            c[3] = c[1].left(4);
            c[7] = actor();
            c[6] = c[7] + " ACTOR";
            c[17] = actor();
            c[16] = c[17] + " ACTOR";
            c[28] = QByteArray::number(root).rightJustified(2, '0');
            c[26] = c[28] + QByteArray::number(rng.bounded(10));
            c[27] = c[26];
            c[30] = QByteArray::number(rng.bounded(200) / 10.0 - 10);
            c[31] = QByteArray::number(rng.bounded(50) + 1);
            c[52] = "Somewhere, Some country";
            c[59] = c[1] + "120000";
            c[60] = "https://news.example.org/" + QByteArray::number(i % 200000) + ".html";
            return c.join('\t') + '\n';
        },
        true);
}

// ICEWS's columns, countries by name (as ICEWS writes them), CAMEO codes without their leading
// zero now and then (as ICEWS files have them).
void measureIcewsImport(qint64 n, const QString &dir, const QList<core::Country> &countries)
{
    const QByteArray head =
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
        "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t"
        "Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";
    measureImport("icews", n, dir, head, [&](qint64 i, QRandomGenerator &rng) -> QByteArray {
        const QDate day = QDate(1995, 1, 1).addDays(rng.bounded(10000));
        const core::Country &source = countries[rng.bounded(int(countries.size()))];
        const core::Country &target = countries[rng.bounded(int(countries.size()))];
        const QByteArray code = QByteArray::number(10 + rng.bounded(190));
        const QList<QByteArray> c = {QByteArray::number(20'000'000 + i),
                                     day.toString(u"yyyy-MM-dd"_s).toLatin1(),
                                     "Government (" + source.name.toUtf8() + ")",
                                     "Government",
                                     source.name.toUtf8(),
                                     "Consult",
                                     code,
                                     QByteArray::number(rng.bounded(200) / 10.0 - 10),
                                     "Government (" + target.name.toUtf8() + ")",
                                     "Government",
                                     target.name.toUtf8(),
                                     QByteArray::number(30'000'000 + i / 3),
                                     QByteArray::number(1 + i % 3),
                                     "Example Wire",
                                     "Somewhere",
                                     "",
                                     "Some province",
                                     target.name.toUtf8(),
                                     "40.4",
                                     "49.9"};
        return c.join('\t') + '\n';
    });
}

// PLOVER records, one JSON object a line, as the PLOVER manual describes them.
void measurePloverImport(qint64 n, const QString &dir, const QList<core::Country> &countries)
{
    const char *categories[] = {"AGREE",   "CONSULT", "SUPPORT", "COOPERATE", "AID",
                                "REQUEST", "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST"};
    measureImport("plover", n, dir, {}, [&](qint64 i, QRandomGenerator &rng) -> QByteArray {
        const QDate day = QDate(2018, 1, 1).addDays(rng.bounded(2000));
        const QByteArray actor = countries[rng.bounded(int(countries.size()))].alpha3.toLatin1();
        const QByteArray recipient =
            countries[rng.bounded(int(countries.size()))].alpha3.toLatin1();
        return "{\"id\": \"BENCH-" + QByteArray::number(i) + "\", \"date\": \"" +
               day.toString(u"yyyy-MM-dd"_s).toLatin1() + "\", \"actor\": [{\"code\": \"" + actor +
               "\", \"entity_text\": \"Government\"}], \"recipient\": [{\"code\": \"" + recipient +
               "\"}], \"event\": [\"" + categories[rng.bounded(10)] +
               "\"], \"context\": [\"diplomatic\"], \"text\": \"A generated sentence for the "
               "benchmark.\", \"cite_info\": {\"publication\": \"Example Wire\", \"url\": "
               "\"https://news.example.org/" +
               QByteArray::number(i % 200000) + ".html\"}}\n";
    });
}

// A report of at least \a words words: the bundled report's body and the test sentences (all
// written for Entente), in turn, under one head.
QString longReport(int words)
{
    QFile source(QStringLiteral(ENTENTE_SOURCE_TEXT));
    QFile sentences(QStringLiteral(ENTENTE_TEST_DATA "/extract/sentences.tsv"));
    if (!source.open(QIODevice::ReadOnly) || !sentences.open(QIODevice::ReadOnly))
        qFatal("entente-bench: the report or the test sentences cannot be read");
    const QString report = QString::fromUtf8(source.readAll());
    QString body = report.mid(core::readReportHead(report).bodyStart);
    for (const QByteArray &line : sentences.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            body += u"\n\n"_s + QString::fromUtf8(line.split('\t').value(1));
    }
    QString text = u"Source: Bench\nPublished: 2022-06-06\n----------\n"_s;
    while (text.split(u' ', Qt::SkipEmptyParts).size() < words)
        text += body + u"\n\n"_s;
    return text;
}

// How long proposing events from a long report takes: the budget is 100 ms for 5,000 words.
void measureExtraction(const QList<core::Country> &countries)
{
    QElapsedTimer timer;
    timer.start();
    const core::ReportExtractor extractor(countries);
    figure("extract_setup", 1, timer.nsecsElapsed() / 1e6, "ms");
    const QString text = longReport(5000);
    const qint64 words = text.split(u' ', Qt::SkipEmptyParts).size();
    const core::ReportHead head = core::readReportHead(text);
    qsizetype proposals = 0;
    const double ms =
        bench::medianMs(11, [&](int) { proposals = extractor.propose(text, head).size(); });
    figure("extract_report", words, ms, "ms");
    figure("extract_report_proposals", words, double(proposals), "events");
}

// --- the extraction measured on real reports -----------------------------------------------------

// A sentence's key in the annotations: what identifies it without copying it.
QString sentenceKey(QStringView sentence)
{
    return QString::fromLatin1(QCryptographicHash::hash(sentence.toString().simplified().toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(12));
}

struct ReportCheck
{
    QString id, published;
    QString country; //!< the publisher's country, as a person reading it would give it
    struct Expected
    {
        QString key, date, countries;
    };
    QList<Expected> events;
};

QList<ReportCheck> readAnnotations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("entente-bench: cannot read %s", qPrintable(path));
    QList<ReportCheck> reports;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u'\t');
        if (f.size() >= 4 && f[0] == u"report")
            reports.append({f[1], f[2], f.value(4).trimmed(), {}});
        else if (f.size() >= 5 && f[0] == u"event" && !reports.isEmpty())
            reports.last().events.append({f[2], f[3], f[4]});
    }
    return reports;
}

// The figures of docs/extraction.md: of the sentences a person marked as stating an event, how
// many some proposal quoting them dates exactly (value and precision) and gives exactly their
// countries; and how many proposals rest on a sentence that states no event.
// With \a misses, each sentence it gets wrong: what the person annotated, and what each
// proposal quoting it says (the sentence itself, from the text, is printed and never stored).
void evaluateExtraction(const QString &annotations, const QString &dir,
                        const QList<core::Country> &countries, bool ownCountry, bool misses)
{
    const core::ReportExtractor extractor(countries);
    int events = 0, rightDate = 0, rightCountries = 0, proposals = 0, falseProposals = 0;
    for (const ReportCheck &report : readAnnotations(annotations)) {
        QString error;
        const QString text =
            core::readReportFile(QDir(dir).filePath(report.id + u".txt"_s), &error);
        if (text.isEmpty())
            qFatal("entente-bench: %s", qPrintable(error));
        core::ReportHead head = core::readReportHead(text);
        head.published = core::PartialDate::fromEdtf(report.published)->start();
        if (ownCountry)
            head.country = report.country;
        const QList<core::Proposal> found = extractor.propose(text, head);
        QSet<QString> eventKeys;
        int date = 0, codes = 0, wrong = 0;
        for (const ReportCheck::Expected &e : report.events) {
            eventKeys.insert(e.key);
            bool dateOk = false, countriesOk = false;
            QStringList said;
            for (const core::Proposal &p : found) {
                bool quotes = false;
                for (const QString &q : p.quotes)
                    quotes = quotes || sentenceKey(q) == e.key;
                if (!quotes)
                    continue;
                QStringList sorted = p.countries;
                sorted.sort();
                const QString edtf = p.date.isUndated() ? u"undated"_s : p.date.toEdtf();
                dateOk = dateOk || edtf == e.date;
                countriesOk = countriesOk || sorted.join(u',') == e.countries;
                said.append(edtf + u' ' + sorted.join(u','));
            }
            date += dateOk;
            codes += countriesOk;
            if (misses && !(dateOk && countriesOk))
                out() << "  missed " << e.key << ": wanted " << e.date << ' ' << e.countries
                      << "; proposed " << (said.isEmpty() ? u"nothing"_s : said.join(u" | "_s))
                      << Qt::endl;
        }
        for (const core::Proposal &p : found) {
            const bool falseOne = !eventKeys.contains(sentenceKey(p.quotes.value(0)));
            wrong += falseOne;
            if (misses && falseOne)
                out() << "  false " << sentenceKey(p.quotes.value(0)) << ": "
                      << p.quotes.value(0).simplified().left(140) << Qt::endl;
        }
        out() << report.id << ": " << report.events.size() << " event sentences, date " << date
              << ", countries " << codes << "; " << found.size() << " proposals, " << wrong
              << " false" << Qt::endl;
        events += int(report.events.size());
        rightDate += date;
        rightCountries += codes;
        proposals += int(found.size());
        falseProposals += wrong;
    }
    figure("extract_eval_event_sentences", events, double(events), "sentences");
    figure("extract_eval_right_date", events, 100.0 * rightDate / std::max(events, 1), "%");
    figure("extract_eval_right_countries", events, 100.0 * rightCountries / std::max(events, 1),
           "%");
    figure("extract_eval_false_proposals", proposals,
           100.0 * falseProposals / std::max(proposals, 1), "%");
}

// What a person annotating a report needs: each sentence of its body with its key.
void listSentences(const QString &path)
{
    QString error;
    const QString text = core::readReportFile(path, &error);
    const core::ReportHead head = core::readReportHead(text);
    for (const core::TextSpan &s : core::ReportExtractor::sentences(text, head.bodyStart))
        out() << sentenceKey(text.mid(s.start, s.length)) << '\t'
              << text.mid(s.start, s.length).simplified().left(110) << Qt::endl;
}

// The generated database of N events on the server at \a server (postgresql://user@host:port):
// made anew as entente_bench_N with server-init, and the file copied in (timed). Its address, or
// empty after a message.
QString onServer(const QString &server, qint64 n, const QString &path, bool reuse,
                 const QList<core::Country> &countries)
{
    QString error;
    auto fail = [&] {
        QTextStream(stderr) << "entente-bench: " << error << Qt::endl;
        return QString();
    };
    if (!reuse || !QFile::exists(path)) {
        if (!core::generateDatabase({path, core::OutputKind::Database}, countries, {n, 1}, &error))
            return fail();
    }
    const QString name = u"entente_bench_%1"_s.arg(n);
    const QString base = server.endsWith(u'/') ? server : server + u'/';
    const auto admin = core::parseServerAddress(base + u"postgres"_s, &error);
    if (!admin)
        return fail();
    {
        core::SqlConnection connection;
        if (!connection.openServer(*admin, true)) {
            error = core::serverErrorSentence(connection.database().lastError(), *admin);
            return fail();
        }
        QSqlQuery q(connection.database());
        q.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
        q.addBindValue(name);
        const bool exists = q.exec() && q.next();
        if ((exists && !q.exec(u"DROP DATABASE "_s + name)) ||
            !q.exec(u"CREATE DATABASE "_s + name)) {
            error = q.lastError().text();
            return fail();
        }
    }
    const QString url = base + name;
    if (!core::initServer(url, &error))
        return fail();
    QElapsedTimer t;
    t.start();
    if (!core::copyBetween(path, {url, core::OutputKind::Database}, &error))
        return fail();
    const double seconds = t.elapsed() / 1000.0;
    figure("copy_to_server", n, seconds, "s");
    figure("copy_to_server_rate", n, double(n) / std::max(seconds, 1e-9), "events/s");
    return url;
}

// The counts a large server database answers without loading its index (ServerSummary): facet
// counts and density, from the summary and (with \a direct) from the events themselves, each the
// median of five runs, on the database at \a url, which holds \a n events.
// What --summary times: everything, or only one part.
enum class SummaryPart { All, Marks, Periods, Pairs };

bool measureSummary(const QString &url, qint64 n, bool direct, SummaryPart part)
{
    QString error;
    const auto address = core::parseServerAddress(url, &error);
    core::SqlConnection connection;
    if (!address || !connection.openServer(*address, false)) {
        QTextStream(stderr) << "entente-bench: cannot open " << url << Qt::endl;
        return false;
    }
    core::ServerSummary summary(connection.database());
    QSqlQuery q(connection.database());
    // The span and the most frequent countries and topics (the lanes a window shows first).
    q.exec(u"SELECT min(date_lower), max(date_lower) FROM event"_s);
    q.next();
    const qint64 first = q.value(0).toLongLong(), last = q.value(1).toLongLong();
    auto top = [&](const QString &sql) {
        QList<qint64> ids;
        for (q.exec(sql); q.next();)
            ids.append(q.value(0).toLongLong());
        return ids;
    };
    const QList<qint64> countryLanes =
        top(u"SELECT country_id FROM event_summary WHERE grain = 2 AND topic_id = 0 AND "
            "type_code = '' AND country_id <> 0 GROUP BY 1 ORDER BY sum(events) DESC LIMIT 20"_s);
    q.exec(u"SELECT alpha3 FROM country WHERE id = %1"_s.arg(countryLanes.value(1)));
    q.next();
    const QString country = q.value(0).toString();
    // A country with few events (a few hundred): its marks show over the whole span.
    q.exec(u"SELECT c.alpha3 FROM event_summary s JOIN country c ON c.id = s.country_id WHERE "
           "grain = 2 AND topic_id = 0 AND type_code = '' AND country_id <> 0 GROUP BY 1 HAVING "
           "sum(events) BETWEEN 100 AND 2000 ORDER BY sum(events) DESC LIMIT 1"_s);
    const QString rare = q.next() ? q.value(0).toString() : country;
    q.exec(u"SELECT slug FROM topic ORDER BY id LIMIT 1"_s);
    q.next();
    const QString topic = q.value(0).toString();
    auto timed = [&](const QByteArray &name, auto &&work) {
        bool ok = true;
        const double ms = bench::medianMs(5, [&](int) { ok = ok && work(); });
        if (!ok) {
            QTextStream(stderr) << "entente-bench: " << name << ": " << error << Qt::endl;
            return false;
        }
        figure(name.constData(), n, ms, "ms");
        return true;
    };
    core::EventFilter none, oneCountry, countryTopicYears, days, period, word;
    word.text = u"ceasefire"_s; // in about one generated event of 45
    core::EventFilter wordDays = word;
    wordDays.from = *core::PartialDate::fromEdtf(u"1997-05-14"_s);
    wordDays.to = *core::PartialDate::fromEdtf(u"2013-02-02"_s);
    period.from = *core::PartialDate::fromEdtf(u"1995-03-17"_s);
    period.to = *core::PartialDate::fromEdtf(u"2015-10-02"_s);
    oneCountry.countries = {country};
    countryTopicYears.countries = {country};
    countryTopicYears.topics = {topic};
    countryTopicYears.from = *core::PartialDate::fromEdtf(u"1995"_s);
    countryTopicYears.to = *core::PartialDate::fromEdtf(u"2015"_s);
    days.from = *core::PartialDate::fromEdtf(u"2003-03-17"_s);
    days.to = *core::PartialDate::fromEdtf(u"2003-05-02"_s);
    core::EventFilter daysOneCountry = days; // the edges from the events still
    daysOneCountry.countries = {country};
    // The marks of a narrow window: an index range scan with LIMIT (5,001 rows at most).
    auto timeMarks = [&] {
        auto marks = [&](const core::EventFilter &f, qint64 from, qint64 to) {
            return [=, &summary, &error] {
                return summary.marks(f, from, to, ui::ServerPreview::kMaxMarks, &error).has_value();
            };
        };
        const qint64 middle = (first + last) / 2;
        core::EventFilter rareCountry;
        rareCountry.countries = {rare};
        return timed("marks_one_day", marks(none, middle, middle)) &&
               timed("marks_one_country_one_month", marks(oneCountry, middle, middle + 30)) &&
               timed("marks_country_topic_one_year",
                     marks(countryTopicYears, middle, middle + 365)) &&
               timed("marks_rare_country_whole_span", marks(rareCountry, first, last));
    };
    if (part == SummaryPart::Marks)
        return timeMarks();
    // The countries, topics and types by name, for the charts.
    core::EventStore store;
    if (!store.open(url)) {
        QTextStream(stderr) << "entente-bench: " << store.errorString() << Qt::endl;
        return false;
    }
    const core::EventIndex vocabulary = core::EventIndex::withoutEvents(
        store.countries(), store.topics(), store.eventTypes(), {}, {}, {});
    // \a ask(way) timed both ways (way 1, then 0), alternated: five rounds, each way's median
    // printed as summary_NAME followed by its way's suffix, and its range.
    auto alternated = [&](const QByteArray &name, const char *const suffixes[2],
                          const std::function<bool(bool)> &ask) {
        std::vector<double> ms[2];
        for (int round = 0; round < 5; ++round) {
            for (int way = 1; way >= 0; --way) {
                QElapsedTimer t;
                t.start();
                const bool ok = ask(way);
                ms[way].push_back(double(t.nsecsElapsed()) / 1e6);
                if (!ok) {
                    QTextStream(stderr) << "entente-bench: " << name << ": " << error << Qt::endl;
                    return false;
                }
            }
        }
        for (int way = 1; way >= 0; --way) {
            std::sort(ms[way].begin(), ms[way].end());
            figure(QByteArray("summary_" + name + suffixes[way]).constData(), n, ms[way][2], "ms");
            QTextStream(stdout) << "  range " << QString::number(ms[way].front(), 'f', 1) << "–"
                                << QString::number(ms[way].back(), 'f', 1) << " ms" << Qt::endl;
        }
        return true;
    };
    if (part == SummaryPart::Periods) {
        // A period alone, its edges from the summaries (schema 5) and from the events (as on
        // schema 4).
        core::EventFilter oneDay, fromADay;
        oneDay.from = oneDay.to = *core::PartialDate::fromEdtf(u"2008-06-11"_s);
        fromADay.from = *core::PartialDate::fromEdtf(u"2011-06-02"_s);
        const std::pair<const char *, core::EventFilter> periods[] = {
            {"days", days}, {"days_years", period}, {"one_day", oneDay}, {"from_a_day", fromADay}};
        const char *const suffixes[] = {"_events_at_edges", "_ends"};
        for (const auto &[name, filter] : periods) {
            const bool ok = alternated(QByteArray("facets_") + name, suffixes, [&](bool ends) {
                summary.setUseEnds(ends);
                const auto counted = summary.facets(filter, &error);
                return counted && counted->edgesFromSummary == ends;
            });
            if (!ok)
                return false;
        }
        summary.setUseEnds(true);
        return true;
    }
    if (part == SummaryPart::Pairs) {
        // The charts under one country: its countries from the countries named together
        // (schema 6) and from the events (as on schema 5).
        core::EventFilter countryYears = oneCountry, countryDays = oneCountry;
        countryYears.from = *core::PartialDate::fromEdtf(u"1996"_s);
        countryYears.to = *core::PartialDate::fromEdtf(u"2012"_s);
        countryDays.from = period.from;
        countryDays.to = period.to;
        const std::pair<const char *, core::EventFilter> filters[] = {
            {"one_country", oneCountry},
            {"one_country_years", countryYears},
            {"one_country_days", countryDays}};
        const char *const suffixes[] = {"_events", "_pairs"};
        for (const auto &[name, filter] : filters) {
            const bool ok =
                alternated(QByteArray("facets_and_charts_") + name, suffixes, [&](bool pairs) {
                    summary.setUsePairs(pairs);
                    const auto facets = summary.facets(filter, &error);
                    return facets && summary.charts(filter, *facets, vocabulary, &error);
                });
            if (!ok)
                return false;
        }
        summary.setUsePairs(true);
        return true;
    }
    // What the window shows while a large server database loads: from asking to the first
    // counts drawn (a connection of its own, the summary's totals and lanes, the density).
    error = u"the preview got no answer in a minute"_s;
    const bool previewed = timed("summary_preview_first_frame", [&] {
        ui::ServerPreview preview;
        preview.resize(1200, 700);
        preview.show();
        QElapsedTimer waited;
        waited.start();
        preview.start(url);
        while (preview.answers() == 0 && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        preview.repaint();
        return preview.answers() > 0;
    });
    if (!previewed)
        return false;
    // The window of a database too large to load: from opening to the first counts drawn, and
    // to the filter panel's counts and the charts (the index is never loaded).
    qputenv("ENTENTE_SERVER_INDEX_UP_TO", QByteArray::number(n - 1));
    error = u"the window showed no counts in a minute"_s;
    double toCounts = 0;
    std::vector<double> countsMs;
    const bool live = timed("live_window_first_frame", [&] {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QElapsedTimer waited;
        waited.start();
        bool counted = false;
        QObject::connect(&window, &ui::MainWindow::filterApplied, [&] { counted = true; });
        window.openDatabaseOrTell(url);
        while ((!window.isServerCounted() || window.serverPreview()->answers() == 0) &&
               waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        window.serverPreview()->repaint();
        const bool drawn = window.isServerCounted() && window.serverPreview()->answers() > 0;
        while (!counted && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        countsMs.push_back(double(waited.nsecsElapsed()) / 1e6);
        return drawn && counted;
    });
    qunsetenv("ENTENTE_SERVER_INDEX_UP_TO");
    if (!live)
        return false;
    std::sort(countsMs.begin(), countsMs.end());
    toCounts = countsMs[countsMs.size() / 2];
    figure("live_window_counts_and_charts", n, toCounts, "ms");
    const qint64 year = 366;
    bool ok = true;
    for (bool fromSummary : {true, false}) {
        if (!fromSummary && !direct)
            break;
        summary.setUseSummary(fromSummary);
        const QByteArray prefix = fromSummary ? "summary_" : "summary_direct_";
        auto facets = [&](const core::EventFilter &f) {
            return [&summary, &error, f] { return summary.facets(f, &error).has_value(); };
        };
        auto density = [&](const core::EventFilter &f, qint64 from, qint64 to, core::LaneMode m,
                           const QList<qint64> &lanes) {
            return [=, &summary, &error] {
                return summary.density(f, m, lanes, from, to, 400, &error).has_value();
            };
        };
        ok = ok && timed(QByteArray(prefix + "facets_no_filter"), facets(none)) &&
             timed(QByteArray(prefix + "facets_one_country"), facets(oneCountry)) &&
             timed(QByteArray(prefix + "facets_country_topic_years"), facets(countryTopicYears)) &&
             timed(QByteArray(prefix + "facets_days"), facets(days)) &&
             timed(QByteArray(prefix + "facets_days_one_country"), facets(daysOneCountry)) &&
             timed(QByteArray(prefix + "facets_text_one_word"), facets(word)) &&
             timed(QByteArray(prefix + "facets_text_one_word_days"), facets(wordDays)) &&
             timed(QByteArray(prefix + "density_full_span_one_word"),
                   density(word, first, last, core::LaneMode::Countries, {})) &&
             timed(QByteArray(prefix + "density_one_year_one_word"),
                   density(word, last - year, last, core::LaneMode::Countries, {})) &&
             timed(QByteArray(prefix + "density_full_span_20_lanes"),
                   density(none, first, last, core::LaneMode::Countries, countryLanes)) &&
             timed(QByteArray(prefix + "density_one_year_20_lanes"),
                   density(none, last - year, last, core::LaneMode::Countries, countryLanes)) &&
             timed(QByteArray(prefix + "density_pan_one_year"),
                   density(none, last - 2 * year, last - year, core::LaneMode::Countries,
                           countryLanes)) &&
             timed(QByteArray(prefix + "density_full_span_one_country_topics"),
                   density(oneCountry, first, last, core::LaneMode::Topics, {1, 2, 3, 4, 5})) &&
             timed(QByteArray(prefix + "density_one_year_one_country_by_day"),
                   density(oneCountry, last - year, last, core::LaneMode::Countries, {})) &&
             timed(QByteArray(prefix + "density_full_span_period_20_lanes"),
                   density(period, first, last, core::LaneMode::Countries, countryLanes));
        // What the window's counts ask at each filter change: the facets, then the charts.
        auto charts = [&](const core::EventFilter &f) {
            return [&summary, &error, &vocabulary, f] {
                const auto facets = summary.facets(f, &error);
                return facets && summary.charts(f, *facets, vocabulary, &error).has_value();
            };
        };
        ok = ok && timed(QByteArray(prefix + "facets_and_charts_no_filter"), charts(none)) &&
             timed(QByteArray(prefix + "facets_and_charts_one_country"), charts(oneCountry)) &&
             timed(QByteArray(prefix + "facets_and_charts_country_topic_years"),
                   charts(countryTopicYears)) &&
             timed(QByteArray(prefix + "facets_and_charts_days"), charts(days)) &&
             timed(QByteArray(prefix + "facets_and_charts_one_word"), charts(word));
    }
    return ok && timeMarks();
}

int main(int argc, char *argv[])
{
    qInstallMessageHandler(strictMessages);
    core::configureSqliteForProcess(); // as the application does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"sizes"_s, u"Event counts, comma-separated."_s, u"LIST"_s, u"10000,100000,1000000"_s});
    parser.addOption(
        {u"dir"_s, u"Folder for the generated databases (default: a temporary one)."_s, u"DIR"_s});
    parser.addOption({u"reuse"_s, u"Reuse DIR/bench-N.sqlite when it exists."_s});
    parser.addOption({u"quick"_s, u"One small run (N = 2000), the smoke test ctest runs."_s});
    parser.addOption(
        {u"window"_s, u"Also drive the real main window and report its longest blocks."_s});
    parser.addOption({u"window-only"_s,
                      u"Only drive the main window on an existing DIR/bench-N.sqlite: its first "
                      "open is the process's first read of the file (cold when the page cache was "
                      "dropped)."_s});
    parser.addOption({u"edits"_s, u"Also time edits in the real main window (on a copy)."_s});
    parser.addOption({u"edits-only"_s, u"Only time edits (with --reuse: no other figure)."_s});
    parser.addOption({u"extract"_s, u"Only time proposing events from a 5,000-word report."_s});
    parser.addOption({u"extract-eval"_s,
                      u"Only score the proposals for the reports a person annotated in FILE "
                      "(tests/data/extract/real-reports.tsv), read from --dir as ID.txt."_s,
                      u"FILE"_s});
    parser.addOption({u"extract-own-country"_s,
                      u"With --extract-eval: give each report's own country (the fifth column of "
                      "its report line, the publisher's country), as a person reading it can."_s});
    parser.addOption({u"extract-misses"_s,
                      u"With --extract-eval: print each sentence scored wrong and each false "
                      "proposal."_s});
    parser.addOption({u"extract-sentences"_s,
                      u"Only list the sentences of a report with their keys, to annotate it."_s,
                      u"FILE"_s});
    parser.addOption({u"gdelt-import"_s,
                      u"Only time the import of a generated GDELT 2.0 file of N rows."_s, u"N"_s});
    parser.addOption({u"icews-import"_s,
                      u"Only time the import of a generated ICEWS file of N rows."_s, u"N"_s});
    parser.addOption({u"plover-import"_s,
                      u"Only time the import of a generated PLOVER file of N records."_s, u"N"_s});
    parser.addOption({u"keep"_s, u"Keep the generated import files in DIR."_s});
    parser.addOption(
        {u"server"_s,
         u"Measure on a PostgreSQL server instead of files: ADDRESS is postgresql://user@host:port "
         "(a superuser's, password in ~/.pgpass or PGPASSFILE). For each N the generated file is "
         "copied into a new database entente_bench_N (replaced), timed, then measured there."_s,
         u"ADDRESS"_s});
    parser.addOption({u"summary"_s,
                      u"Only time the counts a server database answers from its summary (facets "
                      "and density): ADDRESS is the database, postgresql://user@host:port/name, "
                      "holding N events (--sizes)."_s,
                      u"ADDRESS"_s});
    parser.addOption({u"summary-direct"_s,
                      u"With --summary, also time the same counts made from the events."_s});
    parser.addOption({u"summary-periods"_s,
                      u"With --summary, only time the facet counts of periods alone, from the "
                      "summaries and with their edges counted from the events, alternated."_s});
    parser.addOption({u"summary-pairs"_s,
                      u"With --summary, only time the facets and charts under one country, the "
                      "countries from the countries named together and from the events, "
                      "alternated."_s});
    parser.addOption({u"summary-marks"_s,
                      u"With --summary, only time the marks of a narrow window (the events "
                      "drawn one by one)."_s});
    parser.process(app);
    if (parser.isSet(u"summary"_s)) {
        const qint64 n = parser.value(u"sizes"_s).split(u',').front().toLongLong();
        const SummaryPart part = parser.isSet(u"summary-marks"_s)     ? SummaryPart::Marks
                                 : parser.isSet(u"summary-periods"_s) ? SummaryPart::Periods
                                 : parser.isSet(u"summary-pairs"_s)   ? SummaryPart::Pairs
                                                                      : SummaryPart::All;
        return measureSummary(parser.value(u"summary"_s), n, parser.isSet(u"summary-direct"_s),
                              part)
                   ? 0
                   : 1;
    }

    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    QString error;
    const QList<core::Country> countries =
        core::readIsoCountries(core::defaultIsoCountriesPath(), &error);
    if (countries.isEmpty()) {
        QTextStream(stderr) << "entente-bench: " << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"extract-sentences"_s)) {
        listSentences(parser.value(u"extract-sentences"_s));
        return 0;
    }
    if (parser.isSet(u"extract-eval"_s)) {
        evaluateExtraction(parser.value(u"extract-eval"_s), dir, countries,
                           parser.isSet(u"extract-own-country"_s),
                           parser.isSet(u"extract-misses"_s));
        return g_warned ? 1 : 0;
    }
    if (parser.isSet(u"extract"_s) || parser.isSet(u"quick"_s)) {
        measureExtraction(countries);
        if (parser.isSet(u"extract"_s))
            return g_warned ? 1 : 0;
    }
    if (parser.isSet(u"gdelt-import"_s) || parser.isSet(u"icews-import"_s) ||
        parser.isSet(u"plover-import"_s)) {
        g_keepImportFiles = parser.isSet(u"keep"_s);
        if (parser.isSet(u"gdelt-import"_s))
            measureGdeltImport(parser.value(u"gdelt-import"_s).toLongLong(), dir, countries);
        if (parser.isSet(u"icews-import"_s))
            measureIcewsImport(parser.value(u"icews-import"_s).toLongLong(), dir, countries);
        if (parser.isSet(u"plover-import"_s))
            measurePloverImport(parser.value(u"plover-import"_s).toLongLong(), dir, countries);
        return g_warned ? 1 : 0;
    }
    QList<qint64> sizes;
    if (parser.isSet(u"quick"_s)) {
        sizes = {2000};
    } else {
        for (const QString &s : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts))
            sizes.append(s.toLongLong());
    }
    if (parser.isSet(u"server"_s)) {
        for (qint64 n : sizes) {
            const QString path = QDir(dir).filePath(u"bench-%1.sqlite"_s.arg(n));
            const QString url =
                onServer(parser.value(u"server"_s), n, path, parser.isSet(u"reuse"_s), countries);
            bench::figurePrefix() = u"server_"_s;
            if (url.isEmpty() || !measure(n, url, true, countries))
                return 1;
            if (parser.isSet(u"window"_s))
                measureWindow(n, url);
            bench::figurePrefix().clear();
        }
        return g_warned ? 1 : 0;
    }
    for (qint64 n : sizes) {
        const QString path = QDir(dir).filePath(u"bench-%1.sqlite"_s.arg(n));
        if (parser.isSet(u"edits-only"_s) && QFile::exists(path)) {
            bench::measureEdits(n, path);
            continue;
        }
        if (parser.isSet(u"window-only"_s) && QFile::exists(path)) {
            measureWindow(n, path);
            continue;
        }
        if (!measure(n, path, parser.isSet(u"reuse"_s), countries))
            return 1;
        if (parser.isSet(u"window"_s) || parser.isSet(u"quick"_s))
            measureWindow(n, path);
        if (parser.isSet(u"edits"_s) || parser.isSet(u"quick"_s))
            bench::measureEdits(n, path);
    }
    return g_warned ? 1 : 0;
}
