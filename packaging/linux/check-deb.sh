#!/usr/bin/env bash
# Proves the Debian package by installing it, as a user's machine would:
#   1. builds pauzeknop_<version>_<arch>.deb with CPack from the build folder
#   2. lintian: no error and no warning (overrides: packaging/linux/lintian-overrides)
#   3. apt-get install ./pauzeknop_*.deb --no-install-recommends (Depends alone must be enough)
#   4. desktop-file-validate, appstreamcli validate --no-net and man on the installed files
#   5. starts /usr/bin/pauzeknop --pause under Xvfb (own HOME, TMPDIR, XDG_RUNTIME_DIR) and checks
#      that the full-screen pause is shown: the window asks to be full screen (the home window does
#      not), and the picture matches the build's own --pause and differs from its home screen
#   6. every Qt plugin the installed program loaded comes from a package its Depends pull in, and
#      a font from Depends covers each language it offers (fontconfig's :lang=)
#   7. --version and --export (the pause above is in the exported counts)
#   8. apt-get purge, then no file of the package is left, nothing new outside the user's data
# Skips (exit 0, with the reason) only where packages cannot be installed: not Debian, or not root
# and no sudo without a password.
#   packaging/linux/check-deb.sh [BUILD_DIR]        (default: build, or $PAUZEKNOP_BUILD_DIR)
set -euo pipefail
started=$SECONDS
cd "$(dirname "$0")/../.."
source=$PWD
build=$(realpath "${1:-${PAUZEKNOP_BUILD_DIR:-build}}")
say() { printf '== check-deb [%3ds]: %s\n' $((SECONDS - started)) "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

if ! command -v apt-get >/dev/null || ! command -v dpkg >/dev/null; then
    say "SKIPPED: this is not a Debian-like system (no apt-get/dpkg); the package was not checked"
    exit 0
fi
root=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        root=(sudo -n)
    else
        say "SKIPPED: installing a package needs root or sudo without a password; the package was" \
            "not installed or checked (run as root, or: sudo packaging/linux/check-deb.sh)"
        exit 0
    fi
fi
for tool in cpack lintian desktop-file-validate appstreamcli Xvfb xdotool xprop import compare man fc-list; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing: install the packages of packaging/dev/debian-packages.txt"
done

# One check at a time on a machine: two would install and purge the same package under each other.
lock=/tmp/pauzeknop-check-deb.lock # opened to read: any user can take it, whoever made it
[[ -e $lock ]] || : >"$lock"
exec 9<"$lock"
flock -w 900 9 || fail "another check-deb.sh has held $lock for 15 minutes"
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq)

work=$(mktemp -d "${TMPDIR:-/tmp}/check-deb.XXXXXX")
pids=()
installed=0
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ $installed -eq 1 ]]; then # a failed check never leaves the package behind
        "${root[@]}" "${apt[@]}" purge pauzeknop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# ---- 1. build ------------------------------------------------------------------------------
say "building the package from $build"
[[ -f $build/CMakeCache.txt ]] || fail "$build is not a configured build folder"
cmake --build "$build" >/dev/null
rm -f "$build"/deb/pauzeknop_*.deb
(cd "$build" && cpack -G DEB -B "$build/deb" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$build"/deb/pauzeknop_*.deb)
version=$(dpkg-deb -f "$deb" Version)
say "$(basename "$deb"): $(stat -c %s "$deb") bytes, Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
say "Depends: $(dpkg-deb -f "$deb" Depends)"

# ---- 2. lintian ----------------------------------------------------------------------------
say "lintian"
lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v 'running with root privileges' |
    tee "$work/lintian.log" || true
# lintian's exit status is lost in the pipe above: run it again for the verdict.
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports an error or a warning"
say "lintian: no error, no warning"

# ---- 3. install ----------------------------------------------------------------------------
snapshot() { # every path on the system a package or the program could touch, sorted
    find /usr /etc /opt /var -xdev \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/cache \
        -o -path /var/log -o -path /var/tmp -o -path /var/backups -o -path /var/mail \) -prune \
        -o -print 2>/dev/null | sort
}
if dpkg-query -W -f='${Status}' pauzeknop 2>/dev/null | grep -q 'install ok installed'; then
    say "pauzeknop was installed before this check: it is purged first"
    "${root[@]}" "${apt[@]}" purge pauzeknop >/dev/null
