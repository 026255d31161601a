// @ts-check
'use strict';

// One process, ONE generated MqttConnection, and whatever the test asks for
// on it: Kitchen servers, Kitchen clients and KitchenDiscovery objects, each
// made by a command and named by the test. Used by the property, discovery,
// fault and hostile-payload tests (issue 4).
// Usage: node props-peer.js <compiled index.js> <broker port> <spec JSON>
//   spec: { clientId, connection?: { keepAliveSeconds?, reconnectDelayMs?, maxReconnectDelayMs?, username?, password? } }
// Events printed (one JSON line each):
//   {"event":"updated",server,property,value}     a server's onXUpdated callback ran
//   {"event":"changed",client,property,value}     a client's onXChanged listener ran
//   {"event":"serverError"|"clientError"|"discoveryError"|"connectionError",name,error}
//   {"event":"instanceAdded",discovery,instanceId,info} / instanceRemoved / incompatibleInstance

const { print, describeError, serveCommands, exitOnStrayErrors, timerCount } = require('./io');
const { encode, decode } = require('../../support/codec');

exitOnStrayErrors();

const [indexModule, port, specText] = process.argv.slice(2);
const spec = JSON.parse(specText);
const generated = require(indexModule);
const { MqttConnection, KitchenServer, KitchenClient, KitchenDiscovery, MethodError } = generated;

/** camelCase names of the Kitchen properties (examples/full.stingeripc). */
const PROPERTIES = ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned'];

const connection = new MqttConnection({
  host: '127.0.0.1',
  port: Number(port),
  clientId: spec.clientId,
  ...(spec.connection || {}),
  onError: (/** @type {Error} */ err) => print({ event: 'connectionError', error: describeError(err) }),
});

/** @param {string} name */
const capital = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/** @type {Map<string, any>} */
const servers = new Map();
/** @type {Map<string, any>} */
const clients = new Map();
/** @type {Map<string, any>} */
const discoveries = new Map();
/**
 * What each server's onXUpdated callback does, by `${server}/${property}`:
 * accept (default), hold (until 'release'), methodError (throws
 * MethodError(code)), error (throws a plain Error).
 * @type {Map<string, { mode: string, code?: number }>}
 */
const policies = new Map();
/** @type {Array<() => void>} update callbacks waiting for 'release' */
const held = [];

/**
 * @template T
 * @param {Map<string, T>} map
 * @param {string} name
 * @param {string} kind
 * @returns {T}
 */
function named(map, name, kind) {
  const found = map.get(name);
  if (found === undefined) throw new Error(`no ${kind} named ${name}`);
  return found;
}

/**
 * @param {any} server
 * @param {string} name
 */
function installUpdateCallbacks(server, name) {
  for (const property of PROPERTIES) {
    const register = server[`on${capital(property)}Updated`];
    if (typeof register !== 'function') continue; // readOnly properties may have none
    register.call(server, async (/** @type {unknown} */ value) => {
      // `before`: the server's value while the callback runs (the update is not applied yet).
      print({ event: 'updated', server: name, property, value: encode(value), before: encode(server[property]) });
      const policy = policies.get(`${name}/${property}`) || { mode: 'accept' };
      if (policy.mode === 'hold') await new Promise((resolve) => held.push(() => resolve(undefined)));
      if (policy.mode === 'methodError') throw new MethodError(policy.code, `refused by the test (${property})`);
      if (policy.mode === 'error') throw new Error(`the application broke (${property})`);
    });
  }
}

/**
 * @param {any} server
 * @param {string} name
 */
function installHandlers(server, name) {
  server.handleAddNumbers(async (/** @type {number} */ first, /** @type {number} */ second, /** @type {number | undefined} */ third) => {
    print({ event: 'call', server: name, method: 'addNumbers', args: encode([first, second, third]) });
    // 999 holds the reply until a 'release' command (a call left pending).
    if (first === 999) await new Promise((resolve) => held.push(() => resolve(undefined)));
    return first + second + (third ?? 0);
  });
}

/**
 * The values of every property as a client or server sees them now.
 * @param {any} peer
 */
function allValues(peer) {
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const property of PROPERTIES) values[property] = encode(peer[property]);
  return values;
}

/**
 * @param {string} discoveryName
 * @param {any} discovery
 */
function watchDiscovery(discoveryName, discovery) {
  discovery.onInstanceAdded((/** @type {string} */ instanceId, /** @type {unknown} */ info) =>
    print({ event: 'instanceAdded', discovery: discoveryName, instanceId, info: encode(info) })
  );
  discovery.onInstanceRemoved((/** @type {string} */ instanceId) => print({ event: 'instanceRemoved', discovery: discoveryName, instanceId }));
  discovery.onIncompatibleInstance((/** @type {string} */ instanceId, /** @type {string} */ version) =>
    print({ event: 'incompatibleInstance', discovery: discoveryName, instanceId, version })
  );
}

/**
 * Prints every change of `property` seen by client `name`.
 * @param {string} name
 * @param {string} property
 */
function watch(name, property) {
  const client = named(clients, name, 'client');
  const off = client[`on${capital(property)}Changed`]((/** @type {unknown} */ value) =>
    print({ event: 'changed', client: name, property, value: encode(value) })
  );
  if (typeof off !== 'function') throw new Error(`on${capital(property)}Changed did not return an unsubscribe function`);
}

/**
 * Call options from a command: { timeoutMs? }.
 * @param {any} command
 */
function callOptions(command) {
  return command.options ? { ...command.options } : undefined;
}

