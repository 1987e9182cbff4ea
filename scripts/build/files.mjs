// What the build steps share: hashes, integrity values, the crate's version
// and data dates, and which file of a Trunk build is which.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A subresource-integrity value (sha384) of `bytes`. */
export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/** 16 hex digits of sha256: content hashes in file names. */
export const shortHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Trunk's names for the wasm-bindgen JS and the wasm of a build. */
export const BUILT_JS = /^zolgensma-reference-[0-9a-f]+\.js$/;
export const BUILT_WASM = /^zolgensma-reference-[0-9a-f]+_bg\.wasm$/;

/** The build's files by role. */
export async function buildFiles(dir) {
  const names = await readdir(dir);
  const find = (re, what) => {
    const name = names.find((n) => re.test(n));
    if (!name) throw new Error(`postbuild: no ${what} in ${dir}`);
    return name;
  };
  return {
    names,
    js: find(BUILT_JS, 'wasm-bindgen JS'),
    wasm: find(BUILT_WASM, 'wasm'),
    css: find(/^main-[0-9a-f]+\.css$/, 'stylesheet'),
  };
}

/** Minifies the ES module `dir/name` in place; returns its new bytes. */
export async function minifyModule(dir, name) {
  const path = join(dir, name);
  const { code } = await minify(await readFile(path, 'utf8'), { module: true, compress: { passes: 2 } });
  if (!code) throw new Error(`postbuild: terser returned nothing for ${name}`);
  await writeFile(path, code);
  return Buffer.from(code);
}

/** The crate's version, from Cargo.toml. */
export async function crateVersion() {
  const toml = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const version = toml.match(/^version = "([^"]+)"/m)?.[1];
  if (!version) throw new Error('postbuild: no version in Cargo.toml');
  return version;
}

/** When each code set's list was current, from the data file. */
export async function dataAsOf() {
  const data = JSON.parse(await readFile(join(ROOT, 'data', 'zolgensma.json'), 'utf8'));
  return Object.fromEntries(data.code_sets.map((s) => [s.id, s.as_of]));
}
