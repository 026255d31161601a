// @ts-check
'use strict';
// Properties, discovery and presence of the generated Kitchen package, in
// this process, against a real mosquitto on a free port. A raw mqtt.js
// client sends hand-made requests and hostile payloads and checks the wire.

const path = require('node:path');
const { expect } = require('chai');
const { startBroker } = require('./support/broker');
const { generatedKitchen } = require('./support/generate');
const { connectRaw, userProperties } = require('./support/raw-mqtt');
const { kitchenInitialValues: initialValues } = require('./support/kitchen-values');

/** @param {() => boolean} condition @param {string} what */
async function until(condition, what) {
  for (let i = 0; i < 1000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Generated properties, discovery and presence (in process, real broker)', function () {
  this.timeout(120000);
  /** @type {any} */
  let kitchen;
  /** @type {any} */
  let instances;
  /** @type {import('./support/broker').Broker} */
  let broker;
  /** @type {import('./support/raw-mqtt').RawClient} */
  let raw;
  /** @type {Array<() => Promise<unknown>>} */
  let cleanups = [];
  let counter = 0;

  before(async function () {
    this.timeout(300000);
    const pkg = await generatedKitchen();
    kitchen = require(pkg.indexModule);
    instances = require(path.join(path.dirname(pkg.indexModule), 'instances.js'));
    broker = await startBroker();
    raw = await connectRaw(broker.url, { clientId: 'raw-properties' });
    await raw.subscribe(['Kitchen/#', 'client/#']);
  });
  after(async () => {
    if (raw) await raw.end();
    if (broker) await broker.stop();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  /** @param {object} [options] */
  function connection(options = {}) {
    const conn = new kitchen.MqttConnection({ host: broker.host, port: broker.port, ...options });
    cleanups.push(() => conn.close());
    return conn;
  }

  /** A server with its own instance id; `errors` collects its onError calls. */
  async function startServer(conn = connection(), extra = {}) {
    const instanceId = `k${++counter}`;
    /** @type {Error[]} */
    const errors = [];
    const server = new kitchen.KitchenServer(conn, {
      instanceId,
      initialValues: initialValues(kitchen),
      onError: (/** @type {Error} */ e) => errors.push(e),
      ...extra,
    });
    cleanups.push(() => server.close());
    await server.ready();
    return { server, instanceId, errors, conn };
  }

  /** @param {string} instanceId */
  async function startClient(instanceId, conn = connection()) {
    /** @type {Error[]} */
    const errors = [];
    const client = new kitchen.KitchenClient(conn, { instanceId, onError: (/** @type {Error} */ e) => errors.push(e) });
    cleanups.push(() => client.close());
    await client.ready();
    await client.propertiesReady();
    return { client, errors };
  }

  /**
   * Publishes a raw update request and resolves with its reply.
   * @param {string} topic
   * @param {string | Buffer} payload
   * @param {Record<string, string>} [user]
   */
  async function rawRequest(topic, payload, user) {
    // The documented reply channel: a server replies nowhere else.
    const responseTopic = `client/raw-properties/Kitchen/property/${topic.split('/').slice(-2)[0]}/update/response`;
    ++counter;
    const since = raw.mark();
    await raw.publish(topic, payload, {
      properties: { responseTopic, correlationData: Buffer.from([0, 1, 2, counter]), userProperties: user },
    });
    const reply = await raw.waitForTopic(responseTopic, since);
    const props = userProperties(reply.properties);
    expect(reply.properties && reply.properties.correlationData).to.deep.equal(Buffer.from([0, 1, 2, counter]));
    return { json: reply.json, returnCode: Number(props.ReturnCode), version: props.PropertyVersion, debugInfo: props.DebugInfo };
  }

  it('publishes every property retained with PropertyVersion 1, and the discovery message, when it starts', async () => {
    const since = raw.mark();
    const { instanceId, conn } = await startServer();
    const value = await raw.waitForTopic(`Kitchen/${instanceId}/property/oven_setting/value`, since);
    expect(value.json).to.deep.equal({ celsius: 180, state: 11, hold_for: null });
    expect(value.retain).to.equal(true);
    expect(value.qos).to.equal(1);
    expect(userProperties(value.properties).PropertyVersion).to.equal('1');
    const menu = await raw.waitForTopic(`Kitchen/${instanceId}/property/todays_menu/value`, since);
    expect(menu.json.lunch.sandwich).to.equal('club');
    const discovery = await raw.waitForTopic(`Kitchen/${instanceId}/interface`, since);
    expect(discovery.retain).to.equal(true);
    expect(discovery.properties && discovery.properties.messageExpiryInterval).to.equal(120);
    expect(discovery.json).to.include({ interface_name: 'Kitchen', title: 'Kitchen controller', version: '1.2.0', instance: instanceId });
    expect(discovery.json.connection_topic).to.equal(`client/${conn.clientId}/online`);
    expect(Number.isNaN(Date.parse(discovery.json.timestamp))).to.equal(false);
  });

  it('a server without a value for every property throws a TypeError naming the missing ones, and publishes nothing', async () => {
    const conn = connection();
    expect(() => new kitchen.KitchenServer(conn, { instanceId: 'no-values' })).to.throw(
      TypeError,
      'KitchenServer needs initialValues with a value for every property; missing: favoriteNumber, ovenSetting, todaysMenu, lastCleaned',
    );
    const { favoriteNumber, ...others } = initialValues(kitchen);
    expect(() => new kitchen.KitchenServer(conn, { instanceId: 'some-values', initialValues: others })).to.throw(
      TypeError,
      /missing: favoriteNumber$/,
    );
    expect(favoriteNumber).to.equal(42);
    // The connection's later publish is a barrier: anything the failed servers
    // had sent on the same connection would reach the raw client before it.
    const since = raw.mark();
    await conn.publish('Kitchen/barrier/after-failed-servers', '{}');
    await raw.waitForTopic('Kitchen/barrier/after-failed-servers', since);
    const leaked = raw.messages.slice(since).filter((m) => /^Kitchen\/(no|some)-values\//.test(m.topic));
    expect(leaked).to.deep.equal([]);
  });

  it('gives a client every value; a client set is applied, published with the next version and seen by the server listener', async () => {
    const { server, instanceId } = await startServer();
    const { client } = await startClient(instanceId);
    expect(client.favoriteNumber).to.equal(42);
    expect(client.ovenSetting).to.deep.equal({ celsius: 180, state: kitchen.OvenState.Baking, holdFor: undefined });
    expect(client.lastCleaned.toISOString()).to.equal('2026-11-23T22:00:00.000Z');
    expect(client.todaysMenu.sandwich).to.equal('club');
    expect(typeof client.setTodaysMenu).to.equal('undefined');

    /** @type {number[]} */
    const requested = [];
    server.onFavoriteNumberUpdated((/** @type {number} */ n) => {
      requested.push(n);
      expect(server.favoriteNumber, 'not applied yet while the listener runs').to.equal(42);
    });
    /** @type {number[]} */
    const changes = [];
    client.onFavoriteNumberChanged((/** @type {number} */ n) => changes.push(n));
    const since = raw.mark();
    expect(await client.setFavoriteNumber(7)).to.equal(7);
    expect(requested).to.deep.equal([7]);
    expect(server.favoriteNumber).to.equal(7);
    expect(client.favoriteNumber).to.equal(7);
    const published = await raw.waitForTopic(`Kitchen/${instanceId}/property/favorite_number/value`, since);
    expect(userProperties(published.properties).PropertyVersion).to.equal('2');
    await until(() => changes.length > 0, 'the change listener');
    expect(changes).to.deep.equal([7]);

    const oven = { celsius: 200.5, state: kitchen.OvenState.CoolingDown, holdFor: 90_000 };
    expect(await client.setOvenSetting(oven)).to.deep.equal(oven);
    expect(server.ovenSetting).to.deep.equal(oven);
  });

  it('server sets reach clients in order; a repeated value does not fire the listener', async () => {
    const { server, instanceId } = await startServer();
    const { client } = await startClient(instanceId);
    /** @type {string[]} */
    const seen = [];
    client.onLastCleanedChanged((/** @type {Date} */ d) => seen.push(d.toISOString()));
    await server.setLastCleaned(new Date('2026-11-24T06:00:00Z'));
    await server.setLastCleaned(new Date('2026-11-24T07:00:00Z'));
    await until(() => seen.length === 2, 'two changes');
    expect(seen).to.deep.equal(['2026-11-24T06:00:00.000Z', '2026-11-24T07:00:00.000Z']);
    // The same message again (as after a reconnection) is no change.
    const since = raw.mark();
    const value = await raw.waitFor(
      (m) => m.topic === `Kitchen/${instanceId}/property/last_cleaned/value` && userProperties(m.properties).PropertyVersion === '3',
      'version 3',
    );
    await raw.publish(value.topic, value.payload, { properties: { userProperties: { PropertyVersion: '3' } } });
    await raw.waitForTopic(value.topic, since);
    // Messages on one topic arrive in order: once the next change is seen, the repeat was handled.
    await server.setLastCleaned(new Date('2026-11-24T08:00:00Z'));
    await until(() => seen.length >= 3, 'the next change');
    expect(seen).to.deep.equal(['2026-11-24T06:00:00.000Z', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z']);
  });

  it('refuses a stale or missing PropertyVersion with OutOfSync, replying with the value in force and its version', async () => {
    const { server, instanceId } = await startServer();
    const topic = `Kitchen/${instanceId}/property/favorite_number/update`;
    const stale = await rawRequest(topic, '{"number": 5}', { PropertyVersion: '0' });
    expect(stale.returnCode).to.equal(kitchen.ReturnCode.OutOfSync);
    expect(stale.json).to.deep.equal({ number: 42 });
    expect(stale.version).to.equal('1');
    const missing = await rawRequest(topic, '{"number": 5}');
    expect(missing.returnCode).to.equal(kitchen.ReturnCode.OutOfSync);
    const accepted = await rawRequest(topic, '{"number": 5}', { PropertyVersion: '1' });
    expect(accepted).to.include({ returnCode: 0, version: '2' });
    expect(accepted.json).to.deep.equal({ number: 5 });
    expect(server.favoriteNumber).to.equal(5);
  });

  it('the loser of two concurrent client updates gets OutOfSync', async () => {
    const { instanceId } = await startServer();
    const one = await startClient(instanceId);
    const two = await startClient(instanceId);
    const results = await Promise.allSettled([one.client.setFavoriteNumber(1), two.client.setFavoriteNumber(2)]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = /** @type {PromiseRejectedResult[]} */ (results.filter((r) => r.status === 'rejected'));
    expect(fulfilled).to.have.length(1);
    expect(rejected).to.have.length(1);
    expect(rejected[0].reason).to.be.instanceOf(kitchen.MethodError);
    expect(rejected[0].reason.returnCode).to.equal(kitchen.ReturnCode.OutOfSync);
  });

  it('does not listen for updates of a read-only or unknown property (the document has no such channel), and refuses bad payloads (naming the field) and huge payloads, changing nothing', async () => {
    const { server, instanceId } = await startServer();
    const since = raw.mark();
    const unanswered = ['todays_menu', 'no_such'].map((property) => `client/raw-properties/unanswered/${property}`);
    await raw.publish(`Kitchen/${instanceId}/property/todays_menu/update`, '{}', {
      properties: { responseTopic: unanswered[0], correlationData: Buffer.from('ro'), userProperties: { PropertyVersion: '1' } },
    });
    await raw.publish(`Kitchen/${instanceId}/property/no_such/update`, '{}', {
      properties: { responseTopic: unanswered[1], correlationData: Buffer.from('no'), userProperties: { PropertyVersion: '1' } },
    });

    const oven = `Kitchen/${instanceId}/property/oven_setting/update`;
    const badType = await rawRequest(oven, '{"celsius": "hot", "state": 11, "hold_for": null}', { PropertyVersion: '1' });
    expect(badType.returnCode).to.equal(kitchen.ReturnCode.ServerDeserializationError);
    expect(badType.debugInfo).to.contain("'celsius'");
    const badEnum = await rawRequest(oven, '{"celsius": 1, "state": 99, "hold_for": null}', { PropertyVersion: '1' });
    expect(badEnum.returnCode).to.equal(kitchen.ReturnCode.ServerDeserializationError);
    expect(badEnum.debugInfo).to.contain("'state'");
    const notJson = await rawRequest(oven, '{"celsius":', { PropertyVersion: '1' });
    expect(notJson.returnCode).to.equal(kitchen.ReturnCode.ServerDeserializationError);
    const huge = await rawRequest(oven, JSON.stringify({ celsius: 1, state: 11, hold_for: 'x'.repeat(kitchen.MAX_REQUEST_PAYLOAD_BYTES) }), { PropertyVersion: '1' });
    expect(huge.returnCode).to.equal(kitchen.ReturnCode.PayloadError);
    // The replies to the requests sent after them have come, so these two would have too.
    expect(raw.messages.slice(since).filter((m) => unanswered.includes(m.topic))).to.deep.equal([]);
    expect(server.todaysMenu.sandwich).to.equal('club');
    expect(server.ovenSetting.celsius).to.equal(180);
    expect(badType.version).to.equal('1');
  });

  it('an update listener refuses by throwing: a MethodError keeps its code, any other error is ServerError with DebugInfo', async () => {
    const { server, instanceId } = await startServer();
    const { client } = await startClient(instanceId);
    const stop = server.onFavoriteNumberUpdated(async (/** @type {number} */ n) => {
      if (n === 13) throw new kitchen.MethodError(kitchen.ReturnCode.Unauthorized, 'unlucky');
      if (n === 666) throw new Error('no way');
    });
    const refused = await client.setFavoriteNumber(13).catch((/** @type {any} */ e) => e);
    expect(refused).to.be.instanceOf(kitchen.MethodError);
    expect(refused.returnCode).to.equal(kitchen.ReturnCode.Unauthorized);
    expect(refused.debugInfo).to.equal('unlucky');
    const failed = await client.setFavoriteNumber(666).catch((/** @type {any} */ e) => e);
    expect(failed.returnCode).to.equal(kitchen.ReturnCode.ServerError);
    expect(failed.debugInfo).to.equal('no way');
    expect(server.favoriteNumber).to.equal(42);
    stop();
    expect(await client.setFavoriteNumber(666)).to.equal(666);
  });

  it('a client reports bad value messages through onError and keeps its value', async () => {
    const { instanceId } = await startServer();
    const { client, errors } = await startClient(instanceId);
    const topic = `Kitchen/${instanceId}/property/favorite_number/value`;
    await raw.publish(topic, '{"number": "many"}', { properties: { userProperties: { PropertyVersion: '9' } } });
    await raw.publish(topic, '{"number": 3}');
    await raw.publish(topic, 'not json', { properties: { userProperties: { PropertyVersion: '10' } } });
    await raw.publish(topic, '{"number": 1.5}', { properties: { userProperties: { PropertyVersion: '11' } } });
    await until(() => errors.length === 4, 'four errors');
    expect(errors.map((e) => e.message).join('\n')).to.match(/'number'[\s\S]*PropertyVersion[\s\S]*JSON[\s\S]*'number'/);
    expect(client.favoriteNumber).to.equal(42);
  });

  it('set before any value was seen rejects with OutOfSync at once', async () => {
    const conn = connection();
    const client = new kitchen.KitchenClient(conn, { instanceId: 'nobody-serves-this' });
    cleanups.push(() => client.close());
    const error = await client.setFavoriteNumber(1).catch((/** @type {any} */ e) => e);
    expect(error.returnCode).to.equal(kitchen.ReturnCode.OutOfSync);
  });

  it('calls interface versions compatible when the major version matches (for 0.x the minor too)', () => {
    const { compatibleVersions } = instances;
    expect(compatibleVersions('1.2.0', '1.9.3')).to.equal(true);
    expect(compatibleVersions('1.2.0', '2.0.0')).to.equal(false);
    expect(compatibleVersions('0.1.0', '0.1.7')).to.equal(true);
    expect(compatibleVersions('0.1.0', '0.2.0')).to.equal(false);
    expect(compatibleVersions('1.0.0', 'banana')).to.equal(false);
  });

  it('discovery lists compatible instances, hands out a ready client, and sees a server close', async () => {
    const discovery = new kitchen.KitchenDiscovery(connection());
    cleanups.push(() => discovery.close());
    /** @type {string[]} */
    const added = [];
    /** @type {string[]} */
    const removed = [];
    discovery.onInstanceAdded((/** @type {string} */ id) => added.push(id));
    discovery.onInstanceRemoved((/** @type {string} */ id) => removed.push(id));
    await discovery.ready();
    const first = await startServer();
    const client = await discovery.firstClient({ timeoutMs: 10000 });
    cleanups.push(() => client.close());
    expect(client.favoriteNumber).to.equal(42);
    const second = await startServer(first.conn);
    await until(() => discovery.instances().includes(second.instanceId), 'the second instance');
    expect(discovery.instances()).to.include.members([first.instanceId, second.instanceId]);
    expect(discovery.info(second.instanceId).connectionTopic).to.equal(first.conn.presenceTopic);
    await second.server.close();
    await until(() => removed.includes(second.instanceId), 'removal');
    expect(discovery.instances()).to.include(first.instanceId);
    expect(added).to.include.members([first.instanceId, second.instanceId]);
  });

  it('reports an incompatible instance and never lists it', async () => {
    const discovery = new kitchen.KitchenDiscovery(connection());
    cleanups.push(() => discovery.close());
    /** @type {Array<[string, string]>} */
    const incompatible = [];
    discovery.onIncompatibleInstance((/** @type {string} */ id, /** @type {string} */ version) => incompatible.push([id, version]));
    await discovery.ready();
    const id = `old${++counter}`;
    await raw.publish(`client/raw-old/online`, '{"online":true}', { retain: true });
    await raw.publish(
      `Kitchen/${id}/interface`,
      JSON.stringify({ interface_name: 'Kitchen', title: 'x', version: '2.0.0', instance: id, connection_topic: 'client/raw-old/online', timestamp: new Date().toISOString() }),
      { retain: true },
    );
    cleanups.push(() => raw.publish(`Kitchen/${id}/interface`, '', { retain: true }));
    await until(() => incompatible.length === 1, 'the incompatible report');
    expect(incompatible).to.deep.equal([[id, '2.0.0']]);
    expect(discovery.instances()).to.not.include(id);
    const timedOut = await discovery.firstClient({ timeoutMs: 200 }).catch((/** @type {any} */ e) => e);
    // Other tests' servers are closed; only the incompatible one is announced.
    expect(timedOut.returnCode).to.equal(kitchen.ReturnCode.Timeout);
  });

  it("removes an instance when its connection's Last Will says offline", async () => {
    const discovery = new kitchen.KitchenDiscovery(connection());
    cleanups.push(() => discovery.close());
    /** @type {string[]} */
    const removed = [];
    discovery.onInstanceRemoved((/** @type {string} */ id) => removed.push(id));
    await discovery.ready();
    const doomed = connection({ reconnectDelayMs: 60_000 });
    const { instanceId } = await startServer(doomed);
    await until(() => discovery.instances().includes(instanceId), 'the instance');
    // Drop the socket without DISCONNECT, as a killed process would.
    doomed.client.stream.destroy();
    const will = await raw.waitFor((m) => m.topic === doomed.presenceTopic && m.payload.toString() === '{"online":false}', 'the Last Will');
    expect(will.retain).to.equal(true);
    await until(() => removed.includes(instanceId), 'removal');
    expect(discovery.instances()).to.not.include(instanceId);
  });

  it('after a broker restart: reconnects, resubscribes, republishes properties and discovery; a set made while it is down succeeds or times out', async () => {
    const { server, instanceId, conn } = await startServer();
    const { client } = await startClient(instanceId);
    const discovery = new kitchen.KitchenDiscovery(connection());
    cleanups.push(() => discovery.close());
    await discovery.ready();
    await until(() => discovery.instances().includes(instanceId), 'the instance');
    await raw.end();
    const restarted = broker.restart();
    await until(() => !conn.connected, 'the server connection to drop');
    // Made while the broker is down: sent once it is back, or a Timeout; never a hang.
    const whileDown = client.setFavoriteNumber(9, { timeoutMs: 3000 }).then(
      (/** @type {number} */ value) => value,
      (/** @type {any} */ error) => error.returnCode,
    );
    await restarted;
    expect(await whileDown).to.be.oneOf([9, kitchen.ReturnCode.Timeout]);
    raw = await connectRaw(broker.url, { clientId: 'raw-properties' });
    await raw.subscribe(['Kitchen/#', 'client/#']);
    // Retained messages did not survive the restart; the server publishes them again.
    await raw.waitForTopic(`Kitchen/${instanceId}/property/favorite_number/value`);
    await raw.waitForTopic(`Kitchen/${instanceId}/interface`);
    await raw.waitFor((m) => m.topic === conn.presenceTopic && m.payload.toString() === '{"online":true}', 'online again');
    await until(() => client.favoriteNumber === server.favoriteNumber, 'the client to see the value in force');
    expect(await client.setFavoriteNumber(8, { timeoutMs: 20000 })).to.equal(8);
    expect(server.favoriteNumber).to.equal(8);
    await until(() => discovery.instances().includes(instanceId), 'the instance again');
    const fresh = await startClient(instanceId);
    expect(fresh.client.favoriteNumber).to.equal(8);
  });
});
