// @ts-check
'use strict';
// The generated package's two ends: ExampleServer and ExampleClient, each on
// its own MqttConnection, exactly as an application would use them.

const { batchOf } = require('./side');

/**
 * Where the broker is: TCP host and port, or a unix socket path.
 * @typedef {{ host: string, port: number, socketPath?: string }} BrokerAddress
 */

/** @param {BrokerAddress} broker @param {(error: Error) => void} onError */
function connectionOptions(broker, onError) {
  return broker.socketPath ? { url: `unix://${broker.socketPath}`, onError } : { host: broker.host, port: broker.port, onError };
}

/**
 * Opens the server end: answers add_numbers and favorite_number updates, emits foo.
 * @param {string} indexModule  the compiled package's dist/src/index.js
 * @param {BrokerAddress} broker
 * @param {string} instanceId
 * @param {Error[]} errors
 * @returns {Promise<import('./side').ServerEnd>}
 */
async function openGeneratedServer(indexModule, broker, instanceId, errors) {
  // The package is built at run time, so it has no static types here.
  /** @type {any} */
  const pkg = require(indexModule);
  /** @param {Error} error */
  const onError = (error) => errors.push(error);
  const connection = new pkg.MqttConnection(connectionOptions(broker, onError));
  const server = new pkg.ExampleServer(connection, { instanceId, initialValues: { favoriteNumber: 0 }, onError });
  server.handleAddNumbers((/** @type {number} */ left, /** @type {number} */ right) => left + right);
  await server.ready();
  const signalTopic = `Example/${instanceId}/signal/foo`;
  return {
    pid: process.pid,
    emitBatch: batchOf((message, qos) =>
      // The protocol sends signals with QoS 1; QoS 0 goes through the same connection's publish.
      qos === 1 ? server.emitFoo(message) : connection.publish(signalTopic, JSON.stringify({ message }), { qos: 0 })
    ),
    async close() {
      await server.close();
      await connection.close();
    },
  };
}

/**
 * Opens the client end.
 * @param {string} indexModule
 * @param {BrokerAddress} broker
 * @param {string} instanceId
 * @param {Error[]} errors
 * @returns {Promise<import('./side').ClientEnd>}
 */
async function openGeneratedClient(indexModule, broker, instanceId, errors) {
  /** @type {any} */
  const pkg = require(indexModule);
  /** @param {Error} error */
  const onError = (error) => errors.push(error);
  const connection = new pkg.MqttConnection(connectionOptions(broker, onError));
  const client = new pkg.ExampleClient(connection, { instanceId, onError });
  await client.ready();
  // setFavoriteNumber needs the current PropertyVersion first.
  await client.propertiesReady();
  return {
    addNumbers: (left, right) => client.addNumbers(left, right),
    setFavoriteNumber: (value) => client.setFavoriteNumber(value),
    receiveFoo: (listener) => client.receiveFoo(listener),
    async close() {
      await client.close();
      await connection.close();
    },
  };
}

module.exports = { openGeneratedServer, openGeneratedClient };
