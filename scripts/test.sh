#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh
. scripts/env.sh

step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, native (the domain crate, the widget's default build, and the build-time renderer with ssr)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --lib --bins --test ssr --locked --no-default-features --features ssr -- -D warnings
step "clippy, wasm32 (the component tests' build, the static page's and the embed's)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --bins --locked --target wasm32-unknown-unknown --no-default-features --features page -- -D warnings
cargo clippy --lib --bins --locked --target wasm32-unknown-unknown --no-default-features --features embed -- -D warnings

step "the domain's tests (rules, the data file against the guide and facts, properties) and the data writer's: no Leptos compiled"
cargo test --locked -p zolgensma-domain -p zolgensma-literal

step "the widget's native tests (compiled-in data, TypeScript definitions, embed options)"
cargo test --locked -p zolgensma-reference

step "the static page rendered natively (Leptos ssr): the whole reference without a script"
cargo test --locked --no-default-features --features ssr --test ssr

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "component tests in headless Firefox ESR (wasm-bindgen-test through geckodriver)"
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" cargo test --locked --target wasm32-unknown-unknown --test web

step "component tests in WebKitGTK (wasm-bindgen-test through WebKitWebDriver, under Xvfb)"
node e2e/engines/components.mjs

step "fuzz: generated inputs through every entry point (optimized, bounded)"
cargo test --locked --profile fuzz -p zolgensma-domain --test fuzz
cargo test --locked --profile fuzz -p zolgensma-reference --test fuzz

step "release build: the embed's wasm, then the static page (scripts/build.sh)"
scripts/build.sh

step "release build with the test-hooks feature (crash test only, never shipped)"
scripts/build.sh test-hooks target/dist-test-hooks

step "trunk build --release on its own (Trunk.toml and its hooks), as a Leptos developer runs it"
trunk build --release --dist target/dist-trunk
node e2e/trunk-alone.mjs target/dist-trunk

step "end-to-end and accessibility tests (playwright-core + Debian chromium, axe-core)"
node --test --test-concurrency=1 --test-force-exit e2e/*.test.mjs

step "end-to-end flows in WebKitGTK, Firefox ESR and Chromium (WebDriver, selenium-webdriver)"
node --test --test-concurrency=1 --test-force-exit e2e/engines/*.test.mjs

printf '\n== test: all passed in %ss\n' "$(( $(date +%s) - start ))"
