#!/bin/sh
# Refresh the .ts files from the code, fill in the translations, and build the .qm files.
# Locations are left out so the .ts files change only when the strings change. The township window
# (villagedesk/ui/township) has its own files, refreshed at the end by township_fill.py.
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
# The township window's files (villagedesk_township_*.ts/.qm and REVIEW-township-bo.md).
"$PY" translations/township_fill.py
