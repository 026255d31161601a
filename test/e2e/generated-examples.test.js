// @ts-check
'use strict';

// The generated examples/server.ts and examples/client.ts, compiled, run
// against each other as a user would run them (MQTT_HOST, MQTT_PORT,
// INSTANCE_ID), using the (host, port) form of MqttConnection.

const path = require('path');
const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { Program } = require('../support/processes');
const { connectRaw, userProperties } = require('../support/raw-mqtt');

describe('e2e: generated example programs', function () {
  this.timeout(30000);
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/generate').GeneratedPackage} */
  let pkg;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    pkg = await generatedKitchen();
    broker = await startBroker();
    cleanups.push(() => broker.stop());
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  it('the example client calls every method of the example server and exits 0; the server stops cleanly on SIGINT', async function () {
    const env = { MQTT_HOST: '127.0.0.1', MQTT_PORT: String(broker.port), INSTANCE_ID: 'demo' };
    const raw = await connectRaw(broker.url);
    cleanups.push(() => raw.end());
    await raw.subscribe(['Kitchen/demo/#', 'client/#']);

    const server = new Program(path.join(pkg.distDir, 'examples', 'server.js'), [], { env });
    cleanups.push(() => server.stop());
    // The example server emits its signals once it serves: the wire says when.
    await raw.waitForTopic('Kitchen/demo/signal/ready');

    const client = new Program(path.join(pkg.distDir, 'examples', 'client.js'), [], { env });
    cleanups.push(() => client.stop());
    const clientExit = await client.exit;
    expect(clientExit, `example client exit\n${client.report()}`).to.deep.equal({ code: 0, signal: null });

    // Every call went out and came back with success, as the wire shows.
    for (const method of ['add_numbers', 'order_lunch', 'what_time_is_it', 'fill_tray', 'echo_bytes', 'reset']) {
      const request = raw.messages.find((m) => m.topic === `Kitchen/demo/method/${method}/request`);
      expect(request, `${method} request on the wire`).to.not.equal(undefined);
      const reply = await raw.waitFor((m) => m.topic === request?.properties?.responseTopic, `${method} reply`);
      expect(userProperties(reply.properties), `${method} reply`).to.include({ ReturnCode: '0' });
    }

    const serverExit = await server.interrupt('SIGINT');
    expect(serverExit, `example server exit on SIGINT\n${server.report()}`).to.deep.equal({ code: 0, signal: null, killed: false });
  });
});
