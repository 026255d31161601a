// @ts-check
'use strict';

// Shared by the issue-4 e2e tests (properties, discovery, faults, hostile
// payloads): props-peer.js processes, the Kitchen property values in their
// TS form (as codec.js carries them) and their wire form, and small waits.

const path = require('path');
const { expect } = require('chai');
const { startProgram } = require('../support/processes');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { date } = require('../support/codec');
const { wire } = require('../support/wire');
const { LUNCH_PLAIN, LUNCH_FULL, OVEN } = require('./kitchen-fixture');

const PEER_PROGRAM = path.join(__dirname, 'programs', 'props-peer.js');

/** Short keep-alive and reconnect delays, so Last Will and reconnection come fast. */
const FAST_CONNECTION = { keepAliveSeconds: 2, reconnectDelayMs: 50, maxReconnectDelayMs: 500 };

/** The Kitchen properties: camelCase name -> name as written (topic level). */
const PROPERTY_TOPICS = {
  favoriteNumber: 'favorite_number',
  ovenSetting: 'oven_setting',
  todaysMenu: 'todays_menu',
  lastCleaned: 'last_cleaned',
};

/**
 * Initial values for a server: `ts` is what the test hands to the server
 * (codec form), `wire` what the retained value messages must carry.
 * @param {number} [favorite] a number that tells servers apart
 */
function initialValues(favorite = 42) {
  return {
    ts: {
      favoriteNumber: favorite,
      ovenSetting: { celsius: 180.5, state: OVEN.baking },
      todaysMenu: LUNCH_PLAIN.ts,
      lastCleaned: date('2026-11-20T06:30:00.000Z'),
    },
    wire: {
      favoriteNumber: { number: favorite },
      ovenSetting: { celsius: 180.5, state: OVEN.baking, hold_for: null },
      todaysMenu: { lunch: LUNCH_PLAIN.wire },
      lastCleaned: { timestamp: wire.datetime('2026-11-20T06:30:00.000Z') },
    },
  };
}

/**
 * Starts a props-peer.js process: one MqttConnection with the given client id.
 * @param {{ indexModule: string }} pkg
 * @param {{ port: number }} broker
 * @param {string} clientId
 * @param {Record<string, unknown>} [connection] MqttConnection options
 */
function startPeer(pkg, broker, clientId, connection = FAST_CONNECTION) {
  return startProgram(PEER_PROGRAM, [pkg.indexModule, String(broker.port), JSON.stringify({ clientId, connection })]);
}

/**
 * A raw mqtt.js client subscribed to everything of the Kitchen interface
 * and every client topic (replies, presence).
 * @param {string} url
 * @param {string} clientId
 */
async function rawObserver(url, clientId) {
  const raw = await connectRaw(url, { clientId });
  await raw.subscribe(['Kitchen/#', 'client/#']);
  return raw;
}

/**
 * Topic of a property's retained value.
 * @param {string} instanceId
 * @param {keyof typeof PROPERTY_TOPICS} property
 */
function valueTopic(instanceId, property) {
  return `Kitchen/${instanceId}/property/${PROPERTY_TOPICS[property]}/value`;
}

/**
 * The PropertyVersion user property of a value message, as a number;
 * fails unless it is decimal text.
 * @param {import('../support/raw-mqtt').WireMessage} message
 */
function versionOf(message) {
  const text = userProperties(message.properties).PropertyVersion;
  expect(text, `PropertyVersion of ${message.topic}`).to.be.a('string').that.matches(/^[0-9]+$/);
  return Number(text);
}

/**
 * The next message on `topic` at or after `since` whose JSON satisfies `match`.
 * @param {import('../support/raw-mqtt').RawClient} raw
 * @param {string} topic
 * @param {(json: any) => boolean} match
 * @param {number} [since]
 */
function waitForJson(raw, topic, match, since = 0) {
  return raw.waitFor((m) => m.topic === topic && m.json !== undefined && match(m.json), `matching message on ${topic}`, since);
}

/**
 * Like RawClient.waitFor, with a longer bound: for what only the broker's
 * keep-alive check brings (mosquitto runs it every few seconds).
 * @param {import('../support/raw-mqtt').RawClient} raw
 * @param {(m: import('../support/raw-mqtt').WireMessage) => boolean} predicate
 * @param {string} what
 * @param {number} since
 * @param {number} limitMs only turns a hang into a readable failure
 * @returns {Promise<import('../support/raw-mqtt').WireMessage>}
 */
function waitLonger(raw, predicate, what, since, limitMs) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = raw.messages.slice(since).find(predicate);
      if (found) {
        done();
        resolve(found);
      }
      return Boolean(found);
    };
    // RawClient records each message in its own earlier 'message' listener.
    const onMessage = () => check();
    const timer = setTimeout(() => {
      done();
      reject(new Error(`raw client: no ${what} within ${limitMs} ms`));
    }, limitMs);
    const done = () => {
      clearTimeout(timer);
      raw.mqtt.off('message', onMessage);
    };
    if (!check()) raw.mqtt.on('message', onMessage);
  });
}

/**
 * Waits for a 'changed' event of `client` for `property` with exactly `value` (codec form).
 * @param {import('../support/processes').Program} peer
 * @param {string} client
 * @param {string} property
 * @param {unknown} value
 * @param {number} [since]
 */
function waitForChange(peer, client, property, value, since = 0) {
  const text = JSON.stringify(value);
  return peer.waitFor(
    (l) => l.event === 'changed' && l.client === client && l.property === property && JSON.stringify(l.value) === text,
    `'${property}' of ${client} changing to ${text}`,
    { since }
  );
}

/**
 * Expects a command reply to be a rejection with MethodError `code`.
 * @param {Record<string, any>} reply
 * @param {number} code
 * @param {string} what
 */
function expectMethodError(reply, code, what) {
  expect(reply.ok, `${what} should fail, but resolved with ${JSON.stringify(reply.result)}`).to.equal(false);
  expect(reply.error.className, `${what}: error class (${JSON.stringify(reply.error)})`).to.equal('MethodError');
  expect(reply.error.returnCode, `${what}: return code (${reply.error.message})`).to.equal(code);
}

/** Return codes of the protocol (issue 2). */
const RC = {
  success: 0,
  clientError: 1,
  serverError: 2,
  payloadError: 4,
  serverDeserialization: 8,
  unauthorized: 10,
  timeout: 11,
  outOfSync: 12,
};

module.exports = {
  FAST_CONNECTION,
  PROPERTY_TOPICS,
  RC,
  LUNCH_PLAIN,
  LUNCH_FULL,
  OVEN,
  initialValues,
  startPeer,
  rawObserver,
  valueTopic,
  versionOf,
  waitForJson,
  waitLonger,
  waitForChange,
  expectMethodError,
};
