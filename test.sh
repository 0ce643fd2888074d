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
