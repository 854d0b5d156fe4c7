#!/usr/bin/env bash
# Renders icons/packyard.svg into the PNG sizes, .ico and .icns the window and the installers use.
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" packyard.svg -o "packyard-$size.png"
done
icotool -c -o packyard.ico packyard-16.png packyard-24.png packyard-32.png packyard-48.png packyard-64.png packyard-256.png
png2icns packyard.icns packyard-16.png packyard-32.png packyard-48.png packyard-128.png packyard-256.png packyard-512.png >/dev/null
