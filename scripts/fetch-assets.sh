#!/usr/bin/env bash
# Fetches the NHS.UK frontend (CSS, JS, favicons; MIT licence) from the PyPI wheel
# `wagtail-nhsuk-frontend`, checks the wheel's SHA-256, and unpacks the files into
# Public/vendor/nhsuk/ under stable names. Skipped when already present.
set -euo pipefail

VERSION="2.1.0"
SHA256="ec091cdbb660cccde08f9d7bdaba95c2685debdd13caa468a6dcc5f05ff0af1a"
WHEEL="wagtail_nhsuk_frontend-${VERSION}-py3-none-any.whl"
TARGET="Public/vendor/nhsuk"

if [[ -f "$TARGET/css/nhsuk-frontend.min.css" && -f "$TARGET/js/nhsuk-frontend.min.js" ]]; then
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching the NHS.UK frontend (wagtail-nhsuk-frontend ${VERSION}) ..."
python3 -m pip download --quiet --no-deps --dest "$work" "wagtail-nhsuk-frontend==${VERSION}"
actual=$(sha256sum "$work/$WHEEL" | cut -d' ' -f1)
if [[ "$actual" != "$SHA256" ]]; then
  echo "The downloaded wheel's SHA-256 is $actual, expected $SHA256. Not using it." >&2
  exit 1
fi
python3 - "$work/$WHEEL" "$work/unzipped" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])
PY
static="$work/unzipped/wagtailnhsukfrontend/static/wagtailnhsukfrontend"
mkdir -p "$TARGET/css" "$TARGET/js" "$TARGET/favicons"
# The @font-face rules load NHS-licensed fonts from assets.nhs.uk: Tandem is not an
# NHS.UK service and serves nothing from other hosts, so they are left out and the
# design system's fallback fonts are used.
python3 - "$static"/css/nhsuk-frontend-*.min.css "$TARGET/css/nhsuk-frontend.min.css" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(re.sub(r"@font-face\{[^}]*\}", "", css))
PY
cp "$static"/js/nhsuk-frontend-*.min.js "$TARGET/js/nhsuk-frontend.min.js"
cp "$static"/favicons/* "$TARGET/favicons/"
cp "$work/unzipped/wagtail_nhsuk_frontend-${VERSION}.dist-info/licenses/LICENSE" "$TARGET/LICENSE"
echo "NHS.UK frontend ready in $TARGET"
