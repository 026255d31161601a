// @ts-check
'use strict';
// MqttConnection (runtime/connection.ts) against a real mosquitto started
// here with its own config: a TCP, a unix socket and a websockets listener,
// on free loopback ports. Checks every way to reach the broker, dispatch to
// several subscribers on one connection, and closing without a broker.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { expect } = require('chai');
const { findMosquitto, freePort } = require('./support/broker');
const { compiledRuntime } = require('./support/compiled-runtime');

/**
 * Starts mosquitto with the given config lines; resolves once it runs.
 * @param {string} dir
 * @param {string[]} lines
 */
function startMosquitto(dir, lines) {
  const config = path.join(dir, 'mosquitto.conf');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0 ? ['user root'] : [];
  fs.writeFileSync(config, [...lines, 'persistence false', 'log_dest stderr', 'log_type all', ...asRoot, ''].join('\n'));
  const child = spawn(findMosquitto(), ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      log += chunk;
      // Printed once every listener is bound.
      if (/ running\b/.test(log)) resolve({ child, log: () => log });
    });
    child.once('exit', (code) => reject(new Error(`mosquitto exited (${code}):\n${log}`)));
  });
}

/**
 * Subscribes, publishes once and resolves with what came back.
 * @param {any} conn
 * @param {string} topic
 */
async function roundTrip(conn, topic) {
  /** @type {Promise<any>} */
  const received = new Promise((resolve) => {
    const subscription = conn.subscribe(topic, resolve);
    subscription.ready.then(() => conn.publish(topic, 'ping', { userProperties: { Key: 'value' } }));
  });
  const message = await received;
  return { topic: message.topic, payload: message.payload.toString(), userProperties: message.userProperties };
}

describe('MqttConnection against mosquitto', function () {
  /** @type {any} */
  let MqttConnection;
  /** @type {string} */
  let dir;
  /** @type {any} */
  let broker;
  /** @type {number} */
  let tcpPort;
  /** @type {number} */
  let wsPort;
  /** @type {string} */
  let socketPath;

  before(async function () {
    ({ MqttConnection } = compiledRuntime().connection);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-connection-'));
    tcpPort = await freePort();
    wsPort = await freePort();
    socketPath = path.join(dir, 'broker.sock');
    broker = await startMosquitto(dir, [
      `listener ${tcpPort} 127.0.0.1`,
      'allow_anonymous true',
      `listener 0 ${socketPath}`,
      'allow_anonymous true',
      `listener ${wsPort} 127.0.0.1`,
      'protocol websockets',
      'allow_anonymous true',
    ]);
  });

  after(async function () {
    if (broker) {
      const exited = new Promise((resolve) => broker.child.once('exit', resolve));
      broker.child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const routes = [
    ['host and port', () => new MqttConnection('127.0.0.1', tcpPort)],
    ['an options object', () => new MqttConnection({ host: '127.0.0.1', port: tcpPort, clientId: 'options-client' })],
    ['an mqtt:// url', () => new MqttConnection({ url: `mqtt://127.0.0.1:${tcpPort}` })],
    ['a unix socket path', () => new MqttConnection({ url: socketPath })],
    ['a unix:// url', () => new MqttConnection({ url: `unix://${socketPath}` })],
    ['a ws:// url', () => new MqttConnection({ url: `ws://127.0.0.1:${wsPort}` })],
  ];
  for (const [what, open] of routes) {
    it(`connects with ${what} and round-trips a message with user properties`, async function () {
      const conn = /** @type {() => any} */ (open)();
      try {
        const got = await roundTrip(conn, `route/${String(what).replace(/\W+/g, '-')}`);
        expect(got.payload).to.equal('ping');
        expect(got.userProperties).to.deep.equal({ Key: 'value' });
      } finally {
        await conn.close();
      }
    });
  }

  it('uses the given client id', async function () {
    const conn = new MqttConnection({ host: '127.0.0.1', port: tcpPort, clientId: 'kitchen-test-7' });
    try {
      expect(conn.clientId).to.equal('kitchen-test-7');
      await conn.subscribe('any/topic', () => undefined).ready;
      expect(broker.log()).to.contain('kitchen-test-7');
    } finally {
      await conn.close();
    }
  });

  it('dispatches to every matching subscriber and keeps a filter while another subscriber uses it', async function () {
    /** @type {Error[]} */
    const errors = [];
    const conn = new MqttConnection({ host: '127.0.0.1', port: tcpPort, onError: (/** @type {Error} */ e) => errors.push(e) });
    try {
      /** @type {string[]} */
      const seen = [];
      const first = conn.subscribe('dispatch/+/x', (/** @type {any} */ m) => seen.push(`first ${m.topic}`));
      const second = conn.subscribe('dispatch/+/x', (/** @type {any} */ m) => seen.push(`second ${m.topic}`));
      const all = conn.subscribe('dispatch/#', (/** @type {any} */ m) => seen.push(`all ${m.topic}`));
      // A throwing subscriber must not keep the others from their message.
      const thrower = conn.subscribe('dispatch/a/x', () => {
        throw new Error('subscriber bug');
      });
      await Promise.all([first.ready, second.ready, all.ready, thrower.ready]);
      await conn.publish('dispatch/a/x', '1');
      await first.unsubscribe();
      await conn.publish('dispatch/b/x', '2');
      await conn.publish('dispatch/end', 'end');
      // Messages on one connection arrive in order: once this one is in, so are the others.
      await new Promise((resolve) => {
        const done = conn.subscribe('marker/done', resolve);
        done.ready.then(() => conn.publish('marker/done', ''));
      });
      // Overlapping filters: the broker sends a copy per subscription, each
      // handler still gets the message exactly once.
      expect([...seen].sort()).to.deep.equal([
        'all dispatch/a/x',
        'all dispatch/b/x',
        'all dispatch/end',
        'first dispatch/a/x',
        'second dispatch/a/x',
        'second dispatch/b/x',
      ]);
      expect(errors.map((e) => e.message)).to.deep.equal(['subscriber bug']);
    } finally {
      await conn.close();
    }
  });

  it('subscribes a filter again after its last subscriber left', async function () {
    const conn = new MqttConnection('127.0.0.1', tcpPort);
    try {
      const before = conn.subscribe('again/x', () => undefined);
      await before.ready;
      await before.unsubscribe();
      const got = await roundTrip(conn, 'again/x');
      expect(got.topic).to.equal('again/x');
    } finally {
      await conn.close();
    }
  });

  it('closes without waiting when no broker is reachable', async function () {
    const port = await freePort();
    /** @type {Error[]} */
    const errors = [];
    const conn = new MqttConnection({ host: '127.0.0.1', port, onError: (/** @type {Error} */ e) => errors.push(e) });
    conn.subscribe('never/acknowledged', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await conn.close();
    expect(errors.map((e) => e.message).join('\n')).to.contain('ECONNREFUSED');
  });
});
