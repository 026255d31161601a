// @ts-check
'use strict';

// The generated code against the protocol itself: a raw mqtt.js client (no
// generated code) watches requests and replies on the wire, calls the
// generated server (also with malformed requests), and plays the server for
// a generated client.

const { expect } = require('chai');
const { startKitchen, trimAbsent, LUNCH_FULL } = require('./kitchen-fixture');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { date, bytes, absent } = require('../support/codec');
const { expectWire, wire } = require('../support/wire');

const RAW_CALLER = 'raw-caller';

describe('e2e: Kitchen methods on the wire', function () {
  this.timeout(30000);
  /** @type {import('./kitchen-fixture').KitchenRig} */
  let rig;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let caller;
  let correlation = 0;

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    rig = await startKitchen({ clients: ['k1', 'k2', 'raw'] });
    caller = await connectRaw(rig.broker.url, { clientId: RAW_CALLER });
    await caller.subscribe(`client/${RAW_CALLER}/#`);
  });

  after(async function () {
    if (caller) await caller.end();
    if (rig) await rig.stop();
  });

  /**
   * Publishes a request as a foreign client would and waits for the reply.
   * @param {string} instance
   * @param {string} method   as written in the file
   * @param {string | object} payload  object -> JSON; string -> sent as is
   */
  async function rawCall(instance, method, payload) {
    correlation += 1;
    // Not valid UTF-8 on purpose: the server must echo bytes, not text.
    const correlationData = Buffer.from([0xff, 0x00, 0xfe, correlation, 0x80]);
    const responseTopic = `client/${RAW_CALLER}/Kitchen/method/${method}/response`;
    const since = caller.mark();
    await caller.publish(`Kitchen/${instance}/method/${method}/request`, typeof payload === 'string' ? payload : JSON.stringify(payload), {
      qos: 1,
      properties: { responseTopic, correlationData, messageExpiryInterval: 5, contentType: 'application/json' },
    });
    const reply = await caller.waitFor(
      (m) => m.topic === responseTopic && Buffer.isBuffer(m.properties?.correlationData) && m.properties.correlationData.equals(correlationData),
      `reply to ${method} #${correlation}`,
      since
    );
    expect(reply.qos, 'reply QoS').to.equal(1);
    expect(reply.retain, 'reply retain').to.equal(false);
    return { reply, props: userProperties(reply.properties) };
  }

  describe('requests and replies of a generated client and server', function () {
    it('carries the request with Response Topic, Correlation Data, Message Expiry Interval and QoS 1, and the reply echoes the correlation', async function () {
      const since = rig.raw.mark();
      const result = await rig.client.ok({ cmd: 'call', client: 0, method: 'addNumbers', args: [1, 2, absent], options: { timeoutMs: 2500 } });
      expect(result.result).to.equal(3);

      const request = await rig.raw.waitForTopic('Kitchen/k1/method/add_numbers/request', since);
      expectWire(request.json, { first: 1, second: 2, third: null });
      expect(request.qos).to.equal(1);
      expect(request.retain).to.equal(false);
      expect(request.properties?.responseTopic).to.equal(`client/${rig.clientId}/Kitchen/method/add_numbers/response`);
      expect(request.properties?.messageExpiryInterval, 'ceil(2500 ms) in seconds').to.equal(3);
      const correlationData = request.properties?.correlationData;
      expect(Buffer.isBuffer(correlationData) && correlationData.length > 0, 'correlation data present').to.equal(true);

      const response = await rig.raw.waitForTopic(`client/${rig.clientId}/Kitchen/method/add_numbers/response`, since);
      expect(response.properties?.correlationData?.equals(/** @type {Buffer} */ (correlationData)), 'correlation echoed').to.equal(true);
      expect(userProperties(response.properties)).to.include({ ReturnCode: '0' });
      expectWire(response.json, { sum: 3 });
      expect(response.qos).to.equal(1);
      expect(response.retain).to.equal(false);
    });

    it('uses the default timeout of 10 s as Message Expiry Interval', async function () {
      const since = rig.raw.mark();
      await rig.client.ok({ cmd: 'call', client: 0, method: 'whatTimeIsIt', args: [] });
      const request = await rig.raw.waitForTopic('Kitchen/k1/method/what_time_is_it/request', since);
      expect(request.properties?.messageExpiryInterval).to.equal(10);
      expectWire(request.json, {});
      const response = await rig.raw.waitForTopic(`client/${rig.clientId}/Kitchen/method/what_time_is_it/response`, since);
      expectWire(response.json, { timestamp: wire.datetime('2026-11-24T10:00:00.250Z') });
    });

    it('writes structs, durations, enums and absent optionals with the names as written', async function () {
      const since = rig.raw.mark();
      await rig.client.ok({ cmd: 'call', client: 0, method: 'orderLunch', args: [LUNCH_FULL.ts, 5400000] });
      const request = await rig.raw.waitForTopic('Kitchen/k1/method/order_lunch/request', since);
      expectWire(request.json, { lunch: LUNCH_FULL.wire, pickup_in: wire.duration(5400000) });
      const response = await rig.raw.waitForTopic(`client/${rig.clientId}/Kitchen/method/order_lunch/response`, since);
      expectWire(response.json, { order_number: 142, ready_at: wire.datetime('2026-01-02T04:34:05.678Z'), comment: 'receipt of 5 bytes' });
    });

    it('sends ReturnCode and DebugInfo user properties for handler errors and a missing handler', async function () {
      const cases = [
        { client: 0, method: 'addNumbers', args: [666, 0], wireName: 'add_numbers', expected: { ReturnCode: '1', DebugInfo: 'first must not be 666' } },
        { client: 0, method: 'addNumbers', args: [667, 0], wireName: 'add_numbers', expected: { ReturnCode: '2', DebugInfo: 'the oven exploded' } },
        { client: 1, method: 'reset', args: [], wireName: 'reset', expected: { ReturnCode: '14' } },
      ];
      for (const { client, method, args, wireName, expected } of cases) {
        const since = rig.raw.mark();
        const reply = await rig.client.send({ cmd: 'call', client, method, args });
        expect(reply.ok).to.equal(false);
        const response = await rig.raw.waitForTopic(`client/${rig.clientId}/Kitchen/method/${wireName}/response`, since);
        expect(userProperties(response.properties), `${method}(${args})`).to.include(expected);
      }
    });
  });

  describe('a raw client calling the generated server', function () {
    it('add_numbers: reply JSON, ReturnCode 0, correlation data echoed byte for byte', async function () {
      const since = rig.server.mark();
      const { reply, props } = await rawCall('k1', 'add_numbers', { first: 4, second: 5, third: null });
      expect(props).to.include({ ReturnCode: '0' });
      expectWire(reply.json, { sum: 9 });
      const call = await rig.server.waitFor((l) => l.event === 'call' && l.args[0] === 4, 'handler call', { since });
      expect(call.args).to.deep.equal([4, 5, absent]);
    });

    it('order_lunch: wire types become Date, milliseconds, Uint8Array and undefined for the handler', async function () {
      const since = rig.server.mark();
      const lunch = {
        drink: false,
        sandwich: 'tofu',
        crackers: 0,
        day: 7,
        order_number: 42,
        time_of_lunch: '2026-01-02T03:04:05.678Z',
        duration_of_lunch: 'PT0.25S',
        receipt: Buffer.from([0, 255, 1, 128, 10]).toString('base64'),
      };
      const { reply, props } = await rawCall('k1', 'order_lunch', { lunch, pickup_in: 'PT1H30M' });
      expect(props).to.include({ ReturnCode: '0' });
      expectWire(reply.json, { order_number: 142, ready_at: wire.datetime('2026-01-02T04:34:05.678Z'), comment: 'receipt of 5 bytes' });
      const call = await rig.server.waitFor((l) => l.event === 'call' && l.method === 'orderLunch', 'handler call', { since });
      expect(call.args).to.deep.equal([LUNCH_FULL.ts, 5400000]);

      const withNulls = { ...lunch, order_number: null, receipt: null };
      const second = await rawCall('k1', 'order_lunch', { lunch: withNulls, pickup_in: 'PT0S' });
      expectWire(second.reply.json, { order_number: 100, ready_at: wire.datetime('2026-01-02T03:04:05.678Z'), comment: null });
      const secondCall = await rig.server.waitFor((l) => l.event === 'call' && l.method === 'orderLunch' && l.args[1] === 0, 'second handler call', { since });
      const { orderNumber, receipt, ...rest } = LUNCH_FULL.ts;
      expect(secondCall.args).to.deep.equal([rest, 0]);
    });

    it('parses ISO 8601 durations with days, fractions and a sign', async function () {
      const since = rig.server.mark();
      const lunch = { drink: true, sandwich: 's', crackers: 1, day: 1, order_number: null, time_of_lunch: '2026-01-01T00:00:00Z', duration_of_lunch: 'P1DT1H1M1.5S', receipt: null };
      const { props } = await rawCall('k1', 'order_lunch', { lunch, pickup_in: '-PT1S' });
      expect(props).to.include({ ReturnCode: '0' });
      const call = await rig.server.waitFor((l) => l.event === 'call' && l.method === 'orderLunch' && l.args[1] === -1000, 'handler call', { since });
      expect(call.args[0].durationOfLunch).to.equal(90061500);
      expect(call.args[0].timeOfLunch).to.deep.equal(date('2026-01-01T00:00:00.000Z'));
    });

    it('reads weeks in durations and datetimes with a zone offset as the same instant', async function () {
      const since = rig.server.mark();
      const lunch = { drink: true, sandwich: 's', crackers: 1, day: 1, order_number: null, time_of_lunch: '2026-01-01T02:30:00+02:00', duration_of_lunch: 'P1W', receipt: null };
      const { props } = await rawCall('k1', 'order_lunch', { lunch, pickup_in: 'PT0.001S' });
      expect(props).to.include({ ReturnCode: '0' });
      const call = await rig.server.waitFor((l) => l.event === 'call' && l.method === 'orderLunch' && l.args[1] === 1, 'handler call', { since });
      expect(call.args[0].durationOfLunch).to.equal(7 * 24 * 3600 * 1000);
      expect(call.args[0].timeOfLunch).to.deep.equal(date('2026-01-01T00:30:00.000Z'));
    });

    it('reads a missing key of an optional argument as absent', async function () {
      const since = rig.server.mark();
      const { reply, props } = await rawCall('k1', 'add_numbers', { first: 31, second: 11 });
      expect(props).to.include({ ReturnCode: '0' });
      expectWire(reply.json, { sum: 42 });
      const call = await rig.server.waitFor((l) => l.event === 'call' && l.args[0] === 31, 'handler call', { since });
      expect(trimAbsent(call.args)).to.deep.equal([31, 11]);
    });

    it('ignores a request without Response Topic and keeps serving', async function () {
      // A fresh observer of everything, so nothing from earlier tests is in its list.
      const watcher = await connectRaw(rig.broker.url);
      try {
        await watcher.subscribe('#');
        const since = rig.server.mark();
        await caller.publish('Kitchen/k1/method/add_numbers/request', JSON.stringify({ first: 500, second: 1, third: null }), { qos: 1 });
        const { reply } = await rawCall('k1', 'add_numbers', { first: 501, second: 1, third: null });
        expectWire(reply.json, { sum: 502 });
        await rig.server.waitFor((l) => l.event === 'call' && l.args[0] === 501, 'the good call', { since });
        // The server answers in order, so once the watcher has the good reply it has seen any other.
        await watcher.waitFor((m) => m.json && m.json.sum === 502, 'the good reply');
        const sent = watcher.messages.filter((m) => !m.retain && m.topic !== 'Kitchen/k1/method/add_numbers/request');
        expect(sent.map((m) => [m.topic, m.json]), 'messages other than the two requests').to.deep.equal([
          [`client/${RAW_CALLER}/Kitchen/method/add_numbers/response`, { sum: 502 }],
        ]);
        const calls = rig.server.lines.slice(since).filter((l) => l.event === 'call');
        expect(calls.map((l) => l.args[0]), 'handler calls').to.deep.equal([501]);
        expect(rig.server.exited).to.equal(null);
      } finally {
        await watcher.end();
      }
    });

    it('what_time_is_it and reset: empty request objects; reset answers an empty object', async function () {
      const time = await rawCall('k1', 'what_time_is_it', {});
      expect(time.props).to.include({ ReturnCode: '0' });
      expectWire(time.reply.json, { timestamp: wire.datetime('2026-11-24T10:00:00.250Z') });
      const reset = await rawCall('k1', 'reset', {});
      expect(reset.props).to.include({ ReturnCode: '0' });
      expectWire(reset.reply.json, {});
    });

    it('fill_tray and echo_bytes: arrays of structs and enums, base64 both ways', async function () {
      const tray = { label: 'raw', lunches: [{ drink: true, sandwich: 'a', crackers: 1.5, day: 3, order_number: null, time_of_lunch: '2026-05-06T07:08:09.000Z', duration_of_lunch: 'PT2M', receipt: null }], days: [2] };
      const filled = await rawCall('k1', 'fill_tray', { tray, extra_days: [3, 4] });
      expect(filled.props).to.include({ ReturnCode: '0' });
      expectWire(filled.reply.json, {
        tray: {
          label: 'raw!',
          lunches: [{ drink: true, sandwich: 'a', crackers: 1.5, day: 3, order_number: null, time_of_lunch: wire.datetime('2026-05-06T07:08:09.000Z'), duration_of_lunch: wire.duration(120000), receipt: null }],
          days: [2, 3, 4],
        },
      });
      const echoed = await rawCall('k1', 'echo_bytes', { data: Buffer.from([1, 2, 250]).toString('base64') });
      expectWire(echoed.reply.json, { reversed: wire.base64([250, 2, 1]) });
    });

    it('a method without handler answers 14 and echoes the correlation', async function () {
      const { props } = await rawCall('k2', 'add_numbers', { first: 1, second: 2, third: null });
      expect(props).to.include({ ReturnCode: '14' });
    });

    const malformed = [
      { what: 'text that is not JSON', method: 'add_numbers', payload: '{"first": 1, "second":', field: null },
      { what: 'a string for an integer', method: 'add_numbers', payload: { first: 'one', second: 2, third: null }, field: 'first' },
      { what: 'a missing argument', method: 'add_numbers', payload: { first: 1, third: null }, field: 'second' },
      { what: 'a float for an integer', method: 'add_numbers', payload: { first: 1, second: 2.5, third: null }, field: 'second' },
      { what: 'a bad datetime inside a struct', method: 'order_lunch', payload: { lunch: { drink: true, sandwich: 's', crackers: 1, day: 1, order_number: null, time_of_lunch: 'yesterday', duration_of_lunch: 'PT1S', receipt: null }, pickup_in: 'PT1S' }, field: 'time_of_lunch' },
      { what: 'a duration with years', method: 'order_lunch', payload: { lunch: { drink: true, sandwich: 's', crackers: 1, day: 1, order_number: null, time_of_lunch: '2026-01-01T00:00:00Z', duration_of_lunch: 'PT1S', receipt: null }, pickup_in: 'P1Y' }, field: 'pickup_in' },
      { what: 'strings in an array of enums', method: 'fill_tray', payload: { tray: { label: 'x', lunches: [], days: [] }, extra_days: ['monday'] }, field: 'extra_days' },
      { what: 'a number for binary', method: 'echo_bytes', payload: { data: 12 }, field: 'data' },
      { what: 'a JSON array instead of an object', method: 'add_numbers', payload: '[1, 2, null]', field: null },
      { what: 'null for a required argument', method: 'add_numbers', payload: { first: null, second: 2, third: null }, field: 'first' },
      { what: 'an enum number that is not a member', method: 'order_lunch', payload: { lunch: { drink: true, sandwich: 's', crackers: 1, day: 99, order_number: null, time_of_lunch: '2026-01-01T00:00:00Z', duration_of_lunch: 'PT1S', receipt: null }, pickup_in: 'PT1S' }, field: 'day' },
      { what: 'a bad member deep in an array of structs', method: 'fill_tray', payload: { tray: { label: 'x', lunches: [{ drink: 'yes', sandwich: 's', crackers: 1, day: 1, order_number: null, time_of_lunch: '2026-01-01T00:00:00Z', duration_of_lunch: 'PT1S', receipt: null }], days: [] }, extra_days: [] }, field: 'drink' },
      { what: 'text that is not base64', method: 'echo_bytes', payload: { data: 'not base64!' }, field: 'data' },
    ];
    for (const { what, method, payload, field } of malformed) {
      it(`answers 8 (Server Deserialization Error) to ${what}${field ? `, naming '${field}'` : ''}`, async function () {
        const since = rig.server.mark();
        const { props } = await rawCall('k1', method, payload);
        expect(props.ReturnCode, 'ReturnCode').to.equal('8');
        expect(props.DebugInfo, 'DebugInfo').to.be.a('string').that.is.not.empty;
        if (field) expect(props.DebugInfo, 'DebugInfo names the field').to.include(field);
        // The server lives on and the handler never saw the bad request.
        const ok = await rawCall('k1', 'add_numbers', { first: 70, second: 7, third: null });
        expectWire(ok.reply.json, { sum: 77 });
        // The good call's line comes after any line the bad request could have caused.
        await rig.server.waitFor((l) => l.event === 'call' && l.args[0] === 70, 'the good call', { since });
        const calls = rig.server.lines.slice(since).filter((l) => l.event === 'call');
        expect(calls.map((l) => l.args), 'handler calls').to.deep.equal([[70, 7, absent]]);
        expect(rig.server.exited).to.equal(null);
      });
    }
  });

  describe('a raw server answering the generated client', function () {
    /** @type {import('../support/raw-mqtt').RawClient} */
    let server;

    before(async function () {
      server = await connectRaw(rig.broker.url, { clientId: 'raw-server' });
      await server.subscribe('Kitchen/raw/method/+/request');
    });

    after(async function () {
      if (server) await server.end();
    });

    /**
     * Starts a call on the generated client (client 2 serves instance 'raw')
     * and returns the request as the raw server received it.
     * @param {string} method TS name
     * @param {unknown[]} args
     * @param {string} wireName
     * @param {Record<string, unknown>} [options]
     */
    async function startCall(method, args, wireName, options) {
      const since = server.mark();
      const pending = rig.client.send({ cmd: 'call', client: 2, method, args, options });
      const request = await server.waitForTopic(`Kitchen/raw/method/${wireName}/request`, since);
      const responseTopic = request.properties?.responseTopic;
      expect(responseTopic).to.equal(`client/${rig.clientId}/Kitchen/method/${wireName}/response`);
      const correlationData = /** @type {Buffer} */ (request.properties?.correlationData);
      expect(Buffer.isBuffer(correlationData), 'correlation data').to.equal(true);
      /**
       * @param {unknown} payload
       * @param {Record<string, string>} user
       * @param {Buffer} [correlation]
       */
      const answer = (payload, user, correlation = correlationData) =>
        server.publish(/** @type {string} */ (responseTopic), typeof payload === 'string' ? payload : JSON.stringify(payload), {
          qos: 1,
          properties: { correlationData: correlation, userProperties: user },
        });
      return { request, pending, answer };
    }

    it('add_numbers: ignores a reply with foreign correlation data, resolves with the matching one', async function () {
      const { request, pending, answer } = await startCall('addNumbers', [5, 6, 7], 'add_numbers', { timeoutMs: 1500 });
      expectWire(request.json, { first: 5, second: 6, third: 7 });
      expect(request.properties?.messageExpiryInterval).to.equal(2);
      await answer({ sum: -1 }, { ReturnCode: '0' }, Buffer.from('not-yours'));
      await answer({ sum: 18 }, { ReturnCode: '0' });
      const reply = await pending;
      expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
      expect(reply.result).to.equal(18);
    });

    it('order_lunch: decodes wire values, null as undefined, and a datetime without milliseconds', async function () {
      const { request, pending, answer } = await startCall('orderLunch', [LUNCH_FULL.ts, 60000], 'order_lunch');
      expectWire(request.json, { lunch: LUNCH_FULL.wire, pickup_in: wire.duration(60000) });
      await answer({ order_number: 5, ready_at: '2026-11-24T10:00:00Z', comment: null }, { ReturnCode: '0' });
      const reply = await pending;
      expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
      expect(reply.result).to.deep.equal({ orderNumber: 5, readyAt: date('2026-11-24T10:00:00.000Z') });
    });

    it('fill_tray: decodes an array of structs with durations and binaries', async function () {
      const { pending, answer } = await startCall('fillTray', [{ label: 'q', lunches: [], days: [] }, []], 'fill_tray');
      const lunch = { drink: true, sandwich: 'b', crackers: 0.5, day: 6, order_number: 3, time_of_lunch: '2026-02-03T04:05:06.007Z', duration_of_lunch: 'PT1H30M', receipt: 'AQID' };
      await answer({ tray: { label: 'from raw', lunches: [lunch], days: [1, 7] } }, { ReturnCode: '0' });
      const reply = await pending;
      expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
      expect(reply.result).to.deep.equal({
        label: 'from raw',
        lunches: [{ drink: true, sandwich: 'b', crackers: 0.5, day: 6, orderNumber: 3, timeOfLunch: date('2026-02-03T04:05:06.007Z'), durationOfLunch: 5400000, receipt: bytes([1, 2, 3]) }],
        days: [1, 7],
      });
    });

    it('reset: an empty reply object resolves to undefined', async function () {
      const { request, pending, answer } = await startCall('reset', [], 'reset');
      expectWire(request.json, {});
      await answer({}, { ReturnCode: '0' });
      const reply = await pending;
      expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
      expect(reply.result).to.deep.equal(absent);
    });

    it('rejects with MethodError carrying the ReturnCode and DebugInfo of an error reply', async function () {
      const { pending, answer } = await startCall('echoBytes', [bytes([1])], 'echo_bytes');
      await answer({}, { ReturnCode: '12', DebugInfo: 'out of sync' });
      const reply = await pending;
      expect(reply.ok).to.equal(false);
      expect(reply.error).to.include({ className: 'MethodError', returnCode: 12, debugInfo: 'out of sync' });
    });

    it('rejects, without crashing, when a success reply has a malformed payload', async function () {
      const { pending, answer } = await startCall('addNumbers', [1, 1], 'add_numbers');
      await answer({ sum: 'two' }, { ReturnCode: '0' });
      const reply = await pending;
      expect(reply.ok, 'call rejected').to.equal(false);
      expect(reply.error.className).to.equal('MethodError');
      expect(reply.error.returnCode, 'a non-success ReturnCode').to.be.a('number').above(0);
      expect(rig.client.exited).to.equal(null);
    });

    it('times out when the raw server never answers', async function () {
      const { pending } = await startCall('addNumbers', [1, 2, absent], 'add_numbers', { timeoutMs: 300 });
      const reply = await pending;
      expect(reply.ok).to.equal(false);
      expect(reply.error).to.include({ className: 'MethodError', returnCode: 11 });
    });
  });
});
