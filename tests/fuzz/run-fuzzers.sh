#!/usr/bin/env bash
# Runs each libFuzzer target for $FUZZ_SECONDS (default 30) from its seed corpus and prints one
# line per target: executions, executions per second, new corpus entries, result. The corpus in
# the source tree is only read; new inputs go to <build>/corpus-work/<name>, crashes and
# timeouts to <build>/artifacts/. Exits 1 when any target crashed, leaked or timed out.
#   run-fuzzers.sh BUILD_DIR CORPUS_DIR NAME...
set -uo pipefail
build=$1
corpus=$2
shift 2
seconds=${FUZZ_SECONDS:-30}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*=false'
mkdir -p "$build/artifacts"
failed=0
printf '%-14s %12s %10s %8s  %s\n' target executions exec/s corpus result
for name in "$@"; do
    work="$build/corpus-work/$name"
    mkdir -p "$work"
    log="$build/artifacts/$name.log"
    "$build/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
        "$work" "$corpus/$name" >"$log" 2>&1
    status=$?
    runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    speed=$(grep -m1 -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
    found=$(find "$work" -type f | wc -l)
    result=ok
    if [[ $status -ne 0 ]]; then
        result="FAILED (exit $status, see $log)"
        failed=1
    fi
    printf '%-14s %12s %10s %8s  %s\n' "$name" "${runs:-?}" "${speed:-?}" "$found" "$result"
done
exit $failed
