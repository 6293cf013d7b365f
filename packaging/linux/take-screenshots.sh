#!/usr/bin/env bash
# Takes the AppStream screenshots (packaging/linux/screenshots/*.png) of a built Pauzeknop under
# Xvfb at 1280x800, in English, with fresh settings. Look at them before committing.
#   take-screenshots.sh [BUILD_DIR]      needs: xvfb, xdotool, imagemagick
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=$(cd "${1:-$here/../../build}" && pwd)/app/pauzeknop
out=$here/screenshots
mkdir -p "$out"
shot() { # NAME ARGS...
    local name=$1; shift
    local tmp; tmp=$(mktemp -d)
    mkdir -m 0700 "$tmp/run"
    local fifo=$tmp/displayfd; mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$fifo" 2>/dev/null &
    local xvfb=$! display; read -r display <"$fifo"
    DISPLAY=:$display TMPDIR=$tmp XDG_RUNTIME_DIR=$tmp/run HOME=$tmp LANGUAGE=en LANG=C.UTF-8 \
        QT_QPA_PLATFORM=xcb "$binary" --lang en --data-dir "$tmp/data" "$@" &
    local app=$!
    local window=""
    for _ in $(seq 50); do
        window=$(DISPLAY=:$display xdotool search --onlyvisible --name '^Pauzeknop$' 2>/dev/null | head -1) || true
        [[ -n $window ]] && break
        sleep 0.1
    done
    # Fill the screen as a maximised window would, so each image is 1280x800.
    [[ -n $window ]] && DISPLAY=:$display xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
    sleep 1.5
    DISPLAY=:$display import -window root "$out/$name.png"
    kill "$app" "$xvfb" 2>/dev/null || true
    wait "$app" "$xvfb" 2>/dev/null || true
    rm -rf "$tmp"
    echo "$out/$name.png"
}
shot home
shot safefirst --pause
shot breathing --breathe calm
shot helplines --helplines
