#!/usr/bin/env bash
# Robustness checks of #15, run by `quickstart.sh test` after the normal suite:
# 1. the whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (preset
#    "asan", build-asan/), and
# 2. every libFuzzer target of tests/fuzz for PAUZEKNOP_FUZZ_SECONDS (default 30) each (preset
#    "fuzz", build-fuzz/, clang), when clang with its libFuzzer runtime is installed.
# Each step prints how long it took. PAUZEKNOP_SKIP_SANITIZERS=1 skips both (saying so).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ${PAUZEKNOP_SKIP_SANITIZERS:-0} == 1 ]]; then
    echo "check-sanitizers: skipped (PAUZEKNOP_SKIP_SANITIZERS=1)"
    exit 0
fi
step() {
    local started=$SECONDS
    "$@"
    echo "check-sanitizers: '$*' took $((SECONDS - started)) s"
}

# Every run of the app needs its own temporary and runtime folders (HELPERS.md).
TMPDIR=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export TMPDIR XDG_RUNTIME_DIR
trap 'rm -rf "$TMPDIR" "$XDG_RUNTIME_DIR"' EXIT

[[ -f build-asan/CMakeCache.txt ]] || step cmake --preset asan >/dev/null
step cmake --build --preset asan
step ctest --preset asan

if command -v clang++ >/dev/null &&
    echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*,unsigned long){return 0;}' |
    clang++ -x c++ -fsanitize=fuzzer - -o "$TMPDIR/probe" 2>/dev/null; then
    [[ -f build-fuzz/CMakeCache.txt ]] ||
        step cmake --preset fuzz -DPAUZEKNOP_FUZZ_SECONDS="${PAUZEKNOP_FUZZ_SECONDS:-30}" >/dev/null
    step cmake --build --preset fuzz --target fuzz
else
    echo "check-sanitizers: fuzzing skipped: clang with libFuzzer is not installed" \
        "(Debian: clang libclang-rt-14-dev)"
fi
