#!/usr/bin/env bash
# The main job: builds the example programs and runs them (lookups in both editions, then
# validation of a few responses).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
ensure_packages "${HTTPSTATUS_BUILD_PACKAGES[@]}"

build=build/demo
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DHTTPSTATUS_BUILD_TESTS=OFF \
      -DHTTPSTATUS_BUILD_EXAMPLES=ON >/dev/null
cmake --build "$build" -j "$(nproc)"
"$build/examples/lookups"
echo
"$build/examples/validation"
