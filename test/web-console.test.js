// @ts-check
'use strict';
// The web console (`stingeripc generate --web`, template parameter `web`) in
// a real browser: Debian's chromium, headless, opens the generated web/
// folder from a static server and talks MQTT over a WebSocket bridge to a
// private mosquitto, where a generated Kitchen server (examples/full.stingeripc)
// runs in this process. What a person would check: the instance appears,
// property values show, a change made in the page reaches the server, a
// signal appears, a method call shows its result, and a method without a
// handler shows NotImplemented (14).

const path = require('node:path');
const { expect } = require('chai');
const { generateCached } = require('./support/generate');
const { startConsoleSetup, INSTANCE_ID } = require('./support/web-console');

const FULL_EXAMPLE = path.join(__dirname, '..', 'examples', 'full.stingeripc');

/**
 * Waits until `predicate` holds in the page; fails with the page's own text.
 * @param {import('puppeteer-core').Page} page
 * @param {string} what
 * @param {string} selector
 * @param {string} [text]  text the element must contain
 */
async function waitForText(page, what, selector, text = '') {
  try {
    await page.waitForFunction(
      (sel, wanted) => [...document.querySelectorAll(sel)].some((e) => (/** @type {HTMLElement} */ (e).innerText || '').includes(wanted)),
      { timeout: 20_000, polling: 100 },
      selector,
      text,
    );
  } catch (error) {
    const body = await page.evaluate(() => document.body.innerText).catch(() => '(no page text)');
    throw new Error(`${what}: no ${selector} with ${JSON.stringify(text)} in the page:\n${body}`, { cause: error });
  }
}

/**
 * Fills the input of `field` (by its label) inside `card`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} card   selector of the card
 * @param {string} field  the field's name as written
 * @param {string} value
 */
