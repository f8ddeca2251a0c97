#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a desktop keyring of its own: a private D-Bus session (dbus-run-session)
# with gnome-keyring's Secret Service, its login keyring made and unlocked in a temporary home.
# Nothing of the user's (their keyring, their session bus) is touched; all of it ends with the
# test. Usage: keyring.sh TEST [ARGS...]
set -euo pipefail
test_binary=$1
shift
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
export ENTENTE_TEST_KEYRING=1
# The keyring's password is the test's own, on its standard input; --unlock makes the login
# keyring with it. The daemon leaves with the session's bus.
exec dbus-run-session -- bash -c '
    printf %s "entente test keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$test_binary" "$@"
