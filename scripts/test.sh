#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 / Ubuntu machine, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${JIAYUAN_BUILD_DIR:-build}"
# --no-tests=error: a build that registered no tests must fail, not pass.
# --timeout: a test that hangs (a modal dialog nobody answers) fails instead of stalling CI.
ctest --test-dir "$BUILD_DIR" --no-tests=error --output-on-failure --timeout 300 -j "$(nproc)"
