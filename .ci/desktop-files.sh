#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The files Entente gives the desktop: the .desktop entry passes desktop-file-validate, the
# AppStream metainfo appstreamcli validate, and the
# MIME definition, built into a MIME database of its own, makes the desktop call the bundled
# database (and a copy without its name) application/x-entente-database, and a plain SQLite
# file still application/vnd.sqlite3.
#
#   bash .ci/desktop-files.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: desktop-files.sh BUILD_DIR}
desktop-file-validate resources/org.entente.Entente.desktop
echo "resources/org.entente.Entente.desktop: desktop-file-validate finds nothing to say."
appstreamcli validate --no-net resources/org.entente.Entente.metainfo.xml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp resources/entente-mime.xml "$work/mime/packages/entente.xml"
XDG_DATA_HOME="$work" update-mime-database "$work/mime"
cp "$build/share/entente/azerbaijan-cambodia.sqlite" "$work/copy-without-a-name"
sqlite3 "$work/plain.sqlite" 'CREATE TABLE t (x)'
type_of() { XDG_DATA_HOME="$work" gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }
for file in "$build/share/entente/azerbaijan-cambodia.sqlite" "$work/copy-without-a-name"; do
    [ "$(type_of "$file")" = application/x-entente-database ] ||
        { echo "$file is $(type_of "$file"), not application/x-entente-database" >&2; exit 1; }
done
[ "$(type_of "$work/plain.sqlite")" = application/vnd.sqlite3 ] ||
    { echo "a plain SQLite file is $(type_of "$work/plain.sqlite")" >&2; exit 1; }
echo "The MIME definition names Entente databases, by content, and no other SQLite file."
cp tests/data/import/sample.timeline "$work/history.timeline"
[ "$(type_of "$work/history.timeline")" = application/x-timeline+xml ] ||
    { echo "a .timeline file is $(type_of "$work/history.timeline")" >&2; exit 1; }
echo "A .timeline file is application/x-timeline+xml, which the desktop entry lists."
