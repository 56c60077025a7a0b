#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 / Ubuntu machine, builds, creates a demo database
# on first run and starts the workstation on it. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh --target jiayuan jiayuan-cli
BUILD_DIR="${JIAYUAN_BUILD_DIR:-build}"

DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/jiayuan"
DB="${JIAYUAN_DB:-$DATA_DIR/demo.sqlite}"
mkdir -p "$(dirname "$DB")"
if [ ! -f "$DB" ]; then
  echo "Creating the demo database $DB (魅力社区) …"
  "$BUILD_DIR/app/jiayuan-cli" demo --db "$DB" --communities "${JIAYUAN_DEMO_COMMUNITIES:-1}"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. On a server, run: xvfb-run -a scripts/run.sh" >&2
  exit 1
fi
exec "$BUILD_DIR/app/jiayuan" --db "$DB" "$@"
