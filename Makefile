# The two commands of the README. Both install what is missing first.
.PHONY: serve test screenshots fuzz bench package

## Serve the widget at http://127.0.0.1:8080 (rebuilds on change).
serve:
	scripts/serve.sh

## Run every test: fmt, clippy (native and wasm32), native tests,
## component tests in headless Chromium, release build.
test:
	scripts/test.sh

## Screenshots (desktop and 360 px phone, light and dark; WebKitGTK and
## Firefox ESR desktop) and a print PDF
## of the release build, in e2e/artifacts/.
screenshots:
	scripts/setup.sh && . scripts/env.sh && scripts/build.sh && node e2e/screenshots.mjs && node e2e/engines/screenshots.mjs

## Long fuzz run: 50 million generated inputs per string entry point
## (about half an hour); `make test` runs a bounded million.
fuzz:
	scripts/setup.sh && ZG_FUZZ_CASES=50000000 cargo test --locked --profile fuzz -p zolgensma-domain --test fuzz -- --nocapture && ZG_FUZZ_CASES=50000000 cargo test --locked --profile fuzz -p zolgensma-reference --test fuzz -- --nocapture

## Benchmark of the release build: sizes, start-up, input latency, memory
## (CPU throttled 4x). Prints figures; asserts nothing.
bench:
	scripts/setup.sh && . scripts/env.sh && scripts/build.sh && node e2e/bench.mjs

## The npm package of the embed: target/npm/zolgensma-reference-widget-<version>.tgz
## (`npm pack` of target/npm/package/, from the release build).
package:
	scripts/setup.sh && . scripts/env.sh && scripts/build.sh && node scripts/package.mjs
