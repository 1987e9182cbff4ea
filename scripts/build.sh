#!/usr/bin/env bash
# Release build of dist/: `trunk build --release`, whose hooks do the rest
# (Trunk.toml): scripts/prebuild.mjs builds the embed's wasm (embed.html,
# `--features embed`) into target/embed-<dist>; Trunk builds the static
# page's wasm (`--features page`); scripts/postbuild.mjs renders the
# page into index.html and copies the embed's JS and wasm in for the
# loader.
# Usage: scripts/build.sh [extra features, e.g. test-hooks] [dist dir]
set -euo pipefail
cd "$(dirname "$0")/.."
features="${1:-}"
dist="${2:-dist}"
export ZG_EMBED_DIST="target/embed-$(echo "$dist" | tr '/' '-')"
export ZG_FEATURES="$features"
trunk build --release --offline --features "page${features:+,$features}" --dist "$dist"
