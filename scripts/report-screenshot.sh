#!/usr/bin/env bash
# Regenerates docs/report-screenshot.png (docs/claims.md's picture of the paper's report) from charts/report.html in
# Debian's headless Chromium, so the picture shows what the code writes now. CI runs it on every submission.
# Usage: scripts/report-screenshot.sh [OUT.png]   (default docs/report-screenshot.png)
# The picture is drawn into a temporary folder and moved into place only when whole.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/report-screenshot.png}
command -v chromium >/dev/null || { echo "report-screenshot: needs Debian's chromium (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1200,1500 --screenshot="$work/shot.png" "file://$PWD/charts/report.html" >"$work/log" 2>&1 \
  || { cat "$work/log" >&2; exit 1; }
# A PNG starts with its 8-byte signature; anything else is a failed drawing, not a picture.
[ "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || { echo "report-screenshot: chromium wrote no PNG" >&2; exit 1; }
mv "$work/shot.png" "$out.part.$$" && mv "$out.part.$$" "$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
