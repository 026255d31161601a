// @ts-check
'use strict';

// Runs one hostile scenario against the generated Kitchen package and exits
// with 0 after printing {"event":"done"}. It installs NO unhandledRejection or
// uncaughtException handler: an error escaping the generated code kills the
// process the way it would kill a daemon (Node's default), and the test sees
// the exit code and the stderr text.
// Usage: node hostile-scenario.js <compiled index.js> <broker port> <scenario>
// Promises the scenario gets back from the API are the caller's: it handles
// every one of them; anything else that is rejected was created inside.

const { print, describeError } = require('./io');

const [indexModule, port, scenario] = process.argv.slice(2);
const { kitchenInitialValues } = require('../../support/kitchen-values');

const generated = require(indexModule);
const { MqttConnection, KitchenServer, KitchenClient, KitchenDiscovery } = generated;

const INITIAL = kitchenInitialValues(generated);

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {Error[]} */
const reported = [];
/** @param {string} who */
const onError = (who) => (/** @type {Error} */ error) => {
  reported.push(error);
  print({ event: 'onError', who, message: error.message.slice(0, 300) });
};

/** @param {Record<string, unknown>} extra */
function connect(extra = {}) {
  return new MqttConnection({ host: '127.0.0.1', port: Number(port), reconnectDelayMs: 50, maxReconnectDelayMs: 200, onError: onError('connection'), ...extra });
}

/**
 * Runs `make` and prints whether it threw (and what).
 * @param {string} what
 * @param {() => unknown} make
 */
function attempt(what, make) {
  try {
    const made = /** @type {any} */ (make());
    print({ event: 'made', what });
    return made;
  } catch (error) {
    print({ event: 'threw', what, error: describeError(error) });
    return undefined;
  }
}

/**
 * Prints how a promise from the API settles (so it is handled).
 * @param {string} what
 * @param {Promise<unknown>} promise
 */
function settle(what, promise) {
  return promise.then(
    () => print({ event: 'resolved', what }),
    (error) => print({ event: 'rejected', what, error: describeError(error) })
  );
}

const BAD_IDS = {
  empty: '',
  slash: 'a/b',
  plus: 'a+',
  hash: '#',
  nul: 'a\u0000b',
  control: 'a\u0001b',
  del: 'a\u007fb',
  c1: 'a\u0085b',
  loneSurrogate: 'a\ud800b',
  nonCharacter: 'a\uffffb',
  huge: 'x'.repeat(70000),
  topicTooLong: 'x'.repeat(65500),
};

