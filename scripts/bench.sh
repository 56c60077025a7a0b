#!/usr/bin/env bash
# Roster benchmarks on a generated street of 19 communities (~200,000 residents).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
CMAKE_BUILD_TYPE=Release JIAYUAN_BUILD_DIR="${JIAYUAN_BUILD_DIR:-build-release}" scripts/build.sh --target jiayuan-cli jiayuan_bench
BUILD_DIR="${JIAYUAN_BUILD_DIR:-build-release}"
DB="${JIAYUAN_BENCH_DB:-/tmp/jiayuan-bench-street.sqlite}"
if [ ! -f "$DB" ]; then
  "$BUILD_DIR/app/jiayuan-cli" demo --db "$DB" --communities 19
fi
JIAYUAN_BENCH_DB="$DB" QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/jiayuan_bench" --benchmark-samples "${SAMPLES:-20}" "$@"
