// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace entente::core {

/*!
 * Installs Entente's catalogue for \a locale and Qt's own (qt6-translations-l10n) on \a app.
 * The English catalogue is always installed underneath: it holds the English plural forms of the
 * "%Ln event(s)" texts. Returns the languages of the catalogues found, e.g. {"fr", "en"}.
 */
QStringList installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

/*!
 * \a englishName (an ISO 3166-1 name, as iso-codes spells it) in the language of \a locale,
 * through iso-codes' gettext catalogue of ISO 3166-1; \a englishName itself where the catalogue
 * has none. The catalogue is read directly rather than through dgettext(), so the language is the
 * one QLocale chose for the rest of the window, whether or not the C library's locale for it is
 * generated on the machine.
 */
QString localCountryName(const QString &englishName, const QLocale &locale = QLocale());

/*! Where Debian installs gettext catalogues: /usr/share/locale. */
QString gettextCatalogueDir();

} // namespace entente::core
