// @ts-check
'use strict';
// Issue 9: one MqttConnection shared by several clients of the same instance.
// A second subscriber of a filter the connection already has gets no retained
// copy from the broker (no new SUBSCRIBE); the connection hands it the last
// retained messages it saw instead (docs/internals.md). Real mosquitto.

const { expect } = require('chai');
const { startBroker } = require('./support/broker');
const { generatedKitchen } = require('./support/generate');
const { kitchenInitialValues } = require('./support/kitchen-values');

/**
 * Resolves with `promise`, or rejects naming `what` if it does not settle
 * in time (only to turn a hang into a readable failure).
 * @template T
 * @param {Promise<T>} promise
 * @param {string} what
 * @returns {Promise<T>}
 */
function settles(promise, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within 10 s`)), 10000);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, limit])).finally(() => clearTimeout(timer));
}

describe('Generated clients sharing one connection (retained values for the second, third... client)', function () {
  this.timeout(120000);
  /** @type {any} */
  let kitchen;
  /** @type {import('./support/broker').Broker} */
  let broker;
  /** @type {Array<() => Promise<unknown>>} */
  let cleanups = [];

  before(async function () {
    this.timeout(300000);
    kitchen = require((await generatedKitchen()).indexModule);
    broker = await startBroker();
  });
  after(async () => {
    if (broker) await broker.stop();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  function connection() {
    const conn = new kitchen.MqttConnection({ host: broker.host, port: broker.port });
    cleanups.push(() => conn.close());
    return conn;
  }

  /** @param {any} conn @param {string} instanceId */
  function client(conn, instanceId) {
    const made = new kitchen.KitchenClient(conn, { instanceId });
    cleanups.push(() => made.close());
    return made;
  }

  it('a second and third client of the same instance get every retained value; the first sees nothing twice', async () => {
    const server = new kitchen.KitchenServer(connection(), { instanceId: 'shared1', initialValues: kitchenInitialValues(kitchen, 7) });
    server.handleAddNumbers((/** @type {number} */ a, /** @type {number} */ b) => a + b);
    cleanups.push(() => server.close());
    await server.ready();
    const shared = connection();
    const first = client(shared, 'shared1');
    await settles(first.propertiesReady(), 'first client propertiesReady');
    /** @type {number[]} */
    const seenByFirst = [];
    first.onFavoriteNumberChanged((/** @type {number} */ n) => seenByFirst.push(n));

    const second = client(shared, 'shared1');
    await settles(second.ready(), 'second client ready');
    await settles(second.propertiesReady(), 'second client propertiesReady');
    expect(second.favoriteNumber).to.equal(7);
    expect(second.todaysMenu).to.deep.equal(first.todaysMenu);
    expect(second.lastCleaned.getTime()).to.equal(first.lastCleaned.getTime());

    // A value set after the first subscription: the copy handed out is the newest.
    await server.setFavoriteNumber(9);
    await settles(
      new Promise((resolve) => {
        if (second.favoriteNumber === 9) resolve(undefined);
        else second.onFavoriteNumberChanged(() => resolve(undefined));
      }),
      'the second client sees 9'
    );
    const third = client(shared, 'shared1');
    await settles(third.propertiesReady(), 'third client propertiesReady');
    expect(third.favoriteNumber).to.equal(9);
    expect(seenByFirst, 'the first client saw each change once').to.deep.equal([9]);
    expect(await settles(third.addNumbers(1, 2), 'a call of the third client')).to.equal(3);
  });

  it('discovery.firstClient() works after another client of the same instance exists on the connection, and a second discovery lists it', async () => {
    const server = new kitchen.KitchenServer(connection(), { instanceId: 'shared2', initialValues: kitchenInitialValues(kitchen, 5) });
    cleanups.push(() => server.close());
    await server.ready();
    const shared = connection();
    const existing = client(shared, 'shared2');
    await settles(existing.propertiesReady(), 'existing client propertiesReady');

    const discovery = new kitchen.KitchenDiscovery(shared);
    cleanups.push(() => discovery.close());
    const found = await settles(discovery.firstClient({ timeoutMs: 8000 }), 'firstClient');
    cleanups.push(() => found.close());
    expect(found.instanceId).to.equal('shared2');
    expect(found.favoriteNumber).to.equal(5);

    const again = new kitchen.KitchenDiscovery(shared);
    cleanups.push(() => again.close());
    await settles(again.ready(), 'second discovery ready');
    const foundAgain = await settles(again.firstClient({ timeoutMs: 8000 }), 'firstClient of the second discovery');
    cleanups.push(() => foundAgain.close());
    expect(foundAgain.favoriteNumber).to.equal(5);
    expect(again.instances()).to.include('shared2');
  });
});
