// Runs the wasm-bindgen-test component tests (tests/web.rs) in WebKitGTK:
// starts WebKitWebDriver under Xvfb and points wasm-bindgen-test-runner at
// it as a remote "safaridriver" (the runner's only WebKit driver kind).
// WebKitWebDriver opens its MiniBrowser for a session without capabilities.
// Exits with the test command's status; a driver that cannot start fails.
import { spawnSync } from 'node:child_process';
import { startDriver } from './drivers.mjs';

const driver = await startDriver('webkit');
let status = 1;
try {
  const env = { ...process.env, SAFARIDRIVER_REMOTE: driver.url };
  delete env.CHROMEDRIVER;
  delete env.GECKODRIVER;
  const run = spawnSync('cargo', ['test', '--locked', '--target', 'wasm32-unknown-unknown', '--test', 'web', ...process.argv.slice(2)], { env, stdio: 'inherit' });
  status = run.status ?? 1;
} finally {
  driver.stop();
}
process.exit(status);
