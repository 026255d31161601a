// @ts-check
'use strict';

// Malformed and hostile payloads (issue 4), published by a raw mqtt.js client
// on every topic the generated code subscribes to: method requests and
// property updates (server), property values, signals and update replies
// (client), announcements and presence (KitchenDiscovery). Each must end in an
// error reply or an onError call, never in a crash or a changed property.

const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { absent } = require('../support/codec');
const { RC, OVEN, initialValues, startPeer, versionOf, waitForChange, expectMethodError } = require('./props-fixture');

const ATTACKER = 'raw-attacker';
const METHOD_REPLIES = `client/${ATTACKER}/Kitchen/method/add_numbers/response`;
const UPDATE_REPLIES = `client/${ATTACKER}/Kitchen/property/favorite_number/update/response`;
const MIB = 1024 * 1024;
/** Bigger than the 1 MiB a server reads (runtime MAX_REQUEST_PAYLOAD_BYTES). */
const OVERSIZED = 'x'.repeat(2 * MIB);
/** A 1 MB string: below the request limit, so it is read and its type checked. */
const HUGE = 'x'.repeat(1000000);
const POLLUTING = '"evil":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}';
const LUNCH_WIRE = {
  drink: true,
  sandwich: 's',
  crackers: 1,
  day: 1,
  order_number: null,
  time_of_lunch: '2026-11-24T12:00:00Z',
  duration_of_lunch: 'PT1H',
  receipt: null,
};

