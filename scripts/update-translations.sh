#!/usr/bin/env bash
# Extracts the texts of app/, wizard/, backend/ and report/ into the translation files. German gets every text; English is
# the source language, so its file only carries plural forms.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=lupdate
"$lupdate" -locations none -no-obsolete app wizard backend report translations -ts translations/pchat-failback_de.ts
"$lupdate" -locations none -no-obsolete -pluralonly app wizard backend report translations \
  -ts translations/pchat-failback_en.ts
