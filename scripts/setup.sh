#!/usr/bin/env bash
# Installs what building and testing need, pinned and idempotent: each step
# checks what is there first and skips it when the right version is present.
# Nothing here downloads a browser or a prebuilt binary: everything comes
# from rustup, crates.io, npm and Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The wasm-bindgen CLI must equal the crate pinned with `=` in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: Cargo.toml must pin wasm-bindgen with =" >&2; exit 1; }

step() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 11 minutes from scratch)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: one of the CLI's locked dependency versions is not on the
  # registry (seen 2026-11-24: without it the CLI builds fine); the version itself is pinned with =.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# npm ci only when node_modules was not installed from this exact manifest
# and lockfile. --ignore-scripts: no install script runs (vnu-jar's would
# download a Java runtime; Debian's is used). package.json overrides
# third-party-web, which lighthouse's trace engine asks for as "latest":
# without the pin every new release of it makes `npm ci` refuse the lockfile.
if ! cat package.json package-lock.json | cmp -s - node_modules/.zg-installed-lock 2>/dev/null; then
  step "npm ci (binaryen for wasm-opt, terser, TypeScript, playwright-core, selenium-webdriver, axe-core, vnu-jar, lighthouse)"
  npm ci --no-audit --no-fund --ignore-scripts
  cat package.json package-lock.json > node_modules/.zg-installed-lock
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "apt-get install chromium chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "$(geckodriver --version 2>/dev/null | head -n 1 || true)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  step "cargo install geckodriver $GECKODRIVER_VERSION (about 2 minutes)"
  cargo install geckodriver --version "=$GECKODRIVER_VERSION" --locked --force
fi

# A Java runtime for the Nu Html Checker (npm vnu-jar), the html-validity test's
# validator.
if ! command -v java >/dev/null; then
  step "apt-get install default-jre-headless"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi

# The other engines: WebKitGTK's WebDriver (with its MiniBrowser) under an
# X server, and Firefox ESR. Verified with --no-install-recommends.
missing=()
# poppler-utils: pdfinfo and pdftotext read the print test's PDF.
for package in webkit2gtk-driver xvfb firefox-esr poppler-utils; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Trunk runs --offline, which makes cargo offline too: fetch crates first.
cargo fetch --quiet
