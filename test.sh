#!/usr/bin/env bash
# Builds touchpoint with AddressSanitizer and UndefinedBehaviorSanitizer and runs the whole
# test suite with ctest. Installs missing Debian packages first (see setup.sh).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --deps-only

build=build-sanitize
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DTOUCHPOINT_SANITIZE=ON >/dev/null
cmake --build "$build" -j2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j2

# The libFuzzer harnesses (tests/fuzz) in their own clang build, only the libraries they
# need. Their ctest tests replay each committed corpus and fuzz a few seconds more.
fuzz=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$fuzz" -DTOUCHPOINT_FUZZ=ON -DTOUCHPOINT_BUILD_TESTS=OFF \
  >/dev/null
cmake --build "$fuzz" -j2 --target touchpoint_fuzzers
ctest --test-dir "$fuzz" --output-on-failure -j2 -R '^fuzz\.'

# The daemon and CLI built without libsystemd (TOUCHPOINT_WITH_SYSTEMD=OFF: the systemd glue
# becomes no-ops) must serve the same socket and CLI suites.
plain=build-nosystemd
cmake -S . -B "$plain" -DCMAKE_BUILD_TYPE=Release -DTOUCHPOINT_WITH_SYSTEMD=OFF \
  -DTOUCHPOINT_BUILD_TESTS=OFF >/dev/null
cmake --build "$plain" -j2 --target touchpoint touchpointd
for suite in socket cli; do
  TOUCHPOINTD="$plain/daemon/touchpointd" TOUCHPOINT="$plain/cli/touchpoint" \
    python3 -W error::ResourceWarning "tests/daemon_integration/${suite}_test.py"
done
