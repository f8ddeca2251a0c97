// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace entente::ui {

/*!
 * Keeps the password of a server address in the system keyring (the desktop's Secret Service or
 * KWallet, through QtKeychain), never in a file of Entente's. Both calls return at once and
 * report later, on \a context's thread; a machine without a keyring only gets a sentence.
 */
void storeServerPassword(const QString &address, const QString &password, QObject *context,
                         const std::function<void(const QString &error)> &onFailure);
/*! Hands \a done the keyring's password for \a address, or an empty text when it has none. */
void readServerPassword(const QString &address, QObject *context,
                        const std::function<void(const QString &password)> &done);

} // namespace entente::ui
