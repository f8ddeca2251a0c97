#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The committed catalogues are those lupdate makes from today's sources, and the French one is
# finished: a text added, changed or removed in the code without the catalogues being refreshed
# (bash scripts/update-translations.sh) and translated fails here, naming the texts.
#
#   bash tests/translations/complete.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/resources/translations/entente_*.ts "$work/"
bash "$source_dir/scripts/update-translations.sh" "$work"
status=0
for ts in "$source_dir"/resources/translations/entente_*.ts; do
    name=$(basename "$ts")
    if ! diff -u "$ts" "$work/$name" >"$work/$name.diff"; then
        echo "FAIL: $name is not what lupdate makes of the sources; run scripts/update-translations.sh:" >&2
        grep '^[-+] *<source>' "$work/$name.diff" | head -20 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "FAIL: $name has $unfinished unfinished translations:" >&2
        grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -20 >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "PASS: the catalogues match the sources and every text is translated"
exit "$status"
