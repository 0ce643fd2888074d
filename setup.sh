#!/usr/bin/env bash
# Installs what touchpoint needs from Debian 12, builds a Release build, and runs the main job
# on the bundled sample archives: import examples/ into a fresh database and print the call
# list and the stats.
#   ./setup.sh              everything
#   ./setup.sh --deps-only  only install missing packages (quiet when all are present)
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake make g++ pkg-config python3 sqlite3
  libsqlite3-dev libcurl4-openssl-dev libssl-dev rapidjson-dev libboost-dev libspdlog-dev
  libgtest-dev libgmock-dev libarchive-dev libtomlplusplus-dev libcli11-dev libexpected-dev
  libsystemd-dev libxxhash-dev
  systemd man-db groff-base socat util-linux
  clang libclang-rt-14-dev
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

install_missing
[ "${1:-}" = "--deps-only" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTOUCHPOINT_BUILD_TESTS=OFF >/dev/null
cmake --build build -j2 >/dev/null

demo_db=$(mktemp -d)/touchpoint.db
echo "== touchpoint import examples/*.zip  (database: $demo_db)"
status=0
./build/cli/touchpoint --db "$demo_db" import examples/*.zip || status=$?
echo
# The samples end in November 2025: judge "new" as of then, as a user would have that morning.
echo "== touchpoint calls --as-of 2025-11-21"
./build/cli/touchpoint --db "$demo_db" calls --as-of 2025-11-21
echo
echo "== touchpoint stats"
./build/cli/touchpoint --db "$demo_db" stats
exit "$status"
