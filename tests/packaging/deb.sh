#!/usr/bin/env bash
# packaging: deb — builds the Debian package into a temp folder and checks what an office PC
# would get: the control fields (Depends by shlibdeps plus the runtime pieces it cannot see),
# the files (programs, desktop entry, icon, AppStream metadata, manual), and that the packaged
# jiayuan-cli starts from an extracted root.
#   deb.sh BUILD_DIR VERSION [CPACK]
set -euo pipefail
BUILD_DIR="$1"
VERSION="$2"
CPACK="${3:-cpack}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/jiayuan-deb.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

"$CPACK" --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1 \
  || { cat "$WORK/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$WORK"/out/jiayuan_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one jiayuan_*.deb, found: ${debs[*]:-none}"
DEB="${debs[0]}"
echo "package: $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"

dpkg-deb -I "$DEB" >"$WORK/info"
field() { sed -n "s/^ $1: //p" "$WORK/info"; }
[ "$(field Package)" = jiayuan ] || fail "Package is not jiayuan"
[ "$(field Version)" = "$VERSION" ] || fail "Version $(field Version), expected $VERSION"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
grep -q "家园" "$WORK/info" || fail "the description has no Chinese"
grep -q "community" "$WORK/info" || fail "the description has no English"
depends="$(field Depends)"
echo "Depends: $depends"
# From shlibdeps (the linked libraries) and by hand (loaded at run time).
for dep in libqt6core6 libqt6widgets6 libqt6sql6 "libxlsxwriter[0-9]+" "libzip[0-9]+" libsqlite3-0 \
           qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n fonts-noto-cjk; do
  grep -Eq "(^|[ ,|])$dep([ ,(]|$)" <<<"$depends" || fail "Depends lacks $dep"
done

# Would apt install it on a clean Debian 12? Simulated against an empty dpkg status (nothing
# installed), so apt must resolve every dependency from the archive's package lists; skipped on a
# machine without package lists (apt-get update never ran), where it cannot tell.
if command -v apt-get >/dev/null && compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
  : >"$WORK/empty-status"
  apt-get install -s -o Dir::State::status="$WORK/empty-status" -o Debug::NoLocking=1 "$DEB" >"$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log" >&2; fail "apt-get cannot resolve the package on a clean system"; }
  grep -q "^Inst jiayuan " "$WORK/apt.log" || { tail -20 "$WORK/apt.log" >&2; fail "apt-get would not install jiayuan"; }
  echo "apt-get install -s on a clean system: $(grep -c '^Inst ' "$WORK/apt.log") packages, jiayuan among them"
else
  echo "apt-get install -s: skipped (no package lists)"
fi

dpkg-deb -c "$DEB" | awk '{print $NF}' >"$WORK/files"
for f in ./usr/bin/jiayuan ./usr/bin/jiayuan-cli \
         ./usr/share/applications/io.github.jiayuan.Jiayuan.desktop \
         ./usr/share/icons/hicolor/scalable/apps/jiayuan.svg \
         ./usr/share/metainfo/io.github.jiayuan.Jiayuan.metainfo.xml \
         ./usr/share/doc/jiayuan/manual/index.html; do
  grep -qx "$f" "$WORK/files" || fail "the package lacks $f"
done

mkdir "$WORK/root"
dpkg-deb -x "$DEB" "$WORK/root"
# The desktop entry must start the installed program by the icon that is installed.
desktop="$WORK/root/usr/share/applications/io.github.jiayuan.Jiayuan.desktop"
grep -qx "Exec=jiayuan" "$desktop" || fail "the desktop entry does not run jiayuan"
grep -qx "Icon=jiayuan" "$desktop" || fail "the desktop entry's icon is not jiayuan"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$WORK/root/usr/share/metainfo/io.github.jiayuan.Jiayuan.metainfo.xml" \
    || fail "appstreamcli rejects the metainfo"
fi
grep -q "<screenshot" "$WORK/root/usr/share/metainfo/io.github.jiayuan.Jiayuan.metainfo.xml" \
  || fail "the AppStream metainfo has no screenshots"
# Stripped programs that find Qt in the system, not in the build tree.
for exe in jiayuan jiayuan-cli; do
  if readelf -d "$WORK/root/usr/bin/$exe" | grep -Eq "RPATH|RUNPATH"; then
    fail "$exe keeps an RPATH"
  fi
  readelf -S "$WORK/root/usr/bin/$exe" | grep -q "\.debug_info" && fail "$exe is not stripped"
done

out="$("$WORK/root/usr/bin/jiayuan-cli" --version)" || fail "the packaged jiayuan-cli --version failed"
echo "jiayuan-cli --version: $out"
grep -q "$VERSION" <<<"$out" || fail "--version does not say $VERSION"
echo "ok"
