// Trunk post-build hook (Trunk.toml): finishes dist/ for both ways of
// shipping. Run by `trunk build` and `trunk serve` with TRUNK_STAGING_DIR;
// the steps live in scripts/build/ and run in this order:
//
// 1. The static page (build/page.mjs): renders it with the native prerender
//    binary (the same Leptos components, `ssr`), its hydration markers
//    written as valid comments, into index.html's <main id="zg-root">, after
//    Trunk's minifier, so the markers stay as written; release builds
//    minify its wasm-bindgen JS with terser (Trunk's own minifier fails on
//    it). Then Trunk's inline initializer moves into a content-hashed file
//    with integrity (the wasm fetch carries integrity too), so the page runs
//    under a CSP without 'unsafe-inline'; it fetches the wasm after the
//    first paint (Trunk's preload goes); the icon link loses the integrity
//    attribute Trunk gives it (invalid there); the stylesheet goes inline
//    (the CSP allows it by its hash, the file goes after step 2); release
//    builds get the CSP meta tag.
// 2. The embed (build/embed.mjs): the embed build's JS and wasm (built by
//    scripts/prebuild.mjs into ZG_EMBED_DIST) copied in as
//    zolgensma-embed-<hash>.*, the loader zolgensma-widget.js written from
//    embed/ pointing at them, with the stylesheet's text and the widget's
//    parts as the prerender rendered them (step 1), and its types; release
//    builds minify both; then the loader's integrity pin.
// 3. The service worker (build/service-worker.mjs): sw.js precaching
//    exactly this build's static page (not the embed's files).
// The embed build itself (embed.html, built by scripts/prebuild.mjs) is left
// as Trunk wrote it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles, minifyModule } from './build/files.mjs';
import { addCsp, externalizeInitializer, iconWithoutIntegrity, inlineStylesheet, insertPage, minifyPageJs, prerender } from './build/page.mjs';
import { copyEmbed, writeIntegrity, writeLoader } from './build/embed.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';

export { writeServiceWorker };

export async function finish(dir, { release, embedDir }) {
  const files = await buildFiles(dir);
  // 1. index.html is read once, changed in memory, written once.
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const rendered = await prerender();
  html = insertPage(html, rendered.page, indexPath);
  if (release) html = await minifyPageJs(dir, files, html);
  html = await externalizeInitializer(dir, files, html);
  html = iconWithoutIntegrity(html);
  // The stylesheet's text goes into index.html and into the loader.
  const css = await readFile(join(dir, files.css), 'utf8');
  const inline = inlineStylesheet(html, indexPath, files.css, css);
  html = inline.html;
  if (release) html = addCsp(html, indexPath, inline.source);
  await writeFile(indexPath, html);
  // 2.
  const embed = await copyEmbed(embedDir, dir);
  await writeLoader(dir, embed, css, rendered.parts);
  // Both hold the stylesheet's text: the file would only be precached.
  await rm(join(dir, files.css));
  if (release) {
    await minifyModule(dir, embed.js);
    await minifyModule(dir, 'zolgensma-widget.js');
  }
  await writeIntegrity(dir);
  // 3.
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
