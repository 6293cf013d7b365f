#!/usr/bin/env bash
# Renders the committed PNG icons (hicolor 16-256), the Windows .ico and the macOS .icns from the
# SVGs in this folder. Run it after changing an SVG and commit what it writes.
#   needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=be.pauzeknop.Pauzeknop
large=$here/$id.svg
out=$here/icons/hicolor
for size in 16 24 32 48 64 128 256 512; do
    source=$large # 16 and 24 px have their own drawing on whole pixels: sharp bars when small
    [[ -f $here/icons/$id-$size.svg ]] && source=$here/icons/$id-$size.svg
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$source" -o "$out/${size}x${size}/apps/$id.png"
done
png() { echo "$out/${1}x${1}/apps/$id.png"; }
icotool --create --output "$here/../windows/pauzeknop.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" --raw="$(png 256)"
png2icns "$here/../macos/pauzeknop.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" \
    "$(png 256)" "$(png 512)" >/dev/null
echo "Rendered icons into $out, packaging/windows/pauzeknop.ico and packaging/macos/pauzeknop.icns"
