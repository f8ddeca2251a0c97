// SPDX-License-Identifier: GPL-3.0-or-later
// Stacking and clustering of marks on a real database written for the test.

#include "index/dataset.h"
#include "maths/timelinelayout.h"
#include "store/databasewriter.h"

#include "testutil.h"
#include <QTemporaryDir>

#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A database with the given (date, countries) events.
    std::unique_ptr<Dataset> make(const QString &name,
                                  const QList<std::pair<QString, QStringList>> &events)
    {
        QString error;
        const QList<Country> countries = readIsoCountries(QStringLiteral(ENTENTE_ISO_JSON), &error);
        DatabaseWriter writer;
        const QString path = m_dir.filePath(name);
        if (!writer.create(path) || !writer.insertCountries(countries))
            return nullptr;
        QString script =
            u"INSERT INTO event_type (code, scheme, name) VALUES ('040', 'cameo', 'Consult');\n"_s;
        int id = 1;
        for (const auto &[date, codes] : events) {
            script +=
                u"INSERT INTO event (id, title, date, type_code) VALUES (%1, 'Event %1', '%2', '040');\n"_s
                    .arg(id)
                    .arg(date);
            for (const QString &code : codes)
                script +=
                    u"INSERT INTO event_country (event_id, country_id, role) SELECT %1, id, 'party' FROM country WHERE alpha3 = '%2';\n"_s
                        .arg(id)
                        .arg(code);
            ++id;
        }
        if (!writer.runScript(script, u"test"_s) || !writer.finish()) {
            qWarning() << writer.errorString();
            return nullptr;
        }
        return Dataset::open(path, &error);
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void lanesPerCountryMostEventsFirst()
    {
        auto ds = make(u"lanes.sqlite"_s, {{u"2000-01-01"_s, {u"FRA"_s, u"DEU"_s}},
                                           {u"2001-01-01"_s, {u"DEU"_s}},
                                           {u"2002-01-01"_s, {}}});
        QVERIFY(ds);
        const LaneIndex lanes(ds->index(), LaneMode::Countries);
        QCOMPARE(lanes.lanes().size(), size_t(3));
        QCOMPARE(lanes.lanes()[0].label, u"Germany"_s);
        QCOMPARE(lanes.lanes()[1].label, u"France"_s);
        QCOMPARE(lanes.lanes()[2].label, u"No country"_s);
        // The bilateral event is in both lanes.
        QList<int> of = lanes.lanesOf(ds->index(), 0);
        std::sort(of.begin(), of.end());
        QCOMPARE(of, (QList<int>{0, 1}));
    }

    void stacksWithoutOverlap()
    {
        auto ds = make(u"stack.sqlite"_s, {{u"2000-01-01"_s, {u"FRA"_s}},
                                           {u"2000-01-02"_s, {u"FRA"_s}},
                                           {u"2000-01-03"_s, {u"FRA"_s}},
                                           {u"2005-01-01"_s, {u"FRA"_s}}});
        QVERIFY(ds);
        const LaneIndex lanes(ds->index(), LaneMode::Countries);
        const TimelineViewport vp(JulianDay::fromYmd(1999, 1, 1).value,
                                  JulianDay::fromYmd(2007, 1, 1).value, 800);
        TimelineLayout::Options options;
        options.rowsPerLane = 4;
        const TimelineLayout layout = TimelineLayout::compute(ds->index(), lanes, vp, options);
        QCOMPARE(layout.marks().size(), 4);
        QList<int> rows;
        for (const TimelineMark &m : layout.marks()) {
            QVERIFY(!m.isCluster());
            rows.append(m.row);
        }
        // Three events a day apart collide at this zoom and stack; the fourth is alone.
        QCOMPARE(rows, (QList<int>{0, 1, 2, 0}));
        for (const TimelineMark &a : layout.marks())
            for (const TimelineMark &b : layout.marks())
                if (&a != &b && a.row == b.row)
                    QVERIFY(a.x1 <= b.x0 || b.x1 <= a.x0);
    }

    void clustersWhatDoesNotFitAndSeparatesWhenZoomed()
    {
        auto ds = make(u"cluster.sqlite"_s, {{u"2000-01-01"_s, {u"FRA"_s}},
                                             {u"2000-01-02"_s, {u"FRA"_s}},
                                             {u"2000-01-03"_s, {u"FRA"_s}},
                                             {u"2000-01-04"_s, {u"FRA"_s}},
                                             {u"2000-01-05"_s, {u"FRA"_s}}});
        QVERIFY(ds);
        const LaneIndex lanes(ds->index(), LaneMode::Countries);
        TimelineLayout::Options options;
        options.rowsPerLane = 2;
        const TimelineViewport far(JulianDay::fromYmd(1990, 1, 1).value,
                                   JulianDay::fromYmd(2010, 1, 1).value, 800);
        TimelineLayout layout = TimelineLayout::compute(ds->index(), lanes, far, options);
        QCOMPARE(layout.marks().size(), 1);
        const TimelineMark cluster = layout.marks().first();
        QVERIFY(cluster.isCluster());
        QCOMPARE(cluster.count, 5);
        // Zooming to the cluster's days, as a click on it does, separates its events.
        const TimelineViewport near(cluster.firstDay - 1, cluster.lastDay + 2, 800);
        layout = TimelineLayout::compute(ds->index(), lanes, near, options);
        QCOMPARE(layout.marks().size(), 5);
        for (const TimelineMark &m : layout.marks())
            QVERIFY(!m.isCluster());
    }

    void densityAboveTheDetailLimit()
    {
        QList<std::pair<QString, QStringList>> many;
        for (int d = 1; d <= 28; ++d)
            many.append({u"2000-02-%1"_s.arg(d, 2, 10, QLatin1Char('0')), {u"FRA"_s}});
        auto ds = make(u"density.sqlite"_s, many);
        QVERIFY(ds);
        const LaneIndex lanes(ds->index(), LaneMode::Countries);
        TimelineLayout::Options options;
        options.detailLimit = 10;
        const TimelineViewport vp(JulianDay::fromYmd(2000, 1, 1).value,
                                  JulianDay::fromYmd(2000, 4, 1).value, 910);
        const TimelineLayout layout = TimelineLayout::compute(ds->index(), lanes, vp, options);
        qint32 total = 0;
        for (const TimelineMark &m : layout.marks()) {
            QVERIFY(m.isCluster());
            QCOMPARE(m.row, -1);
            total += m.count;
        }
        QCOMPARE(total, 28); // every event counted once
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
