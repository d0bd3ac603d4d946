#!/bin/sh
# Refresh the Qt translation sources from every string in ui/ and compile them.
#   scripts/update_translations.sh            (uses .venv/bin, else PATH, for the tools;
#                                              PYSIDE6_BIN=<dir> picks another folder)
# Then translate new entries in resources/translations/kiosk_<lang>.ts (pyside6-linguist or
# any editor), run this again, and commit both the .ts and the .qm.
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"; [ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
LRELEASE="$BIN/pyside6-lrelease"; [ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
SOURCES=$(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in es; do
    ts="resources/translations/kiosk_${lang}.ts"
    # shellcheck disable=SC2086
    "$LUPDATE" -no-obsolete -source-language en -target-language "$lang" $SOURCES -ts "$ts"
    "$LRELEASE" "$ts" -qm "resources/translations/kiosk_${lang}.qm"
done
