#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) and runs each for SECONDS
# (default 15) on its committed seed corpus in tests/fuzz/corpus/<name>, which also replays every
# crash found so far. New interesting inputs go to a scratch folder, never into the repository.
#
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "ok installed"; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
    else
        echo "Fuzzing needs clang: sudo apt-get install -y clang libclang-rt-14-dev" >&2
        exit 1
    fi
fi
build=${FUZZ_BUILD_DIR:-build-fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DENTENTE_FUZZ=ON -DENTENTE_BUILD_TESTS=OFF >/dev/null
targets=(partialdate searchquery filtervalues indexcache import extract)
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
total=0
# One run per parser, and one per format of the format table: fuzz_import lists their keys.
runs=(partialdate searchquery filtervalues indexcache extract)
for key in $("$build/bin/fuzz_import" --list-formats); do
    runs+=("import_$key")
done
for t in "${runs[@]}"; do
    mkdir -p "$scratch/$t" "tests/fuzz/corpus/$t"
    log="$scratch/$t.log"
    binary="$build/bin/fuzz_${t%%_*}"
    if ! ENTENTE_FUZZ_FORMAT="${t#import_}" "$binary" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$scratch/" "$scratch/$t" "tests/fuzz/corpus/$t" \
        >"$log" 2>&1; then
        cat "$log"
        echo "$t found a crash or hang; its input is above. Add it to tests/fuzz/corpus/$t." >&2
        exit 1
    fi
    runs_done=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo 0)
    total=$((total + runs_done))
    echo "fuzz $t: $runs_done executions in ${seconds} s, no crash"
done
echo "fuzzing: $total executions, no crash"
