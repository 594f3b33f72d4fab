#!/usr/bin/env bash
# The main job: builds the example programs and runs them (lookups in both editions,
# validation of a few responses), then lints the sample captures with httpstatus-lint.
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
echo
echo "== httpstatus-lint on examples/responses (exit status 1: some samples break a MUST)"
lint="$build/examples/httpstatus-lint"
"$lint" examples/responses/*.http 2>&1 || true
echo
echo "== a 405 and the request that produced it, as JSON, in the RFC 9110 edition"
"$lint" --edition rfc9110 --format json --request examples/responses/requests/delete.http \
        examples/responses/405-no-allow.http || true
