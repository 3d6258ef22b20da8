import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Browser tests over the built site. The global setup builds every fixture site once into
 * .build-fixtures/<name>/ and serves each on a free port; see tests/e2e/global-setup.ts.
 *
 * The browser: CHROMIUM_PATH or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when set, else Playwright's
 * own Chromium when it has been downloaded, else the system's Chromium (Debian: /usr/bin/chromium).
 */
function findChromium(): string {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = process.env[name]?.trim();
    if (!value) continue;
    if (existsSync(value)) return value;
    noBrowser(`${name} is set to "${value}", but there is no file there.`);
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's own browser is not installed: fall through to the system's.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  return noBrowser('No Chromium was found.');
}

function noBrowser(reason: string): never {
  process.stderr.write(
    `\n${reason} The browser tests need Chromium. On Debian or Ubuntu install it with ` +
      '`sudo apt-get install chromium` (it lands in /usr/bin/chromium, which is found ' +
      'automatically); where downloads from the Playwright CDN work, `npx playwright install ' +
      'chromium` does instead; or point CHROMIUM_PATH at any Chromium or Chrome binary. ' +
      '`bash .ci/run` installs Debian\'s chromium by itself.\n\n',
  );
  process.exit(1);
}

const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // one retry in CI, for a browser that dies under load ("Target page, context or browser has been
  // closed", seen once in an a11y run); a retried test is reported as flaky, and one that fails twice fails
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list', { printSteps: false }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    javaScriptEnabled: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
