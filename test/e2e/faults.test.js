// @ts-check
'use strict';

// Broker restart with properties and discovery (issue 4). The test broker has
// no persistence: retained property values, announcements and presence
// vanish with it, so whatever is there after the restart was republished.

const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { absent, date } = require('../support/codec');
const { expectWire } = require('../support/wire');
const { RC, initialValues, startPeer, rawObserver, valueTopic, versionOf, waitForJson, waitForChange } = require('./props-fixture');

const TRIES = 20; // calls of up to 1 s each while both sides come back
const INITIAL = initialValues(42);

describe('e2e: broker restart with properties and discovery', function () {
  this.timeout(60000);
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/processes').Program} */
  let server;
  /** @type {import('../support/processes').Program} */
  let client;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    const pkg = await generatedKitchen();
    broker = await startBroker();
    cleanups.push(() => broker.stop());
    server = await startPeer(pkg, broker, 'fault-server');
    cleanups.push(() => server.stop());
    await server.ok({ cmd: 'server', name: 'k1', instanceId: 'k1', initialValues: INITIAL.ts });
    client = await startPeer(pkg, broker, 'fault-client');
    cleanups.push(() => client.stop());
    await client.ok({ cmd: 'client', name: 'c', instanceId: 'k1', watch: ['favoriteNumber', 'lastCleaned'] });
    await client.ok({ cmd: 'discovery', name: 'd' });
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  it('traffic before and after; properties, announcement and presence republished; a call made while the broker is down succeeds or times out', async function () {
    // Before: a client-side and a server-side change, and k1 is discovered.
    await client.waitFor((l) => l.event === 'instanceAdded' && l.instanceId === 'k1', 'k1 discovered');
    await waitForChange(client, 'c', 'favoriteNumber', 42);
    expect((await client.ok({ cmd: 'clientSet', client: 'c', property: 'favoriteNumber', value: 5 })).result).to.equal(5);
    const cleaned = date('2026-11-24T07:00:00.000Z');
    await server.ok({ cmd: 'serverSet', server: 'k1', property: 'lastCleaned', value: cleaned });
    await waitForChange(client, 'c', 'lastCleaned', cleaned);

    let raw = await rawObserver(broker.url, 'raw-fault-before');
    const favoriteBefore = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), (json) => json.number === 5);
    const cleanedBefore = await waitForJson(raw, valueTopic('k1', 'lastCleaned'), (json) => Date.parse(json.timestamp) === Date.parse(cleaned.$date));
    const versions = { favoriteNumber: versionOf(favoriteBefore), lastCleaned: versionOf(cleanedBefore) };
    await raw.end();

    // A call made as soon as the client's connection sees the broker go.
    await client.ok({ cmd: 'armOfflineCall', key: 'down', client: 'c', method: 'addNumbers', args: [20, 1, absent], options: { timeoutMs: 2000 } });
    await broker.restart();

    // After: the retained values come back from the server, with the versions they had.
    raw = await rawObserver(broker.url, 'raw-fault-after');
    try {
      const favorite = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), () => true);
      expectWire(favorite.json, { number: 5 });
      expect(favorite.retain).to.equal(true);
      expect(versionOf(favorite), 'favorite_number keeps its version').to.equal(versions.favoriteNumber);
      const last = await waitForJson(raw, valueTopic('k1', 'lastCleaned'), () => true);
      expect(Date.parse(last.json.timestamp)).to.equal(Date.parse(cleaned.$date));
      expect(versionOf(last), 'last_cleaned keeps its version').to.equal(versions.lastCleaned);
      expectWire((await waitForJson(raw, valueTopic('k1', 'ovenSetting'), () => true)).json, INITIAL.wire.ovenSetting);
      expectWire((await waitForJson(raw, valueTopic('k1', 'todaysMenu'), () => true)).json, INITIAL.wire.todaysMenu);
      const announcement = await waitForJson(raw, 'Kitchen/k1/interface', () => true);
      expect(announcement.retain).to.equal(true);
      expect(announcement.json).to.include({ instance: 'k1', connection_topic: 'client/fault-server/online' });
      const presence = await waitForJson(raw, 'client/fault-server/online', () => true);
      expect(presence.json).to.deep.equal({ online: true });

      // The call made while the broker was down has settled one way or the other.
      const offline = await client.waitFor((l) => l.event === 'offlineCall' && l.key === 'down', 'the call made while the broker was down');
      expect(offline.connectedAtCall, 'the call was made while disconnected').to.equal(false);
      if (offline.ok) {
        expect(offline.result).to.equal(21);
      } else {
        expect(offline.error.className, JSON.stringify(offline.error)).to.equal('MethodError');
        expect(offline.error.returnCode, `a call made while the broker is down: ${offline.error.message}`).to.equal(RC.timeout);
      }

      // No event says that both sides have resubscribed: retry a call (bounded).
      /** @type {any} */
      let reply;
      const failures = [];
      for (let i = 0; i < TRIES && !(reply && reply.ok); i++) {
        reply = await client.send({ cmd: 'call', client: 'c', method: 'addNumbers', args: [100, i, absent], options: { timeoutMs: 1000 } });
        if (!reply.ok) failures.push(reply.error);
      }
      expect(reply.ok, `no successful call after the restart: ${JSON.stringify(failures.slice(-3))}`).to.equal(true);
      for (const failure of failures) expect(failure.returnCode, 'a call while reconnecting').to.be.oneOf([RC.timeout, 3]);

      // Properties both ways after the restart; the client still has the value from before.
      expect((await client.ok({ cmd: 'clientValues', client: 'c' })).result.favoriteNumber).to.equal(5);
      const since = raw.mark();
      expect((await client.ok({ cmd: 'clientSet', client: 'c', property: 'favoriteNumber', value: 6 })).result).to.equal(6);
      const six = await waitForJson(raw, valueTopic('k1', 'favoriteNumber'), (json) => json.number === 6, since);
      expect(versionOf(six)).to.equal(versions.favoriteNumber + 1);
      const clientSince = client.mark();
      const later = date('2026-11-24T09:30:00.000Z');
      await server.ok({ cmd: 'serverSet', server: 'k1', property: 'lastCleaned', value: later });
      await waitForChange(client, 'c', 'lastCleaned', later, clientSince);

      // Discovery still lists the instance.
      expect((await client.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k1']);
      expect(server.exited).to.equal(null);
      expect(client.exited).to.equal(null);
    } finally {
      await raw.end();
    }
  });
});
