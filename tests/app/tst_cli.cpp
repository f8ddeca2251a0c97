// SPDX-License-Identifier: GPL-3.0-or-later
// The real entente binary, run as a user runs it: --help, --version, `list`, and bad databases,
// which get one line on stderr and exit code 2 while the file stays as it was.

#include "testutil.h"

#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace entente::test;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENTENTE_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init() { entente::test::failOnWarnings(); }
    void helpAndVersion()
    {
        Result r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--database <FILE>"_s));
        QVERIFY(r.out.contains(u"Exit codes"_s));
        r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Entente "_s));
        // The options every Qt program takes are Qt's, not unknown options.
        r = run({u"-reverse"_s, u"-style"_s, u"Fusion"_s, u"--platform=xcb"_s, u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Entente "_s), qPrintable(r.err));
        QCOMPARE(run({u"-reverse"_s, u"--bogus"_s}).exitCode, 2);
    }

    void listsTheBundledEventsInDateOrder()
    {
        const Result r = run({u"list"_s, u"--database"_s, QStringLiteral(ENTENTE_BUNDLED_DB)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // checked by a person: nothing to say
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(
            lines.first(),
            u"1995-02-02\t2 February 1995\tDiplomatic relations established\tAZE,KHM\tdiplomatic-relations"_s);
        QVERIFY(lines[1].startsWith(u"2014-04-23/2014-04-24\t23–24 April 2014\t"_s));
        QVERIFY(lines[6].startsWith(
            u"\tcurrent on 1 June 2022\tAzerbaijan chairs the Non-Aligned Movement"_s));
        QVERIFY(lines.last().startsWith(u"\tundated\t"_s));
        // Without --database it reads the bundled file, found beside the binary.
        QCOMPARE(run({u"list"_s}).out, r.out);
    }

    void badInputExitsWithCodeTwo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("text") << QByteArray("hello\n") << u"not an SQLite database"_s;
        QTest::newRow("truncated")
            << readAll(QStringLiteral(ENTENTE_BUNDLED_DB)).left(5000) << u"truncated"_s;
    }
    void badInputExitsWithCodeTwo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"bad.sqlite"_s);
        QVERIFY(writeFile(file, content));
        const QByteArray before = sha256(file);
        const Result r = run({u"list"_s, u"--database"_s, file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"entente list: "_s) && r.err.contains(messagePart),
                 qPrintable(r.err));
        QCOMPARE(sha256(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"bad.sqlite"_s});
    }

    void missingDatabaseAndBadArguments()
    {
        Result r = run({u"list"_s, u"--database"_s, u"/nonexistent/entente.sqlite"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(u"/nonexistent/entente.sqlite"_s));
        r = run({u"list"_s, u"--no-such-option"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no-such-option"_s));
    }

    void aFileToOpenThatCannotBeUsedIsToldAtOnce()
    {
        // `entente FILE` (the desktop file's "Open with"): a file that is neither a database nor
        // importable, a missing one, or two files get one sentence and code 2, before any window.
        QTemporaryDir dir;
        const QString notes = dir.filePath(u"notes.txt"_s);
        QVERIFY(writeFile(notes, "Meeting notes, nothing more.\n"));
        Result r = run({notes});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"neither an Entente database nor a file Entente can import"_s),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        r = run({dir.filePath(u"missing.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        r = run({notes, notes});
        QCOMPARE(r.exitCode, 2);
        r = run({u"lsit"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown command"_s), qPrintable(r.err));
        QVERIFY(run({u"--help"_s}).out.contains(u"[FILE]"_s));
    }

    void exportTakesItsColours()
    {
        QTemporaryDir dir;
        const QString light = dir.filePath(u"light.png"_s), dark = dir.filePath(u"dark.png"_s);
        QCOMPARE(run({u"export"_s, u"--chart"_s, u"per-year"_s, u"--out"_s, light}).exitCode, 0);
        QCOMPARE(run({u"export"_s, u"--chart"_s, u"per-year"_s, u"--palette"_s, u"dark"_s,
                      u"--out"_s, dark})
                     .exitCode,
                 0);
        QVERIFY(qGray(QImage(light).pixel(2, 2)) > 220);
        QVERIFY(qGray(QImage(dark).pixel(2, 2)) < 60);
        const Result r = run({u"export"_s, u"--chart"_s, u"per-year"_s, u"--palette"_s, u"pink"_s,
                              u"--out"_s, dir.filePath(u"pink.png"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--palette takes light, dark or system"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"pink.png"_s)));
    }

    void databaseLockedByAnotherProcess()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"locked.sqlite"_s);
        QVERIFY(writeFile(file, readAll(QStringLiteral(ENTENTE_BUNDLED_DB))));
        const QByteArray before = sha256(file);
        // Another program (the sqlite3 shell) holds an exclusive lock until its input ends.
        QProcess locker;
        locker.start(u"sqlite3"_s, {file});
        QVERIFY2(locker.waitForStarted(), "the sqlite3 shell is needed for this test");
        locker.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
        QByteArray said;
        QTRY_VERIFY((said += locker.readAllStandardOutput()).contains("holding"));
        const Result r = run({u"list"_s, u"--database"_s, file});
        locker.write("ROLLBACK;\n.quit\n");
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"locked by another program"_s), qPrintable(r.err));
        QCOMPARE(sha256(file), before);
        QCOMPARE(sqliteSidecars(file), QStringList());
    }

    // Two imports into a database that does not exist yet, started together: both find it
    // missing and wait for the writer's lock (held here until both wait). The one that comes
    // second must add to what the first made, not replace it with a new database.
    void twoImportsIntoANewDatabaseKeepBoth()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"new.sqlite"_s);
        const QString file = QStringLiteral(ENTENTE_TEST_DATA) + u"/import/gdelt2.tsv"_s;
        QLockFile writing(db + u".lock"_s);
        QVERIFY(writing.lock());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess first, second;
        for (QProcess *p : {&first, &second}) {
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(ENTENTE_BINARY), {u"import"_s, file, u"--into"_s, db});
            QVERIFY(p->waitForStarted());
        }
        // Both say they wait: both found no database.
        QByteArray said[2];
        QTRY_VERIFY_WITH_TIMEOUT((said[0] += first.readAllStandardError()).contains("waiting") &&
                                     (said[1] += second.readAllStandardError()).contains("waiting"),
                                 20000);
        writing.unlock();
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const Result r = run({u"list"_s, u"--database"_s, db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
    }

    void filtersMeanWhatThePanelMeans()
    {
        // Ticking Cambodia and the topic "visas" in the panel leaves the visa exemption only.
        Result r = run({u"list"_s, u"--country"_s, u"KHM"_s, u"--topic"_s, u"visas"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(r.out.contains(u"\tVisa exemption for holders of diplomatic passports signed\t"_s));
        r = run({u"list"_s, u"--country"_s, u"AZ"_s, u"--country"_s, u"Cambodia"_s,
                 u"--all-countries"_s, u"--from"_s, u"2014"_s, u"--to"_s, u"2022"_s, u"--search"_s,
                 u"demining"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].contains(u"Baku conference"_s));
        QVERIFY(lines[2].contains(u"Third round"_s));
    }

    void badFilterValuesExitWithCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown country")
            << QStringList{u"--country"_s, u"Cambodja"_s} << u"did you mean Cambodia (KHM)?"_s;
        QTest::newRow("unknown code")
            << QStringList{u"--country"_s, u"AZX"_s} << u"Azerbaijan (AZE)"_s;
        QTest::newRow("unknown topic")
            << QStringList{u"--topic"_s, u"vissa"_s} << u"did you mean visas?"_s;
        QTest::newRow("unknown type")
            << QStringList{u"--type"_s, u"999"_s} << u"unknown event type"_s;
        QTest::newRow("bad date") << QStringList{u"--from"_s, u"2022-13"_s} << u"Month 13"_s;
        QTest::newRow("reversed period")
            << QStringList{u"--from"_s, u"2022"_s, u"--to"_s, u"1995"_s} << u"ends"_s;
    }
    void badFilterValuesExitWithCodeTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Result r = run(QStringList{u"list"_s} + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    }

    void generateIsDeterministicAndMarkedSynthetic()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.sqlite"_s), b = dir.filePath(u"b.sqlite"_s),
                      c = dir.filePath(u"c.sqlite"_s);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"800"_s, u"--seed"_s, u"7"_s, u"--out"_s, a})
                     .exitCode,
                 0);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"800"_s, u"--seed"_s, u"7"_s, u"--out"_s, b})
                     .exitCode,
                 0);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"800"_s, u"--seed"_s, u"8"_s, u"--out"_s, c})
                     .exitCode,
                 0);
        const Result listA = run({u"list"_s, u"--database"_s, a});
        QCOMPARE(listA.exitCode, 0);
        QCOMPARE(listA.out.count(u'\n'), 800);
        QCOMPARE(run({u"list"_s, u"--database"_s, b}).out, listA.out); // same seed, same events
        QVERIFY(run({u"list"_s, u"--database"_s, c}).out != listA.out);
        // Mixed precision: days, months and years all occur.
        QVERIFY(listA.out.contains(
            QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}\t"_s, QRegularExpression::MultilineOption)));
        QVERIFY(listA.out.contains(
            QRegularExpression(u"^\\d{4}-\\d{2}\t"_s, QRegularExpression::MultilineOption)));
        QVERIFY(listA.out.contains(
            QRegularExpression(u"^\\d{4}\t"_s, QRegularExpression::MultilineOption)));
        // The file says it is synthetic, where the app reads it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(a);
        QVERIFY(db.open());
        {
            QSqlQuery q(u"SELECT value FROM meta WHERE key = 'synthetic'"_s, db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"1"_s);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void generateRefusesBadArgumentsAndUnwritableFolders()
    {
        Result r = run({u"generate"_s, u"--events"_s, u"many"_s, u"--out"_s, u"/tmp/x.sqlite"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"generate"_s, u"--events"_s, u"10"_s});
        QCOMPARE(r.exitCode, 2);
        r = run(
            {u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, u"/nonexistent/folder/x.sqlite"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"Cannot write"_s));
    }

    // generate and copy write a whole database: one that holds the user's own events is never
    // replaced without --force, while a synthetic one (generate's) is, as any output is.
    void aDatabaseOfYourOwnIsReplacedOnlyWithForce()
    {
        QTemporaryDir dir;
        const QString mine = dir.filePath(u"mine.sqlite"_s);
        Result r = run({u"import"_s, QStringLiteral(ENTENTE_TEST_DATA) + u"/import/gdelt2.tsv"_s,
                        u"--into"_s, mine});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = entente::test::sha256(mine);
        r = run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, mine});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"events of your own"_s) && r.err.contains(u"--force"_s),
                 qPrintable(r.err));
        r = run({u"copy"_s, QStringLiteral(ENTENTE_BUNDLED_DB), u"--out"_s, mine});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(entente::test::sha256(mine), before);
        // A synthetic database is generate's to replace; with --force, so is the user's.
        const QString synthetic = dir.filePath(u"synthetic.sqlite"_s);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, synthetic}).exitCode, 0);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"20"_s, u"--out"_s, synthetic}).exitCode, 0);
        r = run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, mine, u"--force"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(entente::test::sha256(mine) != before);
    }

    void unknownCommand()
    {
        const Result r = run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"frobnicate"_s));
    }

    void exportsTheIssuesFigure()
    {
        // One command each: a 1600×900 @2× PNG and an SVG of events per year, Azerbaijan and
        // Cambodia, 1995–2022, with a caption; no display needed.
        QTemporaryDir dir;
        const QStringList filter{
            u"--country"_s, u"Azerbaijan"_s, u"--country"_s, u"KHM"_s, u"--all-countries"_s,
            u"--from"_s,    u"1995"_s,       u"--to"_s,      u"2022"_s};
        const QString png = dir.filePath(u"per-year.png"_s);
        Result r = run(QStringList{u"export"_s, u"--chart"_s, u"per-year"_s, u"--format"_s,
                                   u"png"_s, u"--width"_s, u"1600"_s, u"--height"_s, u"900"_s,
                                   u"--scale"_s, u"2"_s, u"--caption"_s, u"--out"_s, png} +
                       filter);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.read().size(), QSize(3200, 1800));

        const QString svg = dir.filePath(u"per-year.svg"_s);
        r = run(QStringList{u"export"_s, u"--chart"_s, u"per-year"_s, u"--format"_s, u"svg"_s,
                            u"--caption"_s, u"--title"_s,
                            u"Events per year, Azerbaijan and Cambodia"_s, u"--out"_s, svg} +
                filter);
        QCOMPARE(r.exitCode, 0);
        const QByteArray xml = readAll(svg);
        QXmlStreamReader reader2(xml);
        while (!reader2.atEnd())
            reader2.readNext();
        QVERIFY2(!reader2.hasError(), qPrintable(reader2.errorString()));
        QVERIFY(xml.contains("<title>Events per year, Azerbaijan and Cambodia</title>"));
        QVERIFY(xml.contains(
            "Countries: Azerbaijan and Cambodia · 1995–2022 · Source: Azernews, 6 Jun 2022"));
        QVERIFY(xml.contains(">2020<")); // the year axis

        // The other figures and formats, and the format taken from the suffix.
        for (const QString &chart :
             {u"per-country"_s, u"topics"_s, u"observations"_s, u"timeline"_s}) {
            const QString pdf = dir.filePath(chart + u".pdf"_s);
            r = run({u"export"_s, u"--chart"_s, chart, u"--out"_s, pdf});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(readAll(pdf).startsWith("%PDF-"));
        }
        const QString jpeg = dir.filePath(u"timeline.jpg"_s);
        r = run({u"export"_s, u"--chart"_s, u"timeline"_s, u"--lanes"_s, u"topics"_s, u"--width"_s,
                 u"1000"_s, u"--height"_s, u"600"_s, u"--out"_s, jpeg});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImageReader(jpeg).read().size(), QSize(1000, 600));
    }

    void exportRefusesBadArgumentsWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no chart") << QStringList{u"--out"_s, u"x.png"_s} << u"--chart"_s;
        QTest::newRow("unknown chart")
            << QStringList{u"--chart"_s, u"radar"_s, u"--out"_s, u"x.png"_s} << u"--chart"_s;
        QTest::newRow("no out") << QStringList{u"--chart"_s, u"topics"_s} << u"--out"_s;
        QTest::newRow("unknown format") << QStringList{u"--chart"_s, u"topics"_s, u"--format"_s,
                                                       u"gif"_s,     u"--out"_s,  u"x.gif"_s}
                                        << u"gif"_s;
        QTest::newRow("tiny") << QStringList{u"--chart"_s, u"topics"_s, u"--width"_s,
                                             u"3"_s,       u"--out"_s,  u"x.png"_s}
                              << u"between"_s;
        QTest::newRow("huge") << QStringList{u"--chart"_s,  u"topics"_s, u"--width"_s, u"16000"_s,
                                             u"--height"_s, u"16000"_s,  u"--scale"_s, u"3"_s,
                                             u"--out"_s,    u"x.png"_s}
                              << u"too large"_s;
        QTest::newRow("scale") << QStringList{u"--chart"_s, u"topics"_s, u"--scale"_s,
                                              u"two"_s,     u"--out"_s,  u"x.png"_s}
                               << u"--scale"_s;
        QTest::newRow("transparent jpeg")
            << QStringList{u"--chart"_s, u"topics"_s, u"--transparent"_s, u"--out"_s, u"x.jpg"_s}
            << u"PNG"_s;
        QTest::newRow("unknown country") << QStringList{u"--chart"_s,  u"topics"_s, u"--country"_s,
                                                        u"Atlantis"_s, u"--out"_s,  u"x.png"_s}
                                         << u"Atlantis"_s;
        QTest::newRow("nothing matches") << QStringList{u"--chart"_s, u"per-year"_s, u"--country"_s,
                                                        u"France"_s,  u"--out"_s,    u"x.png"_s}
                                         << u"nothing to draw"_s;
        QTest::newRow("no observations") << QStringList{u"--chart"_s, u"observations"_s, u"--to"_s,
                                                        u"2000"_s,    u"--out"_s,        u"x.png"_s}
                                         << u"no observations"_s;
        QTest::newRow("not a database")
            << QStringList{u"--chart"_s,    u"topics"_s,
                           u"--database"_s, QStringLiteral(ENTENTE_SOURCE_TEXT),
                           u"--out"_s,      u"x.png"_s}
            << u"not"_s;
    }
    void exportRefusesBadArgumentsWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(ENTENTE_BINARY), QStringList{u"export"_s} + arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.startsWith(u"entente export: "_s) && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void exportThatCannotWriteExits3AndLeavesTheFile()
    {
        QTemporaryDir dir;
        // A folder that cannot be made: its parent is a file.
        const QString file = dir.filePath(u"file"_s);
        QVERIFY(writeFile(file, "x"));
        Result r =
            run({u"export"_s, u"--chart"_s, u"topics"_s, u"--out"_s, file + u"/figure.png"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(u"entente export: Cannot write"_s) && r.err.count(u'\n') == 1,
                 qPrintable(r.err));

        // The disk fills up midway (a file size limit of 4 KiB stands in for it, as root too):
        // the existing image is left as it was and no partial file remains.
        const QString existing = dir.filePath(u"figure.png"_s);
        // (An image, as far as its first bytes tell: Entente replaces only an image with an image.)
        QVERIFY(writeFile(existing, "\x89PNG\r\n\x1a\nthe analyst's earlier figure"));
        QProcess shell;
        shell.start(u"bash"_s, {u"-c"_s, u"trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\""_s,
                                QStringLiteral(ENTENTE_BINARY), u"export"_s, u"--chart"_s,
                                u"per-year"_s, u"--scale"_s, u"2"_s, u"--out"_s, existing});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 3);
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(err.startsWith(u"entente export: Cannot write"_s) && err.count(u'\n') == 1,
                 qPrintable(err));
        QCOMPARE(readAll(existing), QByteArray("\x89PNG\r\n\x1a\nthe analyst's earlier figure"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{u"figure.png"_s, u"file"_s}));
    }

    void importsAndExportsData()
    {
        QTemporaryDir dir;
        const QString file = QStringLiteral(ENTENTE_TEST_DATA) + u"/import/timelinejs.json"_s;
        const QString db = dir.filePath(u"mine.sqlite"_s);
        // Problems: every one named with its place, nothing imported, exit 2.
        Result r = run({u"import"_s, file, u"--into"_s, db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(u"entente import: events[3]: its date 2019-2-30 does not exist.\n"_s),
            qPrintable(r.err));
        QVERIFY(r.err.contains(u"entente import: events[4]: it has no title.\n"_s));
        QVERIFY(
            r.err.endsWith(u"entente import: The file has 2 problems; nothing was imported.\n"_s));
        QVERIFY(!QFile::exists(db));
        r = run({u"import"_s, file, u"--into"_s, db, u"--skip-problems"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Imported 4 events from timelinejs.json (TimelineJS JSON)"_s),
                 qPrintable(r.out));
        r = run({u"list"_s, u"--database"_s, db});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
        // Said once, on stderr, apart from the rows.
        QVERIFY2(r.err.contains(u"imported events that no one has checked"_s), qPrintable(r.err));

        // GDELT with the import filters, into the same database.
        r = run({u"import"_s, QStringLiteral(ENTENTE_TEST_DATA) + u"/import/gdelt1.tsv"_s,
                 u"--into"_s, db, u"--country"_s, u"AZE"_s, u"--root-code"_s, u"04"_s,
                 u"--skip-problems"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Imported 1 event from"_s) &&
                     r.out.contains(u"2 events left out by the filter"_s),
                 qPrintable(r.out));

        // Out and in again: the bilateral events of the bundled data, with their dates as stated.
        const QString csv = dir.filePath(u"bilateral.csv"_s);
        r = run({u"export-data"_s, u"--format"_s, u"entente-csv"_s, u"--country"_s, u"AZE"_s,
                 u"--country"_s, u"KHM"_s, u"--all-countries"_s, u"--out"_s, csv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Wrote 9 events to %1.\n"_s.arg(csv));
        const QString again = dir.filePath(u"again.sqlite"_s);
        QCOMPARE(run({u"import"_s, csv, u"--into"_s, again}).exitCode, 0);
        const Result original = run(
            {u"list"_s, u"--country"_s, u"AZE"_s, u"--country"_s, u"KHM"_s, u"--all-countries"_s});
        const Result reimported = run({u"list"_s, u"--database"_s, again});
        // Topics are listed in the order of the database's topic table, which a new database
        // fills in the order the file names them: the same topics, maybe in another order.
        auto normalised = [](const QString &out) {
            QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
            for (QString &line : lines) {
                QStringList columns = line.split(u'\t');
                QStringList topics = columns.last().split(u',');
                topics.sort();
                columns.last() = topics.join(u',');
                line = columns.join(u'\t');
            }
            return lines;
        };
        QCOMPARE(normalised(reimported.out), normalised(original.out));
        QCOMPARE(normalised(reimported.out).size(), 9);

        // The bundled dataset is never an import target; a folder that cannot exist is exit 3.
        const QByteArray bundledBefore = sha256(QStringLiteral(ENTENTE_BUNDLED_DB));
        r = run({u"import"_s, csv, u"--into"_s, QStringLiteral(ENTENTE_BUNDLED_DB)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"bundled dataset is never changed"_s));
        QCOMPARE(sha256(QStringLiteral(ENTENTE_BUNDLED_DB)), bundledBefore);
        r = run({u"import"_s, csv, u"--into"_s, csv + u"/db.sqlite"_s});
        QCOMPARE(r.exitCode, 3);
        r = run(
            {u"export-data"_s, u"--format"_s, u"entente-json"_s, u"--out"_s, csv + u"/x.json"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.startsWith(u"entente export-data: Cannot write"_s));
        r = run({u"export-data"_s, u"--format"_s, u"xml"_s, u"--out"_s, dir.filePath(u"x"_s)});
        QCOMPARE(r.exitCode, 2);
        r = run({u"import"_s, QStringLiteral(ENTENTE_BUNDLED_DB), u"--into"_s,
                 dir.filePath(u"x.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"not a file Entente can import"_s));
    }

    // entente extract on the bundled report: JSON whose offsets find each quote and date in the
    // text; --published counts from another date; standard input; bad input exits 2.
    void extractsProposals()
    {
        const QString source = QStringLiteral(ENTENTE_SOURCE_TEXT);
        const QString text = QString::fromUtf8(entente::test::readAll(source));
        Result r = run({u"extract"_s, source, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc[u"report"_s][u"published"_s].toString(), u"2022-06-06"_s);
        QCOMPARE(doc[u"report"_s][u"publisher"_s].toString(), u"Azernews"_s);
        const QJsonArray proposals = doc[u"proposals"_s].toArray();
        QVERIFY(proposals.size() >= 8);
        QSet<QString> dates;
        for (const QJsonValue &v : proposals) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p[u"checked"_s].toBool(true), false);
            dates.insert(p[u"date"_s].toString());
            for (const QJsonValue &q : p[u"quotes"_s].toArray()) {
                const QJsonObject quote = q.toObject();
                QCOMPARE(text.mid(quote[u"start"_s].toInt(), quote[u"length"_s].toInt()),
                         quote[u"text"_s].toString());
            }
            if (p[u"date"_s].toString() == u"2022-06-01") {
                const QJsonObject span = p[u"date_span"_s].toObject();
                QCOMPARE(text.mid(span[u"start"_s].toInt(), span[u"length"_s].toInt()),
                         u"on June 1"_s);
                QVERIFY(p[u"date_note"_s].toString().contains(u"year inferred"_s));
            }
        }
        for (const QString &date : {u"1995-02-02"_s, u"2014-04-23/2014-04-24"_s, u"2022-04"_s,
                                    u"2022-06-01"_s, u"2022-06-06"_s, QString()})
            QVERIFY2(dates.contains(date), qPrintable(date));

        r = run({u"extract"_s, source, u"--published"_s, u"2023-06-06"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"2023-06-01\t040 Consult"_s), qPrintable(r.out));

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENTENTE_BINARY), {u"extract"_s, u"-"_s});
        process.write("Published: 2022-06-06\n\nGeorgia and Armenia held talks on June 1.\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"2022-06-01\t040"_s));
        // --country: whose the prime minister is, when the report does not say.
        process.start(QStringLiteral(ENTENTE_BINARY),
                      {u"extract"_s, u"-"_s, u"--country"_s, u"ind"_s, u"--format"_s, u"json"_s});
        process.write("Published: 2022-06-06\n\nPrime Minister Ravi Example received the Foreign "
                      "Minister of Ghana on June 1.\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject own = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(own[u"report"_s][u"country"_s].toString(), u"IND"_s);
        QStringList codes;
        for (const QJsonValue &c : own[u"proposals"_s].toArray().first()[u"countries"_s].toArray())
            codes.append(c[u"code"_s].toString());
        codes.sort();
        QCOMPARE(codes, (QStringList{u"GHA"_s, u"IND"_s}));

        // --into: the proposals go into a new database, marked as not yet reviewed; the bundled
        // dataset refuses them.
        QTemporaryDir dir;
        const QString into = dir.filePath(u"from reports.sqlite"_s);
        r = run({u"extract"_s, source, u"--into"_s, into});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not yet reviewed"_s), qPrintable(r.err));
        const Result all = run({u"list"_s, u"--database"_s, into});
        const Result unreviewed = run({u"list"_s, u"--database"_s, into, u"--unreviewed"_s});
        QCOMPARE(unreviewed.out.count(u'\n'), qsizetype(proposals.size()));
        QCOMPARE(unreviewed.out, all.out);
        QVERIFY(unreviewed.out.contains(u"2022-06-01\t1 June 2022\t"_s));
        // Two runs at once into a database neither finds: both sets of events are kept.
        const QString both = dir.filePath(u"both.sqlite"_s);
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < 2; ++i) {
            runs.push_back(std::make_unique<QProcess>());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            runs.back()->setProcessEnvironment(env);
            runs.back()->start(QStringLiteral(ENTENTE_BINARY),
                               {u"extract"_s, source, u"--into"_s, both});
        }
        for (auto &p : runs) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        QCOMPARE(run({u"list"_s, u"--database"_s, both}).out.count(u'\n'),
                 2 * qsizetype(proposals.size()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).filter(u".new"_s),
                 QStringList());
        const QByteArray bundledHash = entente::test::sha256(QStringLiteral(ENTENTE_BUNDLED_DB));
        r = run({u"extract"_s, source, u"--into"_s, QStringLiteral(ENTENTE_BUNDLED_DB)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"bundled"_s), qPrintable(r.err));
        QCOMPARE(entente::test::sha256(QStringLiteral(ENTENTE_BUNDLED_DB)), bundledHash);

        const QString binary = dir.filePath(u"binary.txt"_s);
        QVERIFY(writeFile(binary, QByteArray("\xff\xfe\x00garbage", 10)));
        const QList<std::pair<QStringList, QString>> bad = {
            {{u"extract"_s, dir.filePath(u"missing.txt"_s)}, u"does not exist"_s},
            {{u"extract"_s, u"/dev/zero"_s}, u"not a regular file"_s},
            {{u"extract"_s, source, u"--into"_s, source}, u"not an SQLite database"_s},
            {{u"extract"_s, binary}, u"not UTF-8"_s},
            {{u"extract"_s, source, u"--format"_s, u"xml"_s}, u"--format"_s},
            {{u"extract"_s, source, u"--published"_s, u"2022-06"_s}, u"--published"_s},
            {{u"extract"_s, source, u"--country"_s, u"Atlantis"_s}, u"--country"_s},
            {{u"extract"_s}, u"give one report file"_s},
        };
        for (const auto &[arguments, message] : bad) {
            r = run(arguments);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(u"entente extract: "_s) && r.err.count(u'\n') == 1,
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
    }

    // add, edit and delete on a copy of the bundled data, as a script would use them; every bad
    // input is one sentence and exit code 2, and the bundled dataset is never written.
    void addsEditsAndDeletesEvents()
    {
        QTemporaryDir dir;
        const QString bundled = QStringLiteral(ENTENTE_BUNDLED_DB);
        const QByteArray bundledHash = entente::test::sha256(bundled);
        const QString mine = dir.filePath(u"mine.sqlite"_s);
        QVERIFY(QFile::copy(bundled, mine));
        QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList event = {u"--title"_s,
                                   u"Consultations in Phnom Penh"_s,
                                   u"--date"_s,
                                   u"2023-05"_s,
                                   u"--country"_s,
                                   u"AZE:visitor"_s,
                                   u"--country"_s,
                                   u"Cambodia:host"_s,
                                   u"--type"_s,
                                   u"040"_s,
                                   u"--topic"_s,
                                   u"consultations"_s,
                                   u"--source-publisher"_s,
                                   u"My notes"_s,
                                   u"--quote"_s,
                                   u"The delegations met in Phnom Penh."_s};
        Result r = run(QStringList{u"add"_s, u"--database"_s, mine} + event);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QCOMPARE(id, u"12"_s);
        r = run({u"list"_s, u"--database"_s, mine, u"--ids"_s, u"--from"_s, u"2023"_s});
        QCOMPARE(r.out, u"12\t2023-05\tMay 2023\tConsultations in Phnom Penh\tAZE,KHM\t"
                        "consultations\n"_s);
        r = run({u"edit"_s, id, u"--database"_s, mine, u"--date"_s, u"2023-05-02"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"list"_s, u"--database"_s, mine, u"--ids"_s, u"--from"_s, u"2023"_s});
        QVERIFY2(r.out.startsWith(u"12\t2023-05-02\t2 May 2023\t"_s), qPrintable(r.out));
        r = run({u"delete"_s, u"3"_s, u"--database"_s, mine});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"First round of foreign-ministry consultations"_s),
                 qPrintable(r.out));
        QCOMPARE(run({u"list"_s, u"--database"_s, mine}).out.count(u'\n'), 11);

        const QByteArray mineHash = entente::test::sha256(mine);
        struct Bad
        {
            QStringList arguments;
            const char16_t *says;
        };
        const Bad bad[] = {
            {QStringList{u"add"_s, u"--database"_s, bundled} + event, u"bundled dataset"},
            {QStringList{u"add"_s} + event, u"--database"},
            {{u"add"_s, u"--database"_s, mine, u"--title"_s, u"X"_s, u"--country"_s, u"AZE"_s,
              u"--type"_s, u"040"_s},
             u"--unsourced"},
            {QStringList{u"add"_s, u"--database"_s, mine, u"--date"_s, u"2023-13"_s} + event.mid(4),
             u"Month 13"},
            {QStringList{u"add"_s, u"--database"_s, mine, u"--country"_s, u"Azerbajan"_s} + event,
             u"did you mean Azerbaijan"},
            {QStringList{u"add"_s, u"--database"_s, mine} + event +
                 QStringList{u"--type"_s, u"999"_s},
             u"unknown event type"},
            {QStringList{u"add"_s, u"--database"_s, mine} + event +
                 QStringList{u"--topic"_s, u"no such topic"_s},
             u"--new-topic"},
            {QStringList{u"add"_s, u"--database"_s, mine} + event +
                 QStringList{u"--title"_s, u" "_s},
             u"title"},
            {{u"edit"_s, u"99"_s, u"--database"_s, mine, u"--title"_s, u"X"_s}, u"no event 99"},
            {{u"edit"_s, u"1"_s, u"--database"_s, bundled, u"--title"_s, u"X"_s},
             u"bundled dataset"},
            {{u"delete"_s, u"abc"_s, u"--database"_s, mine}, u"whole number"},
            {{u"delete"_s, u"3"_s, u"--database"_s, mine}, u"no event 3"},
            {{u"delete"_s, u"1"_s, u"--database"_s, bundled}, u"bundled dataset"},
            {{u"delete"_s, u"1"_s, u"--database"_s, dir.filePath(u"missing.sqlite"_s)},
             u"does not exist"},
        };
        for (const Bad &b : bad) {
            r = run(b.arguments);
            QVERIFY2(r.exitCode == 2, qPrintable(b.arguments.join(u' ') + u": "_s + r.err));
            QVERIFY2(r.err.contains(QString::fromUtf16(b.says)), qPrintable(r.err));
            QCOMPARE(r.err.count(u'\n'), 1);
        }
        QCOMPARE(entente::test::sha256(mine), mineHash);
        QCOMPARE(entente::test::sha256(bundled), bundledHash);
        QVERIFY(!QFileInfo::exists(mine + u".lock"_s));
        QVERIFY(!QFileInfo::exists(mine + u"-journal"_s));
        // Several scripts adding at once: each waits for the one before, none is refused.
        std::vector<std::unique_ptr<QProcess>> adds;
        for (int i = 0; i < 6; ++i) {
            adds.push_back(std::make_unique<QProcess>());
            adds.back()->start(QStringLiteral(ENTENTE_BINARY),
                               QStringList{u"add"_s, u"--database"_s, mine} + event);
        }
        for (auto &p : adds) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(run({u"list"_s, u"--database"_s, mine, u"--from"_s, u"2023"_s}).out.count(u'\n'),
                 1 + 6);
        r = run({u"add"_s, u"--help"_s});
        QVERIFY(r.out.contains(u"--quote"_s) && r.out.contains(u"--unsourced"_s));
        QVERIFY(run({u"--help"_s}).out.contains(u"delete"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
