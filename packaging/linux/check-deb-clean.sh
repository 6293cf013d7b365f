#!/usr/bin/env bash
# Installs the .deb on a minimal Debian 12 made for the purpose (debootstrap, in a chroot), where
# nothing of the build machine is present, so that apt really resolves every Depends; then checks
# that the program runs there: every library it and its modules link is found, --version, a start
# of --pause offscreen that --export then counts (the SQLite driver), and, after adding Xvfb and
# xdotool, the full-screen pause on X11 and a font for every language it offers.
# It downloads about 200 MB of Debian packages and takes 3-4 minutes. packaging/dev/quickstart.sh
# test runs it after check-deb.sh, on the package that one built:
#   packaging/linux/check-deb-clean.sh [BUILD_DIR]      (the .deb is BUILD_DIR/deb/pauzeknop_*.deb)
# Skips, saying why, where it cannot run: no .deb (check-deb.sh skipped), neither root nor sudo
# without a password, the Debian mirror cannot be reached, or mounts are not allowed (a container).
set -euo pipefail
started=$SECONDS
say() { printf '== check-deb-clean [%3ds]: %s\n' $((SECONDS - started)) "$*"; }
fail() { printf 'check-deb-clean: FAILED: %s\n' "$*" >&2; exit 1; }
build=$(realpath "${1:-${PAUZEKNOP_BUILD_DIR:-build}}")
deb=$(ls "$build"/deb/pauzeknop_*.deb 2>/dev/null | head -1) || true
if [[ -z $deb ]]; then
    say "SKIPPED: no package in $build/deb (check-deb.sh did not build one)"
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n "$0" "$build"
    fi
    say "SKIPPED: making a chroot needs root or sudo without a password"
    exit 0
fi
command -v debootstrap >/dev/null || fail "debootstrap is missing: install packaging/dev/debian-packages.txt"
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}

root=$(mktemp -d "${TMPDIR:-/tmp}/check-deb-clean.XXXXXX")
chmod 0755 "$root" # apt's download user must be able to reach its lists inside
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/home/user \
    TMPDIR=/tmp/user XDG_RUNTIME_DIR=/tmp/user/run LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

say "a minimal Debian 12 (debootstrap --variant=minbase bookworm) from $mirror"
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1; then
    if grep -qE 'Failed getting release file|Temporary failure resolving|Could not resolve|Connection (refused|timed out)' "$root.log"; then
        say "SKIPPED: the Debian mirror $mirror cannot be reached: $(grep -m1 -E 'Failed|resolv|Connection' "$root.log")"
        rm -f "$root.log"
        exit 0
    fi
    tail -20 "$root.log"
    rm -f "$root.log"
    fail "debootstrap"
fi
rm -f "$root.log"
for fs in proc dev dev/pts; do
    mkdir -p "$root/$fs"
    if ! mount --bind "/$fs" "$root/$fs" 2>"$root/mount.log"; then
        say "SKIPPED: /$fs cannot be mounted into the chroot here ($(cat "$root/mount.log")):" \
            "an unprivileged container? (GitHub: container options --privileged)"
        exit 0
    fi
    mounted+=("$root/$fs")
done
mkdir -p "$root/home/user" "$root/tmp/user"
mkdir -m 0700 "$root/tmp/user/run"
cp "$deb" "$root/tmp/"
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
say "apt-get install --no-install-recommends ./$(basename "$deb") ($before packages before)"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$root/tmp/apt.log" 2>&1 ||
    { cat "$root/tmp/apt.log"; fail "apt-get install"; }
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
say "installed with $((after - before - 1)) packages it depends on"

# Every ELF file of the package finds its libraries.
mapfile -t elves < <(in_root dpkg-query -L pauzeknop | while read -r f; do
    [[ -f $root$f ]] && head -c4 "$root$f" | grep -q 'ELF' && echo "$f"; done)
for elf in "${elves[@]}"; do
    missing=$(in_root ldd "$elf" | grep 'not found' || true)
    [[ -z $missing ]] || fail "$elf: $missing"
done
say "all ${#elves[@]} programs and libraries find what they link: ${elves[*]}"

out=$(in_root pauzeknop --version)
[[ $out == "pauzeknop $(dpkg-deb -f "$deb" Version)" ]] || fail "--version: $out"
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 5 pauzeknop --pause >"$root/tmp/offscreen.log" 2>&1 || status=$?
[[ $status -eq 124 ]] || { cat "$root/tmp/offscreen.log"; fail "pauzeknop --pause (offscreen) ended with $status"; }
# The pause was written to the usage log and is read back: the SQLite driver works.
in_root pauzeknop --export /tmp/user/counts.csv >/dev/null 2>"$root/tmp/export.log" || fail "--export"
grep -q ',pause_started,[1-9]' "$root/tmp/user/counts.csv" ||
    fail "--export does not count the pause: $(cat "$root/tmp/export.log" "$root/tmp/user/counts.csv")"
say "--version: $out; --pause runs offscreen until stopped; --export counts that pause (SQLite works)"

say "adding Xvfb, xdotool, x11-utils and fontconfig (test tools, not Depends)"
in_root apt-get install -y -qq --no-install-recommends xvfb xdotool x11-utils fontconfig \
    >"$root/tmp/apt2.log" 2>&1 || { cat "$root/tmp/apt2.log"; fail "apt-get install xvfb"; }
cat >"$root/tmp/x11.sh" <<'EOF'
set -eu
mkfifo /tmp/user/displayfd
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>/tmp/user/displayfd 2>/dev/null &
xvfb=$!
read -r display </tmp/user/displayfd # a free display: the host's may be in use
export DISPLAY=:$display
pauzeknop --pause --lang ar >/tmp/user/x11.log 2>&1 &
app=$!
window=""
for i in $(seq 100); do
    window=$(xdotool search --onlyvisible --name '^Pauzeknop$' 2>/dev/null | head -1) || true
    [ -n "$window" ] && break
    sleep 0.1
done
state=$(xprop -id "$window" _NET_WM_STATE 2>&1 || true)
kill "$app" "$xvfb" 2>/dev/null || true
case $state in *_NET_WM_STATE_FULLSCREEN*) ;; *) echo "no full-screen window: $state"; cat /tmp/user/x11.log; exit 1 ;; esac
EOF
in_root sh /tmp/x11.sh || fail "the pause on X11"
say "pauzeknop --pause --lang ar shows the full-screen pause on X11 (Xvfb)"
for code in $(in_root pauzeknop --help | tr '\n' ' ' | grep -oE 'Use language <code>:[^.]*\.' | grep -oE '\b[a-z]{2,3}\b'); do
    [[ -n $(in_root fc-list ":lang=$code" file) ]] || fail "no font for $code on the clean system"
    fonts+="$code "
done
say "a font for each offered language: ${fonts:-}"
say "OK in $((SECONDS - started)) s"
