#!/bin/sh
# Runs a command where Qt can switch accessibility on, as under a screen reader: a private
# session bus with the AT-SPI accessibility bus on it, and a virtual X server (xcb platform).
# Used by the ctest ScreenReaderEvents.UnderXvfb (tests/CMakeLists.txt).
set -e
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    if [ -x "$candidate" ]; then
        launcher=$candidate
        break
    fi
done
if [ -z "$launcher" ]; then
    echo "at-spi-bus-launcher not found (Debian package at-spi2-core)" >&2
    exit 1
fi
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
exec dbus-run-session -- sh -c '
    "$0" --launch-immediately &
    launcher=$!
    status=0
    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$@" || status=$?
    kill "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
    exit "$status"' "$launcher" "$@"
