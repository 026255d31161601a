#!/usr/bin/env node
// @ts-check
'use strict';
// `npm run screenshot:console`: makes docs/images/console.png (1280x800) and
// docs/images/console-phone.png (390 wide) of the web console of
// examples/full.stingeripc, as the README shows them. Generates the Kitchen
// package with the console, runs its server in this process against a private
// mosquitto behind a WebSocket bridge, fills the page with a little traffic
// (a property change, a method result, a NotImplemented error, signals) and
// photographs it in Debian's headless chromium. Run it after changing the
// page; the tests do not.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generateFromStinger } = require('../test/support/generate');
const { startConsoleSetup, INSTANCE_ID } = require('../test/support/web-console');

const REPO_ROOT = path.resolve(__dirname, '..');
const IMAGES = path.join(REPO_ROOT, 'docs', 'images');

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {string} text
 */
async function waitFor(page, selector, text) {
  await page.waitForFunction(
    (sel, wanted) => [...document.querySelectorAll(sel)].some((e) => (/** @type {HTMLElement} */ (e).innerText || '').includes(wanted)),
    { timeout: 20_000 },
    selector,
    text,
  );
}

/**
 * Sets the input of the field named `field` in the card `card`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} card
 * @param {string} field
 * @param {string} value
 */
async function fill(page, card, field, value) {
  await page.evaluate(
    (sel, name, text) => {
      const root = document.querySelector(sel);
      const label = [...(root ? root.querySelectorAll('label.field-name') : [])].find((l) => l.querySelector('.name')?.textContent === name);
      const input = label ? document.getElementById(/** @type {HTMLLabelElement} */ (label).htmlFor) : null;
      if (input instanceof HTMLInputElement) input.value = text;
    },
    card,
    field,
    value,
  );
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-screenshot-'));
  let setup;
  try {
    const generated = await generateFromStinger(path.join(REPO_ROOT, 'examples', 'full.stingeripc'), path.join(root, 'kitchen'), {
      templateParams: { web: 'true' },
    });
    setup = await startConsoleSetup(generated);
    const page = await setup.openPage();
    await waitFor(page, `li.instance[data-instance="${INSTANCE_ID}"]`, 'online');
    await waitFor(page, '[data-property="favorite_number"] pre.value', 'number: 42');

    await fill(page, '[data-method="add_numbers"]', 'first', '2');
    await fill(page, '[data-method="add_numbers"]', 'second', '3');
    await page.click('[data-method="add_numbers"] button[type="submit"]');
    await waitFor(page, '[data-method="add_numbers"] .result.ok', 'sum: 5');
    await page.click('[data-method="reset"] button[type="submit"]');
    await waitFor(page, '[data-method="reset"] .result.error', 'NotImplemented');
    await page.click('[data-property="favorite_number"] details.edit summary');
    await fill(page, '[data-property="favorite_number"]', 'number', '7');
    await page.click('[data-property="favorite_number"] button[type="submit"]');
    await waitFor(page, '[data-property="favorite_number"] .version-tag', 'PropertyVersion 2');

    await setup.server.emitTemperatureChanged(1, 181.5, setup.kitchen.OvenState.Baking);
    await setup.server.emitPhotoTaken(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), ['soup', 'lunch']);
    await setup.server.emitTemperatureChanged(2, 62, setup.kitchen.OvenState.CoolingDown);
    await waitFor(page, 'li.signal', 'cooling_down');
    // Timestamps change every run; show fixed ones so the image only changes with the page.
    await page.evaluate(() => {
      document.querySelectorAll('li.signal time').forEach((t, i) => (t.textContent = `10:00:0${5 - i}.000`));
      document.querySelectorAll('li.instance .details').forEach((d) => (d.textContent = 'version 1.2.0 · announced 2026-11-24 10:00:00 UTC'));
      // The page refreshes its status line; show a copy with a fixed client id instead.
      document.querySelectorAll('.status.online').forEach((s) => {
        const copy = /** @type {HTMLElement} */ (s.cloneNode(true));
        copy.textContent = 'connected as stinger-3f9c2a7d10be';
        s.replaceWith(copy);
      });
      document.querySelectorAll('input[name="broker"]').forEach((i) => (/** @type {HTMLInputElement} */ (i).value = 'ws://192.168.7.2:9001'));
      document.querySelectorAll('.result .time').forEach((t) => (t.textContent = '3 ms'));
    });
    fs.mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, 'console.png'), fullPage: true });
    console.log(`wrote ${path.relative(REPO_ROOT, path.join(IMAGES, 'console.png'))}`);

    const phone = await setup.openPage(setup.pageUrl, { width: 390, height: 844 });
    await waitFor(phone, '[data-property="favorite_number"] pre.value', 'number: 7');
    await phone.evaluate(() => {
      document.querySelectorAll('li.instance .details').forEach((d) => (d.textContent = 'version 1.2.0 · announced 2026-11-24 10:00:00 UTC'));
      document.querySelectorAll('.status.online').forEach((s) => {
        const copy = /** @type {HTMLElement} */ (s.cloneNode(true));
        copy.textContent = 'connected as stinger-5b21e0c4a9f3';
        s.replaceWith(copy);
      });
      document.querySelectorAll('input[name="broker"]').forEach((i) => (/** @type {HTMLInputElement} */ (i).value = 'ws://192.168.7.2:9001'));
    });
    await phone.screenshot({ path: path.join(IMAGES, 'console-phone.png') });
    console.log(`wrote ${path.relative(REPO_ROOT, path.join(IMAGES, 'console-phone.png'))}`);
    if (setup.pageErrors.length > 0) throw new Error(`errors in the page:\n${setup.pageErrors.join('\n')}`);
  } finally {
    if (setup) await setup.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exitCode = 1;
});
