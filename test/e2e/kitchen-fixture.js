// @ts-check
'use strict';

// One mosquitto, one generated Kitchen server process, one client process
// (several clients on one connection) and a raw mqtt.js observer subscribed
// to everything, shared by the tests of a describe block.

const path = require('path');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { startProgram } = require('../support/processes');
const { connectRaw } = require('../support/raw-mqtt');
const { date, bytes, absent } = require('../support/codec');
const { wire } = require('../support/wire');

const SERVER_PROGRAM = path.join(__dirname, 'programs', 'kitchen-server.js');
const CLIENT_PROGRAM = path.join(__dirname, 'programs', 'kitchen-client.js');

/**
 * @typedef {object} KitchenRig
 * @property {import('../support/generate').GeneratedPackage} pkg
 * @property {import('../support/broker').Broker} broker
 * @property {import('../support/processes').Program} server
 * @property {import('../support/processes').Program} client
 * @property {import('../support/raw-mqtt').RawClient} raw   subscribed to Kitchen/# and client/#
 * @property {string} clientId  MQTT client id of the client process
 * @property {() => Promise<void>} stop
 */

/**
 * @param {{ servers?: Array<{ instanceId: string, handlers: boolean }>, clients?: Array<string | { instanceId: string, onError: boolean }>, viaUrl?: boolean }} [options]
 *   viaUrl: the client program connects with { url } instead of { host, port }
 * @returns {Promise<KitchenRig>}
 */
async function startKitchen(options = {}) {
  const servers = options.servers || [
    { instanceId: 'k1', handlers: true },
    { instanceId: 'k2', handlers: false },
  ];
  const clients = options.clients || ['k1', 'k1', 'k2'];
  const pkg = await generatedKitchen();
  const broker = await startBroker();
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [() => broker.stop()];
  const stop = async () => {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  };
  try {
    const raw = await connectRaw(broker.url, { clientId: 'raw-observer' });
    cleanups.push(() => raw.end());
    await raw.subscribe(['Kitchen/#', 'client/#']);
    const tag = `${process.pid}-${Date.now().toString(36)}`;
    const server = await startProgram(SERVER_PROGRAM, [pkg.indexModule, String(broker.port), JSON.stringify({ servers })]);
    cleanups.push(() => server.stop());
    const clientId = `kitchen-client-${tag}`;
    const client = await startProgram(CLIENT_PROGRAM, [pkg.indexModule, String(broker.port), JSON.stringify({ clientId, clients, viaUrl: Boolean(options.viaUrl) })]);
    cleanups.push(() => client.stop());
    return { pkg, broker, server, client, raw, clientId, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Drops trailing undefined arguments: a handler called as f(a, b) and one
 * called as f(a, b, undefined) see the same values.
 * @param {unknown[]} args encoded arguments
 */
function trimAbsent(args) {
  const out = args.slice();
  while (out.length && JSON.stringify(out[out.length - 1]) === JSON.stringify(absent)) out.pop();
  return out;
}

// Sample values, each as the TS side sees it (encoded) and as the wire must carry it.
const LUNCH_PLAIN = {
  ts: {
    drink: true,
    sandwich: 'ham & cheese "deluxe"',
    crackers: 2.5,
    day: 2, // Monday: Sunday is 1, the next values count up
    timeOfLunch: date('2026-11-24T12:00:00.000Z'),
    durationOfLunch: 5400000,
  },
  wire: {
    drink: true,
    sandwich: 'ham & cheese "deluxe"',
    crackers: 2.5,
    day: 2,
    order_number: null,
    time_of_lunch: wire.datetime('2026-11-24T12:00:00.000Z'),
    duration_of_lunch: wire.duration(5400000),
    receipt: null,
  },
};

const LUNCH_FULL = {
  ts: {
    drink: false,
    sandwich: 'tofu',
    crackers: 0,
    day: 7, // Saturday
    orderNumber: 42,
    timeOfLunch: date('2026-01-02T03:04:05.678Z'),
    durationOfLunch: 250,
    receipt: bytes([0, 255, 1, 128, 10]),
  },
  wire: {
    drink: false,
    sandwich: 'tofu',
    crackers: 0,
    day: 7,
    order_number: 42,
    time_of_lunch: wire.datetime('2026-01-02T03:04:05.678Z'),
    duration_of_lunch: wire.duration(250),
    receipt: wire.base64([0, 255, 1, 128, 10]),
  },
};

const TRAY = {
  ts: { label: 'tray one', lunches: [LUNCH_PLAIN.ts, LUNCH_FULL.ts], days: [1, 4] },
  wire: { label: 'tray one', lunches: [LUNCH_PLAIN.wire, LUNCH_FULL.wire], days: [1, 4] },
};

/** Oven states as numbered in examples/full.stingeripc. */
const OVEN = { off: 0, preHeating: 10, baking: 11, coolingDown: 12 };

module.exports = { startKitchen, trimAbsent, LUNCH_PLAIN, LUNCH_FULL, TRAY, OVEN };
