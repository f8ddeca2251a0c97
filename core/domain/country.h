// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace entente::core {

/*! A country as ISO 3166-1 names it (taken from Debian's iso-codes, never typed by hand). */
struct Country
{
    qint64 id = 0;
    QString alpha2;
    QString alpha3;
    QString numericCode;
    QString name;         //!< ISO short name, e.g. "Bolivia, Plurinational State of"
    QString officialName; //!< e.g. "Kingdom of Cambodia"; may be empty
    QString commonName;   //!< e.g. "Bolivia"; may be empty
    QString flag;         //!< the flag emoji

    /*! The English name a reader expects: the common name where ISO gives one, else the short
        name. What the data itself says (synthetic titles, exports). */
    QString englishName() const { return commonName.isEmpty() ? name : commonName; }
    /*! englishName() in the user's language (iso-codes' catalogue), for what the window shows. */
    QString displayName() const;
};

/*!
 * Reads ISO 3166-1 from iso-codes' JSON file (/usr/share/iso-codes/json/iso_3166-1.json).
 * Returns an empty list and sets \a error when the file is missing or not of that form.
 */
QList<Country> readIsoCountries(const QString &path, QString *error);

/*! Where Debian installs the iso-codes JSON for ISO 3166-1. */
QString defaultIsoCountriesPath();

} // namespace entente::core
