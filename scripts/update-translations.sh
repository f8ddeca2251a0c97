#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation catalogues from the sources: every tr() text of core/, ui/ and app/.
# entente_en.ts holds only the texts with plural forms ("%Ln event(s)"); entente_fr.ts holds all.
# Texts gone from the sources are dropped. Translate the new ones with Qt Linguist, then commit.
#
#   bash scripts/update-translations.sh [TS_DIR]    TS_DIR defaults to resources/translations
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dir=${1:-resources/translations}
"$lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    core ui app -ts "$dir/entente_en.ts"
"$lupdate" -silent -no-obsolete -locations none -source-language en -target-language fr \
    core ui app -ts "$dir/entente_fr.ts"