fi
snapshot >"$work/before.txt"
say "apt-get install $(basename "$deb") --no-install-recommends"
installed=1
"${root[@]}" "${apt[@]}" install --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg-query -L pauzeknop | sort >"$work/files.txt"
[[ -x /usr/bin/pauzeknop ]] || fail "/usr/bin/pauzeknop was not installed"

# ---- 4. installed files ----------------------------------------------------------------------
desktop-file-validate /usr/share/applications/be.pauzeknop.Pauzeknop.desktop ||
    fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/be.pauzeknop.Pauzeknop.metainfo.xml ||
    fail "appstreamcli validate"
if grep -qs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
    say "man page not checked: dpkg is told to leave out man pages here (a slim container)"
else
    [[ $(man -w pauzeknop) == /usr/share/man/man1/pauzeknop.1.gz ]] || fail "man pauzeknop finds no page"
fi
say "desktop file, metainfo and man page of the installed package are valid"

# ---- 5. the pause under Xvfb -----------------------------------------------------------------
home=$work/home
mkdir -p "$home" "$work/tmp"
fonts_ok=""
mkdir -m 0700 "$work/run"
fifo=$work/displayfd
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$fifo" 2>/dev/null &
pids+=($!)
read -r display <"$fifo"
export DISPLAY=:$display
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
# Runs PROGRAM ARGS... with its own HOME and folders, takes a screenshot NAME.png once its window
# is shown, prints the window's geometry, and ends the program.
run_and_shoot() {
    local name=$1; shift
    local run_home=$work/home-$name
    [[ $name == installed ]] && run_home=$home
    mkdir -p "$run_home"
    HOME=$run_home TMPDIR=$work/tmp XDG_RUNTIME_DIR=$work/run LANG=C.UTF-8 LANGUAGE=en \
        QT_DEBUG_PLUGINS=1 "$@" --lang en >"$work/$name.log" 2>&1 &
    local pid=$!
    pids+=("$pid")
    local window=""
    for _ in $(seq 100); do
        window=$(xdotool search --onlyvisible --name '^Pauzeknop$' 2>/dev/null | head -1) || true
        [[ -n $window ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "$* ended before a window was shown"; }
        sleep 0.1
    done
    [[ -n $window ]] || fail "$* showed no window named Pauzeknop within 10 s"
    sleep 1.5 # let the first screen settle
    xprop -id "$window" _NET_WM_STATE >"$work/$name.state"
    import -window root "$work/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
say "starting /usr/bin/pauzeknop --pause under Xvfb 1280x800"
run_and_shoot installed /usr/bin/pauzeknop --pause
run_and_shoot reference "$build/app/pauzeknop" --pause
run_and_shoot home "$build/app/pauzeknop"
# Xvfb has no window manager to resize the window: the request to be full screen is what shows.
grep -q _NET_WM_STATE_FULLSCREEN "$work/installed.state" ||
    fail "the window did not ask to be full screen: $(cat "$work/installed.state")"
! grep -q _NET_WM_STATE_FULLSCREEN "$work/home.state" ||
    fail "the home screen is full screen too, so the check above proves nothing"
differing() { compare -metric AE -fuzz 3% "$1" "$2" null: 2>&1 || true; }
same=$(differing "$work/installed.png" "$work/reference.png")
other=$(differing "$work/installed.png" "$work/home.png")
pixels=$((1280 * 800))
say "the pause window asks for full screen; pixels that differ: from the build's --pause $same, from its home $other"
[[ $same =~ ^[0-9]+$ && $other =~ ^[0-9]+$ ]] || fail "compare: $same / $other"
((same * 100 < pixels)) || fail "the installed --pause screen differs from the build's in $same pixels"
((other * 10 > pixels)) || fail "the installed --pause screen looks like the home screen ($other pixels differ)"
say "the installed program shows the pause screen"

# ---- 6. plugins loaded at run time come with Depends ---------------------------------------------
mapfile -t plugins < <(grep -ohE '"/[^"]+\.so[^"]*" loaded library' "$work/installed.log" |
    cut -d'"' -f2 | sort -u)
[[ ${#plugins[@]} -ge 2 ]] || fail "no Qt plugin load was logged (QT_DEBUG_PLUGINS)"
# With --recurse, apt-cache prints every package that Depends reach on a line of its own.
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances pauzeknop 2>/dev/null | grep -E '^[a-z0-9]' | sed 's/:.*//' | sort -u)
for plugin in "${plugins[@]}"; do
    package=$(dpkg-query -S "$(realpath "$plugin")" 2>/dev/null | head -1 | cut -d: -f1) ||
        fail "$plugin belongs to no package"
    grep -qx "$package" <<<"$closure" ||
        fail "$plugin (package $package) is loaded but not pulled in by pauzeknop's Depends"
    say "plugin $(basename "$plugin") from $package: in Depends"
done

# A font from the Depends covers each language the program offers (its --help lists them):
# the language chooser shows every name in its own script, Arabic and Persian shapes included.
mapfile -t languages < <(LANG=C.UTF-8 LANGUAGE=en /usr/bin/pauzeknop --help | tr '\n' ' ' |
    grep -oE 'Use language <code>:[^.]*\.' | grep -oE '\b[a-z]{2,3}\b')
[[ ${#languages[@]} -ge 2 ]] || fail "--help lists no languages for --lang"
declare -A font_package # every font file fontconfig knows -> its package, in one dpkg-query
while IFS= read -r line; do
    font_package[${line#*: }]=${line%%: *}
done < <(fc-list : file | cut -d: -f1 | xargs -r realpath | sort -u | xargs -r dpkg-query -S 2>/dev/null |
    sed 's/:[a-z0-9]*: /: /')
for code in "${languages[@]}"; do
    covering=$(fc-list ":lang=$code" file | cut -d: -f1 | xargs -r realpath | while read -r font; do
        echo "${font_package[$font]:-}"; done | sed '/^$/d' | sort -u)
    from_depends=$(grep -xFf <(printf '%s\n' $covering) <<<"$closure" | tr '\n' ' ') || true
    [[ -n $from_depends ]] ||
        fail "no font in pauzeknop's Depends covers language $code (fonts that do: ${covering:-none})"
    fonts_ok+="$code "
done
say "a font from Depends covers each offered language: ${fonts_ok}"

# ---- 7. --version and --export ------------------------------------------------------------------
out=$(/usr/bin/pauzeknop --version)
[[ $out == "pauzeknop $version" ]] || fail "--version printed '$out', the package is $version"
HOME=$home TMPDIR=$work/tmp XDG_RUNTIME_DIR=$work/run /usr/bin/pauzeknop --export "$work/export.csv" >/dev/null ||
    fail "--export failed"
grep -q '^[0-9]\{4\}-W[0-9]\{2\},.*,pause_started,[1-9]' "$work/export.csv" ||
    fail "--export has no pause_started count: $(cat "$work/export.csv")"
say "--version: $out; --export: $(grep -c . "$work/export.csv") lines, the pause is counted"

# ---- 8. purge: nothing left ---------------------------------------------------------------------
"${root[@]}" "${apt[@]}" purge pauzeknop >"$work/purge.log" 2>&1 ||
    { cat "$work/purge.log"; fail "apt-get purge"; }
installed=0
left=$(while read -r path; do if [[ -f $path || -L $path ]]; then echo "$path"; fi; done <"$work/files.txt")
[[ -z $left ]] || fail "files of the package are left after purge: $left"
[[ ! -e /usr/share/doc/pauzeknop ]] || fail "/usr/share/doc/pauzeknop is left after purge"
snapshot >"$work/after.txt"
# New paths that no installed package owns: the program or its scripts left them behind.
cat /var/lib/dpkg/info/*.list | sort -u >"$work/owned.txt"
comm -13 "$work/before.txt" "$work/after.txt" | comm -23 - "$work/owned.txt" |
    grep -vE '/(icon-theme\.cache|mimeinfo\.cache|gschemas\.compiled)$' >"$work/new.txt" || true
[[ ! -s $work/new.txt ]] || fail "left outside the user's data after purge: $(cat "$work/new.txt")"
say "purged: none of its $(grep -c . "$work/files.txt") paths is left; nothing new outside the user's data"
say "the user's own data stays, as it should: $(cd "$home" && find . -type f | sort | tr '\n' ' ')"
say "OK in $((SECONDS - started)) s"
