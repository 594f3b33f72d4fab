#!/usr/bin/env bash
# The whole test suite: g++ and clang++, each under C++17, C++20 and C++23, warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
ensure_packages "${HTTPSTATUS_BUILD_PACKAGES[@]}" "${HTTPSTATUS_TEST_PACKAGES[@]}"

jobs=$(nproc)
for cxx in g++ clang++; do
  build="build/test-$cxx"
  echo "== $cxx ($("$cxx" --version | head -n 1))"
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
        -DHTTPSTATUS_TEST_STANDARDS="17;20;23" >/dev/null
  cmake --build "$build" -j "$jobs"
  (cd "$build" && ctest --output-on-failure -j "$jobs")
done
