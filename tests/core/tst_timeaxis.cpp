// SPDX-License-Identifier: GPL-3.0-or-later
// Time-axis maths, tick choice and lane layout (stacking and clustering), data-driven.

#include "maths/timeaxis.h"
#include "maths/timelinelayout.h"

#include "testutil.h"

#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

namespace {
double jd(int y, int m, int d)
{
    return JulianDay::fromYmd(y, m, d).value;
}
} // namespace

class TestTimeAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void pixelsAndDaysRoundTrip()
    {
        const TimelineViewport vp(jd(1995, 1, 1), jd(2023, 1, 1), 1400);
        QCOMPARE(vp.xForDay(jd(1995, 1, 1)), 0.0);
        QCOMPARE(vp.xForDay(jd(2023, 1, 1)), 1400.0);
        for (double x : {0.0, 1.5, 700.0, 1399.0})
            QVERIFY(qAbs(vp.xForDay(vp.dayAtX(x)) - x) < 1e-6);
    }

    void zoomKeepsTheDayUnderTheCursor()
    {
        TimelineViewport vp(jd(1995, 1, 1), jd(2023, 1, 1), 1000);
        const double day = vp.dayAtX(300);
        vp.zoomAt(300, 4);
        QCOMPARE(qRound(vp.dayAtX(300)), qRound(day));
        QVERIFY(qAbs(vp.spanDays() - (jd(2023, 1, 1) - jd(1995, 1, 1)) / 4) < 1e-6);
    }

    void zoomIsLimited()
    {
        TimelineViewport vp(jd(2000, 1, 1), jd(2001, 1, 1), 1000);
        vp.zoomAt(500, 1e9);
        QCOMPARE(vp.spanDays(), TimelineViewport::kMinSpanDays);
        vp.zoomAt(500, 1e-15);
        QCOMPARE(vp.spanDays(), TimelineViewport::kMaxSpanDays);
        vp.panPixels(-1e15);
        QCOMPARE(vp.firstDay(), TimelineViewport::kFirstReachableDay);
    }

    void fitFramesWithAMargin()
    {
        TimelineViewport vp(0, 1, 1000);
        vp.fit(JulianDay::fromYmd(1995, 2, 2), JulianDay::fromYmd(2022, 6, 6));
        QVERIFY(vp.firstDay() < jd(1995, 2, 2));
        QVERIFY(vp.lastDay() > jd(2022, 6, 7));
        QVERIFY(vp.firstDay() > jd(1993, 1, 1));
        QVERIFY(vp.lastDay() < jd(2024, 1, 1));
    }

    void tickLevelFollowsZoom_data()
    {
        QTest::addColumn<double>("spanDays");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("bandUnit");
        QTest::newRow("a week") << 7.0 << int(TickUnit::Day) << 1 << int(TickUnit::Month);
        QTest::newRow("two months") << 60.0 << int(TickUnit::Day) << 7 << int(TickUnit::Month);
        QTest::newRow("a year") << 365.0 << int(TickUnit::Month) << 1 << int(TickUnit::Year);
        QTest::newRow("28 years") << 28 * 365.25 << int(TickUnit::Year) << 2 << int(TickUnit::Year);
        QTest::newRow("three centuries")
            << 300 * 365.25 << int(TickUnit::Year) << 20 << int(TickUnit::Year);
    }
    void tickLevelFollowsZoom()
    {
        QFETCH(double, spanDays);
        QFETCH(int, unit);
        QFETCH(int, step);
        QFETCH(int, bandUnit);
        const TimelineViewport vp(jd(2000, 1, 1), jd(2000, 1, 1) + spanDays, 1000);
        const TickLevel level = TimeAxis::levelFor(vp, 56);
        QCOMPARE(int(level.unit), unit);
        QCOMPARE(level.step, step);
        QCOMPARE(int(TimeAxis::bandLevelFor(level).unit), bandUnit);
        // Ticks of the chosen level never come closer than the spacing asked for.
        const QList<Tick> ticks = TimeAxis::ticks(vp, level);
        QVERIFY(ticks.size() >= 2);
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY2(ticks[i].x - ticks[i - 1].x >= 56 - 1e-9, qPrintable(ticks[i].label));
    }

    void tickLabels()
    {
        const TimelineViewport vp(jd(2014, 1, 1), jd(2015, 1, 1), 1000);
        const QList<Tick> months = TimeAxis::ticks(vp, {TickUnit::Month, 1});
        QCOMPARE(months.first().label, u"Jan"_s);
        QCOMPARE(months[3].label, u"Apr"_s);
        QCOMPARE(months[3].day.toDate(), QDate(2014, 4, 1));
        const QList<Tick> band = TimeAxis::ticks(vp, {TickUnit::Month, 1}, QLocale(), true);
        QCOMPARE(band[3].label, u"April 2014"_s);
        const TimelineViewport wide(jd(1990, 1, 1), jd(2030, 1, 1), 1000);
        const QList<Tick> decades = TimeAxis::ticks(wide, {TickUnit::Year, 10}, QLocale(), true);
        QCOMPARE(decades.first().label, u"1990s"_s);
        QCOMPARE(TimeAxis::ticks(wide, {TickUnit::Year, 10}).first().label, u"1990"_s);

        // Across the era: round in words on both sides (300 BCE … 100 BCE, then 100, 200), with
        // no year 0 between them.
        const TimelineViewport era(JulianDay::fromYmd(-250, 1, 1).value,
                                   JulianDay::fromYmd(250, 1, 1).value, 1000);
        QStringList labels;
        for (const Tick &t : TimeAxis::ticks(era, {TickUnit::Year, 100}))
            labels << t.label;
        QCOMPARE(labels,
                 (QStringList{u"300 BCE"_s, u"200 BCE"_s, u"100 BCE"_s, u"100"_s, u"200"_s}));
        QCOMPARE(TimeAxis::ticks(era, {TickUnit::Year, 100})[2].day, JulianDay::fromYmd(-99, 1, 1));
    }

    void deepTimeTicks()
    {
        // From the Big Bang to now: billions of years, labelled in words and round before the
        // era, each tick on 1 January of its year, and never closer than asked.
        const TimelineViewport cosmos(JulianDay::fromYmd(-14'000'000'000, 1, 1).value,
                                      JulianDay::fromYmd(2022, 1, 1).value, 1000);
        const TickLevel level = TimeAxis::levelFor(cosmos, 56);
        QCOMPARE(int(level.unit), int(TickUnit::Year));
        QCOMPARE(level.step, qint64(1'000'000'000));
        QCOMPARE(TimeAxis::bandLevelFor(level).step, qint64(10'000'000'000));
        const QList<Tick> ticks = TimeAxis::ticks(cosmos, level);
        QCOMPARE(ticks.size(), 15); // from the tick at or before the first day
        QCOMPARE(ticks.first().label, u"15 billion BCE"_s);
        QCOMPARE(ticks.last().label, u"1 billion BCE"_s);
        QCOMPARE(ticks.last().day, JulianDay::fromYmd(1 - 1'000'000'000, 1, 1));
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].x - ticks[i - 1].x >= 56 - 1e-9);
        // Millions of years, a few pixels' worth of days at a time: still ticks, still in words.
        const TimelineViewport dinosaurs(JulianDay::fromYmd(-70'000'000, 1, 1).value,
                                         JulianDay::fromYmd(-60'000'000, 1, 1).value, 1000);
        QStringList labels;
        for (const Tick &t : TimeAxis::ticks(dinosaurs, TimeAxis::levelFor(dinosaurs, 56)))
            labels << t.label;
        QVERIFY2(labels.contains(u"65 million BCE"_s), qPrintable(labels.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
