// @ts-check
'use strict';
// Unit tests of the shared runtime every generated package contains
// (runtime/protocol.ts, runtime/connection.ts): wire conversions, decode
// errors that name the field, and the pending-call table. The runtime is
// compiled with tsc into a temp dir first, exactly as a generated package
// compiles it.

const { expect } = require('chai');
const { compiledRuntime } = require('./support/compiled-runtime');

/** @type {any} */
let protocol;
/** @type {any} */
let connection;

describe('template runtime (runtime/*.ts compiled)', function () {
  before(function () {
    ({ protocol, connection } = compiledRuntime());
  });

  /**
   * The DecodeError a call throws.
   * @param {() => unknown} call
   */
  function decodeErrorOf(call) {
    try {
      call();
    } catch (error) {
      expect(error).to.be.instanceOf(protocol.DecodeError);
      return /** @type {any} */ (error);
    }
    throw new Error('expected a DecodeError, nothing was thrown');
  }

  describe('runtime: durations', function () {
    const cases = [
      ['PT1H30M', 5_400_000],
      ['PT0.25S', 250],
      ['PT0S', 0],
      ['P1DT1H1M1.5S', 90_061_500],
      ['-PT1S', -1000],
      ['P2W', 14 * 86_400_000],
      ['PT0,5S', 500],
    ];
    for (const [text, ms] of cases) {
      it(`reads ${text} as ${ms} ms`, function () {
        expect(protocol.decodeDuration(text, 'd')).to.equal(ms);
      });
    }

    for (const text of ['P1Y', 'P1M', 'P1Y2M', 'PT', 'P', '1H', 'PT1.S', 'P1H', '']) {
      it(`refuses ${JSON.stringify(text)}, naming the field`, function () {
        const error = decodeErrorOf(() => protocol.decodeDuration(text, 'lunch.duration_of_lunch'));
        expect(error.field).to.equal('lunch.duration_of_lunch');
        expect(error.message).to.contain("'lunch.duration_of_lunch'");
      });
    }

    const written = [
      [5_400_000, 'PT1H30M'],
      [250, 'PT0.25S'],
      [0, 'PT0S'],
      [86_400_000, 'P1D'],
      [90_061_500, 'P1DT1H1M1.5S'],
      [-1000, '-PT1S'],
      [1, 'PT0.001S'],
      [0.5, 'PT0.0005S'],
      [3_599_999, 'PT59M59.999S'],
    ];
    for (const [ms, text] of written) {
      it(`writes ${ms} ms as ${text} and reads it back`, function () {
        expect(protocol.encodeDuration(ms)).to.equal(text);
        expect(protocol.decodeDuration(protocol.encodeDuration(ms), 'd')).to.equal(ms);
      });
    }

    it('refuses to write a duration that is not a finite number', function () {
      expect(() => protocol.encodeDuration(Number.NaN)).to.throw(RangeError);
    });
  });

  describe('runtime: datetimes, binary, scalars', function () {
    it('reads ISO 8601 with Z, with an offset, with microseconds and without a zone (as UTC)', function () {
      expect(protocol.decodeDateTime('2026-11-24T10:00:00.000Z', 't').toISOString()).to.equal('2026-11-24T10:00:00.000Z');
      expect(protocol.decodeDateTime('2026-11-24T12:00:00+02:00', 't').toISOString()).to.equal('2026-11-24T10:00:00.000Z');
      expect(protocol.decodeDateTime('2026-11-24T10:00:00.123456+00:00', 't').toISOString()).to.equal('2026-11-24T10:00:00.123Z');
      expect(protocol.decodeDateTime('2026-11-24T10:00:00', 't').toISOString()).to.equal('2026-11-24T10:00:00.000Z');
    expect(protocol.decodeDateTime('2026-11-24 10:00:00+00:00', 't').toISOString()).to.equal('2026-11-24T10:00:00.000Z');
    });

    it('writes dates as UTC text with milliseconds', function () {
      expect(protocol.encodeDateTime(new Date(Date.UTC(2026, 10, 24, 10)))).to.equal('2026-11-24T10:00:00.000Z');
    });

    for (const bad of ['yesterday', '2026-13-45T99:00:00Z', '2026-11-24', 17]) {
      it(`refuses ${JSON.stringify(bad)} as a datetime`, function () {
        expect(decodeErrorOf(() => protocol.decodeDateTime(bad, 'served_at')).field).to.equal('served_at');
      });
    }

    it('converts binary to base64 and back, refusing text that is not base64', function () {
      const bytes = Uint8Array.from([0, 1, 250, 255]);
      const text = protocol.encodeBinary(bytes);
      expect(text).to.equal('AAH6/w==');
      const back = protocol.decodeBinary(text, 'b');
      expect(back).to.be.instanceOf(Uint8Array);
      expect(Array.from(back)).to.deep.equal([0, 1, 250, 255]);
      expect(decodeErrorOf(() => protocol.decodeBinary('not base64!', 'image')).field).to.equal('image');
      expect(decodeErrorOf(() => protocol.decodeBinary(12, 'image')).message).to.contain('must be a string');
    });

    it('checks integers, floats, strings and booleans', function () {
      expect(protocol.decodeInteger(3, 'i')).to.equal(3);
      expect(decodeErrorOf(() => protocol.decodeInteger(2.5, 'second')).message).to.equal("field 'second' must be an integer, got 2.5");
      expect(decodeErrorOf(() => protocol.decodeInteger(undefined, 'second')).message).to.equal("field 'second' is missing");
      expect(protocol.decodeFloat(2.5, 'f')).to.equal(2.5);
      expect(decodeErrorOf(() => protocol.decodeFloat('2.5', 'f')).message).to.contain('must be a number, got "2.5"');
      expect(decodeErrorOf(() => protocol.decodeString(null, 's')).message).to.contain('got null');
      expect(decodeErrorOf(() => protocol.decodeBoolean(1, 'b')).message).to.contain('must be a boolean');
    });

    it('reads null and a missing key as an absent optional value', function () {
      expect(protocol.decodeOptional(null, 'o', protocol.decodeInteger)).to.equal(undefined);
      expect(protocol.decodeOptional(undefined, 'o', protocol.decodeInteger)).to.equal(undefined);
      expect(protocol.decodeOptional(4, 'o', protocol.decodeInteger)).to.equal(4);
      expect(protocol.encodeOptional(undefined, protocol.encodeBinary)).to.equal(null);
    });

    it('names the array element that is wrong', function () {
      expect(protocol.decodeArray([1, 2], 'days', protocol.decodeInteger)).to.deep.equal([1, 2]);
      expect(decodeErrorOf(() => protocol.decodeArray([1, 'x'], 'tray.days', protocol.decodeInteger)).field).to.equal('tray.days[1]');
      expect(decodeErrorOf(() => protocol.decodeArray({}, 'days', protocol.decodeInteger)).message).to.contain('must be an array');
    });

    it('accepts only the members of an enum', function () {
      expect(protocol.decodeEnum(10, 'state', 'OvenState', [0, 10, 11])).to.equal(10);
      expect(decodeErrorOf(() => protocol.decodeEnum(5, 'state', 'OvenState', [0, 10, 11])).message).to.equal(
        "field 'state' is 5, which is not a OvenState value"
      );
    });

    it('parses payloads as JSON objects only', function () {
      expect(protocol.parsePayload(Buffer.from('{"a":1}'))).to.deep.equal({ a: 1 });
      expect(decodeErrorOf(() => protocol.parsePayload(Buffer.from('{"a":'))).message).to.match(/^payload is not valid JSON/);
      expect(decodeErrorOf(() => protocol.parsePayload(Buffer.from('[1]'))).message).to.equal('payload must be an object, got an array');
    });
  });

  describe('runtime: topic levels', function () {
    it('accepts an instance id that is one topic level and refuses the others', function () {
      expect(protocol.topicLevel('kitchen-1', 'instanceId')).to.equal('kitchen-1');
      for (const bad of ['', 'a/b', 'k+', '#']) {
        expect(() => protocol.topicLevel(bad, 'instanceId')).to.throw(RangeError, 'instanceId');
      }
    });

    it('refuses a client id that is not one topic level', function () {
      expect(() => new connection.MqttConnection({ host: '127.0.0.1', port: 1, clientId: 'a/b' })).to.throw(RangeError, 'clientId');
    });
  });

  describe('runtime: MethodError', function () {
    it('carries the return code and debug info', function () {
      const error = new protocol.MethodError(protocol.ReturnCode.ClientError, 'no lunch today');
      expect(error).to.be.instanceOf(Error);
      expect(error.returnCode).to.equal(1);
      expect(error.debugInfo).to.equal('no lunch today');
      expect(error.message).to.equal('ClientError: no lunch today');
      expect(protocol.ReturnCode.ServiceUnavailable).to.equal(15);
      expect(protocol.ReturnCode.ServerDeserializationError).to.equal(8);
    });
  });

  describe('runtime: pending calls', function () {
    /**
     * A connection stand-in that records publishes; `publish` resolves at once.
     */
    function fakeConnection() {
      /** @type {Array<{ topic: string, payload: string, options: any }>} */
      const published = [];
      return {
        published,
        async publish(/** @type {string} */ topic, /** @type {string} */ payload, /** @type {any} */ options) {
          published.push({ topic, payload, options });
        },
      };
    }
    const topics = { request: 'I/k1/method/m/request', response: 'client/c1/I/method/m/response' };

    /**
     * Runs `body` while recording the timers it starts and the ones it clears,
     * to show that a finished call leaves no timer behind.
     * @param {() => Promise<void>} body
     */
    async function trackingTimers(body) {
      const started = new Set();
      const cleared = new Set();
      const { setTimeout: realSet, clearTimeout: realClear } = global;
      // @ts-ignore: a recording wrapper with the same behaviour
      global.setTimeout = (/** @type {any[]} */ ...args) => {
        const handle = realSet(...args);
        started.add(handle);
        return handle;
      };
      // @ts-ignore
      global.clearTimeout = (/** @type {any} */ handle) => {
        cleared.add(handle);
        realClear(handle);
      };
      try {
        await body();
      } finally {
        global.setTimeout = realSet;
        global.clearTimeout = realClear;
      }
      return { started, cleared };
    }

    it('publishes the request with response topic, correlation data and expiry, and resolves with the reply', async function () {
      const conn = fakeConnection();
      const calls = new protocol.PendingCalls(conn);
      const result = calls.call(topics, { first: 1 }, (/** @type {any} */ p) => p.sum, { timeoutMs: 2500 });
      await Promise.resolve();
      const [request] = conn.published;
      expect(request.topic).to.equal(topics.request);
      expect(JSON.parse(request.payload)).to.deep.equal({ first: 1 });
      expect(request.options.responseTopic).to.equal(topics.response);
      expect(request.options.messageExpiryInterval).to.equal(3);
      expect(calls.size).to.equal(1);
      calls.settle({ topic: topics.response, payload: Buffer.from('{"sum":3}'), correlationData: request.options.correlationData, userProperties: { ReturnCode: '0' } });
      expect(await result).to.equal(3);
      expect(calls.size).to.equal(0);
    });

    it('rejects with the MethodError of a non-zero ReturnCode', async function () {
      const conn = fakeConnection();
      const calls = new protocol.PendingCalls(conn);
      const result = calls.call(topics, {}, () => 'unused');
      await Promise.resolve();
      const correlationData = conn.published[0].options.correlationData;
      calls.settle({ topic: topics.response, payload: Buffer.from('{}'), correlationData, userProperties: { ReturnCode: '14', DebugInfo: 'no handler' } });
      const error = await result.then(() => null, (e) => e);
      expect(error).to.be.instanceOf(protocol.MethodError);
      expect(error.returnCode).to.equal(14);
      expect(error.debugInfo).to.equal('no handler');
    });

    it('times out with ReturnCode.Timeout, leaving no entry and no timer; a late reply is dropped', async function () {
      const conn = fakeConnection();
      const calls = new protocol.PendingCalls(conn);
      /** @type {any} */
      let error;
      const timers = await trackingTimers(async () => {
        error = await calls.call(topics, {}, () => 'unused', { timeoutMs: 20 }).then(() => null, (e) => e);
      });
      expect(error.returnCode).to.equal(protocol.ReturnCode.Timeout);
      expect(calls.size).to.equal(0);
      expect(timers.started.size).to.equal(1);
      expect([...timers.started].every((handle) => timers.cleared.has(handle))).to.equal(true);
      const correlationData = conn.published[0].options.correlationData;
      expect(() => calls.settle({ topic: topics.response, payload: Buffer.from('{}'), correlationData, userProperties: { ReturnCode: '0' } })).to.not.throw();
    });

    it('rejects with signal.reason when aborted, before or during the call, leaving nothing behind', async function () {
      const conn = fakeConnection();
      const calls = new protocol.PendingCalls(conn);
      const reason = new Error('user gave up');
      const already = new AbortController();
      already.abort(reason);
      expect(await calls.call(topics, {}, () => 1, { signal: already.signal }).then(() => null, (/** @type {unknown} */ e) => e)).to.equal(reason);
      expect(conn.published).to.have.length(0);
      const later = new AbortController();
      /** @type {unknown} */
      let error;
      const timers = await trackingTimers(async () => {
        const result = calls.call(topics, {}, () => 1, { signal: later.signal });
        later.abort(reason);
        error = await result.then(() => null, (e) => e);
      });
      expect(error).to.equal(reason);
      expect(calls.size).to.equal(0);
      expect(timers.started.size).to.equal(1);
      expect([...timers.started].every((handle) => timers.cleared.has(handle))).to.equal(true);
    });

    it('turns a reply payload that does not decode into a Client Deserialization Error', async function () {
      const conn = fakeConnection();
      const calls = new protocol.PendingCalls(conn);
      const result = calls.call(topics, {}, (/** @type {any} */ p) => protocol.decodeInteger(p.sum, 'sum'));
      await Promise.resolve();
      const correlationData = conn.published[0].options.correlationData;
      calls.settle({ topic: topics.response, payload: Buffer.from('{"sum":"x"}'), correlationData, userProperties: { ReturnCode: '0' } });
      const error = await result.then(() => null, (e) => e);
      expect(error.returnCode).to.equal(protocol.ReturnCode.ClientDeserializationError);
      expect(error.debugInfo).to.contain("'sum'");
    });
  });

  describe('runtime: topic filters', function () {
    const cases = [
      ['a/+/c', 'a/b/c', true],
      ['a/+/c', 'a/b/d', false],
      ['a/#', 'a/b/c', true],
      ['a/#', 'a', true],
      ['a/b', 'a/b/c', false],
      ['client/c1/I/method/m/response', 'client/c1/I/method/m/response', true],
      ['+/+', 'a', false],
    ];
    for (const [filter, topic, matches] of cases) {
      it(`'${filter}' ${matches ? 'matches' : 'does not match'} '${topic}'`, function () {
        expect(connection.topicMatches(filter, topic)).to.equal(matches);
      });
    }
  });
});

