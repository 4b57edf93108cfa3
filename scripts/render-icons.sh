#!/usr/bin/env bash
# Renders assets/icons/copydesk.svg into the files the packages use:
#   copydesk-<N>.png  (16..512; jpackage on Linux takes copydesk-256.png, the desktop entry uses it)
#   copydesk.ico      (Windows .msi/.exe: 16, 24, 32, 48, 64, 256)
#   copydesk.icns     (macOS .dmg: 16, 32, 48, 128, 256, 512)
# Needs rsvg-convert, ImageMagick's convert and png2icns:
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# The rendered files are committed, so building a package does not need these tools.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for n in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$n" -h "$n" copydesk.svg -o "copydesk-$n.png"
done
convert copydesk-16.png copydesk-24.png copydesk-32.png copydesk-48.png copydesk-64.png \
  copydesk-256.png copydesk.ico
png2icns copydesk.icns copydesk-16.png copydesk-32.png copydesk-48.png copydesk-128.png \
  copydesk-256.png copydesk-512.png >/dev/null
ls -l copydesk*
