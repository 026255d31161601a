// @ts-check
'use strict';

// The broker harness itself: the e2e tests rely on it starting, accepting
// MQTT v5, restarting on the same port and releasing the port when stopped.

const net = require('net');
const { expect } = require('chai');
const mqtt = require('mqtt');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startBroker, findMosquitto } = require('../support/broker');

/**
 * @param {string} url
 * @returns {Promise<import('mqtt').MqttClient>}
 */
function connectV5(url) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { protocolVersion: 5, reconnectPeriod: 0 });
    client.once('connect', () => resolve(client));
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether we can bind the port ourselves
 */
function canBind(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('test broker harness', function () {
  /** @type {import('../support/broker').Broker | undefined} */
  let broker;

  afterEach(async function () {
    if (broker) await broker.stop();
    broker = undefined;
  });

  it('starts mosquitto on a loopback port that accepts an MQTT v5 session', async function () {
    broker = await startBroker();
    expect(broker.host).to.equal('127.0.0.1');
    expect(broker.port).to.be.a('number').above(0);
    expect(broker.url).to.equal(`mqtt://127.0.0.1:${broker.port}`);

    const client = await connectV5(broker.url);
    const received = new Promise((resolve) => {
      client.on('message', (topic, payload, packet) => resolve({ topic, payload: payload.toString(), qos: packet.qos }));
    });
    await client.subscribeAsync('harness/#', { qos: 1 });
    await client.publishAsync('harness/ping', 'pong', { qos: 1 });
    expect(await received).to.deep.equal({ topic: 'harness/ping', payload: 'pong', qos: 1 });
    await client.endAsync();
    expect(broker.log()).to.match(/mosquitto version/);
  });

  it('gives two brokers different ports', async function () {
    broker = await startBroker();
    const second = await startBroker();
    try {
      expect(second.port).to.not.equal(broker.port);
    } finally {
      await second.stop();
    }
  });

  it('restarts on the same port', async function () {
    broker = await startBroker();
    const port = broker.port;
    await broker.restart();
    expect(broker.port).to.equal(port);
    const client = await connectV5(broker.url);
    expect(client.connected).to.equal(true);
    await client.endAsync();
  });

  it('releases the port when stopped', async function () {
    broker = await startBroker();
    const port = broker.port;
    expect(await canBind(port)).to.equal(false);
    await broker.stop();
    broker = undefined;
    expect(await canBind(port)).to.equal(true);
  });

  it('says how to install mosquitto when it cannot find it', function () {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-mosquitto-'));
    try {
      expect(() => findMosquitto([empty])).to.throw(/apt-get install -y mosquitto/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("fails with mosquitto's own log when the asked-for port is taken", async function () {
    const blocker = net.createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      let failure;
      try {
        broker = await startBroker({ port });
      } catch (err) {
        failure = err;
      }
      expect(String(failure), 'startBroker on a busy port').to.match(/did not start[\s\S]*Address already in use/);
    } finally {
      await new Promise((resolve) => blocker.close(() => resolve(undefined)));
    }
  });
});
