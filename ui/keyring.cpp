// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>

#include <qt6keychain/keychain.h>

namespace entente::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::ui::Keyring)
};

// One entry per address, under the application's name.
const QString kService = QStringLiteral("Entente");

// A desktop keyring (Secret Service, KWallet) answers on the session's message bus: without one
// there is nothing to ask, and asking would only wait for an error.
bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
           QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus"));
}

} // namespace

void storeServerPassword(const QString &address, const QString &password, QObject *context,
                         const std::function<void(const QString &error)> &onFailure)
{
    if (!hasSessionBus()) {
        onFailure(Text::tr("The password could not be kept in the system keyring (%1); it "
                           "lasts until Entente closes.")
                      .arg(Text::tr("no desktop session")));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(address);
    job->setTextData(password);
    // Never a plain file when there is no keyring: the password then lasts the session only.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [onFailure](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            onFailure(Text::tr("The password could not be kept in the system keyring (%1); it "
                               "lasts until Entente closes.")
                          .arg(done->errorString()));
    });
    job->start();
}

void readServerPassword(const QString &address, QObject *context,
                        const std::function<void(const QString &password)> &done)
{
    if (!hasSessionBus()) {
        done(QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(address);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

} // namespace entente::ui
