#!/usr/bin/env bash
# Benchmarks: builds (Release) and runs them, and prints one table of medians against the
# targets of docs/PERFORMANCE.md. HTTPSTATUS_BENCH_REPEATS sets the repetitions (9).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
ensure_packages "${HTTPSTATUS_BUILD_PACKAGES[@]}" libbenchmark-dev libboost-dev \
  libcpp-httplib-dev libhttp-parser-dev python3

build=build/bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DHTTPSTATUS_BUILD_TESTS=OFF \
      -DHTTPSTATUS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target httpstatus_bench httpstatus-lint
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "compiler: $(c++ --version | head -n 1); flags: -O3 (CMake Release)"
python3 tests/bench/report.py "$build/tests/bench/httpstatus_bench" \
        "$build/examples/httpstatus-lint" "$PWD" c++
