// SPDX-License-Identifier: GPL-3.0-or-later
// Every test runs with the catalogues the app installs (the English one holds the plural forms
// of "%Ln event(s)"), installed as soon as the test's application object exists.
#include "i18n/translations.h"

#include <QCoreApplication>

namespace {

void installEntenteTranslations()
{
    entente::core::installTranslations(QCoreApplication::instance());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEntenteTranslations)
