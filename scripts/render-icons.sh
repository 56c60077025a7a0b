#!/usr/bin/env bash
# Renders the page icons (resources/icons/pages/*.svg) to the PNG sizes the program ships:
# 24 px (100 %), 36 px (150 %), 48 px (200 %) and 72 px (300 %). Needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/pages"
for svg in *.svg; do
  for px in 24 36 48 72; do
    convert -background none -density 384 "$svg" -resize "${px}x${px}" "PNG32:${svg%.svg}-${px}.png"
  done
done
