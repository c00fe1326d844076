import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { buildApp } from '../packages/server/src/http/app.ts';
import type { App } from '../packages/server/src/http/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { Config } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { openTestDatabase } from '../packages/server/src/testing/test-database.ts';
import { seedDemoDistrict } from '../packages/server/src/demo/seed-demo-district.ts';
import { demoFixtures } from '../packages/server/src/demo/demo-fixtures.ts';
import type { DemoFixtures } from '../packages/server/src/demo/demo-fixtures.ts';
import { DEMO_ACCOUNTS } from '../packages/server/src/demo/generate-demo-staff.ts';
import type { DemoAccountName } from '../packages/server/src/demo/generate-demo-staff.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';

/**
 * One browser test file's world: its own database (the seeded demo district), the app on a
 * free port of 127.0.0.1, and one Chromium (Debian's; never a downloaded one). Files run in
 * parallel without sharing anything.
 */
export interface Harness {
  baseUrl: string;
  config: Config;
  database: Database;
  fixtures: DemoFixtures;
  browser: Browser;
  /** Pages opened with JavaScript off: axe cannot run in them (it is JavaScript). */
  withoutJavaScript: WeakSet<Page>;
  /** A fresh browser context (no cookies) and page; CSP and console errors fail the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `demo: false` runs the app as a real district would: the demo district's data is there, but
 * no account skips a required second factor.
 */
export async function startHarness(options: { demo?: boolean } = {}): Promise<Harness> {
  const database = await openTestDatabase();
  const config = loadConfig({}, { demo: options.demo ?? true });
  await seedDemoDistrict(database, { password: config.demoPassword, asOf: todayInNewYork() });
  const fixtures = await demoFixtures(database);
  const app: App = await buildApp({ database, config });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const problems: string[] = [];
  const withoutJavaScript = new WeakSet<Page>();
  return {
    baseUrl,
    config,
    database,
    fixtures,
    browser,
    withoutJavaScript,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, ...options });
      const page = await context.newPage();
      if (options.javaScriptEnabled === false) withoutJavaScript.add(page);
      // A blocked inline script or style shows up as a console error: the pages must not need
      // one. A page's own 4xx (a form shown again, a 404 page) is expected and checked by the
      // tests; a missing asset is not.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`${page.url()}: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'document' && response.status() >= 400) {
          problems.push(`${response.url()}: ${response.status()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
      assert.deepEqual(problems, [], 'the browser reported errors');
    },
  };
}

export function demoEmail(account: DemoAccountName): string {
  return DEMO_ACCOUNTS[account].email;
}

/** Signs in through the form, as a person would, and waits for the page it leads to. */
export async function signInWith(
  page: Page,
  email: string,
  password: string,
  landing = '**/students',
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([
    page.waitForURL(landing),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** Signs in as one of the demo accounts and waits for the student list. */
export async function signInAs(
  page: Page,
  harness: Harness,
  account: DemoAccountName,
): Promise<void> {
  await signInWith(page, demoEmail(account), harness.config.demoPassword);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of
 * violations. The script is evaluated through the debugging protocol, which the page's CSP
 * does not govern, so the CSP stays on while testing.
 */
export async function assertAccessible(page: Page, harness: Harness): Promise<void> {
  assert.ok(!harness.withoutJavaScript.has(page), 'axe runs only in pages with JavaScript on');
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  const readable = (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n` +
      v.nodes
        .map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replaceAll('\n', ' '))
        .join('\n'),
  );
  assert.equal(
    readable.length,
    0,
    `axe found violations on ${page.url()}:\n${readable.join('\n')}`,
  );
}
