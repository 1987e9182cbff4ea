# The two commands of the README. Both install what is missing first.
.PHONY: serve test

## Serve the widget at http://127.0.0.1:8080 (rebuilds on change).
serve:
	scripts/serve.sh

## Run every test: fmt, clippy (native and wasm32), native tests,
## component tests in headless Chromium, release build.
test:
	scripts/test.sh
