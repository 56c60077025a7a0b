#!/usr/bin/env bash
# Takes the user manual's screenshots (docs/manual/images) from the GUI on a fresh demo database,
# in Chinese, on a virtual 1600x900 screen. Needs xvfb, xdotool and imagemagick.
#   scripts/manual-screenshots.sh            (after a build into build/ or $JIAYUAN_BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JIAYUAN_SCREENSHOT_DISPLAY:-}" ]; then
  exec env JIAYUAN_SCREENSHOT_DISPLAY=1 xvfb-run -a -s "-screen 0 1600x900x24" "$0" "$@"
fi
BUILD_DIR="${JIAYUAN_BUILD_DIR:-build}"
OUT="docs/manual/images"
# A fixed folder: its path shows in the status bar of every picture.
WORK="${TMPDIR:-/tmp}/jiayuan-manual"
rm -rf "$WORK"
mkdir -p "$WORK" "$OUT"
GUI_PID=""
trap '[ -n "$GUI_PID" ] && kill "$GUI_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

"$BUILD_DIR/app/jiayuan-cli" demo --db "$WORK/演示.sqlite" >/dev/null 2>&1
# A settings folder of its own: first start, no remembered page or geometry.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" JIAYUAN_LANG=zh_CN
"$BUILD_DIR/app/jiayuan" --db "$WORK/演示.sqlite" 2>/dev/null &
GUI_PID=$!

# The demo's accounts: sign in as admin (the pointer over the dialog gives it the keyboard).
sleep 4
xdotool mousemove 800 450
xdotool type --delay 50 admin; xdotool key Tab; xdotool type --delay 50 demo2026; xdotool key Return
sleep 4
win=""
for _ in $(seq 60); do
  win="$(xdotool search --onlyvisible --name "家园 — " 2>/dev/null | head -1 || true)"
  [ -n "$win" ] && break
  sleep 0.5
done
[ -n "$win" ] || { echo "the main window did not appear" >&2; exit 1; }
xdotool windowmove "$win" 0 0 windowsize "$win" 1440 860 windowfocus --sync "$win"
sleep 2

# The main window's rectangle, so dialogs and menus over it are in the picture too.
shot() {
  eval "$(xdotool getwindowgeometry --shell "$win")"
  # 256 colours: half the size, and the text stays crisp.
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage -colors 256 "PNG8:$OUT/$1.png"
  echo "$OUT/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; }

pages=(overview residents grids party supermarket honors statistics)
for i in "${!pages[@]}"; do
  key "ctrl+$((i + 1))"
  sleep "${JIAYUAN_SCREENSHOT_WAIT:-3}" # the statistics and board pages load on worker threads
  shot "${pages[$i]}"
done

# Menus and dialogs over the calm overview page.
key ctrl+1; sleep 2
key alt+f; sleep 1; shot file-menu; key Escape; sleep 0.5
key ctrl+r; sleep 2; shot reports; key Escape; sleep 0.5
key alt+t; sleep 0.5; key s; sleep 1; shot settings; key Escape; sleep 0.5
key ctrl+q
for _ in $(seq 20); do
  kill -0 "$GUI_PID" 2>/dev/null || break
  sleep 0.5
done
