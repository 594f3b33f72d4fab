#!/usr/bin/env bash
# The whole test suite: g++ and clang++, each under C++17, C++20 and C++23, warnings as errors;
# the std::formatter tests under clang 16 with libc++ 16; then the whole suite again under AddressSanitizer and UBSan; then each libFuzzer target for a
# bounded time (HTTPSTATUS_FUZZ_SECONDS, 60 by default), after its regression inputs; the
# framing target compares the parser's framing with http-parser's on the same bytes; then a
# configure that cannot see the optional packages; then the Debian package is made, installed
# and consumed (as root). Every package the suite uses is required here (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
ensure_packages "${HTTPSTATUS_BUILD_PACKAGES[@]}" "${HTTPSTATUS_TEST_PACKAGES[@]}"

jobs=$(nproc)
for cxx in g++ clang++; do
  build="build/test-$cxx"
  echo "== $cxx ($("$cxx" --version | head -n 1))"
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
        -DHTTPSTATUS_TEST_STANDARDS="17;20;23" -DHTTPSTATUS_REQUIRE_ALL_DEPENDENCIES=ON >/dev/null
  cmake --build "$build" -j "$jobs"
  (cd "$build" && ctest --output-on-failure -j "$jobs")
done

echo "== std::formatter (clang 16 with libc++ 16's std::format, -fexperimental-library; C++20, C++23)"
build=build/test-libcxx
libcxx="-stdlib=libc++ -fexperimental-library"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-16 -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS="$libcxx" -DCMAKE_EXE_LINKER_FLAGS="$libcxx" \
      -DHTTPSTATUS_TEST_STANDARDS="20;23" >/dev/null
cmake --build "$build" -j "$jobs" --target httpstatus_std_format_cpp20 httpstatus_std_format_cpp23
# must run, not be skipped: the header must see this library's <format>
(cd "$build" && ctest --output-on-failure -R '^std_format' | tee std_format.log)
if grep -q "did not run" "$build/std_format.log"; then
  echo "FAIL: the std::format tests were skipped under libc++ 16" >&2
  exit 1
fi

echo "== the whole suite under AddressSanitizer and UBSan (clang++, C++17)"
build=build/test-sanitize
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DHTTPSTATUS_SANITIZE=ON -DHTTPSTATUS_TEST_STANDARDS=17 \
      -DHTTPSTATUS_REQUIRE_ALL_DEPENDENCIES=ON >/dev/null
cmake --build "$build" -j "$jobs"
(cd "$build" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest --output-on-failure -j "$jobs")

echo "== fuzzing (libFuzzer, ASan, UBSan): ${HTTPSTATUS_FUZZ_SECONDS:-60} s a target"
build=build/fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DHTTPSTATUS_BUILD_TESTS=OFF -DHTTPSTATUS_BUILD_EXAMPLES=OFF -DHTTPSTATUS_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" -j "$jobs"
for target in parse_response parse_request validate framing; do
  fuzzer="$build/tests/fuzz/httpstatus_fuzz_$target"
  regressions=()
  for f in tests/fuzz/regressions/*; do
    case "$(basename "$f")" in
      README.md) ;;
      parse_response-*|parse_request-*|validate-*|framing-*)
        [[ "$(basename "$f")" == "$target"-* ]] && regressions+=("$f") ;;
      *) regressions+=("$f") ;;
    esac
  done
  if [ ${#regressions[@]} -gt 0 ]; then "$fuzzer" "${regressions[@]}"; fi
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  cp examples/responses/*.http examples/responses/requests/*.http tests/lint/captures/*.http "$corpus/"
  "$fuzzer" -max_total_time="${HTTPSTATUS_FUZZ_SECONDS:-60}" -print_final_stats=1 \
            -artifact_prefix="$build/$target-" "$corpus" 2>&1 | tail -n 12
  echo "fuzz $target: no crash"
done
echo "fuzz: 4 passed, 0 failed"

echo "== a configure without the optional packages: skips what needs them, says so, the rest passes"
bash tests/package/without_optional_dependencies.sh build/without-optional | tail -n 14

echo "== the Debian package (cpack -G DEB, dpkg -i, consumers through find_package and pkg-config)"
bash tests/package/debian_package.sh build/package
