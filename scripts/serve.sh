#!/usr/bin/env bash
# Installs what is missing, then serves the widget at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
# The embed's wasm once (the static page's build copies it in for the
# loader); `trunk serve` then rebuilds the static page on change.
trunk build embed.html --offline --features embed --dist target/embed-dist
exec trunk serve --offline
