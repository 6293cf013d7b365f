#!/usr/bin/env bash
# Each hicolor PNG icon exists in every size the desktop asks for, has the size of its folder and
# an alpha channel (round icon, transparent corners).
#   check-icons.sh ICONS_HICOLOR_DIR
set -euo pipefail
dir=${1:?usage: check-icons.sh ICONS_HICOLOR_DIR}
source "$(dirname "$0")/png-size.sh"
status=0
for size in 16 24 32 48 64 128 256; do
    file=$dir/${size}x${size}/apps/be.pauzeknop.Pauzeknop.png
    if [[ ! -f $file ]]; then
        echo "missing: $file (run packaging/linux/render-icons.sh)" >&2; status=1; continue
    fi
    read -r width height colour < <(png_size "$file")
    if [[ $width != "$size" || $height != "$size" ]]; then
        echo "$file is ${width}x${height}, not ${size}x${size}" >&2; status=1
    elif [[ $colour != 6 ]]; then
        echo "$file has no alpha channel (PNG colour type $colour, want 6)" >&2; status=1
    else
        echo "ok: ${size}x${size}"
    fi
done
exit $status
