#!/bin/sh
# Translation status of every language Pauzeknop offers: runs lupdate over the sources into a
# temporary copy of each translations/pauzeknop_<lang>.ts (the committed files are not touched)
# and prints, per language, how many source strings there are and how many of them are finished,
# unfinished (in the file, marked unfinished), missing (in the sources, not yet in the file) and
# vanished (in the file, no longer in the sources), then lrelease's own count.
#   packaging/dev/translation-status.sh           print the table
#   packaging/dev/translation-status.sh --check   also exit 1 unless every language is complete
# Environment: LUPDATE, LRELEASE (found in Qt's bin folder when unset); for tests: SRC_DIR
# (default app), TS_DIR (default translations), LANGS (default: LanguageManager::available()).
# Needs only sh, awk and Qt's linguist tools (qt6-l10n-tools).
set -eu
export LC_ALL=C # byte order for sort and comm
cd "$(dirname "$0")/../.."
check=no
[ "${1:-}" = --check ] && check=yes

find_tool() {
    for candidate in "$(command -v "$1" 2>/dev/null || true)" /usr/lib/qt6/bin/"$1" \
        "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)/$1"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return; }
    done
    echo "translation-status.sh: $1 not found (apt-get install qt6-l10n-tools)" >&2
    exit 2
}
lupdate=${LUPDATE:-$(find_tool lupdate)}
lrelease=${LRELEASE:-$(find_tool lrelease)}
src=${SRC_DIR:-app}
tsdir=${TS_DIR:-translations}
# The one list of languages lives in LanguageManager::available().
langs=${LANGS:-$(sed -n 's/^ *{QStringLiteral("\([a-z][a-z]*\)"), QStringLiteral(.*/\1/p' \
    app/core/i18n/languagemanager.cpp)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The built-in content's texts (resources/content/*.json) are translated in the same .ts files:
# generate the same lupdate-only source as the build does (app/core/content/contentstrings.cmake).
content_strings=
if [ -z "${SRC_DIR:-}" ]; then
    cmake -DPROJECT_SOURCE_DIR="$PWD" -DPAUZEKNOP_CONTENT_STRINGS_DIR="$tmp/gen" \
        -P app/core/content/contentstrings.cmake
    content_strings=$tmp/gen/contentstrings.cpp
fi

# One line per message of a .ts file: status<TAB>context<US>source<US>comment, where status is
# finished, unfinished or vanished. lupdate writes each tag on its own line.
entries() {
    awk '
    /<context>/ { ctx = "" }
    /<name>/ && !inmsg { n = $0; sub(/.*<name>/, "", n); sub(/<\/name>.*/, "", n); ctx = n }
    /<message[ >]/ { inmsg = 1; src = ""; cmt = ""; status = "finished"; next }
    inmsg && /<source>/ {
        s = $0; sub(/.*<source>/, "", s)
        if (s ~ /<\/source>/) { sub(/<\/source>.*/, "", s); src = s } else { src = s; insrc = 1 }
        next
    }
    insrc {
        s = $0
        if (s ~ /<\/source>/) { sub(/<\/source>.*/, "", s); insrc = 0 }
        src = src "\\n" s
        next
    }
    inmsg && /<comment>/ { c = $0; sub(/.*<comment>/, "", c); sub(/<\/comment>.*/, "", c); cmt = c }
    inmsg && /<translation[ >]/ {
        if ($0 ~ /type="unfinished"/) status = "unfinished"
        else if ($0 ~ /type="(vanished|obsolete)"/) status = "vanished"
        else if ($0 ~ /<translation><\/translation>/) status = "unfinished"
    }
    /<\/message>/ {
        key = ctx "\037" src "\037" cmt
        gsub(/&apos;/, "\047", key) # the same text, whichever way a tool escaped it
        gsub(/&quot;/, "\"", key)
        printf "%s\t%s\n", status, key
        inmsg = 0
    }
    ' "$1"
}

incomplete=0
printf '%-4s %-20s %7s %8s %10s %7s %8s\n' lang file strings finished unfinished missing vanished
for lang in $langs; do
    [ "$lang" = en ] && continue # the source language
    file=$tsdir/pauzeknop_$lang.ts
    target=$lang
    [ "$lang" = pt ] && target=pt_PT # our Portuguese is European Portuguese
    work=$tmp/pauzeknop_$lang.ts
    if [ -f "$file" ]; then
        cp "$file" "$work"
        entries "$file" | cut -f2 | sort >"$tmp/before"
        shown=$(basename "$file")
    else
        : >"$tmp/before"
        shown="(no file yet)"
    fi
    # Same options as the update_translations target, but vanished entries are kept to count.
    "$lupdate" -silent -locations none -no-ui-lines -I "$src/core" -I "$src/ui" "$src" \
        $content_strings -target-language "$target" -ts "$work" >/dev/null
    entries "$work" >"$tmp/after"
    strings=$(grep -vc '^vanished' "$tmp/after" || true)
    finished=$(grep -c '^finished' "$tmp/after" || true)
    vanished=$(grep -c '^vanished' "$tmp/after" || true)
    # New in the sources: current entries whose key the committed file did not have.
    missing=$(grep -v '^vanished' "$tmp/after" | cut -f2 | sort | comm -23 - "$tmp/before" | wc -l)
    unfinished=$((strings - finished - missing))
    printf '%-4s %-20s %7d %8d %10d %7d %8d\n' "$lang" "$shown" "$strings" "$finished" \
        "$unfinished" "$missing" "$vanished"
    said=$("$lrelease" "$work" -qm "$tmp/$lang.qm" 2>&1 |
        sed -n 's/^ *\(Generated\|Ignored\)/\1/p' | paste -sd ';' - | sed 's/;/; /g')
    echo "     lrelease: $said"
    if [ ! -f "$file" ] || [ "$finished" -ne "$strings" ] || [ "$vanished" -ne 0 ]; then
        incomplete=$((incomplete + 1))
    fi
done
if [ "$check" = yes ] && [ "$incomplete" -gt 0 ]; then
    echo "translation-status.sh: $incomplete language(s) not complete" >&2
    exit 1
fi
exit 0
