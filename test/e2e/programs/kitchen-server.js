// @ts-check
'use strict';

// A Kitchen server process built on the generated package.
// Usage: node kitchen-server.js <compiled index.js> <broker port> <spec JSON>
//   spec: { servers: [{ instanceId, handlers: boolean }] }
// Every handler call is printed as {"event":"call",...} with its arguments,
// so the test sees exactly which TS values the generated code produced.
// addNumbers has test hooks: first = 666 throws MethodError(ClientError),
// 667 throws a plain Error, 999 holds the reply until a 'release' command.

const { print, serveCommands, exitOnStrayErrors, timerCount } = require('./io');
const { encode, decode } = require('../../support/codec');

exitOnStrayErrors();

const [indexModule, port, specText] = process.argv.slice(2);
const spec = JSON.parse(specText);
const { MqttConnection, KitchenServer, MethodError, ReturnCode } = require(indexModule);

// The client program uses the options form; this one the (host, port) form.
const connection = new MqttConnection('127.0.0.1', Number(port));

/** @type {Array<() => void>} replies waiting for a 'release' command */
const held = [];

/**
 * @param {string} instanceId
 * @param {string} method
 * @param {unknown[]} args
 */
function recordCall(instanceId, method, args) {
  print({ event: 'call', server: instanceId, method, args: encode(args) });
}

/**
 * @param {any} server
 * @param {string} id
 */
function installHandlers(server, id) {
  server.handleAddNumbers(async (/** @type {number} */ first, /** @type {number} */ second, /** @type {number | undefined} */ third) => {
    recordCall(id, 'addNumbers', [first, second, third]);
    if (first === 666) throw new MethodError(ReturnCode.ClientError, 'first must not be 666');
    if (first === 667) throw new Error('the oven exploded');
    if (first === 999) await new Promise((resolve) => held.push(() => resolve(undefined)));
    return first + second + (third ?? 0);
  });
  server.handleOrderLunch(async (/** @type {any} */ lunch, /** @type {number} */ pickupIn) => {
    recordCall(id, 'orderLunch', [lunch, pickupIn]);
    return {
      orderNumber: (lunch.orderNumber ?? 0) + 100,
      readyAt: new Date(lunch.timeOfLunch.getTime() + pickupIn),
      comment: lunch.receipt ? `receipt of ${lunch.receipt.length} bytes` : undefined,
    };
  });
  server.handleWhatTimeIsIt(async (/** @type {unknown[]} */ ...args) => {
    recordCall(id, 'whatTimeIsIt', args);
    return new Date(Date.UTC(2026, 10, 24, 10, 0, 0, 250));
  });
  server.handleFillTray(async (/** @type {any} */ tray, /** @type {number[]} */ extraDays) => {
    recordCall(id, 'fillTray', [tray, extraDays]);
    return { label: `${tray.label}!`, lunches: tray.lunches.slice().reverse(), days: [...tray.days, ...extraDays] };
  });
  server.handleEchoBytes(async (/** @type {Uint8Array} */ data) => {
    recordCall(id, 'echoBytes', [data]);
    return Uint8Array.from(data).reverse();
  });
  server.handleReset(async (/** @type {unknown[]} */ ...args) => {
    recordCall(id, 'reset', args);
  });
}

/** Property values every server starts with (the properties are not what these tests look at). */
const initialValues = {
  favoriteNumber: 42,
  ovenSetting: { celsius: 180, state: 11, holdFor: undefined },
  todaysMenu: {
    drink: false,
    sandwich: 'ham',
    crackers: 0,
    day: 1,
    orderNumber: undefined,
    timeOfLunch: new Date('2026-11-24T12:00:00Z'),
    durationOfLunch: 0,
    receipt: undefined,
  },
  lastCleaned: new Date('2026-11-24T06:00:00Z'),
};

/** @type {Map<string, any>} */
const servers = new Map();
for (const { instanceId, handlers } of spec.servers) {
  const server = new KitchenServer(connection, { instanceId, initialValues });
  if (handlers) installHandlers(server, instanceId);
  servers.set(instanceId, server);
}

/** @param {string} instanceId */
function serverFor(instanceId) {
  const server = servers.get(instanceId);
  if (!server) throw new Error(`no server ${instanceId}`);
  return server;
}

serveCommands(
  {
    // { server, method: 'emitTemperatureChanged', args: [...] }
    emit: async (command) => {
      const server = serverFor(command.server);
      if (typeof server[command.method] !== 'function') throw new Error(`no ${command.method} on the server`);
      return server[command.method](...decode(command.args));
    },
    release: () => {
      const count = held.length;
      for (const resolve of held.splice(0)) resolve();
      return count;
    },
    closeServer: async (command) => {
      const server = serverFor(command.server);
      servers.delete(command.server);
      await server.close();
    },
    timers: () => timerCount(),
    ping: () => 'pong',
  },
  async () => {
    for (const server of servers.values()) await server.close();
    await connection.close();
  }
);

Promise.all([...servers.values()].map((server) => server.ready())).then(
  () => print({ event: 'ready' }),
  (err) => {
    print({ event: 'startFailed', error: String(err && err.stack) });
    process.exit(1);
  }
);
