#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The peer as test oracle: Entente's TimelineJS exports, loaded into the real TimelineJS
# (versions pinned in tests/timelinejs/package-lock.json) in headless Chromium on 127.0.0.1, must
# show no error and one marker per exported slide. The exports: the bundled data (month-only and
# day dates, undated events left out), a filtered part of it, a generated database, and the
# test fixtures imported and written again (eras, years alone, TimelineJS 2, years before the
# common era and deep time).
#
#   bash .ci/timelinejs-oracle.sh BUILD_DIR      (as root: installs chromium and nodejs with apt)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:?usage: timelinejs-oracle.sh BUILD_DIR}")
missing=()
for p in chromium nodejs npm; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# (A newer Node.js from another repository may provide npm itself.)
if command -v npm >/dev/null; then missing=("${missing[@]/npm/}"); fi
if command -v node >/dev/null; then missing=("${missing[@]/nodejs/}"); fi
read -r -a missing <<<"${missing[*]}"
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
(cd tests/timelinejs && npm ci --no-audit --no-fund --silent)

entente=$build/bin/entente
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$entente" export-data --format timelinejs --out "$work/bundled.json"
"$entente" export-data --format timelinejs --country KHM --from 2022 --out "$work/cambodia-2022.json"
"$entente" generate --events 3000 --seed 7 --out "$work/generated.sqlite" >/dev/null
"$entente" export-data --database "$work/generated.sqlite" --format timelinejs --out "$work/generated.json"
for fixture in timelinejs.json timelinejs2.json timelinejs-untitled.json timelinejs-bce.json sample.timeline; do
    # (Their bad rows, there on purpose, are skipped without comment.)
    "$entente" import "tests/data/import/$fixture" --into "$work/$fixture.sqlite" --skip-problems >/dev/null 2>&1
    "$entente" export-data --database "$work/$fixture.sqlite" --format timelinejs --out "$work/again-$fixture.json"
done
node tests/timelinejs/oracle.mjs "$work"/*.json
