// The static page's part of a build: the page rendered by the native
// prerender binary put into index.html, Trunk's inline initializer moved to
// a hashed file with integrity, the stylesheet put inline, the page's JS
// minified, the CSP meta tag.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, minifyModule, shortHash, sri } from './files.mjs';

/** The page's Content-Security-Policy; `style` is the source of its one
 *  inline stylesheet (`'sha256-…'`, from `inlineStylesheet`). */
export const csp = (style) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${style}; img-src 'self'; ` +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'; " +
  // Trusted Types: the page's one policy passes its service worker's
  // address (src/ui/page.rs); nothing else reaches a script sink.
  "require-trusted-types-for 'script'; trusted-types zolgensma-reference";


/** What `src/bin/prerender.rs` renders: the static page's HTML (`page`)
 *  and the embed's parts (`parts`: `{ parts, layouts, frame }`), their
 *  hydration markers written as valid comments. */
export async function prerender() {
  const dir = join(ROOT, 'target', 'prerender');
  await mkdir(dir, { recursive: true });
  const [pageFile, partsFile] = [join(dir, 'page.html'), join(dir, 'parts.json')];
  const args = ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', pageFile, partsFile];
  const run = spawnSync('cargo', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error || run.status !== 0) throw new Error(`postbuild: cargo ${args.join(' ')} failed${run.error ? `: ${run.error.message}` : ''}`);
  const parts = JSON.parse(await readFile(partsFile, 'utf8'));
  for (const key of Object.keys(parts.parts)) parts.parts[key] = validComments(parts.parts[key]);
  return { page: validComments(await readFile(pageFile, 'utf8')), parts };
}

/** `html` with the rendered page inside its empty `<main id="zg-root">`. */
export function insertPage(html, page, indexPath = 'index.html') {
  const root = /<main id="?zg-root"?><\/main>/;
  if (!root.test(html)) throw new Error(`postbuild: no empty <main id="zg-root"> in ${indexPath}`);
  // A function replacement: `$` in the page is text, not a pattern.
  return html.replace(root, (main) => main.replace('</main>', `${page}</main>`));
}


/** Leptos writes its hydration markers as `<!>`, which HTML parses as an
 *  empty comment but calls a "bogus comment" (the Nu Html Checker reports
 *  each). `<!---->` is the same node, written validly. The page has no
 *  script or style element, whose text this would change. */
export function validComments(page) {
  if (/<(script|style)\b/i.test(page)) throw new Error('postbuild: the rendered page holds a script or style element');
  return page.replaceAll('<!>', '<!---->');
}

/** `html` (dir's index.html) with Trunk's inline initializer moved to a
 *  boot-<hash>.js file, written beside it. */
export async function externalizeInitializer(dir, files, html) {
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
      // The wasm is fetched once the whole page is parsed and its frame
      // painted (two frames: the second starts after the first is shown):
      // the first paint needs the HTML alone, and the wasm's download and
      // compilation would share the network and the processor with it. (A
      // hidden page paints no frame.)
      `if (document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));\n` +
      `await new Promise((painted) => document.visibilityState === 'hidden' ? setTimeout(painted) : requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted))));\n` +
      `await init({ module_or_path: fetch(new URL('./${files.wasm}', import.meta.url), { integrity: '${sri(wasm)}' }) });\n`;
    const name = `boot-${shortHash(boot)}.js`;
    await writeFile(join(dir, name), boot);
    // async: the initializer runs as soon as it is loaded; the wasm's
    // start waits for the whole page before hydrating.
    html = html.replace(inline, `<script type="module" async src="./${name}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`);
  }
  // Trunk preloads the wasm from the head, where its download would share
  // the network with the page the first paint waits for: the initializer
  // fetches it after that paint.
  return html.replace(/<link\b[^>]*\brel="?preload"?[^>]*>/g, (tag) => (tag.includes(files.wasm) ? '' : tag));
}

/** `html` (`indexPath`) with the link to its stylesheet (the file `name`)
 *  replaced by the stylesheet itself (`css`, that file's text), and the CSP
 *  source that allows it alone (`'sha256-…'`). The page's first paint then
 *  waits for its HTML alone, as a hand-written page's does, not for a
 *  second request. */
export function inlineStylesheet(html, indexPath, name, css) {
  const link = new RegExp(`<link\\b[^>]*\\./${name.replace(/\./g, '\\.')}[^>]*>`);
  if (!link.test(html)) throw new Error(`postbuild: no link to ${name} in ${indexPath}`);
  // The style element ends at the first `</style`: the stylesheet never holds one.
  if (/<\/style/i.test(css)) throw new Error(`postbuild: ${name} holds "</style"`);
  const source = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  return { html: html.replace(link, () => `<style>${css}</style>`), source };
}

/** `html` with the CSP meta tag (`csp(style)`) after its `<meta charset>`. */
export function addCsp(html, indexPath, style) {
  if (html.includes('Content-Security-Policy')) return html;
  const charset = /<meta charset="?utf-8"?>/;
  if (!charset.test(html)) throw new Error(`postbuild: no <meta charset> in ${indexPath} to put the CSP after`);
  return html.replace(charset, (meta) => `${meta}\n  <meta http-equiv="Content-Security-Policy" content="${csp(style)}">`);
}

/** Minifies the static page's wasm-bindgen JS; returns `html` (dir's
 *  index.html) with the new integrity on the tag that preloads it. */
export async function minifyPageJs(dir, files, html) {
  const bytes = await minifyModule(dir, files.js);
  const indexPath = join(dir, 'index.html');
  const tag = html.match(new RegExp(`<link[^>]*\\./${files.js.replace(/\./g, '\\.')}[^>]*>`));
  if (!tag) throw new Error(`postbuild: no tag for ${files.js} in ${indexPath}`);
  const integrity = /integrity=("?)sha384-[^"\s>]+\1/;
  if (!integrity.test(tag[0])) throw new Error(`postbuild: ${files.js} carries no integrity in ${indexPath}`);
  const updated = tag[0].replace(integrity, `integrity="${sri(bytes)}"`);
  return html.replace(tag[0], updated);
}

/** `html` without the integrity Trunk puts on the icon link: an icon is
 *  not a subresource integrity applies to, and the attribute is invalid
 *  there (the Nu Html Checker). */
export function iconWithoutIntegrity(html) {
  return html.replace(/<link\b[^>]*>/g, (tag) =>
    /\brel="?icon"?[\s>]/.test(tag) ? tag.replace(/\s+integrity=("?)[^"\s>]+\1/, '') : tag,
  );
}
