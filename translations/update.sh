#!/bin/sh
# Refresh the .ts files from the code, fill in the translations, and build the .qm files.
# Locations are left out so the .ts files change only when the strings change. The township window
# (villagedesk/ui/township, issue 6) keeps its strings out of these files.
set -e
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
BIN=$(dirname "$PY")
FILES=$(find villagedesk/ui -name '*.py' -not -path 'villagedesk/ui/township/*' | LC_ALL=C sort)
"$BIN/pyside6-lupdate" $FILES -ts translations/villagedesk_zh_CN.ts translations/villagedesk_bo.ts \
    translations/villagedesk_en.ts -no-obsolete -locations none -silent
"$PY" translations/fill.py
"$BIN/pyside6-lupdate" $FILES -ts translations/villagedesk_zh_CN.ts translations/villagedesk_bo.ts \
    translations/villagedesk_en.ts -no-obsolete -locations none -silent
"$BIN/pyside6-lrelease" -silent translations/villagedesk_zh_CN.ts translations/villagedesk_bo.ts \
    translations/villagedesk_en.ts
