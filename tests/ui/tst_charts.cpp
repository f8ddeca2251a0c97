// SPDX-License-Identifier: GPL-3.0-or-later
// The charts and image export in the real main window on the bundled database: the charts follow
// the filter and the palette, a click filters, and every format writes a valid file of the asked
// size whose values are those on screen; a failed export leaves nothing behind.

#include "charts.h"
#include "chartsview.h"
#include "domain/julianday.h"
#include "exportdialog.h"
#include "imageexport.h"
#include "mainwindow.h"
#include "maths/chartdata.h"
#include "testutil.h"
#include "timelineview.h"
#include "uitestutil.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QImageReader>
#include <QLegendMarker>
#include <QMenu>
#include <QPieSeries>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

core::EventFilter bilateral()
{
    core::EventFilter f;
    f.countries = {u"AZE"_s, u"KHM"_s};
    f.countryMode = core::EventFilter::CountryMode::All;
    f.from = core::PartialDate::fromEdtf(u"1995").value();
    f.to = core::PartialDate::fromEdtf(u"2022").value();
    return f;
}

// The texts a chart's view draws: its title, axes, labels and legend, as shown (cut or not).
QStringList drawnTexts(const QChartView &view)
{
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
        else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    return texts;
}

// The rectangles of an SVG, with the fill they inherit and their size.
struct SvgRect
{
    QString fill;
    double width = 0;
    double height = 0;
};

