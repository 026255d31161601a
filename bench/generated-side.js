// @ts-check
'use strict';
// The Side of the generated package: ExampleServer and ExampleClient, each
// on its own MqttConnection, exactly as an application would use them.

/**
 * @param {string} indexModule  the compiled package's dist/src/index.js
 * @param {{ host: string, port: number }} broker
 * @param {string} instanceId
 * @returns {Promise<import('./side').Side>}
 */
async function openGeneratedSide(indexModule, broker, instanceId) {
  // The package is built at run time, so it has no static types here.
  /** @type {any} */
  const pkg = require(indexModule);
  /** @type {Error[]} */
  const errors = [];
  /** @param {Error} error */
  const onError = (error) => errors.push(error);

  const serverConnection = new pkg.MqttConnection({ host: broker.host, port: broker.port, onError });
  const server = new pkg.ExampleServer(serverConnection, { instanceId, initialValues: { favoriteNumber: 0 }, onError });
  server.handleAddNumbers((/** @type {number} */ left, /** @type {number} */ right) => left + right);
  await server.ready();

  const clientConnection = new pkg.MqttConnection({ host: broker.host, port: broker.port, onError });
  const client = new pkg.ExampleClient(clientConnection, { instanceId, onError });
  await client.ready();
  // setFavoriteNumber needs the current PropertyVersion first.
  await client.propertiesReady();

  return {
    name: 'generated',
    addNumbers: (left, right) => client.addNumbers(left, right),
    setFavoriteNumber: (value) => client.setFavoriteNumber(value),
    emitFoo: (message) => server.emitFoo(message),
    receiveFoo: (listener) => client.receiveFoo(listener),
    errors: () => errors,
    async close() {
      await client.close();
      await server.close();
      await Promise.all([clientConnection.close(), serverConnection.close()]);
    },
  };
}

module.exports = { openGeneratedSide };
