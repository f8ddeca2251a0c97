// SPDX-License-Identifier: GPL-3.0-or-later
// A server's password kept in the desktop's keyring: a real Secret Service (gnome-keyring on a
// D-Bus session of the test's own, started by tests/ui/keyring.sh), and no session at all.

#include "keyring.h"

#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits for the keyring's answer to a read.
QString readBack(const QString &address, QObject *context)
{
    bool answered = false;
    QString password;
    entente::ui::readServerPassword(address, context, [&](const QString &read) {
        password = read;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        return u"(no answer)"_s;
    return password;
}

// Stores, waiting long enough for a failure to be reported; returns it (empty when none).
QString store(const QString &address, const QString &password, QObject *context)
{
    QString failure;
    entente::ui::storeServerPassword(address, password, context,
                                     [&](const QString &error) { failure = error; });
    // A success is silent: a read of it afterwards shows it was kept.
    QTest::qWait(300);
    return failure;
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAPasswordInTheSessionKeyring()
    {
        if (!qEnvironmentVariableIsSet("ENTENTE_TEST_KEYRING"))
            QSKIP("Needs the keyring session of tests/ui/keyring.sh (ctest runs it so).");
        QObject context;
        const QString address = u"postgresql://ann@127.0.0.1:5999/team"_s;
        const QString password = u"pässwörd with spaces & \"quotes\""_s;
        QCOMPARE(readBack(address, &context), QString()); // none yet
        QCOMPARE(store(address, password, &context), QString());
        QTRY_COMPARE_WITH_TIMEOUT(readBack(address, &context), password, 10000);
        // Another address, even of the same server, has none of its own.
        QCOMPARE(readBack(u"postgresql://bob@127.0.0.1:5999/team"_s, &context), QString());
        // A new password replaces the old one.
        QCOMPARE(store(address, u"second"_s, &context), QString());
        QTRY_COMPARE_WITH_TIMEOUT(readBack(address, &context), u"second"_s, 10000);
        // And it is in no file in plain text: the keyring keeps its own, encrypted.
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++read;
            QVERIFY2(!bytes.contains("second") && !bytes.contains(password.toUtf8()),
                     qPrintable(file.fileName()));
        }
        QVERIFY(read > 0); // the keyring's file, at least
    }

    void withoutADesktopSessionItSaysSo()
    {
        // No message bus: nothing is kept, the user reads one sentence, and a read finds none.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", "/nonexistent-entente-test");
        QObject context;
        const QString failure = store(u"postgresql://127.0.0.1/x"_s, u"secret"_s, &context);
        QCOMPARE(readBack(u"postgresql://127.0.0.1/x"_s, &context), QString());
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
        QVERIFY2(failure.startsWith(u"The password could not be kept in the system keyring"_s) &&
                     failure.contains(u"no desktop session"_s) &&
                     failure.endsWith(u"it lasts until Entente closes."_s) &&
                     !failure.contains(u'\n'),
                 qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
