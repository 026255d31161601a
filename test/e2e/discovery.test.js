// @ts-check
'use strict';

// Discovery and presence (issue 4): Kitchen servers in two processes, a
// KitchenDiscovery in a third, a raw mqtt.js client that watches the wire
// and plays foreign servers (other versions). One server process is killed
// with SIGKILL and started again with the same instance id.

const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generatedKitchen } = require('../support/generate');
const { absent } = require('../support/codec');
const { ISO_UTC } = require('../support/wire');
const { RC, initialValues, startPeer, rawObserver, waitForChange, waitLonger, expectMethodError } = require('./props-fixture');

const TITLE = 'Kitchen controller';

describe('e2e: Kitchen discovery and presence', function () {
  this.timeout(30000);
  /** @type {import('../support/generate').GeneratedPackage} */
  let pkg;
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let raw;
  /** @type {import('../support/processes').Program} */
  let watcher;
  /** @type {import('../support/processes').Program} */
  let s1;
  /** @type {import('../support/processes').Program} */
  let s2;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    pkg = await generatedKitchen();
    broker = await startBroker();
    cleanups.push(() => broker.stop());
    raw = await rawObserver(broker.url, 'raw-disc-observer');
    cleanups.push(() => raw.end());
    watcher = await startPeer(pkg, broker, 'disc-watcher');
    cleanups.push(() => watcher.stop());
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  /**
   * Publishes a foreign server's retained announcement.
   * @param {string} instanceId
   * @param {string} version
   */
  function announce(instanceId, version) {
    const announcement = {
      interface_name: 'Kitchen',
      title: TITLE,
      version,
      instance: instanceId,
      connection_topic: 'client/foreign-server/online',
      timestamp: new Date().toISOString(),
    };
    return raw.publish(`Kitchen/${instanceId}/interface`, JSON.stringify(announcement), { retain: true, properties: { messageExpiryInterval: 120 } });
  }

  /**
   * @param {string} event
   * @param {string} instanceId
   * @param {number} since
   * @param {string} [discovery]
   */
  function discoveryEvent(event, instanceId, since, discovery = 'd') {
    return watcher.waitFor((l) => l.event === event && l.discovery === discovery && l.instanceId === instanceId, `${event} ${instanceId} (${discovery})`, { since });
  }

  it('reports an instance of another major version as incompatible and never lists it; lists a compatible minor version until its announcement is removed', async function () {
    // The foreign server's connection is online, so only the version can keep it out.
    await raw.publish('client/foreign-server/online', '{"online":true}', { retain: true });
    await announce('a-old', '2.0.0'); // sorts first: firstClient must still skip it
    await announce('compat', '1.0.5');
    const since = watcher.mark();
    await watcher.ok({ cmd: 'discovery', name: 'd0' });
    const incompatible = await watcher.waitFor((l) => l.event === 'incompatibleInstance' && l.instanceId === 'a-old', 'incompatibleInstance a-old', { since });
    expect(incompatible.version).to.equal('2.0.0');
    const added = await discoveryEvent('instanceAdded', 'compat', since, 'd0');
    expect(added.info).to.include({ instanceId: 'compat', version: '1.0.5', interfaceName: 'Kitchen', connectionTopic: 'client/foreign-server/online' });
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd0' })).result).to.deep.equal(['compat']);

    // An empty retained announcement removes the instance.
    const removedSince = watcher.mark();
    await raw.publish('Kitchen/compat/interface', '', { retain: true });
    await discoveryEvent('instanceRemoved', 'compat', removedSince, 'd0');
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd0' })).result).to.deep.equal([]);

    // With only the incompatible instance around, firstClient hands out nothing.
    expectMethodError(await watcher.send({ cmd: 'firstClient', discovery: 'd0', name: 'never', timeoutMs: 300 }), RC.timeout, 'firstClient with only an incompatible instance');
    const added2 = watcher.lines.slice(since).filter((l) => l.event === 'instanceAdded' && l.instanceId === 'a-old');
    expect(added2, 'a-old never added').to.be.empty;
    await watcher.ok({ cmd: 'closeDiscovery', discovery: 'd0' });
  });

  it('two instances in two processes: retained announcements naming each connection, presence online, both listed and added', async function () {
    const since = watcher.mark();
    const rawSince = raw.mark();
    await watcher.ok({ cmd: 'discovery', name: 'd' });
    // Asked for before any compatible server runs: resolves once one is ready.
    const early = watcher.send({ cmd: 'firstClient', discovery: 'd', name: 'early', timeoutMs: 8000 });
    s1 = await startPeer(pkg, broker, 'disc-server-1');
    cleanups.push(() => s1.stop());
    s2 = await startPeer(pkg, broker, 'disc-server-2');
    cleanups.push(() => s2.stop());
    await s1.ok({ cmd: 'server', name: 'k1', instanceId: 'k1', initialValues: initialValues(1).ts });
    await s2.ok({ cmd: 'server', name: 'k2', instanceId: 'k2', initialValues: initialValues(2).ts, options: { announceIntervalMs: 300 } });

    for (const [instanceId, clientId] of [['k1', 'disc-server-1'], ['k2', 'disc-server-2']]) {
      const added = await discoveryEvent('instanceAdded', instanceId, since);
      expect(added.info).to.deep.include({ instanceId, interfaceName: 'Kitchen', title: TITLE, version: '1.2.0', connectionTopic: `client/${clientId}/online` });
      expect(added.info.timestamp).to.have.property('$date');

      const message = await raw.waitFor((m) => m.topic === `Kitchen/${instanceId}/interface` && m.payload.length > 0, `announcement of ${instanceId}`, rawSince);
      expect(message.retain, 'announcement retained').to.equal(true);
      expect(message.qos).to.equal(1);
      expect(Object.keys(message.json).sort()).to.deep.equal(['connection_topic', 'instance', 'interface_name', 'timestamp', 'title', 'version']);
      expect(message.json).to.include({ interface_name: 'Kitchen', title: TITLE, version: '1.2.0', instance: instanceId, connection_topic: `client/${clientId}/online` });
      expect(message.json.timestamp).to.match(ISO_UTC);
      expect(message.properties?.messageExpiryInterval, 'Message Expiry Interval').to.be.a('number').within(1, 120);

      const presence = await raw.waitFor((m) => m.topic === `client/${clientId}/online` && m.payload.length > 0, `presence of ${clientId}`, rawSince);
      expect(presence.retain).to.equal(true);
      expect(presence.json).to.deep.equal({ online: true });
    }
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k1', 'k2']);

    const made = await early;
    expect(made.ok, `firstClient before any server: ${JSON.stringify(made.error)}`).to.equal(true);
    expect(made.result.instanceId).to.be.oneOf(['k1', 'k2']);
    expect(made.result.values).to.deep.equal(initialValues(made.result.instanceId === 'k1' ? 1 : 2).ts);
    await watcher.ok({ cmd: 'closeClient', client: 'early' });
  });

  it('republishes the announcement periodically (announceIntervalMs)', async function () {
    const since = raw.mark();
    const first = await raw.waitFor((m) => m.topic === 'Kitchen/k2/interface' && m.json !== undefined, 'a repeated announcement of k2', since);
    const again = await raw.waitFor((m) => m.topic === 'Kitchen/k2/interface' && m.json !== undefined && m !== first, 'another repeated announcement of k2', raw.messages.indexOf(first) + 1);
    expect(again.json.instance).to.equal('k2');
    expect(Date.parse(again.json.timestamp)).to.be.at.least(Date.parse(first.json.timestamp));
  });

  it('firstClient skips the incompatible instance and returns a working client of k1 with every property value present', async function () {
    const reply = await watcher.ok({ cmd: 'firstClient', discovery: 'd', name: 'first', timeoutMs: 5000 });
    expect(reply.result.instanceId).to.equal('k1');
    expect(reply.result.values).to.deep.equal(initialValues(1).ts);
    expect((await watcher.ok({ cmd: 'call', client: 'first', method: 'addNumbers', args: [2, 3] })).result).to.equal(5);
    expect((await watcher.ok({ cmd: 'clientSet', client: 'first', property: 'favoriteNumber', value: 11 })).result).to.equal(11);
    expect((await s1.ok({ cmd: 'serverValues', server: 'k1' })).result.favoriteNumber).to.equal(11);
  });

  it('server.close() clears the announcement with an empty retained payload and the instance is removed', async function () {
    const since = watcher.mark();
    const rawSince = raw.mark();
    await s1.ok({ cmd: 'closeServer', server: 'k1' });
    const cleared = await raw.waitFor((m) => m.topic === 'Kitchen/k1/interface', 'the cleared announcement of k1', rawSince);
    expect(cleared.payload.length, 'empty payload').to.equal(0);
    expect(cleared.retain, 'retained').to.equal(true);
    await discoveryEvent('instanceRemoved', 'k1', since);
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k2']);
    expect(s1.exited).to.equal(null);
  });

  it('SIGKILL of a server process: Last Will says offline, the instance is removed, a pending call times out; a restarted server resumes', async function () {
    await watcher.ok({ cmd: 'client', name: 'c2', instanceId: 'k2', watch: ['favoriteNumber'] });
    await waitForChange(watcher, 'c2', 'favoriteNumber', 2);

    // A call the server holds, still pending when the server dies.
    const serverSince = s2.mark();
    const pending = watcher.send({ cmd: 'call', client: 'c2', method: 'addNumbers', args: [999, 1, absent], options: { timeoutMs: 2500 } });
    await s2.waitFor((l) => l.event === 'call' && l.args[0] === 999, 'the held call', { since: serverSince });

    const since = watcher.mark();
    const rawSince = raw.mark();
    s2.child.kill('SIGKILL');
    const exit = await s2.exit;
    expect(exit.signal).to.equal('SIGKILL');

    const will = await raw.waitFor((m) => m.topic === 'client/disc-server-2/online', 'the Last Will of disc-server-2', rawSince);
    expect(will.json).to.deep.equal({ online: false });
    expect(will.retain, 'Last Will retained').to.equal(true);
    await discoveryEvent('instanceRemoved', 'k2', since);
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal([]);
    expectMethodError(await pending, RC.timeout, 'the call pending when the server died');

    // The same server (same client id, same instance id) comes back.
    const backSince = watcher.mark();
    const restarted = await startPeer(pkg, broker, 'disc-server-2');
    cleanups.push(() => restarted.stop());
    await restarted.ok({ cmd: 'server', name: 'k2', instanceId: 'k2', initialValues: initialValues(22).ts });
    const added = await discoveryEvent('instanceAdded', 'k2', backSince);
    expect(added.info.connectionTopic).to.equal('client/disc-server-2/online');
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k2']);

    // The client made before the kill works with the new server.
    await waitForChange(watcher, 'c2', 'favoriteNumber', 22, backSince);
    expect((await watcher.ok({ cmd: 'call', client: 'c2', method: 'addNumbers', args: [1, 2] })).result).to.equal(3);
    expect((await watcher.ok({ cmd: 'clientSet', client: 'c2', property: 'favoriteNumber', value: 23 })).result).to.equal(23);
    expect((await restarted.ok({ cmd: 'serverValues', server: 'k2' })).result.favoriteNumber).to.equal(23);
    expect(watcher.exited).to.equal(null);
  });

  it('a frozen server process (SIGSTOP) is removed by its keep-alive running out, and comes back when it resumes (SIGCONT)', async function () {
    const frozen = await startPeer(pkg, broker, 'disc-server-5', { keepAliveSeconds: 1, reconnectDelayMs: 50, maxReconnectDelayMs: 200 });
    cleanups.push(async () => {
      frozen.child.kill('SIGCONT');
      await frozen.stop();
    });
    let since = watcher.mark();
    await frozen.ok({ cmd: 'server', name: 'k5', instanceId: 'k5', initialValues: initialValues(5).ts });
    await discoveryEvent('instanceAdded', 'k5', since);

    // The socket stays open: only the broker's keep-alive check can notice.
    since = watcher.mark();
    const rawSince = raw.mark();
    frozen.child.kill('SIGSTOP');
    const will = await waitLonger(raw, (m) => m.topic === 'client/disc-server-5/online' && m.json !== undefined, 'the Last Will of the frozen server', rawSince, 15000);
    expect(will.json).to.deep.equal({ online: false });
    await discoveryEvent('instanceRemoved', 'k5', since);
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.not.include('k5');

    since = watcher.mark();
    frozen.child.kill('SIGCONT');
    await discoveryEvent('instanceAdded', 'k5', since);
    await watcher.ok({ cmd: 'client', name: 'c5', instanceId: 'k5' });
    expect((await watcher.ok({ cmd: 'call', client: 'c5', method: 'addNumbers', args: [5, 5] })).result).to.equal(10);
    await frozen.ok({ cmd: 'closeServer', server: 'k5' });
  });

  it('one connection holds two servers and a client of one of them, side by side', async function () {
    const since = watcher.mark();
    await s1.ok({ cmd: 'server', name: 'k3', instanceId: 'k3', initialValues: initialValues(3).ts });
    await s1.ok({ cmd: 'server', name: 'k4', instanceId: 'k4', initialValues: initialValues(4).ts });
    await discoveryEvent('instanceAdded', 'k3', since);
    await discoveryEvent('instanceAdded', 'k4', since);
    expect((await watcher.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['k2', 'k3', 'k4']);

    await s1.ok({ cmd: 'client', name: 'own', instanceId: 'k4', watch: ['favoriteNumber'] });
    await waitForChange(s1, 'own', 'favoriteNumber', 4);
    expect((await s1.ok({ cmd: 'clientSet', client: 'own', property: 'favoriteNumber', value: 44 })).result).to.equal(44);
    expect((await s1.ok({ cmd: 'serverValues', server: 'k4' })).result.favoriteNumber).to.equal(44);
    expect((await s1.ok({ cmd: 'serverValues', server: 'k3' })).result.favoriteNumber, 'the other server untouched').to.equal(3);
    expect((await s1.ok({ cmd: 'call', client: 'own', method: 'addNumbers', args: [4, 4] })).result).to.equal(8);
  });
});
