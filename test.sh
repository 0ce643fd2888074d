#!/usr/bin/env bash
# Builds touchpoint with AddressSanitizer and UndefinedBehaviorSanitizer and runs the whole
# test suite with ctest. Installs missing Debian packages first (see setup.sh).
set -euo pipefail
cd "$(dirname "$0")"
# Files the tests write must not be writable by others: touchpoint refuses such a config.
umask 022
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

# The daemon and CLI again with ThreadSanitizer and without libsystemd
# (TOUCHPOINT_WITH_SYSTEMD=OFF: the systemd glue becomes no-ops): the daemon's unit tests and
# the socket, CLI and polling suites, where its threads meet (loop, writer, readers, polls).
tsan=build-tsan
cmake -S . -B "$tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOUCHPOINT_TSAN=ON \
  -DTOUCHPOINT_WITH_SYSTEMD=OFF >/dev/null
cmake --build "$tsan" -j2 --target touchpoint touchpointd daemon_tests
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
"$tsan/tests/daemon_tests"
for suite in socket cli polling; do
  TOUCHPOINTD="$tsan/daemon/touchpointd" TOUCHPOINT="$tsan/cli/touchpoint" \
    TOUCHPOINT_POLL_KILLS=10 TOUCHPOINT_NO_SYSTEMD=1 \
    python3 -W error::ResourceWarning "tests/daemon_integration/${suite}_test.py"
done
