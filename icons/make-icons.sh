#!/usr/bin/env bash
# Regenerates every icon size from icons/m365-connect.svg with Debian tools:
#   apt-get install -y librsvg2-bin icoutils icnsutils
# Writes icons/png/*.png, icons/m365-connect.{png,ico,icns} and the runtime copies the window loads.
set -euo pipefail
cd "$(dirname "$0")"
svg=m365-connect.svg
runtime=../src/main/resources/io/m365connect/icons

mkdir -p png "$runtime"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "png/m365-connect-$size.png"
done

# Windows: small sizes as bitmaps, 256 as an embedded PNG (-r) as Vista+ expects.
icotool --create --output m365-connect.ico \
  png/m365-connect-{16,24,32,48,64}.png --raw=png/m365-connect-256.png

# macOS: png2icns picks the icns slot from each PNG's size.
png2icns m365-connect.icns png/m365-connect-{16,32,48,128,256,512,1024}.png >/dev/null

# Linux desktop entry and DEB use one large PNG.
cp png/m365-connect-256.png m365-connect.png

# The window's icon list: JavaFX picks the best size per place (title bar, task switcher).
for size in 16 32 48 64 128 256; do
  cp "png/m365-connect-$size.png" "$runtime/"
done
