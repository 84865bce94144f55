#!/usr/bin/env bash
# Quick start for a fresh Debian 12 machine: installs the Debian packages the build needs (only the
# missing ones), builds, then either opens the workbench on the demo data (`run`) or runs the whole
# test suite (`test`). Run as root or with sudo available.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6svg6 libqt6opengl6-dev libqcustomplot-dev libgl-dev
  libeigen3-dev zlib1g-dev nlohmann-json3-dev libxxhash-dev libsqlite3-dev
  clang libclang-rt-dev
  xvfb xauth poppler-utils python3-pandas python3-distributed python3-onnx
  help2man dpkg-dev fakeroot lintian desktop-file-utils appstream
)

usage() {
  echo "usage: packaging/bootstrap.sh run|test|package" >&2
  echo "  run      install missing packages, build Release, open the workbench on the demo data" >&2
  echo "           (without a display: run the CLI pipeline on the demo data)" >&2
  echo "  test     install missing packages, build, run the whole test suite (ctest)," >&2
  echo "           the sanitizer build with the fuzzers, and the Debian package's checks" >&2
  echo "  package  install missing packages, build the Debian package into build/release/package" >&2
  exit 2
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ONNX Runtime for the ONNX export's parity test: the onnxruntime-node package from the npm
# registry, into build/tools (Node.js and npm from Debian when the machine has none). Its install
# script only fetches optional GPU builds from outside the registry, so it is skipped.
install_onnxruntime() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages=(nodejs npm)
    install_missing
  fi
  [ -d build/tools/node_modules/onnxruntime-node ] && return
  npm install --prefix build/tools --no-audit --no-fund --ignore-scripts onnxruntime-node@1.30.0
}

jobs() { nproc 2>/dev/null || echo 2; }

build_preset() {
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$(jobs)"
}

[ $# -eq 1 ] || usage
case "$1" in
  run)
    install_missing
    build_preset release
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      exec build/release/app/anomaly-workbench --demo
    fi
    echo "No display found: running the CLI pipeline on the demo data instead."
    exec build/release/app/anomaly-cli --demo
    ;;
  test)
    install_missing
    install_onnxruntime
    build_preset release
    # With the Debian package's checks: built, lintian, desktop-file-validate, appstreamcli, and
    # (here, not in a developer's plain ctest) installed, run from /usr/bin and removed.
    AWB_PACKAGE_INSTALL_TEST=1 ctest --preset release -j "$(jobs)"
    # The core again under AddressSanitizer + UBSan (clang), with each file reader's fuzzer for 60 s.
    build_preset asan
    ctest --preset asan -j "$(jobs)"
    ;;
  package)
    install_missing
    build_preset release
    cpack --config build/release/CPackConfig.cmake -B build/release/package
    echo "Built: $(ls build/release/package/*.deb)"
    ;;
  *)
    usage
    ;;
esac
