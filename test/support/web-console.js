// @ts-check
'use strict';
// Everything the generated web console needs to be seen working: a private
// mosquitto, a WebSocket bridge to it (test/support/ws-bridge.js), a
// generated Kitchen server (examples/full.stingeripc) running in this
// process, a static server for the package's web/ folder, and Debian's
// chromium driven headless through puppeteer-core (no browser download).
// Used by test/web-console.test.js and demo/console-screenshot.js.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startBroker } = require('./broker');
const { startWsBridge } = require('./ws-bridge');
const { startStaticServer } = require('./static-server');
const { kitchenInitialValues } = require('./kitchen-values');
const { CHROMIUM, CHROMIUM_ARGS } = require('./html-docs');

/** The instance id of the Kitchen server the console finds. */
const INSTANCE_ID = 'kitchen-1';

/**
 * @typedef {object} ConsoleSetup
 * @property {any} kitchen              the generated package's index module
 * @property {any} server               the running KitchenServer
 * @property {string} brokerUrl         the bridge's ws:// URL
 * @property {string} webDir            the generated web/ folder
 * @property {string} pageUrl           index.html on the static server, with ?broker=
 * @property {import('puppeteer-core').Browser} browser
 * @property {string[]} pageErrors      uncaught errors of the pages opened with openPage
 * @property {(url?: string, viewport?: { width: number, height: number }) => Promise<import('puppeteer-core').Page>} openPage
 * @property {() => Promise<void>} stop stops everything it started
 */

/**
 * @param {{ outDir: string, indexModule: string }} generated  a Kitchen package generated with web=true and compiled
 * @returns {Promise<ConsoleSetup>}
 */
async function startConsoleSetup(generated) {
  /** @type {Array<() => Promise<void>>} */
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const broker = await startBroker();
    stops.push(() => broker.stop());
    const bridge = await startWsBridge({ brokerPort: broker.port });
    stops.push(() => bridge.close());

    const kitchen = require(generated.indexModule);
    const connection = new kitchen.MqttConnection({ host: '127.0.0.1', port: broker.port, onError: () => undefined });
    stops.push(() => connection.close());
    const server = new kitchen.KitchenServer(connection, { instanceId: INSTANCE_ID, initialValues: kitchenInitialValues(kitchen), onError: () => undefined });
    stops.push(() => server.close());
    server.handleAddNumbers(async (/** @type {number} */ first, /** @type {number} */ second, /** @type {number | undefined} */ third) => first + second + (third ?? 0));
    server.handleWhatTimeIsIt(async () => new Date('2026-11-24T10:00:00Z'));
    server.handleEchoBytes(async (/** @type {Uint8Array} */ data) => Uint8Array.from(data).reverse());
    server.handleOrderLunch(async () => ({ orderNumber: 17, readyAt: new Date('2026-11-24T12:30:00Z'), comment: 'extra pickles' }));
    // reset has no handler: the console shows NotImplemented (14).
    await server.ready();

    const files = await startStaticServer(path.join(generated.outDir, 'web'));
    stops.push(() => files.close());

    const puppeteer = require('puppeteer-core');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-chromium-'));
    stops.push(async () => fs.rmSync(profile, { recursive: true, force: true }));
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, userDataDir: profile, args: CHROMIUM_ARGS });
    stops.push(() => browser.close());

    const pageUrl = `${files.url}index.html?broker=${encodeURIComponent(bridge.url)}`;
    /** @type {string[]} */
    const pageErrors = [];
    return {
      kitchen,
      server,
      brokerUrl: bridge.url,
      webDir: path.join(generated.outDir, 'web'),
      pageUrl,
      browser,
      pageErrors,
      openPage: async (url = pageUrl, viewport = { width: 1280, height: 800 }) => {
        const page = await browser.newPage();
        page.on('pageerror', (error) => pageErrors.push(String(error)));
        await page.setViewport(viewport);
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { startConsoleSetup, INSTANCE_ID };
