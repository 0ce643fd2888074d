#!/usr/bin/env bash
# Runs libFuzzer harnesses for a bounded time each, on a copy of their committed corpus, and
# reports per harness: executions, coverage, new corpus entries and crashes.
#   tests/fuzz/run.sh [SECONDS [HARNESS...]]   default: 600 s each, every harness
# Environment: FUZZ_BUILD  the TOUCHPOINT_FUZZ build (default build-fuzz)
#              FUZZ_OUT    where corpora, logs and crash inputs go (default: a new temp dir);
#                          a corpus an earlier run left there is fuzzed on
# Exits 1 when any harness crashed, leaked, timed out or ran out of memory (the input is in
# FUZZ_OUT/<harness>/artifacts/), 2 on a usage or setup error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}
all=(twitter_js twitter_dm x_api facebook_json facebook_activity facebook_api linkedin_csv
     linkedin_api archive_probe json_rpc config)

seconds=${1:-600}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: SECONDS must be a positive integer" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")
out=${FUZZ_OUT:-$(mktemp -d -t touchpoint-fuzz.XXXXXX)}

# Inputs longer than a real item of the format add time, not coverage.
max_len() {
  case "$1" in
    archive_probe) echo 131072 ;;
    json_rpc | config) echo 8192 ;;
    *) echo 32768 ;;
  esac
}
dict() {
  case "$1" in
    linkedin_csv) echo "$here/dict/csv.dict" ;;
    config) echo "$here/dict/toml.dict" ;;
    archive_probe) echo "" ;;
    *) echo "$here/dict/json.dict" ;;
  esac
}

failed=0
printf '%-18s %6s %10s %8s %6s %6s %7s %s\n' harness secs execs exec/s cov ft corpus crashes
for name in "${harnesses[@]}"; do
  binary="$build/tests/fuzz/${name}_fuzzer"
  [ -x "$binary" ] || { echo "run.sh: $binary: not built (cmake --build $build --target touchpoint_fuzzers)" >&2; exit 2; }
  [ -d "$here/corpus/$name" ] || { echo "run.sh: no corpus for $name" >&2; exit 2; }
  work="$out/$name"
  # A corpus left in FUZZ_OUT by an earlier run is resumed, with the committed seeds added.
  rm -rf "$work/artifacts" "$work/log"
  mkdir -p "$work/artifacts" "$work/corpus"
  cp -n "$here/corpus/$name"/* "$work/corpus/"
  options=(-max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout=10
           -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$work/artifacts/")
  d=$(dict "$name")
  [ -z "$d" ] || options+=(-dict="$d")
  status=0
  started=$SECONDS
  # The outer timeout is a backstop: libFuzzer stops by itself after max_total_time.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    timeout --kill-after=10 $((seconds + 120)) "$binary" "${options[@]}" "$work/corpus" \
    >"$work/log" 2>&1 || status=$?
  elapsed=$((SECONDS - started))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work/corpus" -type f | wc -l)
  crashes=$(find "$work/artifacts" -type f | wc -l)
  printf '%-18s %6s %10s %8s %6s %6s %7s %s\n' "$name" "$elapsed" "${execs:-?}" "${rate:-?}" \
    "${cov:-?}" "${ft:-?}" "$corpus" "$crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    failed=1
    echo "  $name: exit $status; log $work/log; inputs: $(ls "$work/artifacts" | tr '\n' ' ')"
    grep -m1 -E 'ERROR: |invariant broken|runtime error|Deadly signal' "$work/log" | sed 's/^/  /' || true
  fi
done
echo "corpora, logs and crash inputs: $out"
exit "$failed"
