#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Jiayuan builds and runs with — only those missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkgconf file dpkg-dev
  qt6-base-dev qt6-qpa-plugins libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libzip-dev libxlsxwriter-dev libsqlite3-dev libsodium-dev
  catch2 unicode-data bzip2 fonts-noto-cjk python3
  fonts-arphic-uming fonts-wqy-zenhei poppler-utils
  gdal-bin appstream desktop-file-utils
  postgresql libqt6sql6-psql
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