describe('e2e: hostile payloads on every subscribed topic', function () {
  this.timeout(30000);
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let attacker;
  /** @type {import('../support/processes').Program} */
  let server;
  /** @type {import('../support/processes').Program} */
  let client;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];
  /** Version of favorite_number in force, as the server's value messages say. */
  let version = 0;
  let correlationCounter = 0;

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    const pkg = await generatedKitchen();
    broker = await startBroker();
    cleanups.push(() => broker.stop());
    attacker = await connectRaw(broker.url, { clientId: ATTACKER });
    cleanups.push(() => attacker.end());
    // No Local: the attacker does not see its own messages, so every value
    // message it records is the server's.
    await attacker.mqtt.subscribeAsync(['Kitchen/#', 'client/#'], { qos: 1, nl: true });
    server = await startPeer(pkg, broker, 'hostile-server');
    cleanups.push(() => server.stop());
    await server.ok({ cmd: 'server', name: 'k1', instanceId: 'k1', initialValues: initialValues(42).ts });
    client = await startPeer(pkg, broker, 'hostile-client');
    cleanups.push(() => client.stop());
    await client.ok({ cmd: 'client', name: 'c', instanceId: 'k1', watch: ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned'] });
    await client.ok({ cmd: 'listen', client: 'c', method: 'receiveTemperatureChanged' });
    await client.ok({ cmd: 'discovery', name: 'd' });
    await waitForChange(client, 'c', 'favoriteNumber', 42);
    await client.waitFor((l) => l.event === 'instanceAdded' && l.instanceId === 'k1', 'k1 discovered');
    version = versionOf(await attacker.waitForTopic('Kitchen/k1/property/favorite_number/value'));
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  /**
   * Publishes a request with Response Topic and Correlation Data and waits for the reply.
   * @param {string} topic
   * @param {string | Buffer} payload
   * @param {string} responseTopic
   * @param {Record<string, string>} [userProps]
   */
  async function rawRequest(topic, payload, responseTopic, userProps) {
    const correlationData = Buffer.from(`hostile-${++correlationCounter}`);
    const since = attacker.mark();
    /** @type {Record<string, unknown>} */
    const properties = { responseTopic, correlationData };
    if (userProps) properties.userProperties = userProps;
    await attacker.publish(topic, payload, { properties });
    const reply = await attacker.waitFor(
      (m) => m.topic === responseTopic && Boolean(m.properties?.correlationData?.equals(correlationData)),
      `reply on ${responseTopic}`,
      since
    );
    return { reply, props: userProperties(reply.properties) };
  }

  /** Both processes still up, and a normal call still works. */
  async function expectAlive() {
    expect(server.exited, 'server process').to.equal(null);
    expect(client.exited, 'client process').to.equal(null);
    expect((await client.ok({ cmd: 'call', client: 'c', method: 'addNumbers', args: [40, 2] })).result).to.equal(42);
  }

  /** favorite_number is the same on the server and the client. */
  async function favoriteEverywhere() {
    const onServer = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber;
    const onClient = (await client.ok({ cmd: 'clientValues', client: 'c' })).result.favoriteNumber;
    expect(onClient, 'the client has the value in force').to.equal(onServer);
    return onServer;
  }

  describe('method requests (server)', function () {
    const rows = [
      { what: 'text that is not JSON', payload: '{"first": 1, "second":', code: RC.serverDeserialization },
      { what: 'an empty payload', payload: '', code: RC.serverDeserialization },
      { what: 'a JSON array', payload: '[1, 2, null]', code: RC.serverDeserialization },
      { what: 'wrong types', payload: JSON.stringify({ first: 'one', second: true, third: null }), code: RC.serverDeserialization },
      { what: 'a missing field', payload: JSON.stringify({ first: 1, third: null }), code: RC.serverDeserialization },
      { what: 'a 1 MB string for an integer', payload: JSON.stringify({ first: HUGE, second: 2, third: null }), code: RC.serverDeserialization },
      { what: 'a 2 MiB payload', payload: JSON.stringify({ first: OVERSIZED, second: 2, third: null }), code: RC.payloadError },
    ];
    for (const { what, payload, code } of rows) {
      it(`answers ${code} to ${what}; the handler is not called`, async function () {
        const since = server.mark();
        const { reply, props } = await rawRequest('Kitchen/k1/method/add_numbers/request', payload, METHOD_REPLIES);
        expect(props.ReturnCode, `ReturnCode (DebugInfo: ${props.DebugInfo})`).to.equal(String(code));
        expect(reply.payload.length, 'a short reply').to.be.below(10000);
        await expectAlive();
        const calls = server.lines.slice(since).filter((l) => l.event === 'call');
        expect(calls.map((l) => l.args), 'handler calls').to.deep.equal([[40, 2, absent]]);
      });
    }

    it('ignores extra fields (also __proto__ and constructor) and answers with the sum; nothing is polluted', async function () {
      const { reply, props } = await rawRequest('Kitchen/k1/method/add_numbers/request', `{"first":1,"second":2,"third":null,${POLLUTING}}`, METHOD_REPLIES);
      expect(props.ReturnCode).to.equal('0');
      expect(reply.json).to.deep.equal({ sum: 3 });
      expect((await server.ok({ cmd: 'polluted' })).result, 'Object.prototype polluted').to.equal(false);
    });

    it('reports a request without Response Topic through onError and keeps serving', async function () {
      const since = server.mark();
      await attacker.publish('Kitchen/k1/method/add_numbers/request', JSON.stringify({ first: 1, second: 1, third: null }), {
        properties: { correlationData: Buffer.from('no-response-topic') },
      });
      const error = await server.waitFor((l) => l.event === 'serverError', 'onError for the request without Response Topic', { since });
      expect(error.error.message).to.match(/response topic/i);
      await expectAlive();
    });

    it('answers a request without Correlation Data (nothing to echo) and keeps serving', async function () {
      const since = attacker.mark();
      await attacker.publish('Kitchen/k1/method/add_numbers/request', JSON.stringify({ first: 5, second: 6, third: null }), {
        properties: { responseTopic: METHOD_REPLIES },
      });
      const reply = await attacker.waitFor((m) => m.topic === METHOD_REPLIES && m.json && m.json.sum === 11, 'the reply without correlation', since);
      expect(reply.properties?.correlationData, 'no correlation data').to.equal(undefined);
      await expectAlive();
    });
  });

  describe('property update requests (server)', function () {
    const good = (/** @type {number} */ n) => JSON.stringify({ number: n });
    /** @type {Array<{ what: string, payload: string, code: number, versionText?: string | null }>} */
    const rows = [
      { what: 'text that is not JSON', payload: '{"number":', code: RC.serverDeserialization },
      { what: 'an empty payload', payload: '', code: RC.serverDeserialization },
      { what: 'a JSON array', payload: '[7]', code: RC.serverDeserialization },
      { what: 'a string for the integer', payload: JSON.stringify({ number: 'seven' }), code: RC.serverDeserialization },
      { what: 'a float for the integer', payload: JSON.stringify({ number: 7.5 }), code: RC.serverDeserialization },
      { what: 'null for the value', payload: JSON.stringify({ number: null }), code: RC.serverDeserialization },
      { what: 'a missing field', payload: '{}', code: RC.serverDeserialization },
      { what: 'a 1 MB string for the integer', payload: JSON.stringify({ number: HUGE }), code: RC.serverDeserialization },
      { what: 'a 2 MiB payload', payload: JSON.stringify({ number: OVERSIZED }), code: RC.payloadError },
      { what: 'no PropertyVersion', payload: good(666), code: RC.outOfSync, versionText: null },
      { what: 'a non-numeric PropertyVersion', payload: good(666), code: RC.outOfSync, versionText: 'latest' },
      { what: 'a negative PropertyVersion', payload: good(666), code: RC.outOfSync, versionText: '-1' },
      { what: 'a fractional PropertyVersion', payload: good(666), code: RC.outOfSync, versionText: '1.5' },
      { what: 'a huge PropertyVersion', payload: good(666), code: RC.outOfSync, versionText: '9'.repeat(400) },
    ];
    for (const { what, payload, code, versionText } of rows) {
      it(`answers ${code} to ${what}, with the value and version in force; nothing changes`, async function () {
        const before = await favoriteEverywhere();
        const serverSince = server.mark();
        const clientSince = client.mark();
        const text = versionText === undefined ? String(version) : versionText;
        const { reply, props } = await rawRequest(
          'Kitchen/k1/property/favorite_number/update',
          payload,
          UPDATE_REPLIES,
          text === null ? undefined : { PropertyVersion: text }
        );
        expect(props.ReturnCode, `ReturnCode (DebugInfo: ${props.DebugInfo})`).to.equal(String(code));
        expect(props.PropertyVersion, 'the version in force').to.equal(String(version));
        expect(reply.json, 'the value in force').to.deep.equal({ number: before });
        await expectAlive();
        expect(await favoriteEverywhere()).to.equal(before);
        expect(server.lines.slice(serverSince).filter((l) => l.event === 'updated'), 'onFavoriteNumberUpdated calls').to.be.empty;
        expect(client.lines.slice(clientSince).filter((l) => l.event === 'changed'), 'changes seen by the client').to.be.empty;
      });
    }

    const otherRows = [
      { what: 'a string for the float', property: 'ovenSetting', topic: 'oven_setting', payload: JSON.stringify({ celsius: 'hot', state: OVEN.off, hold_for: null }), code: RC.serverDeserialization },
      { what: 'an enum number that is not a member', property: 'ovenSetting', topic: 'oven_setting', payload: JSON.stringify({ celsius: 1, state: 99, hold_for: null }), code: RC.serverDeserialization },
      { what: 'a duration that is not ISO 8601', property: 'ovenSetting', topic: 'oven_setting', payload: JSON.stringify({ celsius: 1, state: OVEN.off, hold_for: '90 minutes' }), code: RC.serverDeserialization },
      { what: 'a datetime that is not ISO 8601', property: 'lastCleaned', topic: 'last_cleaned', payload: JSON.stringify({ timestamp: 'yesterday' }), code: RC.serverDeserialization },
    ];
    for (const { what, property, topic, payload, code } of otherRows) {
      it(`${topic}: answers ${code} to ${what}; nothing changes`, async function () {
        const values = attacker.messages.filter((m) => m.topic === `Kitchen/k1/property/${topic}/value`);
        const current = versionOf(values[values.length - 1]);
        const before = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result;
        const serverSince = server.mark();
        const responseTopic = `client/${ATTACKER}/Kitchen/property/${topic}/update/response`;
        const { props } = await rawRequest(`Kitchen/k1/property/${topic}/update`, payload, responseTopic, { PropertyVersion: String(current) });
        expect(props.ReturnCode, `ReturnCode (DebugInfo: ${props.DebugInfo})`).to.equal(String(code));
        expect(props.PropertyVersion, 'the version in force').to.equal(String(current));
        await expectAlive();
        expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result, 'every property as before').to.deep.equal(before);
        expect(server.lines.slice(serverSince).filter((l) => l.event === 'updated'), `on${property}Updated calls`).to.be.empty;
      });
    }

    const readOnlyRows = [
      { what: 'text that is not JSON', payload: '{"lunch":' },
      { what: 'a 2 MiB payload', payload: JSON.stringify({ lunch: OVERSIZED }) },
    ];
    for (const { what, payload } of readOnlyRows) {
      it(`todays_menu (read-only, no update channel in the document): ${what} is not heard; nothing changes`, async function () {
        const before = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result;
        const since = attacker.mark();
        const responseTopic = `client/${ATTACKER}/Kitchen/property/todays_menu/update/response`;
        await attacker.publish('Kitchen/k1/property/todays_menu/update', payload, {
          properties: { responseTopic, correlationData: Buffer.from('read-only'), userProperties: { PropertyVersion: '1' } },
        });
        // A call made after it is answered, so a reply to it would have come by now.
        await expectAlive();
        expect(attacker.messages.slice(since).filter((m) => m.topic === responseTopic), 'replies').to.deep.equal([]);
        expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result, 'every property as before').to.deep.equal(before);
      });
    }

    it('answers 12 to a stale PropertyVersion', async function () {
      const before = await favoriteEverywhere();
      const { props } = await rawRequest('Kitchen/k1/property/favorite_number/update', good(666), UPDATE_REPLIES, { PropertyVersion: String(version - 1) });
      expect(props.ReturnCode).to.equal(String(RC.outOfSync));
      expect(await favoriteEverywhere()).to.equal(before);
    });

    it('reports an update without Response Topic through onError and changes nothing', async function () {
      const before = await favoriteEverywhere();
      const since = server.mark();
      await attacker.publish('Kitchen/k1/property/favorite_number/update', good(666), {
        properties: { correlationData: Buffer.from('no-response-topic'), userProperties: { PropertyVersion: String(version) } },
      });
      const error = await server.waitFor((l) => l.event === 'serverError', 'onError for the update without Response Topic', { since });
      expect(error.error.message).to.match(/response topic/i);
      await expectAlive();
      expect(await favoriteEverywhere()).to.equal(before);
    });

    it('ignores extra fields (also __proto__ and constructor) of a valid update: the named value is applied, nothing is polluted', async function () {
      const clientSince = client.mark();
      const since = attacker.mark();
      const { reply, props } = await rawRequest('Kitchen/k1/property/favorite_number/update', `{"number":77,${POLLUTING}}`, UPDATE_REPLIES, {
        PropertyVersion: String(version),
      });
      expect(props.ReturnCode).to.equal('0');
      expect(reply.json).to.deep.equal({ number: 77 });
      const value = await attacker.waitFor((m) => m.topic === 'Kitchen/k1/property/favorite_number/value' && m.json && m.json.number === 77, 'the new value', since);
      expect(value.json, 'only the named value is published').to.deep.equal({ number: 77 });
      expect(versionOf(value)).to.equal(version + 1);
      version += 1;
      await waitForChange(client, 'c', 'favoriteNumber', 77, clientSince);
      expect((await server.ok({ cmd: 'polluted' })).result, 'Object.prototype polluted').to.equal(false);
    });
  });

  describe('property values (client)', function () {
    /** @type {Array<{ what: string, property: string, topic: string, payload: string, versionText?: string | null }>} */
    const rows = [
      { what: 'text that is not JSON', property: 'favoriteNumber', topic: 'favorite_number', payload: '{"number":' },
      { what: 'a JSON array', property: 'favoriteNumber', topic: 'favorite_number', payload: '[1]' },
      { what: 'a string for the integer', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: 'one' }) },
      { what: 'null for the value', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: null }) },
      { what: 'a missing field', property: 'favoriteNumber', topic: 'favorite_number', payload: '{}' },
      { what: 'a 1 MB string', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: HUGE }) },
      { what: 'no PropertyVersion', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: 666 }), versionText: null },
      { what: 'a non-numeric PropertyVersion', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: 666 }), versionText: 'new' },
      { what: 'a fractional PropertyVersion', property: 'favoriteNumber', topic: 'favorite_number', payload: JSON.stringify({ number: 666 }), versionText: '2.5' },
      { what: 'an enum number that is not a member', property: 'ovenSetting', topic: 'oven_setting', payload: JSON.stringify({ celsius: 1, state: 99, hold_for: null }) },
      { what: 'a duration with years', property: 'ovenSetting', topic: 'oven_setting', payload: JSON.stringify({ celsius: 1, state: OVEN.off, hold_for: 'P1Y' }) },
      { what: 'a struct with a missing member', property: 'todaysMenu', topic: 'todays_menu', payload: JSON.stringify({ lunch: { ...LUNCH_WIRE, sandwich: undefined } }) },
      { what: 'a struct that is a string', property: 'todaysMenu', topic: 'todays_menu', payload: JSON.stringify({ lunch: 'soup' }) },
      { what: 'a datetime that is not ISO 8601', property: 'lastCleaned', topic: 'last_cleaned', payload: JSON.stringify({ timestamp: 'yesterday' }) },
    ];
    for (const { what, property, topic, payload, versionText } of rows) {
      it(`${topic}: reports ${what} through onError; the value stays`, async function () {
        const before = (await client.ok({ cmd: 'clientValues', client: 'c' })).result;
        const since = client.mark();
        const text = versionText === undefined ? '999' : versionText;
        /** @type {Record<string, unknown>} */
        const properties = text === null ? {} : { userProperties: { PropertyVersion: text } };
        await attacker.publish(`Kitchen/k1/property/${topic}/value`, payload, { properties });
        const error = await client.waitFor((l) => l.event === 'clientError' && l.name === 'c', `onError for ${what}`, { since });
        expect(error.error.message).to.be.a('string').that.is.not.empty;
        expect((await client.ok({ cmd: 'clientValues', client: 'c' })).result, 'every property as before').to.deep.equal(before);
        expect(client.lines.slice(since).filter((l) => l.event === 'changed' && l.property === property), 'changes').to.be.empty;
        await expectAlive();
      });
    }

    it('still takes the next value from the server', async function () {
      const since = client.mark();
      await server.ok({ cmd: 'serverSet', server: 'k1', property: 'favoriteNumber', value: 78 });
      version += 1;
      await waitForChange(client, 'c', 'favoriteNumber', 78, since);
    });
  });

  describe('signals (client)', function () {
    const rows = [
      { what: 'text that is not JSON', topic: 'temperature_changed', payload: '{"oven":' },
      { what: 'wrong types', topic: 'temperature_changed', payload: JSON.stringify({ oven: '1', celsius: 'hot', state: 'on' }) },
      { what: 'a missing field', topic: 'temperature_changed', payload: JSON.stringify({ oven: 1, celsius: 2 }) },
      { what: 'a 1 MB string', topic: 'temperature_changed', payload: JSON.stringify({ oven: HUGE, celsius: 2, state: OVEN.off }) },
      { what: 'a bad struct', topic: 'lunch_served', payload: JSON.stringify({ lunch: { drink: 'yes' }, served_at: '2026-11-24T12:00:00Z', note: null }) },
      { what: 'text that is not base64', topic: 'photo_taken', payload: JSON.stringify({ image: 'not base64!', tags: [] }) },
    ];
    for (const { what, topic, payload } of rows) {
      it(`${topic}: reports ${what} through onError`, async function () {
        const since = client.mark();
        await attacker.publish(`Kitchen/k1/signal/${topic}`, payload);
        await client.waitFor((l) => l.event === 'clientError' && l.name === 'c', `onError for ${what}`, { since });
        expect(client.lines.slice(since).filter((l) => l.event === 'signal'), 'signals delivered').to.be.empty;
        await expectAlive();
      });
    }

    it('still delivers a good signal, with extra fields ignored', async function () {
      const since = client.mark();
      await attacker.publish('Kitchen/k1/signal/temperature_changed', `{"oven":3,"celsius":99.5,"state":${OVEN.baking},${POLLUTING}}`);
      const signal = await client.waitFor((l) => l.event === 'signal', 'the good signal', { since });
      expect(signal.args).to.deep.equal([3, 99.5, OVEN.baking]);
      expect((await client.ok({ cmd: 'polluted' })).result, 'Object.prototype polluted').to.equal(false);
    });
  });

  describe('announcements and presence (KitchenDiscovery)', function () {
    const announcement = {
      interface_name: 'Kitchen',
      title: 'Kitchen controller',
      version: '1.2.0',
      instance: 'evil',
      connection_topic: 'client/hostile-server/online',
      timestamp: '2026-11-24T12:00:00Z',
    };
    const rows = [
      { what: 'text that is not JSON', payload: '{"interface_name":' },
      { what: 'a JSON array', payload: '[]' },
      { what: 'a number for the version', payload: JSON.stringify({ ...announcement, version: 3 }) },
      { what: 'a missing field', payload: JSON.stringify({ ...announcement, connection_topic: undefined }) },
      { what: 'another instance id than the topic', payload: JSON.stringify({ ...announcement, instance: 'k1' }) },
      { what: 'a 1 MB instance id', payload: JSON.stringify({ ...announcement, instance: HUGE }) },
      { what: 'a wildcard connection topic', payload: JSON.stringify({ ...announcement, connection_topic: 'client/#' }) },
      { what: 'a timestamp that is not ISO 8601', payload: JSON.stringify({ ...announcement, timestamp: 'now' }) },
    ];
    for (const { what, payload } of rows) {
      it(`reports an announcement with ${what} through onError; the instances stay`, async function () {
        const since = client.mark();
        await attacker.publish('Kitchen/evil/interface', payload);
        await client.waitFor((l) => l.event === 'discoveryError' && l.name === 'd', `onError for ${what}`, { since });
        expect((await client.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k1']);
        expect(client.lines.slice(since).filter((l) => l.event === 'instanceAdded' || l.event === 'instanceRemoved'), 'discovery events').to.be.empty;
        await expectAlive();
      });
    }

    it('reports a malformed presence message through onError; the instance stays listed', async function () {
      const since = client.mark();
      await attacker.publish('client/hostile-server/online', '{"online":"maybe"}');
      await client.waitFor((l) => l.event === 'discoveryError' && l.name === 'd', 'onError for the presence message', { since });
      expect((await client.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k1']);
      await expectAlive();
    });
  });

  describe('update replies (client)', function () {
    it('ignores replies with foreign or missing Correlation Data; a forged reply with the right correlation and a bad payload rejects the call with 6, not a crash', async function () {
      const clientReplies = 'client/hostile-client/Kitchen/property/favorite_number/update/response';
      await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'hold' });
      const serverSince = server.mark();
      const since = attacker.mark();
      const pending = client.send({ cmd: 'clientSet', client: 'c', property: 'favoriteNumber', value: 79 });
      const request = await attacker.waitFor((m) => m.topic === 'Kitchen/k1/property/favorite_number/update', 'the real update request', since);
      await server.waitFor((l) => l.event === 'updated' && l.value === 79, 'the held update', { since: serverSince });
      const success = { ReturnCode: '0', PropertyVersion: String(version + 50) };
      await attacker.publish(clientReplies, JSON.stringify({ number: 666 }), { properties: { correlationData: Buffer.from('not-yours'), userProperties: success } });
      await attacker.publish(clientReplies, JSON.stringify({ number: 667 }), { properties: { userProperties: success } });
      await attacker.publish(clientReplies, '{"number":', { properties: { userProperties: success } });
      await attacker.publish(clientReplies, JSON.stringify({ number: 'six' }), {
        properties: { correlationData: request.properties?.correlationData, userProperties: success },
      });
      expectMethodError(await pending, 6, 'the call answered by a forged, malformed reply');
      expect((await client.ok({ cmd: 'clientValues', client: 'c' })).result.favoriteNumber, 'forged values never taken').to.equal(78);

      // The real update goes through once released; the client sees the value message.
      const clientSince = client.mark();
      await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'accept' });
      await server.ok({ cmd: 'release' });
      await waitForChange(client, 'c', 'favoriteNumber', 79, clientSince);
      await expectAlive();
    });

    it('no process polluted, crashed or left with stray errors', async function () {
      for (const peer of [server, client]) {
        expect(peer.exited, peer.name).to.equal(null);
        expect((await peer.ok({ cmd: 'polluted' })).result, `${peer.name}: Object.prototype polluted`).to.equal(false);
        expect(peer.lines.filter((l) => l.event === 'unhandledRejection' || l.event === 'uncaughtException'), peer.name).to.be.empty;
      }
    });
  });
});
