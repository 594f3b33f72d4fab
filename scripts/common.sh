# Sourced by the scripts here: installs the Debian packages a script needs, if missing.
# shellcheck shell=bash

# ensure_packages PKG...: apt-get installs the packages that are not installed yet.
ensure_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The packages every build of the project needs (the examples include httpstatus-lint).
HTTPSTATUS_BUILD_PACKAGES=(cmake make g++ pkg-config libfmt-dev libcli11-dev nlohmann-json3-dev
  libcurl4-openssl-dev)
# What the test suite adds: the second compiler, clang 16 with libc++ 16 (the one <format> on
# bookworm, for the std::formatter tests), the test/integration libraries, and the real
# servers the linter's tests run (nginx-light, apache2, lighttpd; openssl for a certificate).
HTTPSTATUS_TEST_PACKAGES=(clang catch2 libboost-dev libcpp-httplib-dev python3 libhttp-parser-dev
  nginx-light python3-jsonschema libgtest-dev libgmock-dev doctest-dev
  clang-16 libc++-16-dev libc++abi-16-dev apache2 lighttpd openssl)
