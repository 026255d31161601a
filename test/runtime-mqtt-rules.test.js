// @ts-check
'use strict';
// Unit tests of the runtime's MQTT rules (issue 9): which response topics
// match a reply channel's address, which ids can be topic levels, which
// topics and filters mqtt.js is never handed, and how user property values
// are made valid MQTT strings. Compiled with tsc --strict as a generated
// package compiles it.

const { expect } = require('chai');
const { compiledRuntime } = require('./support/compiled-runtime');

describe('runtime MQTT rules (runtime/protocol.ts, runtime/connection.ts compiled)', function () {
  this.timeout(120000);
  /** @type {any} */
  let protocol;
  /** @type {any} */
  let connection;

  before(function () {
    ({ protocol, connection } = compiledRuntime());
  });

  const REPLY = 'client/{client_id}/Example/method/add_numbers/response';

  it('matchesAddress: one valid topic level per parameter, every other level the same', () => {
    const yes = ['client/abc/Example/method/add_numbers/response', 'client/stinger-0a1b/Example/method/add_numbers/response', `client/${'x'.repeat(60000)}/Example/method/add_numbers/response`];
    const no = [
      'client/x/#',
      'client/+/Example/method/add_numbers/response',
      'client//Example/method/add_numbers/response',
      'client/a/b/Example/method/add_numbers/response',
      'client/x/Example/method/add_numbers/response/extra',
      'client/x/Example/method/other/response',
      'Example/main/property/favorite_number/value',
      'client/a\u0000b/Example/method/add_numbers/response',
      'client/a\u0001b/Example/method/add_numbers/response',
      'client/a\ud800b/Example/method/add_numbers/response',
      'client/a\ufffdb/Example/method/add_numbers/response',
      `client/${'x'.repeat(70000)}/Example/method/add_numbers/response`,
    ];
    for (const topic of yes) expect(protocol.matchesAddress(REPLY, topic), topic.slice(0, 80)).to.equal(true);
    for (const topic of no) expect(protocol.matchesAddress(REPLY, topic), JSON.stringify(topic.slice(0, 80))).to.equal(false);
  });

  it('checkedResponseTopic: the topic, or an Error that quotes the hostile topic safely', () => {
    const request = (/** @type {string | undefined} */ responseTopic) => ({ topic: 'Example/main/method/add_numbers/request', payload: Buffer.alloc(0), responseTopic, userProperties: {} });
    expect(protocol.checkedResponseTopic(request('client/c1/Example/method/add_numbers/response'), REPLY)).to.equal('client/c1/Example/method/add_numbers/response');
    const refused = protocol.checkedResponseTopic(request(`client/\u0000${'#'.repeat(5000)}`), REPLY);
    expect(refused).to.be.instanceOf(Error);
    expect(refused.message).to.match(/refused without reply/);
    expect(refused.message).to.not.match(/[\u0000-\u001f]/);
    expect(refused.message.length).to.be.below(400);
    expect(protocol.checkedResponseTopic(request(undefined), REPLY)).to.be.instanceOf(Error);
    expect(protocol.checkedResponseTopic(request('client/c1/x'), undefined)).to.be.instanceOf(Error);
  });

  it('topicLevel: RangeError for what MQTT forbids and for a topic that would pass 65,535 bytes', () => {
    for (const bad of ['', 'a/b', 'a+', '#', 'a\u0000', 'a\u0007', 'a\u007f', 'a\u009f', 'a\udc00', 'a\ufffe', 'a\u{1ffff}', 'x'.repeat(70000)]) {
      expect(() => protocol.topicLevel(bad, 'instanceId'), JSON.stringify(bad.slice(0, 10))).to.throw(RangeError, /instanceId/);
    }
    expect(protocol.topicLevel('kitchen-1', 'instanceId', 'Example/{service_id}/property/x/update')).to.equal('kitchen-1');
    expect(protocol.topicLevel('é😀', 'instanceId')).to.equal('é😀');
    const almost = 'x'.repeat(65535 - 'Example//value'.length);
    expect(protocol.topicLevel(almost, 'instanceId', 'Example/{service_id}/value')).to.equal(almost);
    expect(() => protocol.topicLevel(`${almost}x`, 'instanceId', 'Example/{service_id}/value')).to.throw(RangeError, /65535/);
    // UTF-8 bytes count, not characters.
    expect(() => protocol.topicLevel('é'.repeat(33000), 'instanceId')).to.throw(RangeError, /bytes/);
  });

  it('topic names and filters: wildcards, misplaced wildcards, forbidden characters, length', () => {
    expect(connection.topicNameProblem('a/b')).to.equal(undefined);
    for (const bad of ['', 'a/+', 'a/#', 'a\u0000', 'x'.repeat(65536)]) expect(connection.topicNameProblem(bad), bad.slice(0, 10)).to.be.a('string');
    for (const good of ['a/+/b', 'a/#', '#', '+', 'client/x/online']) expect(connection.topicFilterProblem(good), good).to.equal(undefined);
    for (const bad of ['', 'a/#/b', 'a#', 'a+/b', 'a/b+', 'a\u0001', 'x'.repeat(65536)]) expect(connection.topicFilterProblem(bad), bad.slice(0, 10)).to.be.a('string');
  });

  it('safeMqttString: forbidden characters become U+FFFD, long values are cut on a code point boundary', () => {
    expect(connection.safeMqttString('ok é 😀')).to.equal('ok é 😀');
    expect(connection.safeMqttString('a\u0000b\u0001c\u007fd\u0085e\ud800f\uffff')).to.equal('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd');
    const cut = connection.safeMqttString('😀'.repeat(2000));
    expect(cut.length).to.be.at.most(connection.MAX_USER_PROPERTY_CHARS);
    expect(cut.endsWith('...')).to.equal(true);
    expect(connection.mqttStringProblem(cut)).to.equal(undefined);
    expect(connection.safeMqttString('abcdef', 5)).to.equal('ab...');
  });

  it('MqttConnection: a bad clientId is a RangeError before any socket is opened; tls needs a TLS URL', () => {
    for (const clientId of ['', 'a/b', 'a#', 'a\u0000', 'x'.repeat(70000)]) {
      expect(() => new connection.MqttConnection({ host: '127.0.0.1', port: 1, clientId }), JSON.stringify(clientId.slice(0, 10))).to.throw(RangeError, /clientId/);
    }
    for (const url of ['mqtt://127.0.0.1:1', 'ws://127.0.0.1:1/mqtt', '/tmp/socket']) {
      expect(() => new connection.MqttConnection({ url, clientId: 'tls-check', tls: { ca: 'x' } }), url).to.throw(RangeError, /mqtts:\/\/ or wss:\/\//);
    }
  });
});

describe('runtime shared subscriptions (server replicas, shareGroup)', function () {
  this.timeout(120000);
  /** @type {any} */
  let connection;

  before(function () {
    ({ connection } = compiledRuntime());
  });

  it('sharedFilter: $share/GROUP/filter; a group that is not one topic level is a RangeError', () => {
    expect(connection.sharedFilter('g', 'node1/Example/main/method/add_numbers/request')).to.equal('$share/g/node1/Example/main/method/add_numbers/request');
    for (const bad of ['', 'a/b', 'a+', '#', 'a\u0000b']) {
      expect(() => connection.sharedFilter(bad, 'x/y'), JSON.stringify(bad)).to.throw(RangeError, 'shareGroup');
    }
  });

  it('topicMatches: a shared filter matches by its topic part', () => {
    expect(connection.topicMatches('$share/g/a/+/c', 'a/b/c')).to.equal(true);
    expect(connection.topicMatches('$share/g/a/+/c', 'g/a/b/c')).to.equal(false);
    expect(connection.topicMatches('$share/g/#', 'x/y')).to.equal(true);
  });

  it('after a CONNACK with Shared Subscription Available = 0 a shared subscription is not sent: ready rejects with the reason; a plain one is still sent', async () => {
    // No broker offers this (mosquitto always has shared subscriptions): the
    // connection's own connect handler is given such a CONNACK, as mqtt.js
    // would after connecting. Port 1: nothing listens, nothing is sent.
    const conn = new connection.MqttConnection({ host: '127.0.0.1', port: 1, clientId: 'no-shared', onError: () => undefined });
    try {
      conn.client.emit('connect', { cmd: 'connack', returnCode: 0, properties: { sharedSubscriptionAvailable: false } });
      const subscribed = [];
      const original = conn.client.subscribeAsync.bind(conn.client);
      conn.client.subscribeAsync = (/** @type {string} */ filter, /** @type {any} */ options) => {
        subscribed.push(filter);
        return original(filter, options);
      };
      const shared = conn.subscribe('$share/g/a/b', () => undefined);
      const error = await shared.ready.then(() => undefined, (/** @type {Error} */ e) => e);
      expect(error).to.be.instanceOf(Error);
      expect(error.message).to.contain('the broker has no shared subscriptions (its CONNACK says Shared Subscription Available = 0)');
      expect(error.message).to.contain('a server with shareGroup needs an MQTT v5 broker with shared subscriptions');
      const plain = conn.subscribe('a/b', () => undefined);
      plain.ready.catch(() => undefined);
      await new Promise((resolve) => setImmediate(resolve));
      expect(subscribed).to.deep.equal(['a/b']);
    } finally {
      await conn.close();
    }
  });

  it('a refused shared subscription says the broker lacks shared subscriptions and what to do; other refusals name their reason', () => {
    const unsupported = connection.subscriptionRefusal('$share/g/a/b', connection.SHARED_SUBSCRIPTIONS_NOT_SUPPORTED);
    expect(unsupported).to.equal(
      "broker refused the subscription to \"$share/g/a/b\": reason 0x9E Shared Subscriptions not supported; a server with shareGroup needs an MQTT v5 broker with shared subscriptions (or run it without shareGroup, as the only server of its instance)",
    );
    const connack = connection.subscriptionRefusal('$share/g/a/b', connection.SHARED_SUBSCRIPTIONS_NOT_SUPPORTED, 'its CONNACK says Shared Subscription Available = 0');
    expect(connack).to.match(/^cannot subscribe to "\$share\/g\/a\/b": the broker has no shared subscriptions \(its CONNACK says Shared Subscription Available = 0\); a server with shareGroup needs/);
    expect(connection.subscriptionRefusal('a/b', 0x87)).to.equal('broker refused the subscription to "a/b": reason 0x87 Not authorized: the broker\'s ACL does not let this user read the topic');
    expect(connection.subscriptionRefusal('a/b', 0xf0)).to.equal('broker refused the subscription to "a/b": reason 0xF0 refused');
  });
});
