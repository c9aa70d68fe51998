// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * How long one wait in a page may take (ms): every Playwright wait, locator action and
 * navigation of a context from `newContext` gives up after it. Longer than the app's own
 * 15-second fetch timeout, which one test waits out.
 */
export const WAIT = Number(process.env.E2E_WAIT_MS || 30_000);

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: WAIT,
  });
}

/** A browser context whose waits, actions and navigations give up after WAIT. Use it, never browser.newContext. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  return context;
}

/**
 * Resolves as `promise` does, or fails after `ms` with a message naming `what` was awaited.
 * A Playwright timeout inside is reported with `what` too.
 */
export async function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } catch (e) {
    if (e?.name === 'TimeoutError') throw new Error(`timed out waiting for ${what}: ${e.message.split('\n')[0]}`, { cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until `fn(arg)` is truthy in the page (or a frame), at most WAIT ms (or `timeout`);
 * on failure the message says `what` it waited for.
 */
export function until(page, what, fn, arg, { timeout = WAIT, polling } = {}) {
  // waitForFunction takes the Promise of an async function for a truthy answer at once: such a
  // wait could never fail. Refused, so no test waits for nothing.
  if (typeof fn === 'function' && fn.constructor.name === 'AsyncFunction') {
    throw new Error(`until(${what}): the test must be synchronous (an async one is always "truthy")`);
  }
  const options = { timeout, ...(polling ? { polling } : {}) };
  return within(page.waitForFunction(fn, arg, options), timeout + 1_000, what);
}

/**
 * Presses `key` until `predicate()` (an async function run in Node) is true, at most `max`
 * times; fails naming `what` it was looking for. Resolves to the number of presses.
 */
export async function pressUntil(page, key, predicate, { max = 50, what = 'the predicate' } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await predicate()) return presses;
    await page.keyboard.press(key);
  }
  if (await predicate()) return max;
  throw new Error(`pressed ${key} ${max} times without reaching ${what}`);
}

/** A new page (in its own context) that records console errors and uncaught exceptions. */
export async function openPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await newContext(browser, { viewport: { width, height } });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (process.env.DEBUG_CONSOLE) console.log('console:', m.text()); if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return page;
}

/**
 * In the page: whether the app says it is no longer loading (html[data-state] ready or error) and
 * its list is complete (a list rendered whole fills in below the first screens with
 * aria-busy="true"). Self-contained, so it can be handed to the page as it is.
 */
export function appSettled() {
  return ['ready', 'error'].includes(document.documentElement.dataset.state) && !document.querySelector('[aria-busy="true"]');
}

/** Waits until the app has settled (see `appSettled`); returns 'ready' or 'error'. */
export async function settled(page) {
  await until(page, 'the app to finish loading (html[data-state] ready or error, no [aria-busy=true])', appSettled);
  return page.evaluate(() => document.documentElement.dataset.state);
}
