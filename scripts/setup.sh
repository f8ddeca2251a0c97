#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up Entente on a fresh Debian 12 / Ubuntu machine, then runs it or its tests.
#
#   bash scripts/setup.sh run [entente options]   install dependencies, build, launch the app
#   bash scripts/setup.sh test                    install dependencies, build, run every test
#   bash scripts/setup.sh packages                print the Debian packages it installs, one a line
#
# Dependencies come from the distribution (apt-get, when run as root; otherwise the exact
# apt-get line is printed). Environment: BUILD_DIR (default: build), ENTENTE_CMAKE_ARGS (extra
# CMake arguments, e.g. -DENTENTE_WERROR=ON or -DENTENTE_SANITIZE=ON).
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test | packages) shift ;;
*)
    echo "usage: bash scripts/setup.sh run|test|packages" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."
# What the build and the tests need, and nothing more. scripts/check-deps.sh proves the list
# against what the configure step, the linker and the running app actually load. Debian's
# Qt6Charts CMake package needs Qt6OpenGL's CMake files (libqt6opengl6-dev), which qt6-base-dev
# only recommends. poppler-utils (pdftoppm) and librsvg2-bin (rsvg-convert) let the tests look
# at exported PDFs and SVGs as pixels. qt6-tools-dev (the LinguistTools CMake package) and
# qt6-l10n-tools (lupdate, lrelease) build the translations; qt6-translations-l10n is Qt's own.
# libqt6sql6-psql (Qt's QPSQL driver) and libpq-dev (COPY, on the same connection) reach a
# PostgreSQL server; postgresql-15 gives the tests their own throwaway clusters (initdb, pg_ctl) and
# the unaccent extension; openssl makes a throwaway authority for the encrypted-connection test.
# qtkeychain-qt6-dev keeps a server's password in the desktop's keyring; gnome-keyring and
# dbus-daemon give its test a keyring of its own in a private session. libarchive-dev reads the
# file inside a zip archive (GDELT's) while importing it.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    iso-codes sqlite3 libsqlite3-dev fonts-dejavu-core
    poppler-utils librsvg2-bin
    libqt6sql6-psql libpq-dev postgresql-15 qtkeychain-qt6-dev openssl
    libarchive-dev gnome-keyring dbus-daemon
)
if [ "$mode" = packages ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "Entente needs these packages. Install them with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

build=${BUILD_DIR:-build}
# shellcheck disable=SC2086 # ENTENTE_CMAKE_ARGS is a list of arguments
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${ENTENTE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = run ]; then
    exec "$build/bin/entente" "$@"
fi
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
