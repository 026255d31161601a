// @ts-check
'use strict';
// Boot order on a device: a daemon may start before mosquitto does. Its
// server must come up once the broker does, not fail in ready().

const { expect } = require('chai');
const { startBroker, freePort } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { kitchenInitialValues } = require('../support/kitchen-values');

describe('A server started before the broker (real mosquitto started later on the same port)', function () {
  this.timeout(120000);
  /** @type {any} */
  let kitchen;

  before(async function () {
    this.timeout(300000);
    kitchen = require((await generatedKitchen()).indexModule);
  });

  it('becomes ready once the broker is up, serves calls and publishes its properties', async function () {
    const port = await freePort();
    /** @type {string[]} */
    const connectionErrors = [];
    const serverConnection = new kitchen.MqttConnection({
      host: '127.0.0.1',
      port,
      reconnectDelayMs: 50,
      maxReconnectDelayMs: 200,
      onError: (/** @type {Error} */ error) => connectionErrors.push(error.message),
    });
    const server = new kitchen.KitchenServer(serverConnection, {
      instanceId: 'early',
      initialValues: kitchenInitialValues(kitchen),
    });
    server.handleAddNumbers(async (/** @type {number} */ a, /** @type {number} */ b) => a + b);
    /** @type {string} */
    let outcome = 'pending';
    const ready = server.ready().then(
      () => (outcome = 'ready'),
      (/** @type {Error} */ error) => (outcome = `rejected: ${error.message}`),
    );
    // Let the first connection attempts fail for real before the broker exists.
    while (connectionErrors.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(outcome).to.equal('pending');
    expect(connectionErrors[0]).to.match(/ECONNREFUSED/);

    const broker = await startBroker({ port });
    const clientConnection = new kitchen.MqttConnection({ host: '127.0.0.1', port });
    const client = new kitchen.KitchenClient(clientConnection, { instanceId: 'early' });
    try {
      await ready;
      expect(outcome).to.equal('ready');
      await client.ready();
      await client.propertiesReady();
      expect(client.favoriteNumber).to.equal(42);
      expect(await client.addNumbers(2, 3)).to.equal(5);
    } finally {
      await client.close();
      await clientConnection.close();
      await server.close();
      await serverConnection.close();
      await broker.stop();
    }
  });

  it('gives up waiting when its connection is closed before the broker ever came', async function () {
    const port = await freePort();
    const connection = new kitchen.MqttConnection({ host: '127.0.0.1', port, onError: () => undefined });
    const client = new kitchen.KitchenClient(connection, { instanceId: 'never' });
    const ready = client.ready().then(
      () => 'ready',
      (/** @type {Error} */ error) => `rejected: ${error.message}`,
    );
    await connection.close();
    expect(await ready).to.match(/^rejected: /);
  });
});