describe('runtime: TopicTemplate (runtime/topicTemplate.ts)', function () {
  /** @type {any} */
  let TopicTemplate;
  before(function () {
    ({ TopicTemplate } = compiledRuntime().topicTemplate);
  });

  it('fills, filters and matches an address whose parameters are whole levels', function () {
    const template = new TopicTemplate('site/{prefix}/Example/{service_id}/signal/foo');
    expect(template.parameters).to.deep.equal(['prefix', 'service_id']);
    expect(template.fill({ prefix: 'home', service_id: 'k1' })).to.equal('site/home/Example/k1/signal/foo');
    expect(template.filter({ prefix: 'home' })).to.equal('site/home/Example/+/signal/foo');
    expect(template.match('site/home/Example/k1/signal/foo')).to.deep.equal({ prefix: 'home', service_id: 'k1' });
    expect(template.match('site/home/Example/k1/signal/bar')).to.equal(undefined);
    expect(template.match('site/home/Example/k1/signal/foo/x')).to.equal(undefined);
    expect(template.match('site/home/Example//signal/foo')).to.equal(undefined);
  });

  it('refuses a value that is not one topic level, and a missing value, naming the parameter', function () {
    const template = new TopicTemplate('client/{client_id}/online');
    for (const bad of ['', 'a/b', '+', 'a#']) {
      expect(() => template.fill({ client_id: bad })).to.throw(RangeError, '{client_id}');
    }
    expect(() => template.fill({})).to.throw(RangeError, 'no value for {client_id}');
  });

  it('refuses an address with a parameter inside a level or a wildcard', function () {
    expect(() => new TopicTemplate('a/x-{id}/b')).to.throw(RangeError, 'whole topic level');
    expect(() => new TopicTemplate('a/+/b')).to.throw(RangeError, 'whole topic level');
  });
});
