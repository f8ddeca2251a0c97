// SPDX-License-Identifier: GPL-3.0-or-later
// File › Connect to Server… on a real PostgreSQL server (the cluster ctest starts): the window
// shows the server's events and searches them, a typed password never reaches a file, and a
// refused login is one sentence in a message box.

#include "engine.h"
#include "testutil.h"
#include "uitestutil.h"

#include "connectdialog.h"
#include "detailsview.h"
#include "editing.h"
#include "filterpanel.h"
#include "index/dataset.h"
#include "index/eventtablemodel.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TestServerWindow : public QObject
{
    Q_OBJECT

    std::optional<test::TestServer> m_server;
    QString m_database; // the bundled data, copied onto the server
    QTemporaryDir m_dir;

    // Fills the dialog as a user would, by typing, and presses Connect.
    void connectAs(ui::MainWindow &window, const QString &user, const QString &password,
                   bool remember = false)
    {
        ui::ConnectDialog *dialog = window.connectToServer();
        QVERIFY(dialog && dialog->isVisible());
        auto type = [dialog](const char *field, const QString &text) {
            auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        type("host", u"127.0.0.1"_s);
        auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
        port->selectAll();
        QTest::keyClicks(port, QString::number(m_server->port));
        type("database", m_database);
        type("user", user);
        type("password", password);
        if (remember) {
            auto *box = dialog->findChild<QCheckBox *>(u"remember"_s);
            QVERIFY(box && box->isEnabled() && !box->isChecked());
            QTest::mouseClick(box, Qt::LeftButton);
            QVERIFY(box->isChecked());
        }
        QCOMPARE(
            dialog->address(),
            u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_server->port).arg(m_database));
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    }

private Q_SLOTS:
    void init() { test::failOnWarnings(); }

    void initTestCase()
    {
        m_server = test::testServer();
        QVERIFY2(m_server, "no cluster: ctest starts one (tests/server/cluster.sh) for this test");
        QString error;
        const auto url = test::newServerDatabase(*m_server, u"window"_s, true, &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY2(core::copyBetween(QStringLiteral(ENTENTE_BUNDLED_DB),
                                   {*url, core::OutputKind::Database}, &error),
                 qPrintable(error));
        m_database = url->section(u'/', -1);
        // A reader whose password no file holds: only the dialog can give it.
        QVERIFY2(test::runAsAdmin(
                     *m_server,
                     {u"CREATE ROLE frank_%1 LOGIN PASSWORD 'typed-secret'"_s.arg(m_database),
                      u"GRANT %1_reader TO frank_%1"_s.arg(m_database)},
                     &error),
                 qPrintable(error));
    }

    void connectsWithATypedPassword()
    {
        test::IsolatedSettings settings;
        ui::MainWindow window;
        window.show();
        connectAs(window, u"frank_"_s + m_database, u"typed-secret"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.dataset() && window.filterResult(), 10000);
        QVERIFY(window.dataset()->store().isServer());
        QCOMPARE(window.tableView()->model()->rowCount(), 11);
        QVERIFY2(window.windowTitle().contains(u"on 127.0.0.1"_s),
                 qPrintable(window.windowTitle()));

        // Searching runs on the server, on its own connection (the filter's thread).
        auto *search = window.filterPanel()->findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, u"demin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableView()->model()->rowCount(), 3, 10000);

        // The address is remembered for next time; the password is in no file at all.
        window.close();
        QDirIterator files(settings.path(), QDir::Files, QDirIterator::Subdirectories);
        bool remembered = false;
        while (files.hasNext()) {
            const QByteArray bytes = test::readAll(files.next());
            QVERIFY2(!bytes.contains("typed-secret"), qPrintable(files.filePath()));
            remembered = remembered || bytes.contains(m_database.toUtf8());
        }
        QVERIFY(remembered);
    }

    void remembersThePasswordInTheKeyring()
    {
        if (!qEnvironmentVariableIsSet("ENTENTE_TEST_KEYRING"))
            QSKIP("Needs the keyring session of tests/ui/keyring.sh (ctest runs it so).");
        test::IsolatedSettings settings;
        const QString user = u"frank_"_s + m_database;
        {
            // Typed once, with "Remember the password" ticked.
            ui::MainWindow window;
            window.show();
            connectAs(window, user, u"typed-secret"_s, true);
            QTRY_VERIFY_WITH_TIMEOUT(window.dataset() && window.filterResult(), 10000);
        }
        // As after a restart: what was typed is gone from the process. No file holds this
        // reader's password (no ~/.pgpass in the test's home), so only the keyring can give it.
        const QString address =
            u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_server->port).arg(m_database);
        QString error;
        const auto parsed = core::parseServerAddress(address, &error);
        QVERIFY2(parsed, qPrintable(error));
        core::setSessionPassword(*parsed, QString());
        ui::MainWindow again;
        again.show();
        connectAs(again, user, QString());
        QTRY_VERIFY_WITH_TIMEOUT(again.dataset() && again.filterResult(), 10000);
        QCOMPARE(again.tableView()->model()->rowCount(), 11);
        // And still in no file, the settings' included.
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(!test::readAll(files.next()).contains("typed-secret"),
                     qPrintable(files.filePath()));
        QDirIterator settingsFiles(settings.path(), QDir::Files, QDirIterator::Subdirectories);
        while (settingsFiles.hasNext())
            QVERIFY(!test::readAll(settingsFiles.next()).contains("typed-secret"));
    }

    void connectsWithThePasswordFile()
    {
        // Nothing typed: the keyring is asked (there is none here), then libpq's ~/.pgpass.
        test::IsolatedSettings settings;
        ui::MainWindow window;
        window.show();
        connectAs(window, m_server->admin, QString());
        QTRY_VERIFY_WITH_TIMEOUT(window.dataset() && window.filterResult(), 10000);
        QVERIFY(window.dataset()->store().isServer());
        QCOMPARE(window.tableView()->model()->rowCount(), 11);
    }

    void othersChangesShowWithoutReloading()
    {
        test::IsolatedSettings settings;
        ui::MainWindow window;
        window.show();
        const QString url = m_server->url(m_database);
        QVERIFY(window.openDatabase(url));
        QTRY_VERIFY(window.filterResult());
        const int rows = window.tableView()->model()->rowCount();
        const core::Dataset *opened = window.dataset();

        // Someone else, in another process, adds an event: it appears here, the database is not
        // opened again.
        QProcess other;
        other.start(QStringLiteral(ENTENTE_BINARY),
                    {u"add"_s, u"--database"_s, url, u"--title"_s, u"Talks added by a colleague"_s,
                     u"--date"_s, u"2023-05"_s, u"--country"_s, u"AZE"_s, u"--type"_s, u"040"_s,
                     u"--unsourced"_s});
        QVERIFY(other.waitForFinished(60000));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
        const qint64 id = QString::fromUtf8(other.readAllStandardOutput()).trimmed().toLongLong();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableView()->model()->rowCount(), rows + 1, 5000);
        QCOMPARE(window.dataset(), opened);
        QVERIFY(window.dataset()->index().positionOf(id) >= 0);

        // My edit of an event they changed after I opened it is refused, naming both versions.
        auto *editing = window.editing();
        const auto seen = core::toImported(*window.dataset()->store().event(id));
        window.selectEvent(id); // being read while the colleague renames it
        QTRY_VERIFY(window.detailsView()->toPlainText().contains(u"Talks added by a colleague"_s));
        QProcess rename;
        rename.start(QStringLiteral(ENTENTE_BINARY),
                     {u"edit"_s, QString::number(id), u"--database"_s, url, u"--title"_s,
                      u"Talks renamed by the colleague"_s, u"--unsourced"_s});
        QVERIFY(rename.waitForFinished(60000));
        QVERIFY2(rename.exitCode() == 0, rename.readAllStandardError().constData());
        QString error;
        QSignalSpy failed(editing, &ui::Editing::failed);
        core::ImportedEvent mine = seen;
        mine.title = u"Talks renamed by me"_s;
        QVERIFY(editing->replace(id, mine, &error, seen));
        QVERIFY(failed.wait(10000));
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains(u"“Talks renamed by the colleague”"_s) &&
                     said.contains(u"“Talks renamed by me”"_s),
                 qPrintable(said));
        QCOMPARE(window.dataset()->store().event(id)->title, u"Talks renamed by the colleague"_s);
        // The window shows their title, heard from the server: in the table and in the details.
        QTRY_VERIFY_WITH_TIMEOUT(
            test::columnTexts(window.tableView()->model(), core::EventTableModel::TitleColumn)
                .contains(u"Talks renamed by the colleague"_s),
            5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.detailsView()->toPlainText().contains(u"Talks renamed by the colleague"_s),
            5000);
        // And a change made here goes through and is shown at once.
        const auto now = core::toImported(*window.dataset()->store().event(id));
        QVERIFY(editing->replace(id, mine, &error, now));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::columnTexts(window.tableView()->model(), core::EventTableModel::TitleColumn)
                .contains(u"Talks renamed by me"_s),
            5000);
    }

    void savesACopyOfTheServersDatabase()
    {
        test::IsolatedSettings settings;
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_server->url(m_database)));
        QTRY_VERIFY(window.filterResult());
        QVERIFY2(window.windowTitle().startsWith(m_database + u" on 127.0.0.1"_s),
                 qPrintable(window.windowTitle()));
        const QString copy = m_dir.filePath(u"my copy.sqlite"_s);
        QSignalSpy saved(window.editing(), &ui::Editing::copySaved);
        window.editing()->saveCopyTo(copy);
        QVERIFY(saved.wait(20000));
        QString error;
        auto dataset = core::Dataset::open(copy, &error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(dataset->index().size(), window.dataset()->index().size());
        QVERIFY(!dataset->store().isServer());
    }

    void aRefusedPasswordIsOneSentence()
    {
        test::IsolatedSettings settings;
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(QStringLiteral(ENTENTE_BUNDLED_DB)));
        connectAs(window, u"frank_"_s + m_database, u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(), 10000);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY2(box->text().contains(u"refused the password of “frank_"_s),
                 qPrintable(box->text()));
        box->close();
        // The bundled data is still open and usable.
        QVERIFY(!window.dataset()->store().isServer());
        QCOMPARE(window.tableView()->model()->rowCount(), 11);
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
