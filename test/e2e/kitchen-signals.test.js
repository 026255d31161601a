// @ts-check
'use strict';

// Signals of the full example (interface Kitchen) between a generated server
// process and a generated client process, with a raw mqtt.js observer
// checking every message on the wire against the protocol.

const { expect } = require('chai');
const { startKitchen, trimAbsent, LUNCH_PLAIN, LUNCH_FULL, OVEN } = require('./kitchen-fixture');
const { date, bytes, absent } = require('../support/codec');
const { expectWire, wire } = require('../support/wire');

describe('e2e: Kitchen signals', function () {
  this.timeout(30000);
  /** @type {import('./kitchen-fixture').KitchenRig} */
  let rig;

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    // Client 3 keeps the default onError (a console.warn line).
    rig = await startKitchen({ clients: ['k1', 'k1', 'k2', { instanceId: 'k1', onError: false }] });
    const subscriptions = [
      { client: 0, method: 'receiveTemperatureChanged', sub: 'c0-temp' },
      { client: 0, method: 'receiveTemperatureChanged', sub: 'c0-temp-b' },
      { client: 0, method: 'receiveReady', sub: 'c0-ready' },
      { client: 0, method: 'receiveLunchServed', sub: 'c0-lunch' },
      { client: 0, method: 'receivePhotoTaken', sub: 'c0-photo' },
      { client: 1, method: 'receiveTemperatureChanged', sub: 'c1-temp' },
      { client: 2, method: 'receiveTemperatureChanged', sub: 'c2-temp' },
      { client: 3, method: 'receiveTemperatureChanged', sub: 'c3-temp' },
    ];
    for (const subscription of subscriptions) await rig.client.ok({ cmd: 'subscribe', ...subscription });
  });

  after(async function () {
    if (rig) await rig.stop();
  });

  /**
   * @param {string} sub
   * @param {(args: any[]) => boolean} [match]
   * @param {number} [since]
   */
  function signalFor(sub, match = () => true, since = 0) {
    return rig.client.waitFor((line) => line.event === 'signal' && line.sub === sub && match(line.args), `signal for ${sub}`, { since });
  }

  /**
   * @param {string} method
   * @param {unknown[]} args
   * @param {string} [server]
   */
  function emit(method, args, server = 'k1') {
    return rig.server.ok({ cmd: 'emit', server, method, args });
  }

  it('exports the enums with the numbers from the file', function () {
    const { OvenState, DayOfTheWeek } = require(rig.pkg.indexModule);
    expect(OvenState.Off).to.equal(OVEN.off);
    expect(OvenState.PreHeating).to.equal(OVEN.preHeating);
    expect(OvenState.Baking).to.equal(OVEN.baking);
    expect(OvenState.CoolingDown).to.equal(OVEN.coolingDown);
    expect(DayOfTheWeek.Sunday).to.equal(1);
    expect(DayOfTheWeek.Monday).to.equal(2);
    expect(DayOfTheWeek.Saturday).to.equal(7);
  });

  it('temperature_changed: integer, float and enum reach every subscribed client, and the wire carries them as written', async function () {
    const since = rig.raw.mark();
    const clientSince = rig.client.mark();
    await emit('emitTemperatureChanged', [1, 180.5, OVEN.baking]);

    const message = await rig.raw.waitForTopic('Kitchen/k1/signal/temperature_changed', since);
    expectWire(message.json, { oven: 1, celsius: 180.5, state: OVEN.baking });
    expect(message.qos, 'QoS').to.equal(1);
    expect(message.retain, 'retain').to.equal(false);

    const isOne = (/** @type {any[]} */ args) => args[0] === 1;
    for (const sub of ['c0-temp', 'c0-temp-b', 'c1-temp']) {
      const got = await signalFor(sub, isOne, clientSince);
      expect(got.args, sub).to.deep.equal([1, 180.5, OVEN.baking]);
    }
  });

  it('ready: a signal without payload is an empty JSON object and calls the handler with no arguments', async function () {
    const since = rig.raw.mark();
    const clientSince = rig.client.mark();
    await emit('emitReady', []);
    const message = await rig.raw.waitForTopic('Kitchen/k1/signal/ready', since);
    expectWire(message.json, {});
    expect(message.qos).to.equal(1);
    expect(message.retain).to.equal(false);
    const got = await signalFor('c0-ready', () => true, clientSince);
    expect(trimAbsent(got.args)).to.deep.equal([]);
  });

  it('lunch_served: a struct with absent optionals, a datetime and an absent optional argument', async function () {
    const since = rig.raw.mark();
    const clientSince = rig.client.mark();
    const servedAt = date('2026-11-24T12:30:00.000Z');
    await emit('emitLunchServed', [LUNCH_PLAIN.ts, servedAt, absent]);

    const message = await rig.raw.waitForTopic('Kitchen/k1/signal/lunch_served', since);
    expectWire(message.json, { lunch: LUNCH_PLAIN.wire, served_at: wire.datetime('2026-11-24T12:30:00.000Z'), note: null });
    expect(message.qos).to.equal(1);

    const got = await signalFor('c0-lunch', (args) => args[0].sandwich === LUNCH_PLAIN.ts.sandwich, clientSince);
    expect(trimAbsent(got.args)).to.deep.equal([LUNCH_PLAIN.ts, servedAt]);
  });

  it('lunch_served: every optional present, binary and duration inside a struct', async function () {
    const since = rig.raw.mark();
    const clientSince = rig.client.mark();
    const servedAt = date('2027-03-04T05:06:07.089Z');
    await emit('emitLunchServed', [LUNCH_FULL.ts, servedAt, 'extra napkins']);

    const message = await rig.raw.waitForTopic('Kitchen/k1/signal/lunch_served', since);
    expectWire(message.json, { lunch: LUNCH_FULL.wire, served_at: wire.datetime('2027-03-04T05:06:07.089Z'), note: 'extra napkins' });

    const got = await signalFor('c0-lunch', (args) => args[2] === 'extra napkins', clientSince);
    expect(got.args).to.deep.equal([LUNCH_FULL.ts, servedAt, 'extra napkins']);
  });

  it('photo_taken: binary as base64 and an array of strings, also when both are empty', async function () {
    const since = rig.raw.mark();
    const clientSince = rig.client.mark();
    const image = [0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 0x7f, 0x80];
    await emit('emitPhotoTaken', [bytes(image), ['soup', 'bread and butter', '']]);
    await emit('emitPhotoTaken', [bytes([]), []]);

    const first = await rig.raw.waitForTopic('Kitchen/k1/signal/photo_taken', since);
    expectWire(first.json, { image: wire.base64(image), tags: ['soup', 'bread and butter', ''] });
    const second = await rig.raw.waitFor((m) => m.topic === 'Kitchen/k1/signal/photo_taken' && m !== first, 'second photo_taken', since);
    expectWire(second.json, { image: wire.base64([]), tags: [] });

    const got = await signalFor('c0-photo', (args) => args[1].length === 3, clientSince);
    expect(got.args).to.deep.equal([bytes(image), ['soup', 'bread and butter', '']]);
    const empty = await signalFor('c0-photo', (args) => args[1].length === 0, clientSince);
    expect(empty.args).to.deep.equal([bytes([]), []]);
  });

  it('delivers a signal of one instance only to the clients of that instance', async function () {
    const clientSince = rig.client.mark();
    await emit('emitTemperatureChanged', [55, 20, OVEN.off], 'k2');
    await emit('emitTemperatureChanged', [56, 21, OVEN.off], 'k1');
    const forK2 = await signalFor('c2-temp', (args) => args[0] === 55, clientSince);
    expect(forK2.args).to.deep.equal([55, 20, OVEN.off]);
    // k1's later signal has arrived at client 0, so k2's earlier one would have too.
    await signalFor('c0-temp', (args) => args[0] === 56, clientSince);
    const leaked = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.args[0] === 55 && line.client !== 2);
    expect(leaked, 'k2 signal seen by k1 clients').to.deep.equal([]);
    const crossed = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.args[0] === 56 && line.client === 2);
    expect(crossed, 'k1 signal seen by the k2 client').to.deep.equal([]);
  });

  it('unsubscribes one handler and leaves the others of the same client and of other clients working', async function () {
    await rig.client.ok({ cmd: 'unsubscribe', sub: 'c0-temp-b' });
    const clientSince = rig.client.mark();
    await emit('emitTemperatureChanged', [7, 1.25, OVEN.preHeating]);
    await emit('emitTemperatureChanged', [8, 2.25, OVEN.coolingDown]);
    await signalFor('c0-temp', (args) => args[0] === 8, clientSince);
    await signalFor('c1-temp', (args) => args[0] === 8, clientSince);
    const afterOff = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.sub === 'c0-temp-b');
    expect(afterOff, 'signals to the removed handler').to.deep.equal([]);
    const seven = await signalFor('c0-temp', (args) => args[0] === 7, clientSince);
    expect(seven.args).to.deep.equal([7, 1.25, OVEN.preHeating]);
  });

  it('keeps delivering to a client on the same connection after another client unsubscribes its only handler', async function () {
    await rig.client.ok({ cmd: 'unsubscribe', sub: 'c1-temp' });
    const clientSince = rig.client.mark();
    await emit('emitTemperatureChanged', [9, 3.5, OVEN.baking]);
    await emit('emitTemperatureChanged', [10, 4.5, OVEN.baking]);
    await signalFor('c0-temp', (args) => args[0] === 10, clientSince);
    const nine = await signalFor('c0-temp', (args) => args[0] === 9, clientSince);
    expect(nine.args).to.deep.equal([9, 3.5, OVEN.baking]);
    const toClient1 = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.client === 1);
    expect(toClient1, 'signals to the unsubscribed client').to.deep.equal([]);
  });

  it('reports malformed signal payloads through onError (default: one console.warn line each) and keeps running', async function () {
    const stderrBefore = (await rig.client.syncStderr()).length;
    const clientSince = rig.client.mark();
    const topic = 'Kitchen/k1/signal/temperature_changed';
    await rig.raw.publish(topic, 'this is not JSON');
    await rig.raw.publish(topic, JSON.stringify({ oven: 'hot', celsius: 1.5, state: OVEN.baking }));
    await rig.raw.publish(topic, JSON.stringify({ oven: 3 }));
    await rig.raw.publish(topic, JSON.stringify({ oven: 11, celsius: 5.5, state: OVEN.off }));

    const good = await signalFor('c0-temp', (args) => args[0] === 11, clientSince);
    expect(good.args).to.deep.equal([11, 5.5, OVEN.off]);
    const errors = rig.client.lines.slice(clientSince).filter((line) => line.event === 'clientError' && line.client === 0);
    expect(errors, 'onError reports of client 0 (one per malformed message)').to.have.length.of.at.least(3);
    for (const line of errors) expect(line.error.message, 'error message').to.be.a('string').that.is.not.empty;
    const delivered = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.args[0] !== 11);
    expect(delivered, 'malformed signals delivered to handlers').to.deep.equal([]);
    expect(rig.client.exited).to.equal(null);
    await signalFor('c3-temp', (args) => args[0] === 11, clientSince);
    const warnings = (await rig.client.syncStderr()).slice(stderrBefore).split('\n').filter(Boolean);
    expect(warnings, 'console.warn lines of the client without onError').to.have.lengthOf(3);
  });

  it('sends an error thrown by a listener to onError, and the other listeners still get the signal', async function () {
    await rig.client.ok({ cmd: 'subscribe', client: 0, method: 'receivePhotoTaken', sub: 'c0-photo-throws', throws: true });
    const clientSince = rig.client.mark();
    await emit('emitPhotoTaken', [bytes([9]), ['throw']]);
    await emit('emitPhotoTaken', [bytes([10]), ['after']]);
    // Both listeners see both signals, whichever runs first.
    for (const sub of ['c0-photo', 'c0-photo-throws']) {
      await signalFor(sub, (args) => args[1][0] === 'after', clientSince);
      await signalFor(sub, (args) => args[1][0] === 'throw', clientSince);
    }
    // A signal line and the onError line of the same throw may reach us in different chunks: wait for both errors.
    const firstError = await rig.client.waitForEvent('clientError', () => true, clientSince);
    await rig.client.waitForEvent('clientError', () => true, rig.client.lines.indexOf(firstError) + 1);
    const errors = rig.client.lines.slice(clientSince).filter((line) => line.event === 'clientError');
    expect(errors.map((line) => line.error.message)).to.deep.equal(['listener c0-photo-throws broke', 'listener c0-photo-throws broke']);
    await rig.client.ok({ cmd: 'unsubscribe', sub: 'c0-photo-throws' });
    expect(rig.client.exited).to.equal(null);
  });

  it('resolves emit only once the broker has the message (QoS 1) and the server keeps running', async function () {
    const since = rig.raw.mark();
    const reply = await rig.server.send({ cmd: 'emit', server: 'k1', method: 'emitReady', args: [] });
    expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
    const message = await rig.raw.waitForTopic('Kitchen/k1/signal/ready', since);
    expect(message.qos).to.equal(1);
    expect(rig.server.exited).to.equal(null);
  });
  it('closing one client leaves the other clients on the same connection receiving', async function () {
    await rig.client.ok({ cmd: 'closeClient', client: 2 });
    const clientSince = rig.client.mark();
    await emit('emitTemperatureChanged', [60, 6, OVEN.off], 'k2');
    await emit('emitTemperatureChanged', [61, 6, OVEN.off], 'k1');
    const got = await signalFor('c0-temp', (args) => args[0] === 61, clientSince);
    expect(got.args).to.deep.equal([61, 6, OVEN.off]);
    const toClosed = rig.client.lines.slice(clientSince).filter((line) => line.event === 'signal' && line.client === 2);
    expect(toClosed, 'signals to the closed client').to.deep.equal([]);
  });

  it('both processes end by themselves once servers, clients and connections are closed', async function () {
    const client = await rig.client.stop();
    expect(client, 'client process exit').to.deep.equal({ code: 0, signal: null, killed: false });
    const server = await rig.server.stop();
    expect(server, 'server process exit').to.deep.equal({ code: 0, signal: null, killed: false });
  });
});
