#!/usr/bin/env bash
# The Debian package, as a user gets it: `cpack -G DEB` writes httpstatus-dev_<version>_all.deb,
# `dpkg -i` installs it on this machine, and consumers build against it with find_package and
# with pkg-config; then it is removed again. Needs root (CI runs as root); says so and skips
# otherwise.   bash tests/package/debian_package.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/package}"
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null; then
  echo "debian package: SKIPPED (needs root and dpkg to install the package)"
  exit 0
fi
if dpkg-query -W -f='${Status}' httpstatus-dev 2>/dev/null | grep -q "install ok installed"; then
  echo "debian package: httpstatus-dev is installed already; not touching it"
  exit 1
fi
rm -rf "$build"
cmake -S . -B "$build" -DHTTPSTATUS_BUILD_TESTS=OFF -DHTTPSTATUS_BUILD_EXAMPLES=OFF >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/httpstatus-dev_*_all.deb)
echo "debian package: $(basename "$deb")"
dpkg-deb -I "$deb" | grep -E "Package|Architecture|Version"
trap 'dpkg -r httpstatus-dev >/dev/null' EXIT
dpkg -i "$deb" >/dev/null
# find_package, with nothing but the system's search path
cmake -S tests/package/find_package -B "$build/find_package" >/dev/null
cmake --build "$build/find_package" >/dev/null
"$build/find_package/consumer"
# pkg-config
test "$(pkg-config --modversion httpstatus)" = "$(dpkg-deb -f "$deb" Version)"
# shellcheck disable=SC2046
c++ -std=c++17 $(pkg-config --cflags httpstatus) tests/package/consumer.cpp -o "$build/pkg_config_consumer"
"$build/pkg_config_consumer"
echo "debian package: installed, consumed through find_package and pkg-config, removed"
