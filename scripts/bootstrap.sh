#!/usr/bin/env bash
# Sets up everything the two quick-start commands need, idempotently:
# a Python >= 3.11 virtual environment in .venv with the project installed (editable), and
# Qt's system libraries (plus the PDF and printing tools the tests use) where they are missing.
# Usage: scripts/bootstrap.sh [run|test]
set -euo pipefail
mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

apt_updated=""
apt_install() {  # apt_install PKG... : install what is missing, quietly, when we may
  command -v apt-get >/dev/null 2>&1 || return 1
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing system packages: ${missing[*]}"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null || return 1; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

find_python() {
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 &&
       "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$cand"; return 0
    fi
  done
  return 1
}

# 1. Python and its venv module.
py="$(find_python)" || { apt_install python3 python3-venv && py="$(find_python)"; } ||
  die "Python 3.11 or newer is needed (Debian: apt-get install python3 python3-venv)"
if ! "$py" -c 'import venv, ensurepip' 2>/dev/null; then
  apt_install python3-venv || die "the Python venv module is missing (Debian: apt-get install python3-venv)"
fi

# 2. The virtual environment, reinstalled only when pyproject.toml changed.
[ -x "$venv/bin/python" ] || { say "creating $venv"; "$py" -m venv "$venv"; }
extras="test"
# In CI the suite also builds the PyInstaller bundle and runs its --self-check.
[ "$mode" = test ] && [ -n "${CI:-}" ] && extras="test,bundle"
stamp="$venv/.installed-$(sha256sum "$root/pyproject.toml" | cut -c1-16)-${extras/,/+}"
if [ ! -f "$stamp" ]; then
  say "installing the project and its packages into .venv (first run takes a few minutes)"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  # Python 3.11 takes QtPdf from PySide6-Addons 6.11 (pyproject.toml says why): a PySide6-Pdf 6.12
  # left from an earlier install would overwrite its files with ones built for another Qt.
  if "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info >= (3, 12))' &&
     "$venv/bin/python" -m pip show -q PySide6-Pdf >/dev/null 2>&1; then
    "$venv/bin/python" -m pip uninstall -q -y PySide6-Pdf >/dev/null
  fi
  "$venv/bin/python" -m pip install -q -e "$root[$extras]"
  rm -f "$venv"/.installed-*; touch "$stamp"
fi

# 3. Qt's system libraries (offscreen needs the first list; a real window needs xcb's too).
qt_libs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libfreetype6)
xcb_libs=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1)
# Speech for the self-voicing mode (espeak-ng); the AT-SPI bus for driving the kiosk as a
# screen reader does (at-spi2-core, python3-pyatspi, dbus-x11).
speech=(espeak-ng libespeak-ng1)
atspi=(at-spi2-core python3-pyatspi dbus-x11)
need=("${qt_libs[@]}")
[ "$mode" = run ] && need+=("${xcb_libs[@]}" xvfb "${speech[@]}")
[ "$mode" = test ] && need+=(poppler-utils zbar-tools cups cups-ipp-utils printer-driver-cups-pdf cups-client xvfb "${xcb_libs[@]}" "${speech[@]}" "${atspi[@]}")
if command -v dpkg >/dev/null 2>&1; then
  apt_install "${need[@]}" || say "could not install ${need[*]} (not root?); continuing"
fi
if ! QT_QPA_PLATFORM=offscreen "$venv/bin/python" -c 'from PySide6.QtWidgets import QApplication' 2>/tmp/qt-import.$$; then
  cat /tmp/qt-import.$$ >&2; rm -f /tmp/qt-import.$$
  die "Qt cannot load its system libraries; on Debian/Ubuntu run: sudo apt-get install ${qt_libs[*]}"
fi
rm -f /tmp/qt-import.$$
