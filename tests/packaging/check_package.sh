#!/usr/bin/env bash
# check_package.sh STEP DEB_DIR [CPACK_CONFIG]: one check of the Debian package in DEB_DIR.
#   build     cpack writes the .deb into DEB_DIR
#   lintian   no errors (warnings are printed)
#   desktop   desktop-file-validate on the packaged desktop entry
#   appstream appstreamcli validate on the packaged metainfo
#   mime      the session MIME type is valid XML and names *.awbsession
#   contents  programs, translations-bearing binaries, icons, man page, copyright are all in it
#   install   dpkg -i, anomaly-cli --demo from /usr/bin, dpkg -r leaves none of its files (root or
#             sudo, and AWB_PACKAGE_INSTALL_TEST=1 as packaging/bootstrap.sh test sets it)
set -euo pipefail
step=$1 dir=$2
app_id=org.anomalyworkbench.workbench

deb() {
  local found=("$dir"/anomaly-workbench_*.deb)
  [ -f "${found[0]}" ] || { echo "no package in $dir: run the package_build test first" >&2; exit 1; }
  echo "${found[0]}"
}
unpacked() {  # one folder per step: ctest runs steps side by side
  local root="$dir/unpacked-$step"
  rm -rf "$root"; mkdir -p "$root"
  dpkg-deb -x "$(deb)" "$root"
  echo "$root"
}
need() {
  command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed (packaging/bootstrap.sh test installs it)"; exit 77; }
}
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

case "$step" in
  build)
    rm -rf "$dir"; mkdir -p "$dir"
    cpack --config "$3" -B "$dir"
    dpkg-deb -I "$(deb)"
    ;;
  lintian)
    need lintian
    lintian --fail-on error --display-info "$(deb)"
    ;;
  desktop)
    need desktop-file-validate
    root=$(unpacked)
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
    echo "desktop entry valid"
    ;;
  appstream)
    need appstreamcli
    root=$(unpacked)
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml"
    ;;
  mime)
    root=$(unpacked)
    python3 - "$root/usr/share/mime/packages/$app_id.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
types = ET.parse(sys.argv[1]).getroot().findall("m:mime-type", ns)
globs = [g.get("pattern") for t in types for g in t.findall("m:glob", ns)]
assert "*.awbsession" in globs, globs
print("MIME type", types[0].get("type"), "for", globs)
PY
    ;;
  contents)
    listing=$(dpkg-deb -c "$(deb)" | awk '{print $6}')
    for f in ./usr/bin/anomaly-workbench ./usr/bin/anomaly-cli ./usr/share/man/man1/anomaly-cli.1.gz ./usr/share/man/man1/anomaly-workbench.1.gz \
             ./usr/share/doc/anomaly-workbench/copyright ./usr/share/doc/anomaly-workbench/changelog.Debian.gz \
             ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
             ./usr/share/icons/hicolor/16x16/apps/$app_id.png; do
      grep -qxF "$f" <<<"$listing" || { echo "missing from the package: $f" >&2; exit 1; }
    done
    depends=$(dpkg-deb -f "$(deb)" Depends)
    echo "Depends: $depends"
    grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks the Qt libraries dpkg-shlibdeps should find" >&2; exit 1; }
    ;;
  install)
    if [ "${AWB_PACKAGE_INSTALL_TEST:-}" != 1 ]; then
      echo "SKIP: installing the package on this machine runs with AWB_PACKAGE_INSTALL_TEST=1 (packaging/bootstrap.sh test)"; exit 77
    fi
    if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
      echo "SKIP: installing the package needs root or password-less sudo"; exit 77
    fi
    if dpkg-query -W -f='${Status}' anomaly-workbench 2>/dev/null | grep -q "install ok installed"; then
      echo "SKIP: anomaly-workbench is installed on this machine already; this check does not replace it"; exit 77
    fi
    package=$(deb)
    trap 'as_root dpkg -r anomaly-workbench >/dev/null 2>&1 || true' EXIT  # removed whatever fails below
    as_root dpkg -i "$package"
    files=$(dpkg -L anomaly-workbench | while read -r f; do [ -f "$f" ] && echo "$f"; done)
    home="$dir/home"; rm -rf "$home"; mkdir -p "$home"
    (cd "$home" && HOME=$home XDG_DATA_HOME=$home /usr/bin/anomaly-cli --demo --no-history | tail -n 5)
    /usr/bin/anomaly-cli --version
    as_root dpkg -r anomaly-workbench
    trap - EXIT
    left=$(for f in $files; do [ -e "$f" ] && echo "$f"; done || true)
    [ -z "$left" ] || { echo "left behind after dpkg -r: $left" >&2; exit 1; }
    echo "installed, ran and removed cleanly ($(wc -w <<<"$files") files)"
    ;;
  *)
    echo "unknown step $step" >&2; exit 2
    ;;
esac
