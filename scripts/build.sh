#!/usr/bin/env bash
# Release build of dist/: two wasm builds of the same binary.
#   1. embed.html with the `embed` feature -> target/embed-<dist>: the wasm
#      behind the embed loader (mount, handle, options, resolveKit).
#   2. index.html without it -> <dist>: the static page. Its post-build hook
#      (scripts/postbuild.mjs) copies build 1's JS and wasm in as
#      zolgensma-embed-<hash>.* and writes the loader pointing at them.
# Usage: scripts/build.sh [extra features, e.g. test-hooks] [dist dir]
set -euo pipefail
cd "$(dirname "$0")/.."
features="${1:-}"
dist="${2:-dist}"
embed_dist="target/embed-$(echo "$dist" | tr '/' '-')"
trunk build embed.html --release --offline --features "embed${features:+,$features}" --dist "$embed_dist"
ZG_EMBED_DIST="$embed_dist" trunk build --release --offline ${features:+--features "$features"} --dist "$dist"
