// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partialdate.h"

#include "testutil.h"

#include <QTest>

using namespace entente::core;
using namespace Qt::StringLiterals;

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QDate>("lower");
        QTest::addColumn<QDate>("upper");
        QTest::addColumn<int>("precision");

        QTest::newRow("day") << "1995-02-02"
                             << "1995-02-02"
                             << "2 February 1995" << QDate(1995, 2, 2) << QDate(1995, 2, 2)
                             << int(DatePrecision::Day);
        QTest::newRow("month") << "2022-04"
                               << "2022-04"
                               << "April 2022" << QDate(2022, 4, 1) << QDate(2022, 4, 30)
                               << int(DatePrecision::Month);
        QTest::newRow("february leap") << "2024-02"
                                       << "2024-02"
                                       << "February 2024" << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                       << int(DatePrecision::Month);
        QTest::newRow("february common") << "2023-02"
                                         << "2023-02"
                                         << "February 2023" << QDate(2023, 2, 1)
                                         << QDate(2023, 2, 28) << int(DatePrecision::Month);
        QTest::newRow("year") << "2021"
                              << "2021"
                              << "2021" << QDate(2021, 1, 1) << QDate(2021, 12, 31)
                              << int(DatePrecision::Year);
        QTest::newRow("day interval, same month") << "2014-04-23/2014-04-24"
                                                  << "2014-04-23/2014-04-24"
                                                  << "23–24 April 2014" << QDate(2014, 4, 23)
                                                  << QDate(2014, 4, 24) << int(DatePrecision::Day);
        QTest::newRow("day interval, two months") << "2014-03-30/2014-04-02"
                                                  << "2014-03-30/2014-04-02"
                                                  << "30 March – 2 April 2014" << QDate(2014, 3, 30)
                                                  << QDate(2014, 4, 2) << int(DatePrecision::Day);
        QTest::newRow("mixed precision interval") << "2019/2021-06"
                                                  << "2019/2021-06"
                                                  << "2019 – June 2021" << QDate(2019, 1, 1)
                                                  << QDate(2021, 6, 30) << int(DatePrecision::Year);
        QTest::newRow("approximate year")
            << "2019~"
            << "2019~"
            << "c. 2019" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << int(DatePrecision::Year);
        QTest::newRow("uncertain month") << "2004-06?"
                                         << "2004-06?"
                                         << "June 2004 (uncertain)" << QDate(2004, 6, 1)
                                         << QDate(2004, 6, 30) << int(DatePrecision::Month);
        QTest::newRow("approximate and uncertain")
            << "2004-06-11%"
            << "2004-06-11%"
            << "c. 11 June 2004 (uncertain)" << QDate(2004, 6, 11) << QDate(2004, 6, 11)
            << int(DatePrecision::Day);
        QTest::newRow("open start") << "../2022-06-01"
                                    << "../2022-06-01"
                                    << "until 1 June 2022" << QDate(2022, 6, 1) << QDate(2022, 6, 1)
                                    << int(DatePrecision::Day);
        QTest::newRow("unknown start") << "/2022-06"
                                       << "/2022-06"
                                       << "? – June 2022 (start unknown)" << QDate(2022, 6, 1)
                                       << QDate(2022, 6, 30) << int(DatePrecision::Month);
        QTest::newRow("open end") << "2022-06-01/.."
                                  << "2022-06-01/.."
                                  << "from 1 June 2022, ongoing" << QDate(2022, 6, 1)
                                  << QDate(2022, 6, 1) << int(DatePrecision::Day);
        QTest::newRow("unknown end") << "2004-06/"
                                     << "2004-06/"
                                     << "June 2004 – ? (end unknown)" << QDate(2004, 6, 1)
                                     << QDate(2004, 6, 30) << int(DatePrecision::Month);
        QTest::newRow("surrounding space") << "  1995-02-02 "
                                           << "1995-02-02"
                                           << "2 February 1995" << QDate(1995, 2, 2)
                                           << QDate(1995, 2, 2) << int(DatePrecision::Day);
        QTest::newRow("year 0001")
            << "0001"
            << "0001"
            << "1" << QDate(1, 1, 1) << QDate(1, 12, 31) << int(DatePrecision::Year);
        // Years before 1 CE as EDTF writes them: astronomical, so 0000 is 1 BCE (QDate's -1,
        // which has no year 0) and -0500 is 501 BCE.
        QTest::newRow("1 BCE") << "0000"
                               << "0000"
                               << "1 BCE" << QDate(-1, 1, 1) << QDate(-1, 12, 31)
                               << int(DatePrecision::Year);
        QTest::newRow("501 BCE, a day") << "-0500-03-15"
                                        << "-0500-03-15"
                                        << "15 March 501 BCE" << QDate(-501, 3, 15)
                                        << QDate(-501, 3, 15) << int(DatePrecision::Day);
        QTest::newRow("an interval across the era")
            << "-0099/0100"
            << "-0099/0100"
            << "100 BCE – 100" << QDate(-100, 1, 1) << QDate(100, 12, 31)
            << int(DatePrecision::Year);
        QTest::newRow("10000 BCE, the first year reached")
            << "-9999"
            << "-9999"
            << "10000 BCE" << QDate(-10000, 1, 1) << QDate(-10000, 12, 31)
            << int(DatePrecision::Year);
        QTest::newRow("leap year 4 BCE (astronomical -3)")
            << "-0004-02"
            << "-0004-02"
            << "February 5 BCE" << QDate(-5, 2, 1) << QDate(-5, 2, 29) << int(DatePrecision::Month);
    }
    void parsesAndPrints()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        QFETCH(QDate, lower);
        QFETCH(QDate, upper);
        QFETCH(int, precision);
        QString error;
        const auto date = PartialDate::fromEdtf(text, &error);
        QVERIFY2(date, qPrintable(error));
        QCOMPARE(date->toEdtf(), canonical);
        QCOMPARE(date->toDisplayString(), display);
        QCOMPARE(date->lowerBound().toDate(), lower);
        QCOMPARE(date->upperBound().toDate(), upper);
        QCOMPARE(int(date->precision()), precision);
        // The canonical text reads back as the same date.
        QCOMPARE(PartialDate::fromEdtf(date->toEdtf()), date);
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("words") << "last spring"
                               << "not a date";
        QTest::newRow("two-digit year") << "95-02-02"
                                        << "not a date";
        QTest::newRow("month 13") << "2022-13"
                                  << "Month 13";
        QTest::newRow("month 00") << "2022-00"
                                  << "Month 0";
        QTest::newRow("30 February") << "2022-02-30"
                                     << "Day 30";
        QTest::newRow("29 February common year") << "2023-02-29"
                                                 << "Day 29";
        QTest::newRow("day 00") << "2022-01-00"
                                << "Day 0";
        QTest::newRow("slash day order") << "02/02/1995"
                                         << "more than one";
        QTest::newRow("reversed interval") << "2022-06-01/2021-01-01"
                                           << "ends before it starts";
        QTest::newRow("no known end") << "../.."
                                      << "neither end";
        QTest::newRow("unknown both") << "/"
                                      << "neither end";
        QTest::newRow("unspecified digits") << "201X"
                                            << "four-digit year";
        QTest::newRow("letters in month") << "2022-AB"
                                          << "two-digit month";
        QTest::newRow("double qualifier") << "2022~~"
                                          << "not a date";
        QTest::newRow("arabic digits") << "١٩٩٥"
                                       << "four-digit year";
        QTest::newRow("bad interval end") << "2014-04-23/2014-04-31"
                                          << "Day 31";
        QTest::newRow("minus zero") << "-0000"
                                    << "four-digit year";
        QTest::newRow("a short year written long") << "Y2014"
                                                   << "four digits or fewer";
        QTest::newRow("beyond deep time") << "Y-1E20"
                                          << "beyond what Entente places";
        QTest::newRow("beyond deep time, in digits") << "Y-99999999999999"
                                                     << "beyond what Entente places";
        QTest::newRow("significant digits") << "Y-17E7S2"
                                            << "significant digits";
        QTest::newRow("deep time with a month") << "Y-13800000000-05"
                                                << "not an EDTF year";
    }
    void rejectsBadText()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        QString error;
        QVERIFY(!PartialDate::fromEdtf(text, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void deepTimeYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::addColumn<qint64>("year");
        QTest::newRow("the Big Bang") << "Y-13800000000"
                                      << "Y-13800000000"
                                      << "13,800,000,001 BCE" << qint64(-13'800'000'000);
        QTest::newRow("an exponent") << "Y-17E7"
                                     << "Y-170000000"
                                     << "170,000,001 BCE" << qint64(-170'000'000);
        QTest::newRow("the future") << "Y170000002"
                                    << "Y170000002"
                                    << "170,000,002" << qint64(170'000'002);
        QTest::newRow("approximate") << "Y-65000000~"
                                     << "Y-65000000~"
                                     << "c. 65,000,001 BCE" << qint64(-65'000'000);
        QTest::newRow("just beyond four digits") << "Y-10000"
                                                 << "Y-10000"
                                                 << "10,001 BCE" << qint64(-10'000);
    }
    void deepTimeYears()
    {
        // EDTF's years beyond four digits, known to the year: they parse, print, round-trip, and
        // bound a whole year of days even billions of years from now.
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        QFETCH(qint64, year);
        QString error;
        const auto date = PartialDate::fromEdtf(text, &error);
        QVERIFY2(date, qPrintable(error));
        QCOMPARE(date->toEdtf(), canonical);
        QCOMPARE(date->toDisplayString(), display);
        QCOMPARE(int(date->precision()), int(DatePrecision::Year));
        QCOMPARE(date->lowerBound(), JulianDay::fromYmd(year, 1, 1));
        QCOMPARE(date->upperBound(), JulianDay::fromYmd(year, 12, 31));
        QVERIFY(date->upperBound().value - date->lowerBound().value >= 364);
        QCOMPARE(date->lowerBound().astronomicalYear(), year);
        QCOMPARE(date->upperBound().astronomicalYear(), year);
        QCOMPARE(PartialDate::fromEdtf(date->toEdtf()), date);
        // An interval from deep time to the present orders and bounds as the two ends say.
        if (year < 0) {
            const auto span = PartialDate::fromEdtf(QString(canonical + u"/2022"_s));
            QVERIFY(span);
            QCOMPARE(span->lowerBound(), date->lowerBound());
        }
        QVERIFY(chronologicallyBefore(*date, *PartialDate::fromEdtf(u"-9999"_s)) == (year < 0));
    }

    void daysRoundTripAcrossDeepTime()
    {
        // Every 400-year cycle has 146,097 days: a day's year, month and day come back from its
        // Julian day however far it lies.
        for (qint64 year : {qint64(-13'800'000'000), qint64(-4'541'000'001), qint64(-4801),
                            qint64(-4800), qint64(0), qint64(2022), qint64(19'999'999'999)}) {
            for (auto [month, day] : {std::pair{1, 1}, std::pair{2, 29}, std::pair{12, 31}}) {
                if (month == 2 && !isLeapYear(year))
                    continue;
                const JulianDay jd = JulianDay::fromYmd(year, month, day);
                qint64 y = 0;
                int m = 0, d = 0;
                jd.toYmd(&y, &m, &d);
                QCOMPARE(y, year);
                QCOMPARE(m, month);
                QCOMPARE(d, day);
            }
            QCOMPARE(JulianDay::fromYmd(year + 400, 1, 1) - JulianDay::fromYmd(year, 1, 1),
                     qint64(146097));
        }
    }

    void emptyTextIsUndated()
    {
        const auto date = PartialDate::fromEdtf(u"");
        QVERIFY(date);
        QVERIFY(date->isUndated());
        QCOMPARE(date->toEdtf(), QString());
        QCOMPARE(date->toDisplayString(), u"undated"_s);
    }

    void ordersChronologically()
    {
        const QStringList texts = {u""_s,          u"2022-06-01"_s, u"2022"_s,
                                   u"2022-06"_s,   u"1995-02-02"_s, u"2014-04-23/2014-04-24"_s,
                                   u"2014-04-23"_s};
        QList<PartialDate> dates;
        for (const QString &t : texts)
            dates.append(*PartialDate::fromEdtf(t));
        std::stable_sort(dates.begin(), dates.end(), chronologicallyBefore);
        QStringList sorted;
        for (const PartialDate &d : dates)
            sorted.append(d.toEdtf());
        // By lower bound, then upper bound: a year before its later months; of dates starting
        // the same day the shorter first (a day before its month); undated last.
        QCOMPARE(sorted, (QStringList{u"1995-02-02"_s, u"2014-04-23"_s, u"2014-04-23/2014-04-24"_s,
                                      u"2022"_s, u"2022-06-01"_s, u"2022-06"_s, u""_s}));
    }

    void julianDayMatchesQDate()
    {
        for (const QDate d : {QDate(1, 1, 1), QDate(1582, 10, 15), QDate(1995, 2, 2),
                              QDate(2000, 2, 29), QDate(2100, 3, 1)}) {
            QCOMPARE(JulianDay::fromYmd(d.year(), d.month(), d.day()).value, d.toJulianDay());
        }
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
