// Runs the browser tests (test/e2e) against the production build in Debian's Chromium.
// Without a Chromium it says so plainly and skips, except under CI=true, where a missing
// browser is a failure.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  const msg =
    `Browser tests skipped: no Chromium at ${chrome}. Install it with ` +
    "'sudo apt-get install chromium' (Debian) or set CHROME_PATH.";
  if (process.env.CI === 'true') {
    console.error(`FAIL: ${msg}`);
    process.exit(1);
  }
  console.log(msg);
  process.exit(0);
}
const specs = existsSync('test/e2e')
  ? readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.ts'))
  : [];
if (specs.length === 0) {
  console.log('No browser tests yet.');
  process.exit(0);
}
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.e2e.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(run.status ?? 1);
