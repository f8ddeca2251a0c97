// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile corpus: every way a careless or unlucky user was found to lose data, crash or hang
// the headless commands, run against the real binary. Each case checks what the user would
// notice: the exit code, one sentence on stderr, and that every file they own is byte-for-byte
// as it was, with no temporary left behind.

#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace entente::test;
using namespace Qt::StringLiterals;

class TestHostile : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool finished = false;
    };

    // Runs entente with \a arguments; a run that has not finished after \a timeoutMs is killed
    // (finished stays false), so that a hang fails the test instead of stalling the suite.
    static Result run(const QStringList &arguments, int timeoutMs = 60000,
                      const QProcessEnvironment &environment = {})
    {
        QProcess process;
        QProcessEnvironment env =
            environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
        if (environment.isEmpty())
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENTENTE_BINARY), arguments);
        Result r;
        r.finished = process.waitForFinished(timeoutMs);
        if (!r.finished) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    // One line on stderr, starting with the command's name.
    static bool oneSentence(const Result &r, const QString &command)
    {
        return r.err.startsWith(u"entente "_s + command + u": "_s) && r.err.count(u'\n') == 1;
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    static QString bundled() { return QStringLiteral(ENTENTE_BUNDLED_DB); }
    static QString fixture(const char *name)
    {
        return QStringLiteral(ENTENTE_TEST_DATA) + u"/import/"_s + QLatin1String(name);
    }

    // A GDELT 2.0 file of \a rows events, made from the fixture's first row.
    static bool writeGdelt(const QString &path, int rows, int firstId = 1000000)
    {
        const QByteArray first = readAll(fixture("gdelt2.tsv")).split('\n').first();
        QList<QByteArray> columns = first.split('\t');
        QByteArray all;
        all.reserve(qsizetype(rows) * (first.size() + 8));
        for (int i = 0; i < rows; ++i) {
            columns[0] = QByteArray::number(firstId + i);
            all += columns.join('\t') + '\n';
        }
        return writeFile(path, all);
    }

    static int countEvents(const QString &database)
    {
        const Result r = run({u"list"_s, u"--database"_s, database});
        return r.exitCode == 0 ? int(r.out.count(u'\n')) : -1;
    }

    QTemporaryDir m_dir;
    QString m_mine;      // a database of the user's: a copy of the bundled one
    QString m_generated; // 2,000 generated events: more than a nearly full disk takes

private Q_SLOTS:
    void initTestCase()
    {
        m_generated = m_dir.filePath(u"generated.sqlite"_s);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"2000"_s, u"--out"_s, m_generated}).exitCode,
                 0);
    }

    void init()
    {
        failOnWarnings();
        m_mine = m_dir.filePath(u"mine.sqlite"_s);
        QFile::remove(m_mine);
        QVERIFY(QFile::copy(bundled(), m_mine));
        QFile::setPermissions(m_mine, QFile::ReadOwner | QFile::WriteOwner);
    }

    void generateNeverReplacesTheBundledDataset()
    {
        const QByteArray before = sha256(bundled());
        const Result r = run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, bundled()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, u"generate"_s) &&
                     r.err.contains(u"bundled dataset is never changed"_s),
                 qPrintable(r.err));
        QCOMPARE(sha256(bundled()), before);
    }

    void generateAsksBeforeReplacingAnotherKindOfFile()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"existing.png"_s);
        QVERIFY(writeFile(png, "\x89PNG\r\n\x1a\nan analyst's chart"));
        Result r = run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, png});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, u"generate"_s) && r.err.contains(u"--force"_s), qPrintable(r.err));
        QCOMPARE(readAll(png), QByteArray("\x89PNG\r\n\x1a\nan analyst's chart"));
        // Nor a database of the user's own events (a synthetic one is replaced without asking:
        // tst_cli); anything with --force.
        const QByteArray mine = sha256(m_mine);
        QCOMPARE(run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, m_mine}).exitCode, 2);
        QCOMPARE(sha256(m_mine), mine);
        QCOMPARE(
            run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, png, u"--force"_s}).exitCode,
            0);
        QCOMPARE(countEvents(png), 10);
        QCOMPARE(filesIn(dir.path()), QStringList{u"existing.png"_s});
    }

    void theOutputIsNeverTheInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("spelling"); // how --out names the database: "", "link", "hard"
        const QStringList exportData = {u"export-data"_s, u"--format"_s, u"entente-csv"_s};
        const QStringList exportImage = {u"export"_s, u"--chart"_s, u"per-year"_s, u"--format"_s,
                                         u"png"_s};
        QTest::newRow("export-data, same path") << exportData << QString();
        QTest::newRow("export-data, symlink") << exportData << u"link"_s;
        QTest::newRow("export image, same path") << exportImage << QString();
        QTest::newRow("export image, symlink") << exportImage << u"link"_s;
        QTest::newRow("export image, hard link") << exportImage << u"hard"_s;
        QTest::newRow("export image --force, hard link")
            << (exportImage + QStringList{u"--force"_s}) << u"hard"_s;
    }
    void theOutputIsNeverTheInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, spelling);
        QTemporaryDir dir;
        QString out = m_mine;
        if (spelling == "link"_L1) {
            out = dir.filePath(u"link.sqlite"_s);
            QVERIFY(QFile::link(m_mine, out));
        } else if (spelling == "hard"_L1) {
            out = dir.filePath(u"hard.sqlite"_s);
            QCOMPARE(
                ::link(QFile::encodeName(m_mine).constData(), QFile::encodeName(out).constData()),
                0);
        }
        const QByteArray before = sha256(m_mine);
        const Result r = run(arguments + QStringList{u"--database"_s, m_mine, u"--out"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, arguments.first()) && r.err.contains(u"is the file being read"_s),
                 qPrintable(r.err));
        QCOMPARE(sha256(m_mine), before);
        QCOMPARE(countEvents(m_mine), 11);
    }

    void devicesAreNeverReplaced_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export-data")
            << QStringList{u"export-data"_s, u"--format"_s, u"entente-csv"_s};
        QTest::newRow("export") << QStringList{u"export"_s, u"--chart"_s, u"per-year"_s,
                                               u"--format"_s, u"png"_s};
        QTest::newRow("generate") << QStringList{u"generate"_s, u"--events"_s, u"10"_s};
    }
    void devicesAreNeverReplaced()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments + QStringList{u"--out"_s, u"/dev/full"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneSentence(r, arguments.first()) && r.err.contains(u"not a regular file"_s),
                 qPrintable(r.err));
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());
    }

    void aFolderAsTheOutputIsNamed()
    {
        const Result r = run({u"export"_s, u"--chart"_s, u"per-year"_s, u"--out"_s, m_dir.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneSentence(r, u"export"_s) && r.err.contains(u"is a folder"_s),
                 qPrintable(r.err));
    }

    void noDisplayIsNeededToAnswer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"Exit codes"_s;
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0 << u"Entente "_s;
        QTest::newRow("--bogus") << QStringList{u"--bogus"_s} << 2 << u"Unknown option 'bogus'"_s;
        QTest::newRow("--database without a value")
            << QStringList{u"--database"_s} << 2 << u"Missing value"_s;
        QTest::newRow("the window") << QStringList{} << 2 << u"there is no display"_s;
    }
    void noDisplayIsNeededToAnswer()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        env.insert(u"ENTENTE_TEST_NO_DISPLAY"_s, u"1"_s); // keeps the environment non-empty
        const Result r = run(arguments, 20000, env);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString(r.out + r.err).contains(says), qPrintable(QString(r.out + r.err)));
        if (exitCode != 0)
            QCOMPARE(r.err.count(u'\n'), 1);
    }

    void aHugeEventCountIsABadArgument()
    {
        const Result r = run({u"generate"_s, u"--events"_s, u"99999999999999"_s, u"--out"_s,
                              m_dir.filePath(u"g.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, u"generate"_s) && r.err.contains(u"at most"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"g.sqlite"_s)));
    }

    void anythingButAFileIsRefusedAtOnce_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input"); // "fifo" or a path
        const QString into = u"--into"_s;
        QTest::newRow("import /dev/zero as JSON")
            << QStringList{u"import"_s, u"/dev/zero"_s, u"--format"_s, u"entente-json"_s}
            << QString();
        QTest::newRow("import /dev/zero as GDELT")
            << QStringList{u"import"_s, u"/dev/zero"_s, u"--format"_s, u"gdelt2"_s} << QString();
        QTest::newRow("import a FIFO") << QStringList{u"import"_s, u"FIFO"_s} << u"fifo"_s;
        QTest::newRow("list a FIFO")
            << QStringList{u"list"_s, u"--database"_s, u"FIFO"_s} << u"fifo"_s;
        QTest::newRow("export-data from a FIFO")
            << QStringList{u"export-data"_s, u"--format"_s, u"entente-csv"_s, u"--database"_s,
                           u"FIFO"_s}
            << u"fifo"_s;
    }
    void anythingButAFileIsRefusedAtOnce()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        arguments.replaceInStrings(u"FIFO"_s, fifo);
        const QString target = dir.filePath(u"target.sqlite"_s);
        if (arguments.first() == "import"_L1)
            arguments << u"--into"_s << target;
        else if (arguments.first() == "export-data"_L1)
            arguments << u"--out"_s << dir.filePath(u"out.csv"_s);
        const Result r = run(arguments, 20000);
        QVERIFY2(r.finished, "the command hung");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, arguments.first()) && r.err.contains(u"not a regular file"_s),
                 qPrintable(r.err));
        QCOMPARE(filesIn(dir.path()), QStringList{u"pipe"_s});
    }

    void importFiltersAreValidatedLikeList_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown country") << QStringList{u"--country"_s, u"XYZ"_s} << 2
                                         << u"unknown country “XYZ”; did you mean"_s;
        QTest::newRow("a country's name")
            << QStringList{u"--country"_s, u"Cambodia"_s} << 0 << u"Imported 2 events"_s;
        QTest::newRow("root code 99")
            << QStringList{u"--root-code"_s, u"99"_s} << 2 << u"unknown event root “99”"_s;
        QTest::newRow("PLOVER category misspelt")
            << QStringList{u"--root-code"_s, u"CONSLUT"_s} << 2 << u"the PLOVER categories"_s;
        QTest::newRow("root code XX")
            << QStringList{u"--root-code"_s, u"XX"_s} << 2 << u"unknown event root “XX”"_s;
        QTest::newRow("a period ending first")
            << QStringList{u"--to"_s, u"1995"_s, u"--from"_s, u"2022"_s} << 2
            << u"ends (--to) before it starts"_s;
    }
    void importFiltersAreValidatedLikeList()
    {
        QFETCH(QStringList, filter);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QByteArray before = sha256(m_mine);
        const Result r =
            run(QStringList{u"import"_s, fixture("gdelt2.tsv"), u"--into"_s, m_mine} + filter);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString(r.out + r.err).contains(says), qPrintable(QString(r.out + r.err)));
        if (exitCode != 0) {
            QVERIFY(oneSentence(r, u"import"_s));
            QCOMPARE(sha256(m_mine), before);
        } else {
            QCOMPARE(countEvents(m_mine), 13);
        }
    }

    void anOverlongLastLineIsARowProblem()
    {
        // The last row, over a megabyte and without a newline, is a problem like any other row.
        const QByteArray first = readAll(fixture("gdelt2.tsv")).split('\n').first();
        QList<QByteArray> columns = first.split('\t');
        columns[5] = QByteArray(1'200'000, 'x');
        const QString file = m_dir.filePath(u"lastlong.tsv"_s);
        QVERIFY(writeFile(file, first + '\n' + columns.join('\t')));
        const QByteArray before = sha256(m_mine);
        const Result r = run({u"import"_s, file, u"--into"_s, m_mine});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"line 2: the row is longer than"_s), qPrintable(r.err));
        QCOMPARE(sha256(m_mine), before);
    }

    void aBadLastLineWithoutNewlineHasItsOwnNumber()
    {
        const QByteArray gdelt = readAll(fixture("gdelt2.tsv")).split('\n').first();
        const QString file = m_dir.filePath(u"short.tsv"_s);
        QVERIFY(writeFile(file, gdelt + '\n' + gdelt + '\n' + "1\t2\t3"));
        const Result r = run({u"import"_s, file, u"--format"_s, u"gdelt2"_s, u"--into"_s,
                              m_dir.filePath(u"s.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"line 3: it has 3 columns"_s), qPrintable(r.err));
    }

    void csvFormulasAreNeutralisedAndComeBack()
    {
        // Titles a spreadsheet would run: written with a leading apostrophe, read back exactly.
        const QString hostile = m_dir.filePath(u"hostile.csv"_s);
        QVERIFY(writeFile(
            hostile,
            "event,title,summary,date,attested_on,date_note,type_code,type_name,countries,topics,"
            "actors,"
            "source_publisher,source_title,source_author,source_published,source_url,source_cites,"
            "quote,cites,note\n"
            "1,=cmd|' /C calc'!A0,A summary.,2020-01-01,,,042,Make a "
            "visit,AZE:party,visits|Visits|#1f77b4,,Pub,T,,,,,Q.,,\n"
            "2,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",S.,2020-01-02,,,042,Make a "
            "visit,AZE:party,,,Pub,T,,,,,Q.,,\n"
            "3,+1+1,-2+3,2020-01-03,,,042,Make a visit,AZE:party,,,Pub,T,,,,,@SUM(A1),,\n"
            "4,\t-minus,S.,2020-01-04,,,042,Make a visit,KHM:party,,,Pub,T,,,,,Q.,,\n"));
        const QString first = m_dir.filePath(u"first.sqlite"_s),
                      second = m_dir.filePath(u"second.sqlite"_s);
        QCOMPARE(run({u"import"_s, hostile, u"--into"_s, first}).exitCode, 0);
        const QString out = m_dir.filePath(u"out.csv"_s);
        QCOMPARE(run({u"export-data"_s, u"--database"_s, first, u"--format"_s, u"entente-csv"_s,
                      u"--out"_s, out})
                     .exitCode,
                 0);
        // No field of the export starts with a formula character.
        const QByteArray exported = readAll(out);
        for (const QByteArray &line : exported.split('\n')) {
            for (const QByteArray &field : line.split(',')) {
                const QByteArray bare = field.startsWith('"') ? field.mid(1) : field;
                QVERIFY2(bare.isEmpty() || !QByteArray("=+-@\t\r").contains(bare.front()),
                         line.constData());
            }
        }
        QCOMPARE(run({u"import"_s, out, u"--into"_s, second}).exitCode, 0);
        const Result a = run({u"list"_s, u"--database"_s, first}),
                     b = run({u"list"_s, u"--database"_s, second});
        QCOMPARE(b.out, a.out);
        QVERIFY2(a.out.contains(u"\t=cmd|' /C calc'!A0\t"_s), qPrintable(a.out));
        QVERIFY(a.out.contains(u"\t=HYPERLINK(\"http://example.invalid\",\"x\")\t"_s));
        QVERIFY(a.out.contains(u"\t+1+1\t"_s));
        QCOMPARE(a.out.count(u'\n'), 4);
    }

    void readersSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        static const char nul[] = "{\"title\":{\"text\":{\"headline\":\"t\"}},\"events\":[{\"start_"
                                  "date\":{\"year\":\"2020\"},"
                                  "\"text\":{\"headline\":\"a\0b\"}}]}";
        QTest::newRow("NUL in a JSON string")
            << QByteArray(nul, sizeof nul - 1) << QStringList{} << u"control character U+0000"_s;
        QTest::newRow("one 50 MB line")
            << QByteArray(50'000'000, 'x') << QStringList{u"--format"_s, u"entente-csv"_s}
            << u"Line 1: the row is longer than"_s;
        const QString csvHeader = u"event,title,summary\n1,A title,\n"_s;
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        QTest::newRow("UTF-16 without a byte order mark")
            << QByteArray(utf16.encode(csvHeader)) << QStringList{}
            << u"is UTF-16 (little-endian) text, not UTF-8"_s;
        QStringEncoder utf16be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 with a byte order mark")
            << QByteArray(utf16be.encode(csvHeader)) << QStringList{u"--format"_s, u"entente-csv"_s}
            << u"is UTF-16 (big-endian) text, not UTF-8"_s;
        QStringEncoder utf32(QStringEncoder::Utf32LE);
        QTest::newRow("UTF-32") << QByteArray(utf32.encode(csvHeader)) << QStringList{}
                                << u"is UTF-32 (little-endian) text"_s;
        QTest::newRow("empty") << QByteArray() << QStringList{} << u"is empty"_s;
    }
    void readersSayWhatIsWrong()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"input.txt"_s);
        QVERIFY(writeFile(file, content));
        const Result r = run(QStringList{u"import"_s, file, u"--into"_s, m_mine} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(oneSentence(r, u"import"_s) && r.err.contains(says), qPrintable(r.err));
        QCOMPARE(countEvents(m_mine), 11);
    }

    void aHugeJsonTextIsRefusedInBoundedMemory()
    {
        // A 50 MB headline took ten times its size before it was refused. With address space
        // capped at 400 MB it must still be refused cleanly, not die of std::bad_alloc.
#ifdef ENTENTE_SANITIZED
        QSKIP("AddressSanitizer reserves terabytes of address space: no address-space limit can "
              "apply to this build (the plain build runs this test)");
#endif
        const QString file = m_dir.filePath(u"huge.json"_s);
        QVERIFY(writeFile(file, "{\"title\":{\"text\":{\"headline\":\"t\"}},\"events\":[{\"start_"
                                "date\":{\"year\":\"2020\"},"
                                "\"text\":{\"headline\":\"" +
                                    QByteArray(50'000'000, 'x') + "\"}}]}"));
        QProcess shell;
        shell.start(u"bash"_s,
                    {u"-c"_s, u"ulimit -v 400000; exec \"$0\" \"$@\""_s,
                     QStringLiteral(ENTENTE_BINARY), u"import"_s, file, u"--into"_s, m_mine});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
        QCOMPARE(shell.exitCode(), 2);
        QVERIFY(QString::fromUtf8(shell.readAllStandardError())
                    .contains(u"longer than 100000 characters"_s));
    }

    void errorsNameTheUsersFile()
    {
        const Result r =
            run({u"import"_s, fixture("gdelt2.tsv"), u"--into"_s, u"/proc/entente-test.sqlite"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneSentence(r, u"import"_s) && r.err.contains(u"/proc/entente-test.sqlite”"_s),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(u".partial"_s), qPrintable(r.err));
    }

    void twoImportsIntoOneDatabaseBothLand()
    {
        const QString big = m_dir.filePath(u"big.tsv"_s), small = m_dir.filePath(u"small.tsv"_s);
        QVERIFY(writeGdelt(big, 60000));
        QVERIFY(writeGdelt(small, 50, 5000000));
        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(ENTENTE_BINARY), {u"import"_s, big, u"--into"_s, m_mine});
        QVERIFY(first.waitForStarted());
        // The second starts while the first holds the database.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_mine + u".lock"_s), 20000);
        const Result second = run({u"import"_s, small, u"--into"_s, m_mine});
        QVERIFY(first.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(u"waiting for it to finish"_s), qPrintable(second.err));
        QCOMPARE(countEvents(m_mine), 11 + 60000 + 50);
        QCOMPARE(filesIn(m_dir.path()).filter(u"mine.sqlite"_s), QStringList{u"mine.sqlite"_s});
    }

    void aKilledImportLeavesTheDatabaseWhole()
    {
        // Stopped at random points by TERM (Ctrl+C is alike) or KILL, 20 times: the database is
        // as it was or fully imported, never in between; TERM leaves no temporary, and the next
        // import clears what a KILL left.
        const QString big = m_dir.filePath(u"kill.tsv"_s);
        QVERIFY(writeGdelt(big, 40000));
        const QByteArray pristine = sha256(m_mine);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int whole = 0, untouched = 0;
        for (int round = 0; round < 20; ++round) {
            const QByteArray before = sha256(m_mine);
            const int eventsBefore = countEvents(m_mine);
            // What the KILL before this round left, which this import clears as it starts.
            const QStringList leftBefore = filesIn(m_dir.path()).filter(u"mine.sqlite."_s);
            QProcess import;
            import.start(QStringLiteral(ENTENTE_BINARY), {u"import"_s, big, u"--into"_s, m_mine});
            QVERIFY(import.waitForStarted());
            QTest::qWait(int(random.bounded(50, 4000)));
            const bool term = round % 2 == 0;
            // (A finished process has no id: kill(0) would stop this test's whole group.)
            if (import.state() == QProcess::Running && import.processId() > 0)
                ::kill(pid_t(import.processId()), term ? SIGTERM : SIGKILL);
            if (import.state() != QProcess::NotRunning)
                QVERIFY(import.waitForFinished(60000));
            const int events = countEvents(m_mine);
            if (sha256(m_mine) == before) {
                ++untouched;
            } else {
                QCOMPARE(events, eventsBefore + 40000);
                ++whole;
            }
            // A TERM leaves none of its own temporaries. It may come while the import is still
            // clearing the KILL's leftovers: those, and the marker QLockFile makes while it
            // removes a stale lock, are the next import's to clear (checked below).
            QStringList left;
            for (const QString &f : filesIn(m_dir.path()).filter(u"mine.sqlite."_s)) {
                if (!leftBefore.contains(f) && f != u"mine.sqlite.lock.rmlock"_s)
                    left << f;
            }
            if (term)
                QVERIFY2(left.isEmpty() || import.exitCode() == 0, qPrintable(left.join(u", "_s)));
        }
        qInfo("%d kills left the database as it was, %d after a complete import", untouched, whole);
        // The next import clears a KILL's leftovers, and only those of this database.
        const QString other = m_dir.filePath(u"other.sqlite.4242.partial"_s);
        QVERIFY(writeFile(other, "someone else's"));
        QCOMPARE(run({u"import"_s, fixture("gdelt2.tsv"), u"--into"_s, m_mine}).exitCode, 0);
        QCOMPARE(filesIn(m_dir.path()).filter(u"mine.sqlite."_s), QStringList());
        QVERIFY(QFile::exists(other));
        QVERIFY(pristine.size() > 0);
    }

    void aFullDiskLosesNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("export-data") << u"export-data"_s;
        QTest::newRow("export") << u"export"_s;
        QTest::newRow("import") << u"import"_s;
        QTest::newRow("generate") << u"generate"_s;
    }
    void aFullDiskLosesNothing()
    {
        QFETCH(QString, command);
        // A real full disk where the test may mount one (root: a 2 MiB tmpfs, nearly filled);
        // elsewhere a file size limit stands in for it.
        QTemporaryDir dir;
        const bool tmpfs =
            ::geteuid() == 0 &&
            QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s,
                                           dir.path()}) == 0;
        auto unmount = qScopeGuard([&] {
            if (tmpfs)
                QProcess::execute(u"umount"_s, {dir.path()});
        });
        const QString existing = dir.filePath(command == "export"_L1        ? u"figure.png"_s
                                              : command == "export-data"_L1 ? u"events.json"_s
                                                                            : u"mine.sqlite"_s);
        if (command == "export"_L1)
            QVERIFY(writeFile(existing, "\x89PNG\r\n\x1a\nthe earlier figure"));
        else if (command == "export-data"_L1)
            QVERIFY(writeFile(existing, "{\"the\": \"earlier export\"}"));
        else
            QVERIFY(QFile::copy(command == "import"_L1 ? m_mine : bundled(), existing));
        if (command == "generate"_L1) // an earlier generated database, to be replaced
            QCOMPARE(
                run({u"generate"_s, u"--events"_s, u"10"_s, u"--out"_s, existing, u"--force"_s})
                    .exitCode,
                0);
        const QByteArray before = sha256(existing);
        if (tmpfs) {
            // Leave 16 KiB free: less than any of the writes needs.
            const qint64 free = QStorageInfo(dir.path()).bytesAvailable();
            QVERIFY(writeFile(dir.filePath(u"filler"_s), QByteArray(free - 16 * 1024, '\0')));
        }
        QStringList arguments;
        if (command == "export"_L1)
            arguments = {u"export"_s, u"--chart"_s, u"timeline"_s, u"--format"_s,
                         u"svg"_s,    u"--out"_s,   existing};
        else if (command == "export-data"_L1)
            arguments = {u"export-data"_s,  u"--database"_s, m_generated, u"--format"_s,
                         u"entente-json"_s, u"--out"_s,      existing};
        else if (command == "import"_L1)
            arguments = {u"import"_s, m_dir.filePath(u"full.tsv"_s), u"--into"_s, existing};
        else
            arguments = {u"generate"_s, u"--events"_s, u"5000"_s, u"--out"_s, existing};
        if (command == "import"_L1)
            QVERIFY(writeGdelt(m_dir.filePath(u"full.tsv"_s), 5000));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        if (tmpfs) {
            process.start(QStringLiteral(ENTENTE_BINARY), arguments);
        } else {
            process.start(u"bash"_s, QStringList{u"-c"_s, u"ulimit -f 8; exec \"$0\" \"$@\""_s,
                                                 QStringLiteral(ENTENTE_BINARY)} +
                                         arguments);
        }
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(err.startsWith(u"entente "_s + command + u": "_s) && err.count(u'\n') == 1,
                 qPrintable(err));
        // A real full disk is named as one, not as SQLite's or Qt's internals.
        if (tmpfs)
            QVERIFY2(err.contains(u"full"_s) && !err.contains(u"Unknown error"_s) &&
                         !err.contains(u"SQL failed"_s),
                     qPrintable(err));
        QCOMPARE(sha256(existing), before);
        QStringList expected = {QFileInfo(existing).fileName()};
        if (tmpfs)
            expected.append(u"filler"_s);
        expected.sort();
        QCOMPARE(filesIn(dir.path()), expected);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
