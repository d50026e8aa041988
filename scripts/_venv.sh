# Sourced by scripts/run and scripts/test: make sure .venv exists and holds what pyproject.toml asks for.
# Reinstalls only when pyproject.toml changed since the last install (a stamp file remembers its hash).
# A .venv left broken by a failed first run (no pip in it) is recreated.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"
STAMP="$VENV/.caviewer-installed"

venv_works() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

if ! venv_works; then
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "caviewer: $PYTHON not found; install Python 3.11 or newer (Debian/Ubuntu: apt-get install -y python3 python3-venv)" >&2
    exit 2
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "caviewer: needs Python 3.11 or newer, but $PYTHON is $("$PYTHON" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo unknown); set PYTHON=/path/to/python3.11 (or newer)" >&2
    exit 2
  fi
  if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    echo "caviewer: $PYTHON cannot create a virtual environment; install python3-venv: apt-get install -y python3-venv" >&2
    exit 2
  fi
  if [ -e "$VENV" ]; then
    echo "caviewer: .venv is incomplete (an earlier setup failed); recreating it" >&2
    "$PYTHON" -m venv --clear "$VENV"
  else
    echo "caviewer: creating the virtual environment in .venv (first run only)" >&2
    "$PYTHON" -m venv "$VENV"
  fi
  rm -f "$STAMP"
fi

want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
  echo "caviewer: installing caviewer and its dependencies into .venv" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[dev]" >&2
  echo "$want" > "$STAMP"
fi

# The interface translations: compiled from resources/i18n/*.ts with Qt's lrelease (from PySide6) when a
# .ts is newer than its .qm (a fresh checkout has none: .qm files are build output).
for ts in "$ROOT"/resources/i18n/*.ts; do
  if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    "$VENV/bin/python" "$ROOT/scripts/make_translations.py" --release >/dev/null
    break
  fi
done

# Debian/Ubuntu packages the Qt wheels load. Offscreen (tests, --screenshot, export) needs the first list;
# the window on X11 (or on Xvfb, see scripts/run) needs the second too. Names checked on Debian 12.
QT_OFFSCREEN_PACKAGES="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3"
QT_XCB_PACKAGES="xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-shape0 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-util1 fonts-wqy-microhei"

# apt_install PACKAGE...: install quietly as root; otherwise print the command to run and fail.
apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "caviewer: missing system libraries; run: sudo apt-get install -y --no-install-recommends $*" >&2
    return 2
  fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# missing_packages PACKAGE...: those not installed (all of them where dpkg is not the package manager).
missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$package"
  done
}
