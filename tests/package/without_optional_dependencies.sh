#!/usr/bin/env bash
# A top-level configure on a machine without the optional packages (Catch2, fmt, Boost,
# cpp-httplib, GoogleTest, doctest, http-parser, CLI11, nlohmann/json, libcurl) succeeds, says
# which parts it skipped and why, and what is left builds and passes. The packages are installed
# here (CI requires them), so the configure is told not to look where they are: CMake ignores
# the system prefixes (CMAKE_IGNORE_PREFIX_PATH) and pkg-config (CMAKE_DISABLE_FIND_PACKAGE_).
#
#   bash tests/package/without_optional_dependencies.sh [BUILD_DIR]
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-"$src/build/without-optional"}
cxx=$(command -v "${CXX:-g++}")
rm -rf "$work"
mkdir -p "$work"
cmake -S "$src" -B "$work" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_IGNORE_PREFIX_PATH="/;/usr;/usr/local" -DCMAKE_DISABLE_FIND_PACKAGE_PkgConfig=ON \
      2>&1 | tee "$work/configure.log"

expect() {
  if ! grep -qF -- "$1" "$work/configure.log"; then
    echo "FAIL: the configure did not say: $1" >&2
    exit 1
  fi
}
expect "httpstatus: 10 optional parts skipped (the library itself is complete):"
expect "  - the unit tests and the table against the RFC texts: no Catch2 2.13 (Debian: catch2)"
expect "  - the Catch2 matcher tests: no Catch2 2.13 (Debian: catch2)"
expect "  - the std::format tests: no Catch2 2.13 (Debian: catch2)"
expect "  - the fmt formatter tests: no fmt 9 (Debian: libfmt-dev), no Catch2 2.13 (Debian: catch2)"
expect "  - the Boost.Beast adapter tests: no Boost 1.74 (Debian: libboost-dev), no Catch2"
expect "  - the cpp-httplib adapter tests (a real server on loopback): no cpp-httplib through pkg-config"
expect "  - the GoogleTest matcher tests: no GoogleTest and GoogleMock (Debian: libgtest-dev, libgmock-dev)"
expect "  - the doctest assertion tests: no doctest (Debian: doctest-dev)"
expect "  - the framing test against http-parser: no http-parser (Debian: libhttp-parser-dev)"
expect "  - httpstatus-lint and its tests: no CLI11 2 (Debian: libcli11-dev), no nlohmann/json 3 (Debian: nlohmann-json3-dev), no fmt 9 (Debian: libfmt-dev), no libcurl 7.85 (Debian: libcurl4-openssl-dev)"

# What needs only the compiler still builds and passes: the core without exceptions, without
# allocation, every core header on its own, the rule-id compile checks, the packaging, the
# rules reference.
cmake --build "$work" -j "$(nproc)"
(cd "$work" && ctest --output-on-failure -j "$(nproc)")
count=$(cd "$work" && ctest -N | sed -n 's/^Total Tests: //p')
if [ "$count" -lt 10 ]; then
  echo "FAIL: only $count tests were left without the optional packages" >&2
  exit 1
fi
echo "without optional dependencies: configured, built, $count tests passed"