QList<SvgRect> svgRects(const QByteArray &svg, QString *title, QString *error)
{
    QXmlStreamReader xml(svg);
    QList<QString> fills{QString()};
    QList<SvgRect> rects;
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            fills.append(attrs.hasAttribute(u"fill"_s) ? attrs.value(u"fill"_s).toString()
                                                       : fills.last());
            if (xml.name() == "rect"_L1)
                rects.append({fills.last(), attrs.value(u"width"_s).toDouble(),
                              attrs.value(u"height"_s).toDouble()});
            inTitle = xml.name() == "title"_L1;
        } else if (xml.isEndElement()) {
            fills.removeLast();
            inTitle = false;
        } else if (xml.isCharacters() && inTitle) {
            *title += xml.text();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return rects;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    void applyFilter(const core::EventFilter &filter)
    {
        QSignalSpy applied(m_window.get(), &ui::MainWindow::filterApplied);
        m_window->setFilter(filter);
        QVERIFY(applied.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        entente::test::failOnWarnings();
        applyFilter(bilateral());
        m_window->chartsView()->setCurrentKind(ui::ChartKind::PerYear);
    }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().clear();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB), &error),
                 qPrintable(error));
        QTRY_VERIFY(m_window->filterResult());
        m_window->viewTabs()->setCurrentWidget(m_window->chartsView());
    }
    void cleanupTestCase() { m_window.reset(); }

    // While another tab is open the charts are not laid out for every filter change (at 20
    // million events that cost a frame each); opening the tab shows the chart of the filter
    // as it is then, never an old one.
    void aHiddenChartIsBuiltWhenShown()
    {
        m_window->viewTabs()->setCurrentIndex(0);
        QVERIFY(!m_window->chartsView()->isVisible());
        core::EventFilter visas;
        visas.topics = {u"visas"_s};
        applyFilter(visas);
        m_window->viewTabs()->setCurrentWidget(m_window->chartsView());
        QVERIFY(m_window->chartsView()->isVisible());
        // The chart on screen (the old view waits for its deletion, hidden).
        QChartView *view = nullptr;
        for (QChartView *v : m_window->chartsView()->findChildren<QChartView *>())
            view = v->isVisible() ? v : view;
        QVERIFY(view);
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        QCOMPARE(series->barSets().front()->sum(), 1.0);
    }

    void theChartFollowsTheFilter()
    {
        QChart *chart = m_window->chartsView()->currentChart();
        QVERIFY(chart);
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        // 1995–2022 on the axis; 2022 stacks five bilateral events.
        QCOMPARE(series->barSets().front()->count(), 28);
        double in2022 = 0, in1995 = 0;
        for (QBarSet *set : series->barSets()) {
            in2022 += set->at(27);
            in1995 += set->at(0);
        }
        QCOMPARE(in2022, 5.0);
        QCOMPARE(in1995, 1.0);
        // The values are core's numbers.
        const core::PerYearChart &numbers = m_window->filterResult()->charts->perYear;
        for (qsizetype s = 0; s < numbers.series.size(); ++s) {
            QCOMPARE(series->barSets()[s]->label(), numbers.series[s].label);
            for (qsizetype bin = 0; bin < numbers.binCount(); ++bin)
                QCOMPARE(series->barSets()[s]->at(int(bin)),
                         double(numbers.series[s].counts[size_t(bin)]));
        }

        // Visas only: one event, 2022, under "Several topics" (visas and agreements).
        core::EventFilter visas;
        visas.topics = {u"visas"_s};
        applyFilter(visas);
        series = qobject_cast<QStackedBarSeries *>(
            m_window->chartsView()->currentChart()->series().value(0));
        QCOMPARE(series->barSets().size(), 1);
        QCOMPARE(series->barSets().front()->label(), u"Several topics"_s);
        QCOMPARE(series->barSets().front()->sum(), 1.0);

        // Nothing selected: a sentence instead of an empty chart.
        core::EventFilter none;
        none.text = u"nothingmatchesthis"_s;
        applyFilter(none);
        QVERIFY(!m_window->chartsView()->currentChart());
    }

    void everyChartHasItsNumbersAndNote()
    {
        ui::ChartsView *view = m_window->chartsView();
        view->setCurrentKind(ui::ChartKind::PerCountry);
        QBarSet *countries =
            qobject_cast<QAbstractBarSeries *>(view->currentChart()->series().value(0))
                ->barSets()
                .front();
        QCOMPARE(countries->count(), 2);
        QCOMPARE(countries->sum(), 14.0); // 7 bilateral events, counted for both countries
        view->setCurrentKind(ui::ChartKind::Topics);
        auto *pie = qobject_cast<QPieSeries *>(view->currentChart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->sum(), 10.0); // topic assignments of the seven events
        QVERIFY(view->noteText().contains(u"several topics counts for each"_s));
        view->setCurrentKind(ui::ChartKind::Observations);
        QVERIFY(view->currentChart());
        QVERIFY(
            view->currentChart()->series().front()->name().contains(u"United Nations COMTRADE"_s));
        QVERIFY(view->currentChart()
                    ->axes(Qt::Vertical)
                    .front()
                    ->titleText()
                    .contains(u"million US$"_s));
    }

    void countsAreWrittenAsThePanelWritesThem()
    {
        // A server's countries count in millions: the bars' labels and the axis are whole
        // numbers grouped as in the filter panel, never "1.48275e+06".
        core::PerCountryChart data;
        data.bars = {{-1, u"ATG"_s, u"Antigua and Barbuda"_s, 1482752},
                     {-1, u"ALB"_s, u"Albania"_s, 551759}};
        data.events = 1900000;
        QChartView view(ui::createPerCountryChart(data, QApplication::palette()));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList texts = drawnTexts(view);
        const QString all = texts.join(u" | "_s);
        QVERIFY2(texts.contains(u"1,482,752"_s), qPrintable(all));
        QVERIFY2(texts.contains(u"551,759"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"e+"_s), qPrintable(all));
        QVERIFY2(texts.contains(u"1,000,000"_s), qPrintable(all)); // a tick of the count axis
        // The topics' legend likewise.
        core::TopicsChart topics;
        topics.slices = {{-1, u"diplomacy"_s, u"Diplomacy"_s, u"#1f77b4"_s, 6795933, 0.6},
                         {-1, u"visits"_s, u"Visits"_s, u"#ff7f0e"_s, 4457905, 0.4}};
        std::unique_ptr<QChart> pie(ui::createTopicsChart(topics, QApplication::palette()));
        QStringList legend;
        for (QLegendMarker *marker : pie->legend()->markers())
            legend.append(marker->label());
        QCOMPARE(legend, (QStringList{u"Diplomacy (6,795,933)"_s, u"Visits (4,457,905)"_s}));
        // A name cut short in a narrow chart is whole in its tool tip.
        QVERIFY(pie->legend()->showToolTips());
    }

    void theYearsAxisNamesWhatFits()
    {
        // 28 years of counts. Wide, the axis names every fifth year; narrow (a small window),
        // fewer, each drawn whole: QtCharts cut "2000" to "..." where six did not fit.
        QMap<qint64, qint64> years;
        for (qint64 y = 1995; y <= 2022; ++y)
            years.insert(y, y - 1990);
        const core::PerYearChart data = core::eventsPerYear(years, 0);
        // The years drawn, and any number cut short.
        auto yearsDrawn = [&](int width) {
            QChartView view(ui::createPerYearChart(data, QApplication::palette()));
            view.resize(width, 420);
            view.show();
            if (!QTest::qWaitForWindowExposed(&view))
                return QStringList{u"not shown"_s};
            QCoreApplication::processEvents();
            static const QRegularExpression year(u"^(19|20)\\d\\d$"_s);
            static const QRegularExpression cut(u"^\\d.*(\\.\\.\\.|…)$"_s);
            QStringList drawn;
            for (const QString &text : drawnTexts(view))
                if (year.match(text).hasMatch() || cut.match(text).hasMatch())
                    drawn.append(text);
            drawn.sort();
            return drawn;
        };
        QCOMPARE(yearsDrawn(1000),
                 (QStringList{u"1995"_s, u"2000"_s, u"2005"_s, u"2010"_s, u"2015"_s, u"2020"_s}));
        const QStringList narrow = yearsDrawn(240);
        QVERIFY2(narrow.size() >= 2 && narrow.size() < 6, qPrintable(narrow.join(u", "_s)));
        for (const QString &text : narrow)
            QVERIFY2(!text.contains(u"..."_s) && !text.contains(u"…"_s), qPrintable(text));
        // An exported figure as narrow: the same years, whole.
        ui::FigureOptions options;
        options.format = ui::ImageFormat::Svg;
        options.size = {360, 900};
        const QString path = m_dir.filePath(u"narrow-per-year.svg"_s);
        QString error;
        QVERIFY2(m_window->exportImage(ui::ExportTarget::PerYear, path, options, &error),
                 qPrintable(error));
        const QByteArray svg = test::readAll(path);
        QVERIFY(svg.contains(">2000<") || svg.contains(">2000 <"));
        QVERIFY2(!svg.contains(">...<") && !svg.contains(">… <") && !svg.contains(">...  <"),
                 svg.constData());
    }

    void theTopicsPieCutsNoLabel()
    {
        // Twelve topics counted in millions, in a chart the size of the charts tab: every
        // text drawn is whole (QtCharts cut a slice's name that did not fit to "Diploma…", and
        // its share with it).
        core::TopicsChart data;
        const QStringList names{u"International organisations"_s,
                                u"Culture and education"_s,
                                u"Diplomatic relations"_s,
                                u"Humanitarian aid"_s,
                                u"Negotiations"_s,
                                u"Recognition"_s,
                                u"Agreements"_s,
                                u"Diplomacy"_s,
                                u"Disputes"_s,
                                u"Security"_s,
                                u"Energy"_s,
                                u"Trade"_s};
        for (int i = 0; i < 12; ++i)
            data.slices.push_back(
                {-1, u"t%1"_s.arg(i), names[i], u"#1f77b4"_s, (12 - i) * 1000003, (12 - i) / 78.0});
        QChartView view(ui::createTopicsChart(data, QApplication::palette()));
        view.resize(800, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList texts = drawnTexts(view);
        const QString all = texts.join(u" | "_s);
        QVERIFY2(!all.contains(u"…"_s) && !all.contains(u"..."_s), qPrintable(all));
        QVERIFY2(texts.contains(u"15%"_s), qPrintable(all)); // the largest slice's share
        QVERIFY2(texts.contains(u"International organisations (12,000,036)"_s), qPrintable(all));
    }

    void clickingABarFilters()
    {
        m_window->setFilter({});
        QSignalSpy applied(m_window.get(), &ui::MainWindow::filterApplied);
        QVERIFY(applied.wait(10000));
        auto *series = qobject_cast<QStackedBarSeries *>(
            m_window->chartsView()->currentChart()->series().value(0));
        QBarSet *visits = nullptr;
        for (QBarSet *set : series->barSets()) {
            if (set->label() == u"Visits"_s)
                visits = set;
        }
        QVERIFY(visits);
        Q_EMIT visits->clicked(19); // the 2014 bar, as a click on it reports
        QVERIFY(applied.wait(10000));
        QCOMPARE(m_window->filter().from.toEdtf(), u"2014"_s);
        QCOMPARE(m_window->filter().to.toEdtf(), u"2014"_s);
        QCOMPARE(m_window->countText(), u"1 of 11 events"_s);

        m_window->chartsView()->setCurrentKind(ui::ChartKind::Topics);
        m_window->setFilter({});
        QVERIFY(applied.wait(10000));
        auto *pie =
            qobject_cast<QPieSeries *>(m_window->chartsView()->currentChart()->series().value(0));
        QPieSlice *visas = nullptr; // named in the legend, in the slices' order
        const QList<QLegendMarker *> markers =
            m_window->chartsView()->currentChart()->legend()->markers(pie);
        for (qsizetype i = 0; i < markers.size(); ++i) {
            if (markers[i]->label().startsWith(u"Visas"_s))
                visas = pie->slices().value(i);
        }
        QVERIFY(visas);
        Q_EMIT visas->clicked();
        QVERIFY(applied.wait(10000));
        QCOMPARE(m_window->filter().topics, QStringList{u"visas"_s});
        QCOMPARE(m_window->countText(), u"1 of 11 events"_s);
    }

    void theContextMenuOfABarNarrowsTheFilter()
    {
        m_window->chartsView()->setCurrentKind(ui::ChartKind::PerYear);
        m_window->setFilter({});
        QSignalSpy applied(m_window.get(), &ui::MainWindow::filterApplied);
        QVERIFY(applied.wait(10000));
        auto *series = qobject_cast<QStackedBarSeries *>(
            m_window->chartsView()->currentChart()->series().value(0));
        QVERIFY(series && !series->barSets().isEmpty());
        // The pointer rests on the 2014 bar, as QtCharts reports it, and the right button asks
        // for the menu there.
        Q_EMIT series->barSets().front()->hovered(true, 19);
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *year = nullptr;
            for (QAction *a : menu->actions()) {
                offered << a->text();
                if (a->text() == u"Only the Year 2014"_s)
                    year = a;
            }
            menu->close();
            if (year)
                year->trigger();
        });
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
        const QPoint at = m_window->chartsView()->rect().center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at,
                                m_window->chartsView()->mapToGlobal(at));
        const qsizetype appliedBefore = applied.count();
        QApplication::sendEvent(m_window->chartsView(), &click);
        QVERIFY2(offered.contains(u"&Copy as Image"_s), qPrintable(offered.join(u", "_s)));
        QVERIFY(offered.contains(u"&Export Image…"_s));
        // The menu runs its own event loop, and the filter can be applied before it returns.
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() > appliedBefore, 10000);
        QCOMPARE(m_window->filter().from.toEdtf(), u"2014"_s);
        QCOMPARE(m_window->countText(), u"1 of 11 events"_s);
    }

    void chartsFollowThePalette()
    {
        ui::ChartsView *view = m_window->chartsView();
        const QPalette light = view->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view->setPalette(dark);
        QCOMPARE(view->currentChart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(view->currentChart()->axes(Qt::Vertical).front()->labelsBrush().color(),
                 QColor(0xee, 0xee, 0xee));
        view->setPalette(light);
        QCOMPARE(view->currentChart()->backgroundBrush().color(), light.color(QPalette::Base));
    }

    void pngAndJpegHaveTheAskedSize_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("target");
        QTest::addColumn<double>("scale");
        QTest::newRow("png per year @2x")
            << int(ui::ImageFormat::Png) << int(ui::ExportTarget::PerYear) << 2.0;
        QTest::newRow("png timeline @1x")
            << int(ui::ImageFormat::Png) << int(ui::ExportTarget::TimelineWindow) << 1.0;
        QTest::newRow("jpeg topics @3x")
            << int(ui::ImageFormat::Jpeg) << int(ui::ExportTarget::Topics) << 3.0;
        QTest::newRow("jpeg whole timeline @2x")
            << int(ui::ImageFormat::Jpeg) << int(ui::ExportTarget::TimelineWhole) << 2.0;
    }
    void pngAndJpegHaveTheAskedSize()
    {
        QFETCH(int, format);
        QFETCH(int, target);
        QFETCH(double, scale);
        ui::FigureOptions options;
        options.format = ui::ImageFormat(format);
        options.size = QSize(800, 450);
        options.scale = scale;
        options.title = u"Events per year"_s;
        options.caption = m_window->exportCaption(ui::ExportTarget(target));
        const QString path = m_dir.filePath(u"figure."_s + ui::imageFormatSuffix(options.format));
        QString error;
        QVERIFY2(m_window->exportImage(ui::ExportTarget(target), path, options, &error),
                 qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(),
                 options.format == ui::ImageFormat::Png ? QByteArray("png") : QByteArray("jpeg"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(int(800 * scale), int(450 * scale)));
        // Drawn, not blank: the title's dark text is on the light background.
        int dark = 0;
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, int(30 * scale))) < 100;
        QVERIFY(dark > 10);
    }

    void theIssuesExampleWithACaption()
    {
        // The analyst's figure: events per year, Azerbaijan and Cambodia, 1995–2022, captioned.
        const QString caption = m_window->exportCaption(ui::ExportTarget::PerYear);
        QCOMPARE(
            caption,
            u"Countries: Azerbaijan and Cambodia · 1995–2022 · Source: Azernews, 6 Jun 2022"_s);
        QCOMPARE(m_window->exportTitle(ui::ExportTarget::PerYear), u"Events per year"_s);
        QCOMPARE(
            m_window->exportCaption(ui::ExportTarget::Observations),
            u"Countries: Azerbaijan and Cambodia · 1995–2022 · Source: Azernews, citing United Nations COMTRADE database"_s);
    }

    void svgHasTheTitleAndOneShapePerBar()
    {
        ui::FigureOptions options;
        options.format = ui::ImageFormat::Svg;
        options.title = u"Events per year, Azerbaijan and Cambodia"_s;
        options.caption = m_window->exportCaption(ui::ExportTarget::PerYear);
        const QString path = m_dir.filePath(u"per-year.svg"_s);
        QString error;
        QVERIFY2(m_window->exportImage(ui::ExportTarget::PerYear, path, options, &error),
                 qPrintable(error));
        const QByteArray svg = test::readAll(path);
        QString title, xmlError;
        const QList<SvgRect> rects = svgRects(svg, &title, &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        QCOMPARE(title, options.title);
        QVERIFY(svg.contains("Azernews, 6 Jun 2022"));
        // Per series: one rectangle per non-empty bar (the legend's markers are 7 px squares),
        // and their heights in proportion to the counts shown on screen.
        const core::PerYearChart &numbers = m_window->filterResult()->charts->perYear;
        double pixelsPerEvent = 0;
        for (const auto &series : numbers.series) {
            const QString fill = series.kind == core::PerYearChart::Series::Kind::Topic
                                     ? series.colour
                                     : u"#454545"_s;
            QList<double> heights;
            for (const SvgRect &r : rects) {
                if (r.fill.compare(fill, Qt::CaseInsensitive) == 0 && r.width > 8)
                    heights.append(r.height);
            }
            QList<qint64> counts;
            for (qint64 c : series.counts) {
                if (c > 0)
                    counts.append(c);
            }
            QCOMPARE(heights.size(), counts.size());
            for (qsizetype i = 0; i < heights.size(); ++i) {
                if (pixelsPerEvent == 0)
                    pixelsPerEvent = heights[i] / double(counts[i]);
                QVERIFY2(qAbs(heights[i] / double(counts[i]) - pixelsPerEvent) < 0.01,
                         qPrintable(series.label));
            }
        }
        QVERIFY(pixelsPerEvent > 10);
    }

    void pdfHasOnePage()
    {
        ui::FigureOptions options;
        options.format = ui::ImageFormat::Pdf;
        options.dpi = 150;
        options.title = u"Timeline"_s;
        const QString path = m_dir.filePath(u"timeline.pdf"_s);
        QString error;
        QVERIFY2(m_window->exportImage(ui::ExportTarget::TimelineWhole, path, options, &error),
                 qPrintable(error));
        const QByteArray pdf = test::readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(
            pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
        // 1600 × 900 pixels at 150 DPI: a page of 768 × 432 points.
        QVERIFY2(pdf.contains("/MediaBox [0 0 768.000000 432.000000]"), pdf.left(2000).constData());
    }

    void everyFormatDrawsTheFigureThePngDraws_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("timeline") << int(ui::ExportTarget::TimelineWhole);
        QTest::newRow("per year") << int(ui::ExportTarget::PerYear);
        QTest::newRow("per country") << int(ui::ExportTarget::PerCountry);
        QTest::newRow("topics") << int(ui::ExportTarget::Topics);
    }
    void everyFormatDrawsTheFigureThePngDraws()
    {
        // The same figure as PNG, PDF and SVG, the PDF rasterised back to the same pixels by
        // poppler and the SVG by librsvg: where ink is, row by row and column by column, must
        // agree but for anti-aliasing. Text laid out with one device's metrics and drawn on
        // another's put PDF labels three times too large (a writer at 300 DPI) and SVG text a
        // quarter too small (a generator at 72).
        QFETCH(int, target);
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed; setup.sh installs it");
        const QString rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
        QVERIFY2(!rsvg.isEmpty(), "rsvg-convert (librsvg2-bin) is needed; setup.sh installs it");
        ui::FigureOptions options;
        options.size = QSize(800, 450);
        options.title = u"Bilateral events"_s;
        options.caption = u"All events · Source: Azernews, 6 Jun 2022"_s;
        QString error;
        const QString png = m_dir.filePath(u"same.png"_s);
        QVERIFY2(m_window->exportImage(ui::ExportTarget(target), png, options, &error),
                 qPrintable(error));
        options.format = ui::ImageFormat::Pdf;
        options.dpi = 300;
        const QString pdf = m_dir.filePath(u"same.pdf"_s);
        QVERIFY2(m_window->exportImage(ui::ExportTarget(target), pdf, options, &error),
                 qPrintable(error));
        options.format = ui::ImageFormat::Svg;
        const QString svg = m_dir.filePath(u"same.svg"_s);
        QVERIFY2(m_window->exportImage(ui::ExportTarget(target), svg, options, &error),
                 qPrintable(error));
        auto rasterise = [](const QString &program, const QStringList &arguments) {
            QProcess process;
            process.start(program, arguments);
            return process.waitForFinished(60000) && process.exitCode() == 0;
        };
        QVERIFY(rasterise(pdftoppm, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, pdf,
                                     m_dir.filePath(u"same-pdf"_s)}));
        QVERIFY(rasterise(rsvg, {u"-w"_s, u"800"_s, u"-h"_s, u"450"_s, u"-b"_s, u"white"_s, u"-o"_s,
                                 m_dir.filePath(u"same-svg.png"_s), svg}));
        const QImage fromPng = QImage(png).convertToFormat(QImage::Format_Grayscale8);
        // Ink per row and per column: a shift of a pixel or two is anti-aliasing, text of another
        // size moves whole bands.
        auto profiles = [](const QImage &image) {
            std::vector<double> rows(size_t(image.height())), columns(size_t(image.width()));
            for (int y = 0; y < image.height(); ++y) {
                const uchar *line = image.constScanLine(y);
                for (int x = 0; x < image.width(); ++x) {
                    const double ink = (255 - line[x]) / 255.0;
                    rows[size_t(y)] += ink;
                    columns[size_t(x)] += ink;
                }
            }
            return std::pair{rows, columns};
        };
        // Compared over a window of a few pixels, so a one-pixel shift does not count.
        auto mismatch = [](const std::vector<double> &a, const std::vector<double> &b) {
            double differ = 0, total = 0;
            for (size_t i = 0; i < a.size(); ++i) {
                double sa = 0, sb = 0;
                for (size_t j = i >= 2 ? i - 2 : 0; j < std::min(a.size(), i + 3); ++j) {
                    sa += a[j];
                    sb += b[j];
                }
                differ += std::abs(sa - sb);
                total += sa + sb;
            }
            return total > 0 ? differ / total : 0.0;
        };
        const auto [pngRows, pngColumns] = profiles(fromPng);
        for (const QString &other : {u"same-pdf.png"_s, u"same-svg.png"_s}) {
            const QImage image =
                QImage(m_dir.filePath(other)).convertToFormat(QImage::Format_Grayscale8);
            QCOMPARE(image.size(), fromPng.size());
            const auto [otherRows, otherColumns] = profiles(image);
            const double rows = mismatch(pngRows, otherRows);
            const double columns = mismatch(pngColumns, otherColumns);
            QVERIFY2(
                rows < 0.12 && columns < 0.12,
                qPrintable(u"%1: ink differs by %2 across rows and %3 across columns"_s.arg(other)
                               .arg(rows)
                               .arg(columns)));
        }
    }

    void aFailedExportLeavesNothing()
    {
        // A folder that cannot exist (its parent is a file): one sentence, no file.
        const QString file = m_dir.filePath(u"not-a-folder"_s);
        QVERIFY(test::writeFile(file, "x"));
        ui::FigureOptions options;
        QString error;
        QVERIFY(!m_window->exportImage(ui::ExportTarget::PerYear, file + u"/figure.png"_s, options,
                                       &error));
        QVERIFY(error.startsWith(u"Cannot write"_s));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(test::readAll(file), QByteArray("x"));

        // Bad options are refused before anything is written; an existing file stays.
        const QString existing = m_dir.filePath(u"existing.png"_s);
        QVERIFY(test::writeFile(existing, "precious"));
        options.size = QSize(10, 10);
        QVERIFY(!m_window->exportImage(ui::ExportTarget::PerYear, existing, options, &error));
        QVERIFY(error.contains(u"between"_s));
        options = {};
        options.transparent = true;
        options.format = ui::ImageFormat::Jpeg;
        QVERIFY(!m_window->exportImage(ui::ExportTarget::PerYear, existing, options, &error));
        QCOMPARE(test::readAll(existing), QByteArray("precious"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"existing.png*"_s}, QDir::Files),
                 QStringList{u"existing.png"_s});
    }

    void theDialogExportsWhatIsShown()
    {
        m_window->chartsView()->setCurrentKind(ui::ChartKind::PerCountry);
        m_window->showExportDialog();
        ui::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::ExportDialog *>()));
        QCOMPARE(dialog->target(), ui::ExportTarget::PerCountry);
        QCOMPARE(dialog->options().title, u"Events per country"_s);
        QVERIFY(dialog->options().caption.contains(u"Source: Azernews"_s));
        // The suffix follows the format.
        dialog->setPath(m_dir.filePath(u"countries.png"_s));
        auto *format = dialog->findChildren<QComboBox *>().at(1);
        format->setCurrentIndex(format->findData(int(ui::ImageFormat::Svg)));
        QCOMPARE(dialog->path(), m_dir.filePath(u"countries.svg"_s));
        QString error;
        QVERIFY2(dialog->exportNow(&error), qPrintable(error));
        QVERIFY(test::readAll(m_dir.filePath(u"countries.svg"_s)).contains("Events per country"));
        dialog->close();
        // The timeline tab exports the timeline.
        m_window->viewTabs()->setCurrentIndex(0);
        m_window->showExportDialog();
        QTRY_COMPARE(m_window->findChildren<ui::ExportDialog *>().size(), 1);
        QCOMPARE(m_window->findChild<ui::ExportDialog *>()->target(),
                 ui::ExportTarget::TimelineWindow);
        m_window->findChild<ui::ExportDialog *>()->close();
        m_window->viewTabs()->setCurrentWidget(m_window->chartsView());
        QTRY_COMPARE(m_window->findChildren<ui::ExportDialog *>().size(), 0);
    }

    void enterInTheDialogExportsWhereverTheFocusIs()
    {
        m_window->showExportDialog();
        ui::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::ExportDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        auto *format = dialog->findChildren<QComboBox *>().at(1);
        format->setCurrentIndex(format->findData(int(ui::ImageFormat::Png)));
        const QString path = m_dir.filePath(u"by-keyboard.png"_s);
        dialog->setPath(path);
        // Enter with the focus on Browse…: the main action, not a file chooser.
        QVERIFY(test::pressEnterWithFocusOn(dialog, u"Browse"_s));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(QImage(path).width() > 0);
        QTRY_COMPARE(m_window->findChildren<ui::ExportDialog *>().size(), 0);
    }

    void figuresAreLightInADarkTheme()
    {
        // A figure goes into a report: in a dark desktop theme it still comes out light, with
        // dark text, while the window itself follows the theme.
        const QPalette before = QApplication::palette();
        QPalette dark;
        for (auto role :
             {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
            dark.setColor(role, QColor(0x20, 0x20, 0x24));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_COMPARE(m_window->palette().color(QPalette::Base), QColor(0x20, 0x20, 0x24));
        for (auto target : {ui::ExportTarget::PerYear, ui::ExportTarget::TimelineWhole}) {
            ui::FigureOptions options;
            options.size = QSize(640, 360);
            options.title = u"Events"_s;
            const QString path = m_dir.filePath(u"in-dark.png"_s);
            QFile::remove(path);
            QString error;
            QVERIFY2(m_window->exportImage(target, path, options, &error), qPrintable(error));
            const QImage image = QImage(path).convertToFormat(QImage::Format_Grayscale8);
            QVERIFY(qGray(image.pixel(2, 2)) > 220); // the background
            int darkest = 255;
            for (int y = 0; y < 40; ++y) {
                for (int x = 0; x < 200; ++x)
                    darkest = std::min(darkest, qGray(image.pixel(x, y)));
            }
            QVERIFY2(darkest < 80, "the title is drawn in a dark colour");
        }
        // Asked for, a figure comes out as the window shows it, or dark in any theme.
        for (auto colours : {ui::FigureColours::Screen, ui::FigureColours::Dark}) {
            ui::FigureOptions options;
            options.size = QSize(640, 360);
            options.colours = colours;
            const QString path = m_dir.filePath(u"as-asked.png"_s);
            QFile::remove(path);
            QString error;
            QVERIFY2(m_window->exportImage(ui::ExportTarget::PerYear, path, options, &error),
                     qPrintable(error));
            QVERIFY(qGray(QImage(path).pixel(2, 2)) < 60);
            if (colours == ui::FigureColours::Screen)
                QApplication::setPalette(before); // Dark stays dark in a light theme too
        }
        QApplication::setPalette(before);
    }

    void printingGoesThroughTheSameFigure()
    {
        // Printed to a PDF file through QPrinter: the chart shown on one page; the timeline's
        // whole filtered span across pages of the days the window shows, each with ink.
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils) is needed; setup.sh installs it");
        auto pagesOf = [&](const QString &file) {
            QProcess process;
            process.start(pdfinfo, {file});
            process.waitForFinished(30000);
            const QString info = QString::fromUtf8(process.readAllStandardOutput());
            const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
            return match.hasMatch() ? match.captured(1).toInt() : -1;
        };
        auto printTo = [&](const QString &file, bool whole) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(file);
            printer.setPageOrientation(QPageLayout::Landscape);
            m_window->paintForPrinter(&printer, whole);
        };
        m_window->viewTabs()->setCurrentWidget(m_window->chartsView());
        const QString chart = m_dir.filePath(u"chart-print.pdf"_s);
        printTo(chart, true);
        QCOMPARE(pagesOf(chart), 1);

        m_window->viewTabs()->setCurrentIndex(0);
        applyFilter({});
        const double first = core::JulianDay::fromYmd(1994, 1, 1).value;
        m_window->timelineView()->setViewport(core::TimelineViewport(
            first, first + 365.25 * 8, m_window->timelineView()->viewport().width()));
        const QString window = m_dir.filePath(u"window-print.pdf"_s);
        printTo(window, false);
        QCOMPARE(pagesOf(window), 1);
        const QString whole = m_dir.filePath(u"whole-print.pdf"_s);
        printTo(whole, true);
        const int pages = pagesOf(whole);
        QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages))); // 1995–2023
        QProcess poppler;
        poppler.start(QStandardPaths::findExecutable(u"pdftoppm"_s),
                      {u"-r"_s, u"40"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-singlefile"_s, whole,
                       m_dir.filePath(u"whole-page1"_s)});
        QVERIFY(poppler.waitForFinished(60000));
        const QImage page =
            QImage(m_dir.filePath(u"whole-page1.png"_s)).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
        int darkest = 255;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                darkest = std::min(darkest, qGray(page.pixel(x, y)));
        QVERIFY(darkest < 100); // the title, lanes and labels were drawn

        // A PDF that cannot be written: told, and nothing left behind.
        QPrinter unwritable(QPrinter::HighResolution);
        unwritable.setOutputFormat(QPrinter::PdfFormat);
        const QString nowhere = m_dir.filePath(u"no-such-folder/print.pdf"_s);
        unwritable.setOutputFileName(nowhere);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QPainter::begin.*"_s));
        QVERIFY(!m_window->paintForPrinter(&unwritable, false));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"could not be written"_s));
        QVERIFY(!QFile::exists(nowhere));
        m_window->viewTabs()->setCurrentWidget(m_window->chartsView());
    }

    void copyPutsTheChartOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        m_window->copyImage();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_window->chartsView()->size() * m_window->devicePixelRatioF());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
