// Trunk post-build hook (Trunk.toml): finishes dist/ for both ways of
// shipping. Run by `trunk build` and `trunk serve` with TRUNK_STAGING_DIR.
//
// 0. Renders the static page with the native prerender binary (the same
//    Leptos components, `ssr`) and puts the HTML into <main id="zg-root">:
//    the page is the whole reference before any script runs. It goes in
//    after Trunk's minifier, so Leptos' hydration markers stay as written.
// 1. Moves Trunk's inline <script type="module"> initializer into a
//    content-hashed file with subresource integrity, so the page runs under
//    a CSP without 'unsafe-inline'; the wasm fetch carries integrity too.
// 2. Copies the embed build's JS and wasm in (scripts/build.sh builds it
//    first, into ZG_EMBED_DIST) as zolgensma-embed-<hash>.*, and writes the
//    embed loader zolgensma-widget.js from embed/, pointing at them.
// 3. Writes the service worker sw.js, which precaches exactly this build's
//    static page (not the embed's files, which the page never loads).
// The embed build itself (embed.html, built by scripts/prebuild.mjs) is left
// as Trunk wrote it.
// 4. Release builds: adds the Content-Security-Policy meta tag, and
//    minifies the wasm-bindgen JS of both builds and the loader with terser
//    (Trunk's own JS minifier fails on wasm-bindgen's output and leaves it
//    as is): the static page's JS 6.7 -> 5.0 KB brotli.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'";

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const shortHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The embed's files: what the embed loader loads, never the static page. */
const EMBED_FILE = /^zolgensma-(embed-[0-9a-f]+(_bg\.wasm|\.js)|widget\.(js|d\.ts|integrity\.json))$/;

/** Trunk's names for the wasm-bindgen JS and the wasm of a build. */
const BUILT_JS = /^zolgensma-reference-[0-9a-f]+\.js$/;
const BUILT_WASM = /^zolgensma-reference-[0-9a-f]+_bg\.wasm$/;

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

/** `html` (dir's index.html) with Trunk's inline initializer moved to a
 *  boot-<hash>.js file, written beside it. */
async function externalizeInitializer(dir, files, html) {
  // Quotes optional: release builds are minified (Trunk.toml `minify`).
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match && !/src="?\.\/boot-/.test(html)) {
    throw new Error(`postbuild: no module initializer in ${join(dir, 'index.html')}`);
  }
  if (match) {
    const wasm = await readFile(join(dir, files.wasm));
    // Same start-up as Trunk's, with the wasm fetched under integrity.
    const boot =
      `// Starts the static page (written by scripts/postbuild.mjs).\n` +
      `import init from './${files.js}';\n` +
      `await init({ module_or_path: fetch(new URL('./${files.wasm}', import.meta.url), { integrity: '${sri(wasm)}' }) });\n`;
    const name = `boot-${shortHash(boot)}.js`;
    await writeFile(join(dir, name), boot);
    html = html.replace(inline, `<script type="module" src="./${name}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`);
  }
  return html;
}

/** The static page's HTML, rendered by `src/bin/prerender.rs`. */
async function prerender() {
  const out = join(ROOT, 'target', 'prerender', 'page.html');
  await mkdir(dirname(out), { recursive: true });
  const args = ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', out];
  const run = spawnSync('cargo', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error || run.status !== 0) throw new Error(`postbuild: cargo ${args.join(' ')} failed${run.error ? `: ${run.error.message}` : ''}`);
  return readFile(out, 'utf8');
}

/** `html` with the rendered page inside its empty `<main id="zg-root">`. */
export function insertPage(html, page, indexPath = 'index.html') {
  const root = /<main id="?zg-root"?><\/main>/;
  if (!root.test(html)) throw new Error(`postbuild: no empty <main id="zg-root"> in ${indexPath}`);
  // A function replacement: `$` in the page is text, not a pattern.
  return html.replace(root, (main) => main.replace('</main>', `${page}</main>`));
}

