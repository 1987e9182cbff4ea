# Sourced by the other scripts: the pinned tools first on PATH.
# wasm-opt comes from the npm package binaryen (Debian's is too old).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Trunk runs offline (setup.sh fetched every crate); as an environment
# variable it reaches the embed build the pre-build hook starts, and cargo
# (the prerender run in the post-build hook) honours CARGO_NET_OFFLINE.
export TRUNK_OFFLINE=true
export CARGO_NET_OFFLINE=true
