// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace entente::core {

namespace {

// A gettext .mo file: a header of 32-bit words (magic, revision, count, offset of the original
// strings' table, offset of the translations' table), then two tables of (length, offset) pairs.
// The magic says the byte order it was written in.
QHash<QString, QString> readMoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return {};
    const QByteArray data = file.readAll();
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    if (size < 20)
        return {};
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool little = magic == 0x950412deU;
    if (!little && magic != 0xde120495U)
        return {};
    auto word = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > size)
            return 0;
        return little ? qFromLittleEndian<quint32>(bytes + at)
                      : qFromBigEndian<quint32>(bytes + at);
    };
    auto text = [&](qsizetype table, quint32 i, bool *ok) -> QString {
        const quint32 length = word(table + 8 * qsizetype(i));
        const quint32 offset = word(table + 8 * qsizetype(i) + 4);
        *ok = qsizetype(offset) + qsizetype(length) <= size;
        return *ok ? QString::fromUtf8(data.constData() + offset, length) : QString();
    };
    const quint32 count = word(8);
    const qsizetype originals = word(12);
    const qsizetype translations = word(16);
    // Both tables inside the file, or it is no catalogue (and no count makes the loop long).
    const qsizetype tableBytes = 8 * qsizetype(count);
    if (originals + tableBytes > size || translations + tableBytes > size)
        return {};
    QHash<QString, QString> catalogue;
    for (quint32 i = 0; i < count; ++i) {
        bool okOriginal = false, okTranslation = false;
        const QString original = text(originals, i, &okOriginal);
        const QString translation = text(translations, i, &okTranslation);
        if (!okOriginal || !okTranslation)
            return {};
        if (!original.isEmpty() && !translation.isEmpty())
            catalogue.insert(original, translation);
    }
    return catalogue;
}

// The catalogue of ISO 3166-1 names for a locale, read once per locale name: "fr_FR" looks for
// fr_FR, then fr.
const QHash<QString, QString> &countryCatalogue(const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> catalogues;
    const QMutexLocker lock(&mutex);
    const QString name = locale.name();
    if (auto it = catalogues.constFind(name); it != catalogues.cend())
        return *it;
    QHash<QString, QString> catalogue;
    if (locale.language() != QLocale::English) {
        for (const QString &language : {name, name.section(u'_', 0, 0)}) {
            catalogue = readMoFile(gettextCatalogueDir() + u'/' + language +
                                   u"/LC_MESSAGES/iso_3166-1.mo"_s);
            if (!catalogue.isEmpty())
                break;
        }
    }
    return *catalogues.insert(name, catalogue);
}

} // namespace

QString gettextCatalogueDir()
{
    return u"/usr/share/locale"_s;
}

QString localCountryName(const QString &englishName, const QLocale &locale)
{
    return countryCatalogue(locale).value(englishName, englishName);
}

QStringList installTranslations(QCoreApplication *app, const QLocale &locale)
{
    QStringList languages;
    // Installed last is asked first: English underneath, then Qt's, then Entente's own.
    auto *english = new QTranslator(app);
    if (english->load(u":/i18n/entente_en.qm"_s)) {
        QCoreApplication::installTranslator(english);
        languages.append(u"en"_s);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return languages;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, u"entente"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        languages.prepend(own->language());
    }
    return languages;
}

} // namespace entente::core