async function fill(page, card, field, value) {
  const done = await page.evaluate(
    (sel, name, text) => {
      const root = document.querySelector(sel);
      const label = [...(root ? root.querySelectorAll('label.field-name') : [])].find((l) => l.querySelector('.name')?.textContent === name);
      const input = label ? document.getElementById(/** @type {HTMLLabelElement} */ (label).htmlFor) : null;
      if (!(input instanceof HTMLInputElement)) return false;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    card,
    field,
    value,
  );
  expect(done, `input ${field} in ${card}`).to.equal(true);
}

describe('web console (generate --web) in headless chromium', function () {
  this.timeout(240_000);
  /** @type {import('./support/web-console').ConsoleSetup} */
  let setup;
  /** @type {import('puppeteer-core').Page} */
  let page;

  before(async () => {
    const generated = await generateCached(FULL_EXAMPLE, { templateParams: { web: 'true' } });
    setup = await startConsoleSetup(generated);
    page = await setup.openPage();
  });
  after(async () => {
    if (setup) await setup.stop();
  });

  it('shows the instance found by discovery, online, with its version', async () => {
    await waitForText(page, 'instance', `li.instance[data-instance="${INSTANCE_ID}"][data-state="online"]`, 'version 1.2.0');
    const chosen = await page.$eval(`li.instance[data-instance="${INSTANCE_ID}"]`, (e) => e.classList.contains('chosen'));
    expect(chosen, 'the only instance is selected').to.equal(true);
  });

  it("shows property values with their PropertyVersion, enum values by name", async () => {
    await waitForText(page, 'favorite_number', '[data-property="favorite_number"] pre.value', 'number: 42');
    await waitForText(page, 'favorite_number version', '[data-property="favorite_number"] .version-tag', 'PropertyVersion 1');
    await waitForText(page, 'oven_setting', '[data-property="oven_setting"] pre.value', 'state: baking (11)');
    await waitForText(page, 'todays_menu', '[data-property="todays_menu"] pre.value', 'day: Monday (2)');
  });

  it('changes a property from its form: the server has the new value, the page its new version', async () => {
    await page.click('[data-property="favorite_number"] details.edit summary');
    await fill(page, '[data-property="favorite_number"]', 'number', '7');
    await page.click('[data-property="favorite_number"] button[type="submit"]');
    await waitForText(page, 'set result', '[data-property="favorite_number"] .result.ok', 'done');
    expect(setup.server.favoriteNumber).to.equal(7);
    await waitForText(page, 'new value', '[data-property="favorite_number"] pre.value', 'number: 7');
    await waitForText(page, 'new version', '[data-property="favorite_number"] .version-tag', 'PropertyVersion 2');
  });

  it('shows a value the server sets, live', async () => {
    await setup.server.setFavoriteNumber(99);
    await waitForText(page, 'server-side change', '[data-property="favorite_number"] pre.value', 'number: 99');
    await waitForText(page, 'its version', '[data-property="favorite_number"] .version-tag', 'PropertyVersion 3');
  });

  it('shows a signal the server emits, decoded, newest first', async () => {
    await setup.server.emitTemperatureChanged(1, 180.5, setup.kitchen.OvenState.PreHeating);
    await waitForText(page, 'signal', 'li.signal[data-signal="temperature_changed"] pre.value', 'state: pre_heating (10)');
    await setup.server.emitPhotoTaken(Uint8Array.from([0xde, 0xad, 0xbe, 0xef]), ['soup']);
    await waitForText(page, 'binary signal', 'li.signal[data-signal="photo_taken"] pre.value', '4 bytes: de ad be ef');
    const order = await page.$$eval('li.signal', (items) => items.map((item) => /** @type {HTMLElement} */ (item).dataset.signal));
    expect(order.slice(0, 2)).to.deep.equal(['photo_taken', 'temperature_changed']);
  });

  it('holds signals back while paused and shows them on resume', async () => {
    await page.click('.signals-panel .panel-head button:nth-of-type(1)');
    await setup.server.emitReady();
    await waitForText(page, 'held note', '.signals-panel .held', '1 new while paused');
    expect(await page.$('li.signal[data-signal="ready"]')).to.equal(null);
    await page.click('.signals-panel .panel-head button:nth-of-type(1)');
    await waitForText(page, 'resumed signal', 'li.signal[data-signal="ready"]', 'ready');
  });

  it('calls a method from its form and shows the decoded result and the round-trip time', async () => {
    await fill(page, '[data-method="add_numbers"]', 'first', '2');
    await fill(page, '[data-method="add_numbers"]', 'second', '3');
    await page.click('[data-method="add_numbers"] button[type="submit"]');
    await waitForText(page, 'add_numbers result', '[data-method="add_numbers"] .result.ok pre', 'sum: 5');
    await waitForText(page, 'round-trip time', '[data-method="add_numbers"] .result.ok .time', 'ms');
    await page.click('[data-method="what_time_is_it"] button[type="submit"]');
    await waitForText(page, 'datetime result', '[data-method="what_time_is_it"] .result.ok pre', 'timestamp: 2026-11-24T10:00:00.000Z');
  });

  it('shows NotImplemented (14) for a method the server has no handler for', async () => {
    await page.click('[data-method="reset"] button[type="submit"]');
    await waitForText(page, 'reset error', '[data-method="reset"] .result.error pre', 'NotImplemented (14)');
  });

  it('refuses a form value that cannot be sent, naming the field, without calling', async () => {
    await fill(page, '[data-method="add_numbers"]', 'first', '1.5');
    await page.click('[data-method="add_numbers"] button[type="submit"]');
    await waitForText(page, 'input error', '[data-method="add_numbers"] .result.error pre', 'first: enter a whole number');
  });

  it('works from file://', async () => {
    const fromFile = await setup.openPage(`file://${path.join(setup.webDir, 'index.html')}?broker=${encodeURIComponent(setup.brokerUrl)}`);
    await waitForText(fromFile, 'instance from file://', `li.instance[data-instance="${INSTANCE_ID}"][data-state="online"]`, INSTANCE_ID);
    await waitForText(fromFile, 'value from file://', '[data-property="favorite_number"] pre.value', 'number:');
    await fromFile.close();
  });

  it('fits a phone-width window without horizontal scrolling', async () => {
    const phone = await setup.openPage(setup.pageUrl, { width: 390, height: 844 });
    await waitForText(phone, 'instance on a phone', `li.instance[data-instance="${INSTANCE_ID}"][data-state="online"]`, INSTANCE_ID);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').to.be.at.most(0);
    await phone.close();
  });

  it('raised no uncaught error in the page', () => {
    expect(setup.pageErrors).to.deep.equal([]);
  });
});
