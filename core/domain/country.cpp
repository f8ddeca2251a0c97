// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/country.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace entente::core {

QString Country::displayName() const
{
    return localCountryName(englishName());
}

namespace {
// The translation context of this file's texts (lupdate reads Text::tr() calls).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(entente::core::Country)
};
} // namespace

QString defaultIsoCountriesPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QList<Country> readIsoCountries(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the ISO 3166-1 country list “%1”: %2.")
                     .arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray entries = document.object().value(QLatin1String("3166-1")).toArray();
    if (parseError.error != QJsonParseError::NoError || entries.isEmpty()) {
        *error = Text::tr("“%1” is not iso-codes' ISO 3166-1 JSON.").arg(path);
        return {};
    }
    QList<Country> countries;
    countries.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        Country c;
        c.alpha2 = o.value(QLatin1String("alpha_2")).toString();
        c.alpha3 = o.value(QLatin1String("alpha_3")).toString();
        c.numericCode = o.value(QLatin1String("numeric")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.officialName = o.value(QLatin1String("official_name")).toString();
        c.commonName = o.value(QLatin1String("common_name")).toString();
        c.flag = o.value(QLatin1String("flag")).toString();
        if (c.alpha2.size() != 2 || c.alpha3.size() != 3 || c.name.isEmpty()) {
            *error = Text::tr("“%1” has an entry without alpha-2, alpha-3 code or name.").arg(path);
            return {};
        }
        countries.append(c);
    }
    return countries;
}

} // namespace entente::core
