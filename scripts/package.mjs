// Writes the npm package of the embed from a release build's dist/:
// target/npm/package/ (package.json, the loader and its types, the embed's
// JS and wasm, the integrity pin, a README), then `npm pack` of it into
// target/npm/. Usage: node scripts/package.mjs [dist dir]; prints the
// tarball's path.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, crateVersion } from './build/files.mjs';

export const NAME = 'zolgensma-reference-widget';

export async function pack(dist = join(ROOT, 'dist')) {
  const version = await crateVersion();
  const out = join(ROOT, 'target', 'npm');
  const dir = join(out, 'package');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const names = await readdir(dist);
  const embed = names.filter((n) => /^zolgensma-embed-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n));
  if (embed.length !== 2) throw new Error(`package: no embed build in ${dist}: run scripts/build.sh`);
  const files = ['zolgensma-widget.js', 'zolgensma-widget.d.ts', 'zolgensma-widget.integrity.json', ...embed];
  for (const name of files) await copyFile(join(dist, name), join(dir, name));
  await copyFile(join(ROOT, 'embed', 'package', 'react.d.ts'), join(dir, 'react.d.ts'));
  const readme = (await readFile(join(ROOT, 'embed', 'package', 'README.md'), 'utf8')).replaceAll('__VERSION__', version);
  await writeFile(join(dir, 'README.md'), readme);
  const manifest = {
    name: NAME,
    version,
    description: 'ZOLGENSMA kit and coding reference: a web component (Rust, Leptos, WebAssembly) for provider portals.',
    license: 'UNLICENSED',
    type: 'module',
    main: './zolgensma-widget.js',
    module: './zolgensma-widget.js',
    types: './zolgensma-widget.d.ts',
    exports: {
      '.': { types: './zolgensma-widget.d.ts', default: './zolgensma-widget.js' },
      './react': { types: './react.d.ts' },
      './zolgensma-widget.integrity.json': './zolgensma-widget.integrity.json',
      './package.json': './package.json',
    },
    files: [...files, 'react.d.ts', 'README.md'],
    // The loader registers <zolgensma-reference> when it is imported: a
    // bundler must keep it even when nothing of it is used by name.
    sideEffects: ['./zolgensma-widget.js'],
    browser: './zolgensma-widget.js',
    keywords: ['zolgensma', 'ndc', 'hcpcs', 'web-component', 'custom-element', 'wasm'],
  };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  return join(out, packed);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(await pack(process.argv[2]));
}
