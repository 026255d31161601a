// @ts-check
'use strict';
// Renders AsyncAPI documents with the official @asyncapi/html-template and
// reads the page in Debian's chromium (puppeteer-core, no browser download),
// as a person would see it with every section expanded.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Debian's chromium; CI (.ci/run) installs it. */
const CHROMIUM = '/usr/bin/chromium';

/** Launch flags: headless, no sandbox (CI runs as root), no network chatter. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Renders `document` (a file) into `outDir`/index.html with the official template.
 * @param {string} document
 * @param {string} outDir
 */
async function renderHtml(document, outDir) {
  const Generator = require('@asyncapi/generator');
  const templateDir = path.dirname(require.resolve('@asyncapi/html-template/package.json'));
  const generator = new Generator(templateDir, outDir, { forceWrite: true, templateParams: { singleFile: 'true' } });
  await generator.generateFromFile(document);
  return path.join(outDir, 'index.html');
}

/**
 * The text of a rendered page with every schema expanded and every collapsed
 * part (examples, reply messages) shown, except the reply channel details
 * (a second copy of the reply message): the page's whole text, and the text
 * of each operation's section keyed by operation id.
 * @param {string} htmlFile
 * @returns {Promise<{ text: string, operations: Record<string, string> }>}
 */
async function readHtml(htmlFile) {
  const puppeteer = require('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, userDataDir: profile, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${htmlFile}`, { waitUntil: 'load' });
    // One "Expand all" at a time: an outer one also expands the schemas
    // inside it, whose own buttons then read "Collapse all".
    for (;;) {
      const clicked = await page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => (b.textContent || '').trim() === 'Expand all');
        if (button) button.click();
        return Boolean(button);
      });
      if (!clicked) break;
    }
    return await page.evaluate(() => {
      // A reply's "View channel details" repeats the reply message shown
      // under "Expected Reply Message"; the page keeps it collapsed.
      for (const button of document.querySelectorAll('button')) {
        if ((button.textContent || '').includes('View channel details') && button.nextElementSibling) {
          button.nextElementSibling.remove();
        }
      }
      document.querySelectorAll('.hidden').forEach((e) => e.classList.remove('hidden'));
      /** @type {Record<string, string>} */
      const operations = {};
      for (const section of document.querySelectorAll('li[id^="operation-"]')) {
        const id = section.id.replace(/^operation-[a-z]+-/, '');
        operations[id] = /** @type {HTMLElement} */ (section).innerText;
      }
      return { text: document.body.innerText, operations };
    });
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { renderHtml, readHtml, CHROMIUM, CHROMIUM_ARGS };
