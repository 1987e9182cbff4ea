# Sourced by the other scripts: the pinned tools first on PATH.
# wasm-opt comes from the npm package binaryen (Debian's is too old).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
