// @ts-check
'use strict';

// Properties of the full example (interface Kitchen), issue 4: a generated
// server process and two generated client processes (a, b) on one broker,
// with a raw mqtt.js observer checking the wire.

const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generatedKitchen, REPO_ROOT } = require('../support/generate');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { expectWire, wire } = require('../support/wire');
const { date, absent } = require('../support/codec');
const {
  RC,
  LUNCH_FULL,
  OVEN,
  initialValues,
  startPeer,
  rawObserver,
  valueTopic,
  versionOf,
  waitForJson,
  waitForChange,
  expectMethodError,
} = require('./props-fixture');

const PROPERTIES = /** @type {const} */ (['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned']);
const INITIAL = initialValues(42);

describe('e2e: Kitchen properties', function () {
  this.timeout(30000);
  /** @type {import('../support/generate').GeneratedPackage} */
  let pkg;
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let raw;
  /** @type {import('../support/processes').Program} */
  let server;
  /** @type {import('../support/processes').Program} */
  let a;
  /** @type {import('../support/processes').Program} */
  let b;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    pkg = await generatedKitchen();
    broker = await startBroker();
    cleanups.push(() => broker.stop());
    raw = await rawObserver(broker.url, 'raw-props-observer');
    cleanups.push(() => raw.end());
    server = await startPeer(pkg, broker, 'props-server');
    cleanups.push(() => server.stop());
    await server.ok({ cmd: 'server', name: 'k1', instanceId: 'k1', initialValues: INITIAL.ts });
    a = await startPeer(pkg, broker, 'props-client-a');
    cleanups.push(() => a.stop());
    b = await startPeer(pkg, broker, 'props-client-b');
    cleanups.push(() => b.stop());
    await a.ok({ cmd: 'client', name: 'a', instanceId: 'k1', watch: PROPERTIES });
    await b.ok({ cmd: 'client', name: 'b', instanceId: 'k1', watch: PROPERTIES });
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  /**
   * The version of the last value message of `property` on the wire.
   * @param {keyof typeof INITIAL.ts} property
   */
  function lastVersion(property) {
    const messages = raw.messages.filter((m) => m.topic === valueTopic('k1', property));
    expect(messages, `value messages of ${property}`).to.not.be.empty;
    return versionOf(messages[messages.length - 1]);
  }

  /**
   * Sets a property from the server process and waits until both clients saw it.
   * @param {string} property
   * @param {unknown} value codec form
   */
  async function serverSet(property, value) {
    const sinceA = a.mark();
    const sinceB = b.mark();
    await server.ok({ cmd: 'serverSet', server: 'k1', property, value });
    await waitForChange(a, 'a', property, value, sinceA);
    await waitForChange(b, 'b', property, value, sinceB);
  }

  it('a client sees every initial value; each is retained, QoS 1, with a decimal PropertyVersion', async function () {
    for (const property of PROPERTIES) {
      const message = await raw.waitForTopic(valueTopic('k1', property));
      expect(message.retain, `${property} retained`).to.equal(true);
      expect(message.qos, `${property} QoS`).to.equal(1);
      expectWire(message.json, INITIAL.wire[property], property);
      versionOf(message);
      await waitForChange(a, 'a', property, INITIAL.ts[property]);
      await waitForChange(b, 'b', property, INITIAL.ts[property]);
    }
    expect((await a.ok({ cmd: 'clientValues', client: 'a' })).result).to.deep.equal(INITIAL.ts);
    expect((await b.ok({ cmd: 'clientValues', client: 'b' })).result).to.deep.equal(INITIAL.ts);
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result).to.deep.equal(INITIAL.ts);
  });

  it('a client of an instance without server has every property undefined', async function () {
    const made = await a.ok({ cmd: 'client', name: 'nobody', instanceId: 'nobody' });
    const none = { favoriteNumber: absent, ovenSetting: absent, todaysMenu: absent, lastCleaned: absent };
    expect(made.result).to.deep.equal(none);
    await a.ok({ cmd: 'closeClient', client: 'nobody' });
  });

  it('favorite_number set by the server: retained with PropertyVersion + 1, seen by both clients', async function () {
    const version = lastVersion('favoriteNumber');
    const since = raw.mark();
    await serverSet('favoriteNumber', 43);
    const message = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), (json) => json.number === 43, since);
    expect(message.retain).to.equal(true);
    expect(versionOf(message)).to.equal(version + 1);
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber).to.equal(43);
    expect((await a.ok({ cmd: 'clientValues', client: 'a' })).result.favoriteNumber).to.equal(43);
  });

  it('favorite_number set by a client: the server callback sees it before it applies, the other client sees it, the wire carries the versions', async function () {
    const version = lastVersion('favoriteNumber');
    const since = raw.mark();
    const serverSince = server.mark();
    const sinceB = b.mark();
    const reply = await a.ok({ cmd: 'clientSet', client: 'a', property: 'favoriteNumber', value: 7 });
    expect(reply.result, 'setFavoriteNumber resolves with the value in force').to.equal(7);

    const updated = await server.waitFor((l) => l.event === 'updated' && l.property === 'favoriteNumber', 'onFavoriteNumberUpdated', { since: serverSince });
    expect(updated.value).to.equal(7);
    expect(updated.before, 'the server value while the callback runs').to.equal(43);
    await waitForChange(b, 'b', 'favoriteNumber', 7, sinceB);
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber).to.equal(7);

    const request = await raw.waitForTopic('Kitchen/k1/property/favorite_number/update', since);
    expectWire(request.json, { number: 7 }, 'update request');
    expect(userProperties(request.properties).PropertyVersion, 'the update names the last version seen').to.equal(String(version));
    expect(request.properties?.responseTopic).to.equal('client/props-client-a/Kitchen/property/favorite_number/update/response');
    expect(request.properties?.correlationData, 'correlation data').to.be.instanceOf(Buffer);
    const response = await raw.waitForTopic('client/props-client-a/Kitchen/property/favorite_number/update/response', since);
    expect(response.properties?.correlationData?.equals(/** @type {Buffer} */ (request.properties?.correlationData))).to.equal(true);
    expect(userProperties(response.properties)).to.include({ ReturnCode: '0', PropertyVersion: String(version + 1) });
    expectWire(response.json, { number: 7 }, 'update response');
    const value = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), (json) => json.number === 7, since);
    expect(versionOf(value)).to.equal(version + 1);
  });

  it('oven_setting: several values as one object; an absent optional is null on the wire and undefined in TS', async function () {
    let since = raw.mark();
    let sinceB = b.mark();
    const preheat = { celsius: 200.25, state: OVEN.preHeating };
    const reply = await a.ok({ cmd: 'clientSet', client: 'a', property: 'ovenSetting', value: preheat });
    expect(reply.result).to.deep.equal(preheat);
    await waitForChange(b, 'b', 'ovenSetting', preheat, sinceB);
    let message = await waitForJson(raw, valueTopic('k1', 'ovenSetting'), (json) => json.celsius === 200.25, since);
    expectWire(message.json, { celsius: 200.25, state: OVEN.preHeating, hold_for: null });

    since = raw.mark();
    const sinceA = a.mark();
    const hold = { celsius: 90, state: OVEN.coolingDown, holdFor: 5400000 };
    expect((await b.ok({ cmd: 'clientSet', client: 'b', property: 'ovenSetting', value: hold })).result).to.deep.equal(hold);
    await waitForChange(a, 'a', 'ovenSetting', hold, sinceA);
    message = await waitForJson(raw, valueTopic('k1', 'ovenSetting'), (json) => json.celsius === 90, since);
    expectWire(message.json, { celsius: 90, state: OVEN.coolingDown, hold_for: wire.duration(5400000) });

    since = raw.mark();
    sinceB = b.mark();
    const off = { celsius: 0, state: OVEN.off };
    await serverSet('ovenSetting', off);
    message = await waitForJson(raw, valueTopic('k1', 'ovenSetting'), (json) => json.state === OVEN.off, since);
    expectWire(message.json, { celsius: 0, state: OVEN.off, hold_for: null });
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.ovenSetting).to.deep.equal(off);
  });

  it('last_cleaned: a datetime travels as ISO 8601 UTC text and arrives as a Date, set from either side', async function () {
    let since = raw.mark();
    const serverSince = server.mark();
    const sinceB = b.mark();
    const noon = date('2026-11-23T12:00:00.125Z');
    expect((await a.ok({ cmd: 'clientSet', client: 'a', property: 'lastCleaned', value: noon })).result).to.deep.equal(noon);
    const updated = await server.waitFor((l) => l.event === 'updated' && l.property === 'lastCleaned', 'onLastCleanedUpdated', { since: serverSince });
    expect(updated.value).to.deep.equal(noon);
    await waitForChange(b, 'b', 'lastCleaned', noon, sinceB);
    let message = await waitForJson(raw, valueTopic('k1', 'lastCleaned'), (json) => Date.parse(json.timestamp) === Date.parse(noon.$date), since);
    expectWire(message.json, { timestamp: wire.datetime(noon.$date) });

    since = raw.mark();
    const evening = date('2026-11-23T20:15:00.000Z');
    await serverSet('lastCleaned', evening);
    message = await waitForJson(raw, valueTopic('k1', 'lastCleaned'), (json) => Date.parse(json.timestamp) === Date.parse(evening.$date), since);
    expectWire(message.json, { timestamp: wire.datetime(evening.$date) });
  });

  it('todays_menu (readOnly, a struct): the server sets it and every client sees the struct', async function () {
    const version = lastVersion('todaysMenu');
    const since = raw.mark();
    await serverSet('todaysMenu', LUNCH_FULL.ts);
    const message = await waitForJson(raw, valueTopic('k1', 'todaysMenu'), (json) => json.lunch && json.lunch.sandwich === 'tofu', since);
    expectWire(message.json, { lunch: LUNCH_FULL.wire });
    expect(versionOf(message)).to.equal(version + 1);
    expect((await b.ok({ cmd: 'clientValues', client: 'b' })).result.todaysMenu).to.deep.equal(LUNCH_FULL.ts);
  });

  it('todays_menu (readOnly): the generated client has no setter, at run time and for tsc', async function () {
    expect((await a.ok({ cmd: 'memberType', client: 'a', member: 'setTodaysMenu' })).result).to.equal('undefined');
    expect((await a.ok({ cmd: 'memberType', client: 'a', member: 'setFavoriteNumber' })).result).to.equal('function');
    const declarations = fs.readFileSync(path.join(pkg.distDir, 'src', 'client.d.ts'), 'utf8');
    expect(declarations).to.include('setFavoriteNumber(');
    expect(declarations).to.not.include('setTodaysMenu');

    // The same program with setFavoriteNumber compiles; with setTodaysMenu it does not.
    const dir = fs.mkdtempSync(path.join(pkg.outDir, 'readonly-check-'));
    const program = (/** @type {string} */ call) =>
      `import { KitchenClient } from '../src/index';\nexport async function f(client: KitchenClient): Promise<void> {\n  await client.${call};\n}\n`;
    fs.writeFileSync(path.join(dir, 'good.ts'), program('setFavoriteNumber(7)'));
    fs.writeFileSync(path.join(dir, 'bad.ts'), program('setTodaysMenu(client.todaysMenu!)'));
    const result = await tscNoEmit(pkg.outDir, [path.join(dir, 'good.ts'), path.join(dir, 'bad.ts')]);
    fs.rmSync(dir, { recursive: true, force: true });
    const errors = result.output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors, result.output).to.have.lengthOf(1);
    expect(errors[0]).to.include('bad.ts').and.include('setTodaysMenu');
  });

  it('todays_menu (readOnly): the server does not listen for updates (the document has no update channel for it); a raw one changes nothing', async function () {
    const caller = await connectRaw(broker.url, { clientId: 'raw-props-caller' });
    try {
      const responseTopic = 'client/raw-props-caller/Kitchen/property/todays_menu/update/response';
      const laterTopic = 'client/raw-props-caller/Kitchen/property/favorite_number/update/response';
      await caller.subscribe([responseTopic, laterTopic]);
      const version = lastVersion('todaysMenu');
      const serverSince = server.mark();
      const correlationData = Buffer.from('readonly-1');
      const lunch = {
        drink: true,
        sandwich: 'forged',
        crackers: 1,
        day: 1,
        order_number: null,
        time_of_lunch: '2026-11-24T12:00:00Z',
        duration_of_lunch: 'PT1H',
        receipt: null,
      };
      await caller.publish('Kitchen/k1/property/todays_menu/update', JSON.stringify({ lunch }), {
        properties: { responseTopic, correlationData, userProperties: { PropertyVersion: String(version) } },
      });
      // A stale update of a writable property sent after it is answered; a reply to the first would have come before.
      await caller.publish('Kitchen/k1/property/favorite_number/update', '{"number": 1}', {
        properties: { responseTopic: laterTopic, correlationData: Buffer.from('later'), userProperties: { PropertyVersion: '0' } },
      });
      const later = await caller.waitForTopic(laterTopic);
      expect(userProperties(later.properties).ReturnCode, 'ReturnCode of the later request').to.equal(String(RC.outOfSync));
      expect(caller.messages.filter((m) => m.topic === responseTopic), 'replies to the read-only update').to.deep.equal([]);
      expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.todaysMenu).to.deep.equal(LUNCH_FULL.ts);
      const updates = server.lines.slice(serverSince).filter((l) => l.event === 'updated' && l.property === 'todaysMenu');
      expect(updates, 'no onTodaysMenuUpdated call').to.be.empty;
      // The version did not move: the next change is exactly one more.
      const since = raw.mark();
      await serverSet('todaysMenu', INITIAL.ts.todaysMenu);
      const message = await waitForJson(raw, valueTopic('k1', 'todaysMenu'), (json) => json.lunch && json.lunch.sandwich !== 'tofu', since);
      expect(versionOf(message)).to.equal(version + 1);
    } finally {
      await caller.end();
    }
  });

  it('the application refuses an update by throwing: MethodError keeps its code, another error becomes 2; nothing changes', async function () {
    const version = lastVersion('favoriteNumber');
    const before = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber;

    await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'methodError', code: RC.clientError });
    let serverSince = server.mark();
    expectMethodError(await a.send({ cmd: 'clientSet', client: 'a', property: 'favoriteNumber', value: 1234 }), RC.clientError, 'refused with MethodError');
    await server.waitFor((l) => l.event === 'updated' && l.value === 1234, 'the refused update in the callback', { since: serverSince });

    await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'error' });
    serverSince = server.mark();
    expectMethodError(await a.send({ cmd: 'clientSet', client: 'a', property: 'favoriteNumber', value: 4321 }), RC.serverError, 'refused with a plain Error');
    await server.waitFor((l) => l.event === 'updated' && l.value === 4321, 'the refused update in the callback', { since: serverSince });

    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber).to.equal(before);
    expect((await a.ok({ cmd: 'clientValues', client: 'a' })).result.favoriteNumber).to.equal(before);
    expect((await b.ok({ cmd: 'clientValues', client: 'b' })).result.favoriteNumber).to.equal(before);

    await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'accept' });
    const since = raw.mark();
    expect((await a.ok({ cmd: 'clientSet', client: 'a', property: 'favoriteNumber', value: 55 })).result).to.equal(55);
    const message = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), (json) => json.number === 55, since);
    expect(versionOf(message), 'refused updates did not count as versions').to.equal(version + 1);
  });

  it('two clients update with the same last-seen version: exactly one wins, the other gets 12 (OutOfSync) and then sees the winner', async function () {
    // Both clients have seen the value in force.
    const current = (await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber;
    await waitForChange(a, 'a', 'favoriteNumber', current);
    await waitForChange(b, 'b', 'favoriteNumber', current);
    const version = lastVersion('favoriteNumber');

    // a's update waits in the server callback until b's request is on the wire too.
    await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'hold' });
    const since = raw.mark();
    const serverSince = server.mark();
    const sinceB = b.mark();
    const fromA = a.send({ cmd: 'clientSet', client: 'a', property: 'favoriteNumber', value: 100 });
    await server.waitFor((l) => l.event === 'updated' && l.value === 100, "a's update in the callback", { since: serverSince });
    const fromB = b.send({ cmd: 'clientSet', client: 'b', property: 'favoriteNumber', value: 200 });
    const requestB = await raw.waitFor(
      (m) => m.topic === 'Kitchen/k1/property/favorite_number/update' && m.json && m.json.number === 200,
      "b's update request",
      since
    );
    expect(userProperties(requestB.properties).PropertyVersion, 'b names the same version as a').to.equal(String(version));
    await server.ok({ cmd: 'policy', server: 'k1', property: 'favoriteNumber', mode: 'accept' });
    await server.ok({ cmd: 'release' });

    const [replyA, replyB] = await Promise.all([fromA, fromB]);
    expect(replyA.ok, `a wins: ${JSON.stringify(replyA.error)}`).to.equal(true);
    expect(replyA.result).to.equal(100);
    expectMethodError(replyB, RC.outOfSync, "b's update");
    await waitForChange(b, 'b', 'favoriteNumber', 100, sinceB);
    expect((await b.ok({ cmd: 'clientValues', client: 'b' })).result.favoriteNumber).to.equal(100);
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber).to.equal(100);
    const published = raw.messages.slice(since).filter((m) => m.topic === valueTopic('k1', 'favoriteNumber'));
    expect(published.map((m) => m.json), 'value messages since the two updates').to.deep.equal([{ number: 100 }]);
    expect(versionOf(published[0])).to.equal(version + 1);

    // Having seen the winner, b succeeds.
    expect((await b.ok({ cmd: 'clientSet', client: 'b', property: 'favoriteNumber', value: 200 })).result).to.equal(200);
  });

  it('a set the server does not answer in time rejects with 11 (Timeout); the update still applies later and every client sees it', async function () {
    await server.ok({ cmd: 'policy', server: 'k1', property: 'lastCleaned', mode: 'hold' });
    const serverSince = server.mark();
    const sinceA = a.mark();
    const sinceB = b.mark();
    const late = date('2026-11-24T23:59:59.000Z');
    const reply = await a.send({ cmd: 'clientSet', client: 'a', property: 'lastCleaned', value: late, options: { timeoutMs: 300 } });
    expectMethodError(reply, RC.timeout, 'a set held past its timeout');
    await server.waitFor((l) => l.event === 'updated' && l.property === 'lastCleaned', 'the held update', { since: serverSince });
    await server.ok({ cmd: 'policy', server: 'k1', property: 'lastCleaned', mode: 'accept' });
    await server.ok({ cmd: 'release' });
    await waitForChange(b, 'b', 'lastCleaned', late, sinceB);
    await waitForChange(a, 'a', 'lastCleaned', late, sinceA);
    expect((await server.ok({ cmd: 'serverValues', server: 'k1' })).result.lastCleaned).to.deep.equal(late);
  });

  it('every process is still up and the peers end by themselves', async function () {
    for (const peer of [server, a, b]) expect(peer.exited, peer.name).to.equal(null);
    const results = await Promise.all([a.stop(), b.stop(), server.stop()]);
    for (const result of results) {
      expect(result.killed, 'ended by itself').to.equal(false);
      expect(result.code).to.equal(0);
    }
  });
});

/**
 * Runs tsc --noEmit --strict on `files` (they import the generated package's
 * sources) and resolves with its output, whatever the exit code.
 * @param {string} cwd the generated package (node_modules linked in)
 * @param {string[]} files
 * @returns {Promise<{ code: number, output: string }>}
 */
function tscNoEmit(cwd, files) {
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'commonjs', '--moduleResolution', 'node', '--types', 'node', '--skipLibCheck', ...files];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) || 1 : 0, output: `${stdout}${stderr}` });
    });
  });
}
