// @ts-check
'use strict';

// One server process of instance 'main' (prefix node1) sharing its method
// calls through shareGroup 'g': the owner has the property values, a
// replica is methodsOnly. Prints {"event":"got","left":N} (synchronously: a
// pipe write on Linux) before answering each add_numbers call, so a test
// that kills it knows which calls it had taken.
// Usage: node replica-server.js <compiled index.js> <unix socket> owner|replica <name> <password>

const { print, serveCommands, exitOnStrayErrors } = require('./io');

exitOnStrayErrors();

const [indexModule, socketPath, role, name, password] = process.argv.slice(2);
const { MqttConnection, ExampleServer } = require(indexModule);

const connection = new MqttConnection({ url: `unix://${socketPath}`, clientId: `replica-${name}`, username: 'example-server', password });
const common = { instanceId: 'main', prefix: 'node1', shareGroup: 'g', onError: (/** @type {Error} */ err) => print({ event: 'serverError', message: err.message }) };
const server =
  role === 'owner'
    ? new ExampleServer(connection, { ...common, initialValues: { favoriteNumber: 7 } })
    : new ExampleServer(connection, { ...common, methodsOnly: true });

server.handleAddNumbers((/** @type {number} */ left, /** @type {number} */ right) => {
  print({ event: 'got', left });
  return left + right;
});

serveCommands({}, async () => {
  await server.close();
  await connection.close();
});

server.ready().then(
  () => print({ event: 'ready' }),
  (/** @type {Error} */ err) => print({ event: 'readyFailed', message: err.message }),
);
