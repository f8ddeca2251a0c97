#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README's set-up on a machine that has never seen Entente: a minimal Debian 12 root
# made by mmdebstrap (nothing in it but apt and the essential packages), a clean copy of the
# source tree, and the README's commands run inside it with chroot. CI runs on a machine where
# packages were installed by hand; this root has none of them.
#
#   bash .ci/pristine-root.sh setup            both README commands: `setup.sh test`, and
#                                              `setup.sh run --version` with no display
#   bash .ci/pristine-root.sh deb FILE.deb     `apt-get install ./FILE.deb` into a new root, then
#                                              run the installed entente on the bundled data
#                                              (ENTENTE_PRISTINE_KEEP=FILE keeps the chart it drew)
#
# Needs root (chroot, mounts) and mmdebstrap. Every root is made anew from the machine's own apt
# sources (about 20-60 s), and the mounts are undone however the step ends.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
case "$mode" in
setup) ;;
deb) deb=$(readlink -f "${2:?usage: pristine-root.sh deb FILE.deb}") ;;
*)
    echo "usage: bash .ci/pristine-root.sh setup | deb FILE.deb" >&2
    exit 2
    ;;
esac

sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || sources=/etc/apt/sources.list
work=$(mktemp -d /var/tmp/entente-pristine.XXXXXX)
root=$work/root
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[$i]}" 2>/dev/null || umount -lR "${mounted[$i]}" || true
    done
    if findmnt -rn -o TARGET | grep -q "^$root"; then
        echo "pristine-root: $root is still mounted; leaving it in place." >&2
        return
    fi
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
# A stopped CI run ends through the EXIT trap too, so nothing stays mounted.
trap 'exit 130' INT
trap 'exit 143' TERM HUP

started=$(date +%s)
mmdebstrap --quiet --mode=root --variant=apt \
    --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='Acquire::Check-Date "false"' \
    bookworm "$root" "$sources"
echo "== pristine root made in $(($(date +%s) - started)) s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Nothing installed into the root starts a service (postgresql-15 would start its default cluster,
# on the machine's own loopback, and outlive the step); the tests start their own clusters.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
for fs in proc sys dev; do
    if [ "$fs" = proc ]; then
        mount -t proc proc "$root/proc"
    else
        mount --rbind "/$fs" "$root/$fs"
        mount --make-rslave "$root/$fs"
    fi
    mounted+=("$root/$fs")
done

in_root() { # COMMAND: run in the root as a fresh root login would, with no display
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -euo pipefail -c "$1"
}

if [ "$mode" = setup ]; then
    # A clean checkout: the files git knows, without any build tree.
    mkdir "$root/src"
    git -C "$top" ls-files -z --cached --others --exclude-standard | tar -C "$top" --null -T - -c |
        tar -C "$root/src" -x
    started=$(date +%s)
    in_root 'cd /src && bash scripts/setup.sh test'
    echo "== pristine root: 'bash scripts/setup.sh test' passed in $(($(date +%s) - started)) s"
    started=$(date +%s)
    version=$(in_root 'cd /src && bash scripts/setup.sh run --version' | tail -n 1)
    case "$version" in
    "Entente "*) echo "== pristine root: 'bash scripts/setup.sh run --version' printed '$version' in $(($(date +%s) - started)) s" ;;
    *)
        echo "pristine-root: 'setup.sh run --version' printed '$version', not the version." >&2
        exit 1
        ;;
    esac
else
    cp "$deb" "$root/tmp/"
    started=$(date +%s)
    in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/dev/null"
    echo "== pristine root: apt-get installed $(basename "$deb") in $(($(date +%s) - started)) s"
    events=$(in_root 'entente list' | wc -l)
    if [ "$events" -ne 11 ]; then
        echo "pristine-root: the installed 'entente list' printed $events events, not the 11 bundled ones." >&2
        exit 1
    fi
    echo "== pristine root: the installed 'entente list' printed the 11 bundled events"
    in_root 'cd /tmp && entente export --chart per-year --out x.png && test -s x.png && head -c 8 x.png | od -An -c | grep -q "P   N   G"'
    echo "== pristine root: the installed 'entente export --chart per-year --out x.png' wrote a PNG"
    # To look at what a machine with only the package's dependencies draws.
    if [ -n "${ENTENTE_PRISTINE_KEEP:-}" ]; then
        cp "$root/tmp/x.png" "$ENTENTE_PRISTINE_KEEP"
    fi
fi
