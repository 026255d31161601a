// @ts-check
'use strict';

// The seed's Example interface (one signal `foo` with a string `message`),
// as server or client, on the generated package.
// Usage: node example-peer.js <compiled index.js> <broker port> server|client <instanceId>

const { print, serveCommands, exitOnStrayErrors } = require('./io');

exitOnStrayErrors();

const [indexModule, port, role, instanceId] = process.argv.slice(2);
const { MqttConnection, ExampleServer, ExampleClient } = require(indexModule);

const connection = new MqttConnection('127.0.0.1', Number(port));
const peer =
  role === 'server'
    ? new ExampleServer(connection, { instanceId })
    : new ExampleClient(connection, { instanceId, onError: (/** @type {Error} */ err) => print({ event: 'clientError', message: err.message }) });

if (role !== 'server') peer.receiveFoo((/** @type {unknown} */ message) => print({ event: 'foo', message }));

serveCommands(
  { emitFoo: (command) => peer.emitFoo(command.message) },
  async () => {
    await peer.close();
    await connection.close();
  }
);

peer.ready().then(() => print({ event: 'ready' }));
