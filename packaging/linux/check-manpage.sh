#!/usr/bin/env bash
# Fails when an option that `pauzeknop --help` prints is missing from the man page, or when the man
# page makes groff warn (as lintian would).
#   check-manpage.sh PAUZEKNOP_BINARY MAN_PAGE
set -euo pipefail
binary=${1:?usage: check-manpage.sh PAUZEKNOP_BINARY MAN_PAGE}
page=${2:?usage: check-manpage.sh PAUZEKNOP_BINARY MAN_PAGE}
help=$("$binary" --help)
# The option column of --help: "  -h, --help", "  --data-dir <dir>".
mapfile -t options < <(grep -E '^  +-' <<<"$help" | grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' |
    tr -d ' ,' | sort -u)
[[ ${#options[@]} -ge 5 ]] || { echo "only ${#options[@]} options found in --help:" "$help" >&2; exit 1; }
missing=0
for option in "${options[@]}"; do
    roff=${option//-/\\-} # in roff a minus is written \-
    if ! grep -qF -- "$roff" "$page"; then
        echo "man page $page does not describe $option (from --help)" >&2
        missing=1
    fi
done
[[ $missing -eq 0 ]] || exit 1
echo "all ${#options[@]} options of --help are in the man page: ${options[*]}"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
if [[ -n $warnings ]]; then
    echo "groff warns about $page:" >&2
    echo "$warnings" >&2
    exit 1
fi
echo "groff renders $page without warnings"
