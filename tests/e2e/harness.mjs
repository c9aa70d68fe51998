// What every end-to-end file needs: the release build served on 127.0.0.1 (under the website's
// Content-Security-Policy), Debian's Chromium, and the bundled dataset to compare against.
// The bindings are live: they hold their values once `before` has run.
import { before, after } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

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
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}
