// @ts-check
'use strict';

// Issue 9: one message must never take a daemon offline. A raw mqtt.js
// attacker aims replies at wildcards, at other channels and at other
// instances, and sends payloads whose error messages hold bytes MQTT forbids.
// The server refuses (onError) instead of publishing; it never publishes
// outside the channels of its AsyncAPI document; good calls keep working
// after every case. Hostile scenarios in a child process (bad ids, topics
// MQTT refuses, a closing connection, a vanishing broker) must not kill it.

const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const YAML = require('yaml');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { Program } = require('../support/processes');
const { initialValues, startPeer, versionOf } = require('./props-fixture');

const ATTACKER = 'trust-attacker';
const SCENARIO_PROGRAM = path.join(__dirname, 'programs', 'hostile-scenario.js');

/**
 * Every channel address of the document as a pattern: `{...}` is one topic level.
 * @param {string} asyncapiFile
 * @returns {RegExp[]}
 */
function documentedChannels(asyncapiFile) {
  const doc = YAML.parse(fs.readFileSync(asyncapiFile, 'utf8'));
  return Object.values(doc.channels).map((/** @type {any} */ channel) => {
    const address = channel.address || channel['x-stinger-address'];
    const pattern = address
      .split('/')
      .map((/** @type {string} */ level) => (/^\{.*\}$/.test(level) ? '[^/+#]+' : level.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return new RegExp(`^${pattern}$`);
  });
}

describe('e2e: trust boundary (issue 9)', function () {
  this.timeout(60000);
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let attacker;
  /** @type {import('../support/processes').Program} */
  let server;
  /** @type {import('../support/processes').Program} */
  let client;
  /** @type {RegExp[]} */
  let channels;
  /** @type {import('../support/generate').GeneratedPackage} */
  let pkg;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];
  let correlationCounter = 0;

  before(async function () {
    this.timeout(240000);
    pkg = await generatedKitchen();
    channels = documentedChannels(path.join(pkg.outDir, 'asyncapi.yaml'));
    broker = await startBroker();
    cleanups.push(() => broker.stop());
    attacker = await connectRaw(broker.url, { clientId: ATTACKER });
    cleanups.push(() => attacker.end());
    // No Local: whatever the attacker records was published by someone else.
    await attacker.mqtt.subscribeAsync('#', { qos: 1, nl: true });
    server = await startPeer(pkg, broker, 'trust-server');
    cleanups.push(() => server.stop());
    await server.ok({ cmd: 'server', name: 'k1', instanceId: 'k1', initialValues: initialValues(42).ts });
    client = await startPeer(pkg, broker, 'trust-client');
    cleanups.push(() => client.stop());
    await client.ok({ cmd: 'client', name: 'c', instanceId: 'k1', watch: ['favoriteNumber'] });
    await attacker.waitForTopic('Kitchen/k1/property/favorite_number/value');
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  /** Both processes up, and good calls (a method, a property update) succeed. */
  async function expectGoodCalls() {
    expect(server.exited, 'server process').to.equal(null);
    expect(client.exited, 'client process').to.equal(null);
    const options = { timeoutMs: 1000 };
    expect((await client.ok({ cmd: 'call', client: 'c', method: 'addNumbers', args: [40, 2, 0], options })).result).to.equal(42);
    expect((await client.ok({ cmd: 'call', client: 'c', method: 'addNumbers', args: [1, 2, 0], options })).result).to.equal(3);
  }

  /** Every message the attacker saw since `since` is on a channel of the document. */
  function expectOnlyDocumentedTopics(/** @type {number} */ since) {
    const outside = attacker.messages.slice(since).filter((m) => !channels.some((channel) => channel.test(m.topic)));
    expect(outside.map((m) => m.topic), 'publications outside the documented channels').to.deep.equal([]);
  }

  /**
   * @param {string} topic
   * @param {string | Buffer} payload
   * @param {string} responseTopic
   * @param {Record<string, string>} [userProps]
   */
  async function publishRequest(topic, payload, responseTopic, userProps) {
    const correlationData = Buffer.from(`trust-${++correlationCounter}`);
    /** @type {Record<string, unknown>} */
    const properties = { responseTopic, correlationData };
    if (userProps) properties.userProperties = userProps;
    await attacker.publish(topic, payload, { properties });
    return correlationData;
  }

  const METHOD = 'Kitchen/k1/method/add_numbers/request';
  const UPDATE = 'Kitchen/k1/property/favorite_number/update';
  const GOOD_ARGS = JSON.stringify({ first: 1, second: 2, third: null });
  /** @type {Array<{ what: string, topic: string, responseTopic: string, payload?: string }>} */
  const refused = [
    { what: "a '#' wildcard", topic: METHOD, responseTopic: 'client/x/#' },
    { what: "a '+' wildcard as client id", topic: METHOD, responseTopic: 'client/+/Kitchen/method/add_numbers/response' },
    { what: 'another method\'s reply channel', topic: METHOD, responseTopic: 'client/x/Kitchen/method/order_lunch/response' },
    { what: 'an extra level', topic: METHOD, responseTopic: 'client/x/Kitchen/method/add_numbers/response/more' },
    { what: 'an empty client id', topic: METHOD, responseTopic: 'client//Kitchen/method/add_numbers/response' },
    { what: 'two levels as client id', topic: METHOD, responseTopic: 'client/a/b/Kitchen/method/add_numbers/response' },
    { what: 'a signal topic', topic: METHOD, responseTopic: 'Kitchen/k1/signal/ready' },
    { what: 'a property value topic', topic: METHOD, responseTopic: 'Kitchen/k1/property/favorite_number/value' },
    { what: 'a presence topic', topic: METHOD, responseTopic: 'client/trust-server/online' },
    { what: 'a topic of another interface', topic: METHOD, responseTopic: 'Other/thing' },
    { what: "another instance's value topic (update)", topic: UPDATE, responseTopic: 'Kitchen/other/property/favorite_number/value', payload: '{"number":7}' },
    { what: 'a method reply channel (update)', topic: UPDATE, responseTopic: 'client/x/Kitchen/method/add_numbers/response', payload: '{"number":7}' },
    { what: "a '#' wildcard (update)", topic: UPDATE, responseTopic: 'client/x/#', payload: '{"number":7}' },
  ];

  describe('response topics outside the reply channel are refused before publishing', function () {
    for (const row of refused) {
      it(`refuses ${row.what}: onError, nothing published, good calls succeed`, async function () {
        const since = attacker.mark();
        const serverSince = server.mark();
        await publishRequest(row.topic, row.payload ?? GOOD_ARGS, row.responseTopic, { PropertyVersion: '1' });
        const error = await server.waitFor((l) => l.event === 'serverError', 'onError for the refused request', { since: serverSince });
        expect(error.error.message).to.match(/refused without reply/);
        await expectGoodCalls();
        expectOnlyDocumentedTopics(since);
        const onRefused = attacker.messages.slice(since).filter((m) => m.topic === row.responseTopic);
        expect(onRefused.map((m) => m.topic), 'messages on the refused response topic').to.deep.equal([]);
        if (row.topic === UPDATE) {
          const values = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result;
          expect(values.favoriteNumber, 'the refused update changed nothing').to.not.equal(7);
        }
      });
    }
  });

  it('refuses a retained request (every server would answer it again at start): onError, nothing published', async function () {
    const since = attacker.mark();
    const serverSince = server.mark();
    const responseTopic = 'client/x/Kitchen/method/add_numbers/response';
    await attacker.publish(METHOD, GOOD_ARGS, { retain: true, properties: { responseTopic, correlationData: Buffer.from('trust-retained') } });
    try {
      const error = await server.waitFor((l) => l.event === 'serverError', 'onError for the retained request', { since: serverSince });
      expect(error.error.message).to.match(/refused without reply: it is retained/);
      await expectGoodCalls();
      expect(attacker.messages.slice(since).filter((m) => m.topic === responseTopic).map((m) => m.topic)).to.deep.equal([]);
      expectOnlyDocumentedTopics(since);
    } finally {
      // Clearing it reaches the server too (no response topic): wait for that
      // onError here, so the next test does not take it for its own.
      const clearSince = server.mark();
      await attacker.publish(METHOD, '', { retain: true });
      await server.waitFor((l) => l.event === 'serverError', 'onError for the cleared retained request', { since: clearSince });
    }
  });

  describe('error replies that would quote bytes MQTT forbids', function () {
    const replies = `client/${ATTACKER}/Kitchen/method/add_numbers/response`;
    /** @type {Array<{ what: string, payload: Buffer }>} */
    const rows = [
      { what: 'a lone NUL byte', payload: Buffer.from([0]) },
      { what: 'a raw control character in JSON', payload: Buffer.from('{"first":1,"x":\u0001}') },
      { what: 'a NUL inside a string', payload: Buffer.from('{"first":"\u0000","second":2,"third":null}') },
      { what: 'bytes that are not UTF-8', payload: Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]) },
      { what: 'an escaped lone surrogate for an integer', payload: Buffer.from('{"first":"\\ud800\\u0001","second":2,"third":null}') },
      { what: 'a 2,000-character bad field', payload: Buffer.from(`{"first":1,"second":2,"third":null,${'"x":1,'.repeat(10)}"${'\u0001'.repeat(2000)}`) },
    ];
    for (const row of rows) {
      it(`answers ServerDeserializationError to ${row.what} with a valid, bounded DebugInfo; good calls succeed`, async function () {
        const since = attacker.mark();
        const correlationData = await publishRequest(METHOD, row.payload, replies);
        const reply = await attacker.waitFor(
          (m) => m.topic === replies && Boolean(m.properties?.correlationData?.equals(correlationData)),
          'the error reply',
          since
        );
        const props = userProperties(reply.properties);
        expect(props.ReturnCode).to.equal('8');
        const debugInfo = String(props.DebugInfo);
        expect(debugInfo).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
        expect(debugInfo.length, 'DebugInfo is bounded').to.be.at.most(1000);
        await expectGoodCalls();
        expectOnlyDocumentedTopics(since);
      });
    }
  });

  it('a property update with a valid reply topic still works (the documented channel)', async function () {
    const version = versionOf(await attacker.waitForTopic('Kitchen/k1/property/favorite_number/value'));
    const replies = `client/${ATTACKER}/Kitchen/property/favorite_number/update/response`;
    const since = attacker.mark();
    const current = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber;
    const latest = [...attacker.messages].reverse().find((m) => m.topic === 'Kitchen/k1/property/favorite_number/value');
    const correlationData = await publishRequest(UPDATE, JSON.stringify({ number: current + 1 }), replies, {
      PropertyVersion: String(latest ? versionOf(latest) : version),
    });
    const reply = await attacker.waitFor((m) => m.topic === replies && Boolean(m.properties?.correlationData?.equals(correlationData)), 'the update reply', since);
    expect(userProperties(reply.properties).ReturnCode).to.equal('0');
    expect(reply.json).to.deep.equal({ number: current + 1 });
    await expectGoodCalls();
  });

  describe('hostile scenarios in a child process: nothing escapes into the process', function () {
    /**
     * @param {string} scenario
     * @param {(program: Program) => Promise<void>} [during]
     */
    async function runScenario(scenario, during) {
      const program = new Program(SCENARIO_PROGRAM, [pkg.indexModule, String(broker.port), scenario]);
      cleanups.push(() => program.stop());
      if (during) await during(program);
      // The scenario ends the process itself (the test's timeout catches a hang).
      await program.exit;
      const text = `${program.report()}`;
      const done = program.lines.find((l) => l.event === 'done');
      expect(done, `${scenario} ran to its end\n${text}`).to.not.equal(undefined);
      expect(program.exited && program.exited.code, `exit code of ${scenario}\n${text}`).to.equal(0);
      expect(text).to.not.match(/unhandledRejection|uncaughtException|Unhandled|UnhandledPromiseRejection/);
      return { program, done };
    }

    it('bad instance ids and client ids are RangeErrors at construction (NUL, controls, wildcards, /, 70,000 characters, topic too long)', async function () {
      const { program } = await runScenario('ids');
      const threw = program.lines.filter((l) => l.event === 'threw');
      const names = ['empty', 'slash', 'plus', 'hash', 'nul', 'control', 'del', 'c1', 'loneSurrogate', 'nonCharacter', 'huge', 'topicTooLong'];
      for (const kind of ['server', 'client']) {
        for (const name of names) {
          const line = threw.find((l) => l.what === `${kind}.${name}`);
          expect(line, `${kind}.${name} threw`).to.not.equal(undefined);
          expect(line?.error.name, `${kind}.${name}`).to.equal('RangeError');
          expect(line?.error.message.length, 'the message quotes a short part of the id').to.be.below(400);
        }
      }
      for (const name of names.filter((n) => n !== 'topicTooLong')) {
        const line = threw.find((l) => l.what === `connection.${name}`);
        expect(line?.error.name, `connection.${name}`).to.equal('RangeError');
      }
      const longConnection = threw.find((l) => l.what === 'client.longConnectionId');
      expect(longConnection?.error.name, 'a client on a connection whose id makes the reply topics too long').to.equal('RangeError');
      expect(program.lines.some((l) => l.event === 'served'), 'a good id still serves').to.equal(true);
    });

    it('topics and filters MQTT refuses are rejected or reported, the connection stays up', async function () {
      const { program } = await runScenario('topics');
      const rejected = program.lines.filter((l) => l.event === 'rejected').map((l) => l.what);
      expect(rejected).to.include.members(['publish.huge', 'publish.wildcard', 'publish.nul', 'publish.responseTopic', 'subscribe.badFilter.ready']);
      expect(program.lines.find((l) => l.event === 'resolved' && l.what === 'publish.userProperty'), 'user properties are made valid').to.not.equal(undefined);
      expect(program.lines.find((l) => l.event === 'connected')?.connected, 'still connected').to.equal(true);
    });

    it('a connection that closes while servers, clients and discovery work on it', async function () {
      const { program } = await runScenario('closing');
      expect(program.lines.filter((l) => l.event === 'resolved' || l.event === 'rejected').length).to.be.above(5);
    });

    it('a broker that goes away while a call is in flight', async function () {
      const otherBroker = await startBroker();
      cleanups.push(() => otherBroker.stop());
      const program = new Program(SCENARIO_PROGRAM, [pkg.indexModule, String(otherBroker.port), 'brokerGone']);
      cleanups.push(() => program.stop());
      while (!program.lines.some((l) => l.event === 'up')) {
        expect(program.exited, `scenario ended before it was up\n${program.report()}`).to.equal(null);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await otherBroker.stop();
      await program.exit;
      const text = program.report();
      expect(program.lines.some((l) => l.event === 'done'), `brokerGone ran to its end\n${text}`).to.equal(true);
      expect(program.exited && program.exited.code, `exit code\n${text}`).to.equal(0);
      expect(text).to.not.match(/unhandledRejection|uncaughtException|Unhandled/);
    });
  });
});
