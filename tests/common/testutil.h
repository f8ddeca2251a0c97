// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the test executables: real files in temporary folders, hashed before and
// after, so a test can say that the user's file was left byte-for-byte as it was.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace entente::test {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/*! Files SQLite leaves beside a database it wrote to or crashed in. */
inline QStringList sqliteSidecars(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace entente::test

#include <QSettings>
#include <QTemporaryDir>

namespace entente::test {

/*!
 * Points QSettings at a temporary folder for the life of the object, so that a test never reads
 * or writes the user's settings (QStandardPaths' test mode does not cover QSettings here).
 */
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace entente::test

namespace entente::test {

/*!
 * Makes every Qt warning fail the running test function (call it in init()), so that an invalid
 * model index, a painter misuse or a failed connection cannot pass quietly. The exceptions are
 * the offscreen platform's notices that it has no window system to pass size hints to or to
 * raise a window (a tooltip's) in.
 */
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise)\\(\\)$)"),
        QRegularExpression::DotMatchesEverythingOption));
}

} // namespace entente::test
