// What every end-to-end file needs: the release build served on 127.0.0.1 (under the website's
// Content-Security-Policy), Debian's Chromium, and the bundled dataset to compare against.
// The bindings are live: they hold their values once `before` has run.
//
// Nothing here waits without a bound: every test and hook passes `{ timeout: TIMEOUT }` to
// node:test, every page wait gives up after WAIT (browser.mjs), and key loops use pressUntil.
import { before, after } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export { WAIT, within, until, pressUntil, newContext, appSettled } from './browser.mjs';

/** How long one test or hook may take (ms) before node:test fails it: `test(name, { timeout: TIMEOUT }, fn)`. */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 120_000);

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(repo, 'tests/e2e/artifacts');
export let server, browser, dataset;

/** Starts the server and the browser before the file's tests and stops them after. */
export function setUp({ routes = {} } = {}) {
  before(async () => {
    server = await serve({ dist: path.join(repo, 'dist'), fixtures: path.join(repo, 'tests/fixtures'), routes });
    browser = await launch();
    dataset = JSON.parse(await fs.readFile(path.join(repo, 'public/data/events.json'), 'utf8'));
    await fs.mkdir(artifacts, { recursive: true });
  }, { timeout: TIMEOUT });
  after(async () => {
    await browser?.close();
    await server?.close();
  }, { timeout: TIMEOUT });
}
