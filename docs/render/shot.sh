#!/bin/sh
# Renders a real answer (go run ./docs/render) and screenshots it with
# headless Chromium into docs/answer.png. Needs chromium and an emoji font
# (Debian: apt-get install chromium fonts-noto-color-emoji).
set -eu
cd "$(dirname "$0")/../.."
topic=${1:-release}
html=$(mktemp --suffix .html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
go run ./docs/render -topic "$topic" -ask "/purplehearts $topic" > "$html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --force-device-scale-factor=1 \
  --window-size=680,${HEIGHT:-930} --screenshot="$PWD/docs/answer.png" "file://$html"
