#!/usr/bin/env bash
# Installs what is missing, then serves the widget at http://127.0.0.1:8080
# (`trunk serve`: its hooks build the embed and render the page on every
# rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec trunk serve --offline