serveCommands(
  {
    // { name, instanceId, initialValues, options? }
    server: async (command) => {
      const server = new KitchenServer(connection, {
        instanceId: command.instanceId,
        initialValues: decode(command.initialValues),
        onError: (/** @type {Error} */ err) => print({ event: 'serverError', name: command.name, error: describeError(err) }),
        ...(command.options || {}),
      });
      installUpdateCallbacks(server, command.name);
      installHandlers(server, command.name);
      servers.set(command.name, server);
      await server.ready();
      return allValues(server);
    },
    // { server, property, mode, code? }
    policy: (command) => {
      policies.set(`${command.server}/${command.property}`, { mode: command.mode, code: command.code });
    },
    release: () => {
      const count = held.length;
      for (const resolve of held.splice(0)) resolve();
      return count;
    },
    serverValues: (command) => allValues(named(servers, command.server, 'server')),
    // { server, property, value }
    serverSet: async (command) => {
      const server = named(servers, command.server, 'server');
      await server[`set${capital(command.property)}`](decode(command.value));
      return encode(server[command.property]);
    },
    // { server, method: 'emitReady', args: [...] }
    emit: async (command) => {
      const server = named(servers, command.server, 'server');
      if (typeof server[command.method] !== 'function') throw new Error(`no ${command.method} on the server`);
      return server[command.method](...decode(command.args));
    },
    closeServer: async (command) => {
      const server = named(servers, command.server, 'server');
      servers.delete(command.server);
      await server.close();
    },
    // { name, instanceId, watch?: [property] }: the watchers are added before
    // any message can arrive, so the first values show as 'changed' events too.
    client: async (command) => {
      const client = new KitchenClient(connection, {
        instanceId: command.instanceId,
        onError: (/** @type {Error} */ err) => print({ event: 'clientError', name: command.name, error: describeError(err) }),
      });
      clients.set(command.name, client);
      for (const property of command.watch || []) watch(command.name, property);
      await client.ready();
      return allValues(client);
    },
    clientValues: (command) => allValues(named(clients, command.client, 'client')),
    // { client, property }: prints every change
    watch: (command) => watch(command.client, command.property),
    // { client, method: 'receiveTemperatureChanged' }: prints {"event":"signal",client,method,args}
    listen: (command) => {
      const client = named(clients, command.client, 'client');
      client[command.method]((/** @type {unknown[]} */ ...args) => print({ event: 'signal', client: command.client, method: command.method, args: encode(args) }));
    },
    // { client, property, value, options? } resolves with what setX resolved with
    clientSet: async (command) => {
      const client = named(clients, command.client, 'client');
      const setter = client[`set${capital(command.property)}`];
      if (typeof setter !== 'function') throw new Error(`no set${capital(command.property)} on the client`);
      const options = callOptions(command);
      return options ? setter.call(client, decode(command.value), options) : setter.call(client, decode(command.value));
    },
    // { client, method, args, options? }
    call: async (command) => {
      const client = named(clients, command.client, 'client');
      const options = callOptions(command);
      const args = decode(command.args);
      return options ? client[command.method](...args, options) : client[command.method](...args);
    },
    // { client, member } -> typeof client[member]
    memberType: (command) => typeof named(clients, command.client, 'client')[command.member],
    closeClient: async (command) => {
      const client = named(clients, command.client, 'client');
      clients.delete(command.client);
      await client.close();
    },
    // { name }
    discovery: async (command) => {
      const discovery = new KitchenDiscovery(connection, {
        onError: (/** @type {Error} */ err) => print({ event: 'discoveryError', name: command.name, error: describeError(err) }),
      });
      watchDiscovery(command.name, discovery);
      discoveries.set(command.name, discovery);
      await discovery.ready();
      return discovery.instances();
    },
    instances: (command) => named(discoveries, command.discovery, 'discovery').instances(),
    // { discovery, name, timeoutMs } -> the client's instance id and property values
    firstClient: async (command) => {
      const discovery = named(discoveries, command.discovery, 'discovery');
      const client = await discovery.firstClient({ timeoutMs: command.timeoutMs });
      clients.set(command.name, client);
      return { instanceId: client.instanceId, values: allValues(client) };
    },
    closeDiscovery: async (command) => {
      const discovery = named(discoveries, command.discovery, 'discovery');
      discoveries.delete(command.discovery);
      await discovery.close();
    },
    // Arms a call to be made as soon as the connection loses the broker:
    // { key, client, method, args, options }. Its outcome is printed as
    // {"event":"offlineCall",key,connectedAtCall,ok,result|error}.
    armOfflineCall: (command) => {
      const client = named(clients, command.client, 'client');
      const mqttClient = /** @type {any} */ (connection).client;
      mqttClient.once('close', () => {
        const connectedAtCall = connection.connected;
        Promise.resolve()
          .then(() => client[command.method](...decode(command.args), callOptions(command)))
          .then(
            (result) => print({ event: 'offlineCall', key: command.key, connectedAtCall, ok: true, result: encode(result) }),
            (err) => print({ event: 'offlineCall', key: command.key, connectedAtCall, ok: false, error: describeError(err) })
          );
      });
    },
    connected: () => connection.connected,
    // Whether a hostile payload polluted Object.prototype in this process.
    polluted: () => /** @type {any} */ ({}).polluted !== undefined,
    timers: () => timerCount(),
    ping: () => 'pong',
  },
  async () => {
    for (const discovery of discoveries.values()) await discovery.close();
    for (const client of clients.values()) await client.close();
    for (const server of servers.values()) await server.close();
    await connection.close();
  }
);

print({ event: 'ready', clientId: connection.clientId, presenceTopic: connection.presenceTopic });
