// @ts-check
'use strict';

// Kitchen clients in one process, all on ONE generated MqttConnection.
// Usage: node kitchen-client.js <compiled index.js> <broker port> <spec JSON>
//   spec: { clientId, viaUrl?, clients: [instanceId | { instanceId, onError: false }, ...] }
//   (client i serves clients[i])
// Received signals are printed as {"event":"signal",client,sub,args}; errors
// reported through onError as {"event":"clientError",client,error}.

const { print, describeError, serveCommands, exitOnStrayErrors, timerCount } = require('./io');
const { encode, decode } = require('../../support/codec');

exitOnStrayErrors();

const [indexModule, port, specText] = process.argv.slice(2);
const spec = JSON.parse(specText);
const { MqttConnection, KitchenClient } = require(indexModule);

const connection = spec.viaUrl
  ? new MqttConnection({ url: `mqtt://127.0.0.1:${port}`, clientId: spec.clientId })
  : new MqttConnection({ host: '127.0.0.1', port: Number(port), clientId: spec.clientId });

// An entry is an instance id, or { instanceId, onError: false } for a client
// left with the default onError.
const clients = spec.clients.map((/** @type {string | { instanceId: string, onError: boolean }} */ entry, /** @type {number} */ index) => {
  if (typeof entry !== 'string' && entry.onError === false) return new KitchenClient(connection, { instanceId: entry.instanceId });
  return new KitchenClient(connection, {
    instanceId: typeof entry === 'string' ? entry : entry.instanceId,
    onError: (/** @type {unknown} */ err) => print({ event: 'clientError', client: index, error: describeError(err) }),
  });
});

/** @type {Map<string, () => void>} unsubscribe functions by subscription name */
const subscriptions = new Map();
/** @type {Map<string, AbortController>} */
const controllers = new Map();
/** @type {Set<unknown>} clients closed by a command, not closed again at the end */
const closed = new Set();

/** @param {number} index */
function clientAt(index) {
  const client = clients[index];
  if (!client) throw new Error(`no client ${index}`);
  return client;
}

serveCommands(
  {
    // { client, method: 'addNumbers', args: [...], options?: { timeoutMs?, abort?: 'before' | <key> } }
    call: async (command) => {
      const client = clientAt(command.client);
      if (typeof client[command.method] !== 'function') throw new Error(`no ${command.method} on the client`);
      const args = decode(command.args);
      if (!command.options) return client[command.method](...args);
      /** @type {{ timeoutMs?: number, signal?: AbortSignal }} */
      const options = {};
      if (command.options.timeoutMs !== undefined) options.timeoutMs = command.options.timeoutMs;
      if (command.options.abort) {
        const controller = new AbortController();
        if (command.options.abort === 'before') controller.abort(new Error('aborted before the call'));
        else controllers.set(command.options.abort, controller);
        options.signal = controller.signal;
      }
      return client[command.method](...args, options);
    },
    abort: (command) => {
      const controller = controllers.get(command.key);
      if (!controller) throw new Error(`no abortable call ${command.key}`);
      controllers.delete(command.key);
      controller.abort(new Error(`aborted by the test (${command.key})`));
    },
    // { client, method: 'receiveTemperatureChanged', sub, throws? }
    subscribe: (command) => {
      const client = clientAt(command.client);
      if (typeof client[command.method] !== 'function') throw new Error(`no ${command.method} on the client`);
      const off = client[command.method]((/** @type {unknown[]} */ ...args) => {
        print({ event: 'signal', client: command.client, sub: command.sub, method: command.method, args: encode(args) });
        if (command.throws) throw new Error(`listener ${command.sub} broke`);
      });
      if (typeof off !== 'function') throw new Error(`${command.method} did not return an unsubscribe function`);
      subscriptions.set(command.sub, off);
    },
    unsubscribe: (command) => {
      const off = subscriptions.get(command.sub);
      if (!off) throw new Error(`no subscription ${command.sub}`);
      subscriptions.delete(command.sub);
      off();
    },
    closeClient: async (command) => {
      const client = clientAt(command.client);
      closed.add(client);
      await client.close();
    },
    timers: () => timerCount(),
    ping: () => 'pong',
  },
  async () => {
    for (const client of clients) if (!closed.has(client)) await client.close();
    await connection.close();
  }
);

Promise.all(clients.map((/** @type {any} */ client) => client.ready())).then(
  () => print({ event: 'ready' }),
  (err) => {
    print({ event: 'startFailed', error: String(err && err.stack) });
    process.exit(1);
  }
);
