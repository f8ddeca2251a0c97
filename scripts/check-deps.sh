#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that scripts/setup.sh installs everything Entente needs: every file the build and the
# running app load from the system must belong to a package that setup.sh lists, or to a hard
# dependency (Depends, Pre-Depends; not Recommends) of one. A machine where someone once
# installed a package by hand hides a missing entry from a plain build; this does not.
#
#   bash scripts/check-deps.sh BUILD_DIR [SETUP_SCRIPT]
#
# What is checked, after configure and build:
#   - every CMake package configuration the configure step loaded (the *_DIR entries of
#     CMakeCache.txt) and every system file the build graph uses (build.ninja: libraries
#     linked, data read, the compiler and ninja);
#   - every shared library bin/entente links (ldd);
#   - the Qt plugins the app loads at run time (seen with QT_DEBUG_PLUGINS while `entente list`
#     and `entente export` run), the plugins a desktop session loads (the xcb platform, the
#     SVG image format and icon engine), and every library those plugins link.
# Exit status: 0 all covered; 1 a file belongs to a package that nothing in setup.sh pulls in
# (each named with the file that needs it); 2 bad usage or nothing to check.
set -euo pipefail

build=${1:-}
top=$(cd "$(dirname "$0")/.." && pwd)
setup=${2:-$top/scripts/setup.sh}
if [ -z "$build" ] || [ ! -f "$build/CMakeCache.txt" ] || [ ! -x "$build/bin/entente" ]; then
    echo "usage: bash scripts/check-deps.sh BUILD_DIR [SETUP_SCRIPT] (a configured and built tree)" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The packages setup.sh installs, and everything they hard-depend on.
mapfile -t listed < <(bash "$setup" packages)
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>' | sed 's/:.*//' | sort -u \
    >"$scratch/closure"
if [ ! -s "$scratch/closure" ]; then
    echo "check-deps: apt-cache knows none of setup.sh's packages; run 'apt-get update' first." >&2
    exit 2
fi

# The files to account for, each with what needs it: "FILE<TAB>REASON".
needs=$scratch/needs
: >"$needs"
# Every CMake package configuration the configure step loaded. Only required finds leave a
# <Name>_DIR entry with a configuration file in it.
while IFS= read -r line; do
    name=${line%%_DIR:PATH=*}
    dir=${line#*=}
    for f in "$dir"/*onfig.cmake; do
        [ -f "$f" ] && printf '%s\tCMake package %s\n' "$f" "$name" >>"$needs"
        break
    done
done < <(grep -E '^[A-Za-z0-9_.+-]+_DIR:PATH=/' "$build/CMakeCache.txt")
# Every system file the build graph uses: libraries linked, data read by build steps (the
# iso-codes JSON), tools run. A find module's optional results that nothing uses (FindOpenGL
# records libGLU where it happens to exist) are not in the graph and do not count.
grep -ohE '/usr/[A-Za-z0-9_./+-]+' "$build/build.ninja" "$build/CMakeCache.txt" | sort -u |
    while IFS= read -r f; do
        [ -f "$f" ] || continue
        if grep -qF "$f" "$build/build.ninja" || grep -qE "^CMAKE_(CXX_COMPILER|MAKE_PROGRAM):FILEPATH=$f\$" "$build/CMakeCache.txt"; then
            printf '%s\tthe build uses it\n' "$f"
        fi
    done >>"$needs"

libraries_of() { # FILE REASON: every shared library FILE links, as ldd resolves it
    ldd "$1" 2>/dev/null | awk '/=> \// { print $3 }' | while IFS= read -r lib; do
        printf '%s\t%s links it\n' "$lib" "$2"
    done
}
libraries_of "$build/bin/entente" "bin/entente" >>"$needs"

# The plugins Qt really loads, while the headless commands run the bundled data.
export QT_DEBUG_PLUGINS=1 QT_QPA_PLATFORM=offscreen
{
    "$build/bin/entente" list
    "$build/bin/entente" export --chart per-year --out "$scratch/chart.png"
    "$build/bin/entente" export --chart timeline --out "$scratch/timeline.svg"
} >"$scratch/plugins.log" 2>&1 || true
unset QT_DEBUG_PLUGINS QT_QPA_PLATFORM
grep -o '"[^"]*" loaded library' "$scratch/plugins.log" | sed 's/^"//; s/" loaded library$//' | sort -u \
    >"$scratch/plugins"
platforms=$(sed -n 's|/libqoffscreen\.so$||p' "$scratch/plugins" | head -n 1)
if [ -z "$platforms" ] || ! grep -q '/libqsqlite\.so$' "$scratch/plugins"; then
    echo "check-deps: the app did not report loading its platform and SQLite plugins; see below." >&2
    cat "$scratch/plugins.log" >&2
    exit 2
fi
# A desktop session loads the xcb platform (the app's window) and the SVG image format and icon
# engine (icons); the headless runs load none of them, so they are named here.
plugins=$(dirname "$platforms")
for p in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
    if [ -f "$plugins/$p" ]; then
        echo "$plugins/$p" >>"$scratch/plugins"
    else
        echo "check-deps: the Qt plugin $p is not installed; setup.sh's packages should bring it." >&2
        exit 1
    fi
done
while IFS= read -r plugin; do
    printf '%s\tQt plugin\n' "$plugin" >>"$needs"
    libraries_of "$plugin" "the Qt plugin $(basename "$plugin")" >>"$needs"
done < <(sort -u "$scratch/plugins")

owner() { # FILE: the package that ships FILE, trying the merged-/usr spellings of its path
    local f=$1 real candidates=()
    real=$(readlink -f "$f")
    candidates=("$f" "$real")
    for c in "$f" "$real"; do
        case "$c" in
        /usr/lib/*) candidates+=("${c#/usr}") ;;
        /lib/*) candidates+=("/usr$c") ;;
        /usr/bin/*) candidates+=("${c#/usr}") ;;
        /bin/*) candidates+=("/usr$c") ;;
        esac
    done
    for c in "${candidates[@]}"; do
        if pkg=$(dpkg-query -S "$c" 2>/dev/null | grep -v '^diversion' | head -n 1); then
            [ -n "$pkg" ] && { echo "${pkg%%: *}" | sed 's/:.*//; s/,.*//'; return 0; }
        fi
    done
    return 1
}

missing=0
checked=0
declare -A seen=()
while IFS=$'\t' read -r file reason; do
    [ -n "${seen[$file]:-}" ] && continue
    seen[$file]=1
    checked=$((checked + 1))
    if ! pkg=$(owner "$file"); then
        echo "check-deps: $file ($reason) belongs to no Debian package." >&2
        missing=$((missing + 1))
        continue
    fi
    if ! grep -qx "$pkg" "$scratch/closure"; then
        echo "check-deps: $pkg is needed but not installed by setup.sh: it ships $file ($reason)." >&2
        missing=$((missing + 1))
    fi
done <"$needs"

if [ "$missing" -gt 0 ]; then
    echo "check-deps: $missing of $checked files are not covered by setup.sh's packages." >&2
    exit 1
fi
echo "check-deps: all $checked files the build and the app load come from setup.sh's $(wc -l <"$scratch/closure") packages (with their dependencies)."
