#!/usr/bin/env bash
# The README's two commands, on a fresh Debian machine with Python 3.11, as root:
#   bash installer/bootstrap.sh run  [villagedesk arguments...]   install what is needed, start VillageDesk
#   bash installer/bootstrap.sh test [pytest arguments...]        install what is needed, run every check
# Also: `smoke PNG` (the run command's display-less form), `server [args]` (a local township sync server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3}

need_apt=()
want_pkg() { dpkg -s "$1" >/dev/null 2>&1 || need_apt+=("$1"); }

apt_install() {
  [ ${#need_apt[@]} -eq 0 ] && return 0
  echo "bootstrap: installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  need_apt=()
}

runtime_packages() {
  # Qt's platform plugins (offscreen and xcb) and fontconfig.
  for p in python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \
           libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
           libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0; do
    want_pkg "$p"
  done
}

test_packages() {
  runtime_packages
  # pdftotext/pdftoppm read the slips back; tesseract reads ID numbers off compressed photos;
  # PostgreSQL for the county-wide server's tests; xvfb and xauth for real-window screenshots.
  # chromium + chromium-driver: the township's public catalog page is tested in a real headless browser.
  for p in poppler-utils tesseract-ocr tesseract-ocr-chi-sim postgresql xvfb xauth chromium chromium-driver; do
    want_pkg "$p"
  done
}

python_env() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    # (this machine's pip configuration warns about absent local mirrors; those lines are noise)
    "$VENV/bin/pip" install -q --upgrade pip 2> >(grep -v '^WARNING: Location' >&2)
    "$VENV/bin/pip" install -q -e ".[dev]" 2> >(grep -v '^WARNING: Location' >&2)
    touch "$stamp"
  fi
  build_translations
}

build_translations() {
  shopt -s nullglob
  local ts=(translations/*.ts)
  if [ ${#ts[@]} -gt 0 ]; then
    "$VENV/bin/pyside6-lrelease" -silent "${ts[@]}" >/dev/null
  fi
}

start_postgres() {
  # A throw-away cluster owned by the postgres user, on its own port and socket directory.
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "bootstrap: PostgreSQL is not installed" >&2; return 1; }
  local pgdir=/tmp/villagedesk-pg port=${VILLAGEDESK_PG_PORT:-54329}
  if ! su postgres -c "$bin/pg_ctl -D $pgdir status" >/dev/null 2>&1; then
    rm -rf "$pgdir"; mkdir -p "$pgdir"; chown postgres "$pgdir"
    su postgres -c "$bin/initdb -D $pgdir -A trust -U postgres --no-sync" >/dev/null
    su postgres -c "$bin/pg_ctl -D $pgdir -o '-p $port -k /tmp -c fsync=off' -l $pgdir/log -w start" >/dev/null
  fi
  export VILLAGEDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

cmd=${1:-run}
shift || true
case "$cmd" in
  run)
    runtime_packages; apt_install; python_env
    exec "$VENV/bin/villagedesk" "$@"
    ;;
  smoke)
    runtime_packages; apt_install; python_env
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/villagedesk" --smoke-screenshot "${1:-villagedesk-smoke.png}" "${@:2}"
    ;;
  server)
    runtime_packages; apt_install; python_env
    exec "$VENV/bin/villagedesk-server" "$@"
    ;;
  test)
    test_packages; apt_install; python_env
    start_postgres
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff check";  "$VENV/bin/ruff" check .
    echo "== ruff format"; "$VENV/bin/ruff" format --check .
    echo "== mypy";        "$VENV/bin/mypy" villagedesk sync_server
    echo "== import-linter"; "$VENV/bin/lint-imports"
    echo "== pytest"
    exec "$VENV/bin/pytest" "$@"
    ;;
  *)
    echo "usage: bash installer/bootstrap.sh run|test|smoke PNG|server ..." >&2
    exit 64
    ;;
esac
