#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs one.
#   scripts/fuzz.sh [csv|xlsx] [seconds]      (defaults: xlsx, 300)
# The fuzzer works on a copy of tests/fuzz/corpus/<target> kept in the build directory, so the
# committed seeds never grow; crashes, leaks and timeouts land in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${1:-xlsx}"
SECONDS_TO_RUN="${2:-300}"
case "$TARGET" in
  csv) MAX_LEN=16384 ;;
  xlsx) MAX_LEN=65536 ;;
  *) echo "usage: $0 [csv|xlsx] [seconds]" >&2; exit 2 ;;
esac
BUILD_DIR="${JIAYUAN_FUZZ_BUILD_DIR:-build-fuzz}"
CC="${CC:-clang}" CXX="${CXX:-clang++}" cmake -S . -B "$BUILD_DIR" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIAYUAN_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target "fuzz_$TARGET" -- -j"${JOBS:-2}"

WORK="$BUILD_DIR/fuzz-work/$TARGET"
mkdir -p "$WORK/corpus" "$BUILD_DIR/artifacts"
cp -n tests/fuzz/corpus/"$TARGET"/* "$WORK/corpus/" 2>/dev/null || true
DICT=()
if [ -f "tests/fuzz/$TARGET.dict" ]; then
  DICT=(-dict="tests/fuzz/$TARGET.dict")
fi
# QT_* quiets Qt's warnings about the missing runtime directory; leaks are checked by libFuzzer.
XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}" "$BUILD_DIR/tests/fuzz/fuzz_$TARGET" "$WORK/corpus" \
  "${DICT[@]}" -max_len="$MAX_LEN" -rss_limit_mb=2048 -timeout=10 \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 \
  -artifact_prefix="$BUILD_DIR/artifacts/$TARGET-"
