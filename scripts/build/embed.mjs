// The embed's part of a build: its JS and wasm copied in under embed names,
// the loader written from embed/ pointing at them, its types, and the
// integrity pin a portal loads the loader with.
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_JS, BUILT_WASM, ROOT, crateVersion, dataAsOf, sri } from './files.mjs';

/** The embed's files: what the embed loader loads, never the static page. */
export const EMBED_FILE = /^zolgensma-(embed-[0-9a-f]+(_bg\.wasm|\.js)|widget\.(js|d\.ts|integrity\.json))$/;

/** Copies the embed build's JS and wasm from `embedDir` into `dir` under
 *  embed names (keeping their content hashes); returns the new names. */
export async function copyEmbed(embedDir, dir) {
  const names = await readdir(embedDir).catch(() => []);
  const js = names.find((n) => BUILT_JS.test(n));
  const wasm = names.find((n) => BUILT_WASM.test(n));
  if (!js || !wasm) throw new Error(`postbuild: no embed build in ${embedDir}: run scripts/build.sh`);
  const rename = (name) => name.replace(/^zolgensma-reference-/, 'zolgensma-embed-');
  for (const name of [js, wasm]) await copyFile(join(embedDir, name), join(dir, rename(name)));
  return { js: rename(js), wasm: rename(wasm) };
}

/** Writes the loader (zolgensma-widget.js), with the stylesheet `css`
 *  (its text) and the widget's HTML (`parts`, from the prerender)
 *  in it, and its types. */
export async function writeLoader(dir, embed, css, parts) {
  const template = await readFile(join(ROOT, 'embed', 'zolgensma-widget.js'), 'utf8');
  const wasm = await readFile(join(dir, embed.wasm));
  const loader = template
    .replace("'./__JS__'", `'./${embed.js}'`)
    .replace("'./__WASM__'", `'./${embed.wasm}'`)
    .replace("'__WASM_SRI__'", `'${sri(wasm)}'`)
    .replace('__CSS_TEXT__', () => JSON.stringify(css))
    .replace('__PARTS__', () => JSON.stringify(parts))
    .replace("'__VERSION__'", JSON.stringify(await crateVersion()))
    .replace('__DATA_AS_OF__', JSON.stringify(await dataAsOf()));
  const left = loader.match(/__[A-Z_]+__/);
  if (left) throw new Error(`postbuild: loader marker ${left[0]} not replaced`);
  await writeFile(join(dir, 'zolgensma-widget.js'), loader);
  await copyFile(join(ROOT, 'embed', 'zolgensma-widget.d.ts'), join(dir, 'zolgensma-widget.d.ts'));
}

/** zolgensma-widget.integrity.json: what a portal pins the loader with
 *  (`<script type="module" integrity="…">`), for this version. */
export async function writeIntegrity(dir) {
  const loader = await readFile(join(dir, 'zolgensma-widget.js'));
  const pins = { version: await crateVersion(), 'zolgensma-widget.js': sri(loader) };
  await writeFile(join(dir, 'zolgensma-widget.integrity.json'), JSON.stringify(pins, null, 2) + '\n');
}
