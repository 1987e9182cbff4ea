// Trunk pre-build hook (Trunk.toml): before the static page builds, builds
// the embed's wasm (embed.html: the same crate with the `embed` feature),
// whose JS and wasm the post-build hook copies into dist/ for the embed
// loader. So `trunk build` and `trunk serve` alone give a complete dist/.
//
// ZG_EMBED_DIST names the embed build's directory (default
// target/embed-dist); ZG_FEATURES adds features to it (test-hooks).
import { spawnSync } from 'node:child_process';

const html = process.env.TRUNK_HTML_FILE ?? '';
if (html.endsWith('embed.html')) process.exit(0); // the nested build itself

const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const dist = process.env.ZG_EMBED_DIST ?? 'target/embed-dist';
const features = ['embed', ...(process.env.ZG_FEATURES ?? '').split(',').filter(Boolean)];
const args = ['build', 'embed.html', ...(release ? ['--release'] : []), '--features', features.join(','), '--dist', dist];
if (process.env.TRUNK_OFFLINE) args.push('--offline');
console.log(`prebuild: trunk ${args.join(' ')}`);
const run = spawnSync('trunk', args, { stdio: 'inherit' });
if (run.error) throw new Error(`prebuild: could not run trunk: ${run.error.message}`);
process.exit(run.status ?? 1);
