#!/usr/bin/env bash
# The generated metainfo lists every translation that has translated text as a supported language,
# names no language without a translation file, and each screenshot it lists is committed under
# packaging/linux/screenshots/ with the width and height the metainfo states.
#   check-metainfo.sh GENERATED_METAINFO SOURCE_DIR
set -euo pipefail
metainfo=${1:?usage: check-metainfo.sh GENERATED_METAINFO SOURCE_DIR}
source_dir=${2:?usage: check-metainfo.sh GENERATED_METAINFO SOURCE_DIR}
source "$(dirname "$0")/png-size.sh"
status=0
mapfile -t listed < <(grep -oE '<lang[^>]*>[^<]+</lang>' "$metainfo" | sed -E 's/<[^>]*>//g')
for ts in "$source_dir"/translations/pauzeknop_*.ts; do
    code=$(basename "$ts" .ts); code=${code#pauzeknop_}
    grep -q '<translation>' "$ts" || continue # nothing translated yet
    if [[ " ${listed[*]} " != *" $code "* ]]; then
        echo "language $code ($ts) is not in the metainfo's <languages>" >&2; status=1
    fi
done
for code in "${listed[@]}"; do
    [[ -f $source_dir/translations/pauzeknop_$code.ts ]] ||
        { echo "metainfo lists $code, but translations/pauzeknop_$code.ts does not exist" >&2; status=1; }
done
echo "languages: ${listed[*]}"
while read -r width height url; do
    file=$source_dir/packaging/linux/screenshots/$(basename "$url")
    if [[ ! -f $file ]]; then
        echo "screenshot $url: $file is missing (packaging/linux/take-screenshots.sh)" >&2; status=1
        continue
    fi
    read -r w h _ < <(png_size "$file")
    if [[ $w != "$width" || $h != "$height" ]]; then
        echo "screenshot $file is ${w}x${h}, the metainfo says ${width}x${height}" >&2; status=1
    else
        echo "screenshot ok: $(basename "$file") ${w}x${h}"
    fi
done < <(grep -oE '<image[^>]*>[^<]+</image>' "$metainfo" |
    sed -E 's/.*width="([0-9]+)".*height="([0-9]+)"[^>]*>([^<]+)<.*/\1 \2 \3/')
[[ $(grep -c '<screenshot' "$metainfo") -ge 1 ]] || { echo "no screenshot listed" >&2; status=1; }
exit $status
