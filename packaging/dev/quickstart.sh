#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Pauzeknop, then starts it or runs every test.
#   packaging/dev/quickstart.sh run [APP OPTIONS...]   build and start the app
#   packaging/dev/quickstart.sh test                   build, run the whole test suite, then build,
#                                                      install and remove the Debian package, here
#                                                      and on a minimal Debian in a chroot
#                                                      (packaging/linux/check-deb*.sh)
# Safe to run again: installed packages and finished build steps are skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-run}
[[ $# -gt 0 ]] && shift

mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/dev/debian-packages.txt)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

build=${PAUZEKNOP_BUILD_DIR:-build}
[[ -f $build/CMakeCache.txt ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel

case $mode in
    run) exec "$build/app/pauzeknop" "$@" ;;
    test)
        # --timeout: a test that hangs fails after 5 minutes instead of holding CI for 25.
        ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 300
        packaging/linux/check-deb.sh "$build"
        packaging/linux/check-deb-clean.sh "$build"
        tests/sanitizers/check-sanitizers.sh
        ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