/** `html` with the CSP meta tag after its `<meta charset>`. */
function addCsp(html, indexPath) {
  if (html.includes('Content-Security-Policy')) return html;
  const charset = /<meta charset="?utf-8"?>/;
  if (!charset.test(html)) throw new Error(`postbuild: no <meta charset> in ${indexPath} to put the CSP after`);
  return html.replace(charset, (meta) => `${meta}\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
}

/** Copies the embed build's JS and wasm from `embedDir` into `dir` under
 *  embed names (keeping their content hashes); returns the new names. */
async function copyEmbed(embedDir, dir) {
  const names = await readdir(embedDir).catch(() => []);
  const js = names.find((n) => BUILT_JS.test(n));
  const wasm = names.find((n) => BUILT_WASM.test(n));
  if (!js || !wasm) throw new Error(`postbuild: no embed build in ${embedDir}: run scripts/build.sh`);
  const rename = (name) => name.replace(/^zolgensma-reference-/, 'zolgensma-embed-');
  for (const name of [js, wasm]) await copyFile(join(embedDir, name), join(dir, rename(name)));
  return { js: rename(js), wasm: rename(wasm) };
}

/** Minifies the ES module `dir/name` in place; returns its new bytes. */
async function minifyModule(dir, name) {
  const path = join(dir, name);
  const { code } = await minify(await readFile(path, 'utf8'), { module: true, compress: { passes: 2 } });
  if (!code) throw new Error(`postbuild: terser returned nothing for ${name}`);
  await writeFile(path, code);
  return Buffer.from(code);
}

/** Minifies the static page's wasm-bindgen JS; returns `html` (dir's
 *  index.html) with the new integrity on the tag that preloads it. */
async function minifyPageJs(dir, files, html) {
  const bytes = await minifyModule(dir, files.js);
  const indexPath = join(dir, 'index.html');
  const tag = html.match(new RegExp(`<link[^>]*\\./${files.js.replace(/\./g, '\\.')}[^>]*>`));
  if (!tag) throw new Error(`postbuild: no tag for ${files.js} in ${indexPath}`);
  const integrity = /integrity=("?)sha384-[^"\s>]+\1/;
  if (!integrity.test(tag[0])) throw new Error(`postbuild: ${files.js} carries no integrity in ${indexPath}`);
  const updated = tag[0].replace(integrity, `integrity="${sri(bytes)}"`);
  return html.replace(tag[0], updated);
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

async function writeLoader(dir, embed, css) {
  const template = await readFile(join(ROOT, 'embed', 'zolgensma-widget.js'), 'utf8');
  const wasm = await readFile(join(dir, embed.wasm));
  const loader = template
    .replace("'./__JS__'", `'./${embed.js}'`)
    .replace("'./__WASM__'", `'./${embed.wasm}'`)
    .replace("'__WASM_SRI__'", `'${sri(wasm)}'`)
    .replace("'./__CSS__'", `'./${css}'`)
    .replace("'__VERSION__'", JSON.stringify(await crateVersion()))
    .replace('__DATA_AS_OF__', JSON.stringify(await dataAsOf()));
  const left = loader.match(/__[A-Z_]+__/);
  if (left) throw new Error(`postbuild: loader marker ${left[0]} not replaced`);
  await writeFile(join(dir, 'zolgensma-widget.js'), loader);
  await copyFile(join(ROOT, 'embed', 'zolgensma-widget.d.ts'), join(dir, 'zolgensma-widget.d.ts'));
}

/** zolgensma-widget.integrity.json: what a portal pins the loader with
 *  (`<script type="module" integrity="…">`), for this version. */
async function writeIntegrity(dir) {
  const loader = await readFile(join(dir, 'zolgensma-widget.js'));
  const pins = { version: await crateVersion(), 'zolgensma-widget.js': sri(loader) };
  await writeFile(join(dir, 'zolgensma-widget.integrity.json'), JSON.stringify(pins, null, 2) + '\n');
}

/** Writes sw.js precaching every file of `dir`; its version changes with any file. */
export async function writeServiceWorker(dir) {
  const names = (await readdir(dir)).filter((n) => n !== 'sw.js' && !n.startsWith('.') && !EMBED_FILE.test(n)).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(name);
    hash.update(await readFile(join(dir, name)));
  }
  const version = hash.digest('hex').slice(0, 16);
  const template = await readFile(join(ROOT, 'embed', 'sw.js'), 'utf8');
  const files = ['./', ...names.map((n) => `./${n}`)];
  const sw = template.replace("'__VERSION__'", JSON.stringify(version)).replace('[/* __FILES__ */]', JSON.stringify(files, null, 2));
  await writeFile(join(dir, 'sw.js'), sw);
  return version;
}

export async function finish(dir, { release, embedDir }) {
  const files = await buildFiles(dir);
  // index.html is read once, changed in memory, written once.
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  html = insertPage(html, await prerender(), indexPath);
  if (release) html = await minifyPageJs(dir, files, html);
  html = await externalizeInitializer(dir, files, html);
  if (release) html = addCsp(html, indexPath);
  await writeFile(indexPath, html);
  const embed = await copyEmbed(embedDir, dir);
  await writeLoader(dir, embed, files.css);
  if (release) {
    await minifyModule(dir, embed.js);
    await minifyModule(dir, 'zolgensma-widget.js');
  }
  await writeIntegrity(dir);
  return writeServiceWorker(dir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('postbuild: set TRUNK_STAGING_DIR or pass the directory');
  const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
  if ((process.env.TRUNK_HTML_FILE ?? '').endsWith('embed.html')) {
    console.log(`postbuild: embed build in ${dir}, left for the static page's build`);
    process.exit(0);
  }
  const embedDir = process.env.ZG_EMBED_DIST ?? 'target/embed-dist';
  const version = await finish(dir, { release, embedDir });
  console.log(`postbuild: ${dir} finished, service worker version ${version}${release ? ', CSP meta added' : ''}`);
}