const scenarios = {
  /** Every bad id is a RangeError at construction; nothing reaches mqtt.js. */
  async ids() {
    for (const [name, id] of Object.entries(BAD_IDS)) {
      attempt(`connection.${name}`, () => connect({ clientId: id }));
    }
    const connection = connect({ clientId: 'scenario-ids' });
    for (const [name, id] of Object.entries(BAD_IDS)) {
      attempt(`server.${name}`, () => new KitchenServer(connection, { instanceId: id, initialValues: INITIAL, onError: onError('server') }));
      attempt(`client.${name}`, () => new KitchenClient(connection, { instanceId: id, onError: onError('client') }));
    }
    // A client id that fits into the presence topic but not into the longest reply topic.
    const longId = connect({ clientId: 'y'.repeat(65500) });
    attempt('client.longConnectionId', () => new KitchenClient(longId, { instanceId: 'k1', onError: onError('client') }));
    await longId.close();
    const server = new KitchenServer(connection, { instanceId: 'fine', initialValues: INITIAL, onError: onError('server') });
    await server.ready();
    print({ event: 'served' });
    await server.close();
    await connection.close();
  },

  /** Topics and filters MQTT refuses: rejected or reported, never thrown out of the event loop. */
  async topics() {
    const connection = connect({ clientId: 'scenario-topics' });
    await settle('publish.huge', connection.publish('x'.repeat(70000), '{}'));
    await settle('publish.wildcard', connection.publish('a/#', '{}'));
    await settle('publish.nul', connection.publish('a\u0000', '{}'));
    await settle('publish.responseTopic', connection.publish('a/b', '{}', { responseTopic: 'client/+/x' }));
    await settle('publish.userProperty', connection.publish('scenario/user', '{}', { userProperties: { DebugInfo: `bad \u0000\u0001\ud800 ${'z'.repeat(70000)}` } }));
    // Nobody awaits these subscriptions' ready: a refusal must stay inside.
    connection.subscribe('x'.repeat(70000), () => undefined);
    connection.subscribe('a/#/b', () => undefined);
    connection.subscribe('a\u0000/b', () => undefined);
    await settle('subscribe.badFilter.ready', connection.subscribe('a+/b', () => undefined).ready);
    await pause(300);
    print({ event: 'connected', connected: connection.connected });
    await connection.close();
  },

  /** Everything at once on a connection that is closing. */
  async closing() {
    const connection = connect({ clientId: 'scenario-closing' });
    const server = new KitchenServer(connection, { instanceId: 'kc', initialValues: INITIAL, onError: onError('server') });
    const client = new KitchenClient(connection, { instanceId: 'kc', onError: onError('client') });
    const discovery = new KitchenDiscovery(connection, { onError: onError('discovery') });
    await Promise.all([server.ready(), client.ready(), discovery.ready()]);
    const closed = connection.close();
    const pending = [
      settle('emit', server.emitReady()),
      settle('set', server.setFavoriteNumber(2)),
      settle('call', client.addNumbers(1, 2, undefined, { timeoutMs: 500 })),
      settle('firstClient', discovery.firstClient({ timeoutMs: 300 })),
    ];
    // Made while the connection closes: their subscriptions cannot succeed.
    const late = attempt('lateClient', () => new KitchenClient(connection, { instanceId: 'kc', onError: onError('late') }));
    const lateServer = attempt('lateServer', () => new KitchenServer(connection, { instanceId: 'kd', initialValues: INITIAL, onError: onError('late') }));
    await settle('closed', closed);
    pending.push(settle('emitAfterClose', server.emitReady()));
    pending.push(settle('callAfterClose', client.addNumbers(1, 2, undefined, { timeoutMs: 300 })));
    const later = attempt('clientAfterClose', () => new KitchenClient(connection, { instanceId: 'kc', onError: onError('later') }));
    pending.push(settle('serverClose', server.close()));
    pending.push(settle('clientClose', client.close()));
    pending.push(settle('discoveryClose', discovery.close()));
    if (late) pending.push(settle('lateClientClose', late.close()));
    if (lateServer) pending.push(settle('lateServerClose', lateServer.close()));
    if (later) pending.push(settle('laterClose', later.close()));
    await Promise.all(pending);
    await pause(500);
  },

  /** The broker goes away while a server and a client work; then they give up. */
  async brokerGone() {
    const connection = connect({ clientId: 'scenario-gone' });
    const server = new KitchenServer(connection, { instanceId: 'kg', initialValues: INITIAL, onError: onError('server') });
    server.handleAddNumbers(async (/** @type {number} */ a, /** @type {number} */ b) => {
      await pause(200);
      return a + b;
    });
    const client = new KitchenClient(connection, { instanceId: 'kg', onError: onError('client') });
    await Promise.all([server.ready(), client.ready()]);
    const inFlight = [settle('callInFlight', client.addNumbers(1, 2, undefined, { timeoutMs: 1500 }))];
    print({ event: 'up' });
    // The test stops the broker now.
    while (connection.connected) await pause(20);
    // Publications wait for the broker to come back; close() fails them.
    const queued = [settle('emitOffline', server.emitReady()), settle('setOffline', server.setFavoriteNumber(5))];
    inFlight.push(settle('callOffline', client.addNumbers(3, 4, undefined, { timeoutMs: 500 })));
    const offlineClient = new KitchenClient(connection, { instanceId: 'kg', onError: onError('offline') });
    await Promise.all(inFlight);
    await settle('offlineClientClose', offlineClient.close());
    await settle('serverClose', server.close());
    await settle('clientClose', client.close());
    await settle('connectionClose', connection.close());
    await Promise.all(queued);
    await pause(300);
  },
};

const run = /** @type {Record<string, () => Promise<void>>} */ (scenarios)[scenario];
if (run === undefined) {
  print({ event: 'badScenario', scenario });
  process.exit(2);
}
print({ event: 'ready' });
run().then(
  () => {
    print({ event: 'done', reported: reported.length });
    // Whatever the scenario left open must not keep it alive; exit explicitly after the check.
    setTimeout(() => process.exit(0), 100).unref();
  },
  (error) => {
    print({ event: 'scenarioFailed', error: describeError(error) });
    process.exit(3);
  }
);
