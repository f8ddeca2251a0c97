#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Entente into a temporary prefix, as `cmake --install` does for a user or a packager,
# and runs the installed binary on the bundled data: from the prefix, after the whole prefix was
# moved elsewhere, and as a lone copy of the binary that finds its data through XDG_DATA_DIRS.
#
#   bash tests/app/installed.sh BUILD_DIR BINDIR DATADIR   (the CMAKE_INSTALL_* of that build)
set -euo pipefail
build=$1
bindir=$2
datadir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$work/prefix" >/dev/null
[ -f "$work/prefix/$datadir/entente/azerbaijan-cambodia.sqlite" ] || fail "no bundled database in $datadir/entente"
[ -f "$work/prefix/$datadir/applications/org.entente.Entente.desktop" ] || fail "no desktop file in $datadir/applications"
[ -f "$work/prefix/$datadir/metainfo/org.entente.Entente.metainfo.xml" ] || fail "no metainfo in $datadir/metainfo"
[ -f "$work/prefix/$datadir/icons/hicolor/scalable/apps/org.entente.Entente.svg" ] || fail "no scalable icon"
[ -f "$work/prefix/$datadir/icons/hicolor/48x48/apps/org.entente.Entente.png" ] || fail "no 48×48 icon"
[ -f "$work/prefix/$datadir/mime/packages/entente.xml" ] || fail "no MIME definition in $datadir/mime/packages"

lists_bundled_events() { # ENTENTE_BINARY: its `list` prints the 11 bundled events, oldest first
    local out
    out=$(env -u XDG_DATA_DIRS "$@" list) || fail "$* list exited with $?"
    [ "$(printf '%s\n' "$out" | wc -l)" -eq 11 ] || fail "$* list printed $(printf '%s\n' "$out" | wc -l) lines, not 11"
    case "$out" in 1995-02-02*"Diplomatic relations established"*) ;; *) fail "$* list: first event is not 2 February 1995" ;; esac
}

lists_bundled_events "$work/prefix/$bindir/entente"
echo "PASS: the installed binary lists the bundled events"

mv "$work/prefix" "$work/moved"
lists_bundled_events "$work/moved/$bindir/entente"
echo "PASS: it still does after the whole prefix was moved"

mkdir -p "$work/lone"
cp "$work/moved/$bindir/entente" "$work/lone/entente"
set +e
err=$(env XDG_DATA_DIRS="$work/nowhere" XDG_DATA_HOME="$work/nowhere" "$work/lone/entente" list 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 2 ] || fail "a binary without its data exited $code, not 2"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "a binary without its data said more than one line: $err"
echo "PASS: a binary without its data says so in one line and exits 2"
lists_bundled_events env XDG_DATA_DIRS="$work/moved/$datadir" "$work/lone/entente"
echo "PASS: a lone binary finds the data through XDG_DATA_DIRS"
echo "4 passed, 0 failed"
