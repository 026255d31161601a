// @ts-check
'use strict';

// The ACL of `stingeripc acl` in a real mosquitto (issue 9): allow_anonymous
// false, a password file made by mosquitto_passwd, and the generated ACL for
// examples/full.stingeripc (interface Kitchen) with a server user and two
// client users. The generated server and clients, each in its own process
// and logged in as its user, do everything: discovery, method calls,
// signals, property sets. A second connection of a client user (raw mqtt.js)
// is then refused, with PUBACK reason code 0x87, when it tries to overwrite a
// property value, emit a signal, announce a server or fake a presence, and
// never receives the replies addressed to another client. An observer
// (a user added to the ACL with read access to everything) sees what
// reaches the broker's subscribers.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { expect } = require('chai');
const { startBroker, findMosquitto } = require('../support/broker');
const { generatedKitchen, REPO_ROOT } = require('../support/generate');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { FAST_CONNECTION, initialValues, startPeer, valueTopic, versionOf, waitForChange, waitForJson } = require('./props-fixture');

const NOT_AUTHORIZED = 0x87;

/** The users, their passwords and roles. */
const USERS = {
  service: { password: 'service-secret', role: '--server-user' },
  'app-1': { password: 'app-1-secret', role: '--client-user' },
  'app-2': { password: 'app-2-secret', role: '--client-user' },
  observer: { password: 'observer-secret', role: '' },
};

/** @param {keyof typeof USERS} user */
function login(user) {
  return { username: user, password: USERS[user].password };
}

/**
 * mosquitto_passwd next to the broker binary, else on PATH.
 * @returns {string}
 */
function findPasswd() {
  const beside = path.join(path.dirname(findMosquitto()), 'mosquitto_passwd');
  if (fs.existsSync(beside)) return beside;
  for (const dir of ['/usr/bin', '/usr/local/bin', ...(process.env.PATH || '').split(path.delimiter)]) {
    const candidate = path.join(dir, 'mosquitto_passwd');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('mosquitto_passwd not found; it comes with mosquitto (apt-get install -y mosquitto)');
}

/**
 * Publishes and resolves with the PUBACK reason code (0 when accepted).
 * @param {import('../support/raw-mqtt').RawClient} raw
 * @param {string} topic
 * @param {string} payload
 * @param {import('mqtt').IClientPublishOptions} [options]
 */
async function pubackCode(raw, topic, payload, options = {}) {
  try {
    await raw.publish(topic, payload, options);
    return 0;
  } catch (err) {
    const code = /** @type {{ code?: unknown }} */ (err).code;
    if (typeof code !== 'number') throw err;
    return code;
  }
}

describe('e2e: the generated ACL in mosquitto (allow_anonymous false, password file)', function () {
  this.timeout(60000);
  /** @type {import('../support/generate').GeneratedPackage} */
  let pkg;
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {string} */
  let dir;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let observer;
  /** @type {import('../support/processes').Program} */
  let server;
  /** @type {import('../support/processes').Program} */
  let app1;
  /** @type {import('../support/processes').Program} */
  let app2;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    pkg = await generatedKitchen();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-acl-e2e-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));

    const passwordFile = path.join(dir, 'passwd');
    const passwd = findPasswd();
    for (const [user, { password }] of Object.entries(USERS)) {
      const create = fs.existsSync(passwordFile) ? [] : ['-c'];
      execFileSync(passwd, [...create, '-b', passwordFile, user, password], { stdio: 'pipe' });
    }
    const aclFile = path.join(dir, 'acl');
    const roles = Object.entries(USERS).flatMap(([user, { role }]) => (role ? [role, user] : []));
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'stingeripc.js'), 'acl', path.join(REPO_ROOT, 'examples', 'full.stingeripc'), ...roles, '-o', aclFile], { stdio: 'pipe' });
    // The observer: a user of the test's own, appended the way a second ACL is combined.
    fs.appendFileSync(aclFile, '\nuser observer\ntopic read #\n');

    broker = await startBroker({ config: ['allow_anonymous false', `password_file ${passwordFile}`, `acl_file ${aclFile}`] });
    cleanups.push(() => broker.stop());
    observer = await connectRaw(broker.url, { clientId: 'acl-observer', ...login('observer') });
    cleanups.push(() => observer.end());
    await observer.subscribe(['Kitchen/#', 'client/#']);

    server = await startPeer(pkg, broker, 'acl-server', { ...FAST_CONNECTION, ...login('service') });
    cleanups.push(() => server.stop());
    app1 = await startPeer(pkg, broker, 'acl-app-1', { ...FAST_CONNECTION, ...login('app-1') });
    cleanups.push(() => app1.stop());
    app2 = await startPeer(pkg, broker, 'acl-app-2', { ...FAST_CONNECTION, ...login('app-2') });
    cleanups.push(() => app2.stop());
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  afterEach(function () {
    if (this.currentTest && this.currentTest.state === 'failed') {
      console.log(`--- broker log ---\n${broker.log().slice(-4000)}`);
    }
  });

  it('refuses a connection without a user or with a wrong password', async function () {
    let anonymous = null;
    try {
      const raw = await connectRaw(broker.url, { clientId: 'acl-anonymous' });
      await raw.end();
    } catch (err) {
      anonymous = err;
    }
    expect(anonymous, 'anonymous connection').to.be.an('error');
    let wrong = null;
    try {
      const raw = await connectRaw(broker.url, { clientId: 'acl-wrong', username: 'app-1', password: 'guess' });
      await raw.end();
    } catch (err) {
      wrong = err;
    }
    expect(wrong, 'wrong password').to.be.an('error');
  });

  it('the server and the clients, each as its user, do everything: discovery, calls, signals, property sets', async function () {
    const since = observer.mark();
    const values = initialValues(7);
    await server.ok({ cmd: 'server', name: 'k', instanceId: 'main', initialValues: values.ts });
    for (const topic of ['Kitchen/main/interface', valueTopic('main', 'favoriteNumber')]) await observer.waitForTopic(topic, since);
    // Each peer's presence came when it connected.
    for (const clientId of ['acl-server', 'acl-app-1', 'acl-app-2']) {
      expect((await observer.waitForTopic(`client/${clientId}/online`)).json).to.deep.equal({ online: true });
    }

    // Discovery as app-1 (announcements and presence), a client as app-2.
    await app1.ok({ cmd: 'discovery', name: 'd' });
    const first = await app1.ok({ cmd: 'firstClient', discovery: 'd', name: 'c1', timeoutMs: 10000 });
    expect(first.result.instanceId).to.equal('main');
    expect(first.result.values.favoriteNumber).to.equal(7);
    const c2 = await app2.ok({ cmd: 'client', name: 'c2', instanceId: 'main', watch: ['favoriteNumber'] });
    expect(c2.result.favoriteNumber).to.equal(7);

    // Method calls from both users.
    expect((await app1.ok({ cmd: 'call', client: 'c1', method: 'addNumbers', args: [2, 3] })).result).to.equal(5);
    expect((await app2.ok({ cmd: 'call', client: 'c2', method: 'addNumbers', args: [40, 2] })).result).to.equal(42);

    // A signal reaches the clients.
    await app2.ok({ cmd: 'listen', client: 'c2', method: 'receiveReady' });
    const signalSince = app2.mark();
    await server.ok({ cmd: 'emit', server: 'k', method: 'emitReady', args: [] });
    await app2.waitFor((l) => l.event === 'signal' && l.client === 'c2' && l.method === 'receiveReady', 'the ready signal at c2', { since: signalSince });

    // A property set by app-1 reaches the server and app-2's client.
    const changeSince = app2.mark();
    expect((await app1.ok({ cmd: 'clientSet', client: 'c1', property: 'favoriteNumber', value: 8 })).result).to.equal(8);
    await server.waitFor((l) => l.event === 'updated' && l.property === 'favoriteNumber' && l.value === 8, 'the update at the server');
    await waitForChange(app2, 'c2', 'favoriteNumber', 8, changeSince);

    // Nothing was refused on the way.
    for (const peer of [server, app1, app2]) {
      const errors = peer.lines.filter((l) => /Error$/.test(String(l.event)));
      expect(errors, `${peer.name} errors`).to.deep.equal([]);
    }
  });

  it('a second connection of a client user cannot overwrite a value, emit a signal, announce a server, fake a presence or update a read-only property', async function () {
    const attacker = await connectRaw(broker.url, { clientId: 'acl-attacker', ...login('app-2') });
    cleanups.push(() => attacker.end());
    // The value the previous test set, as the broker handed it out.
    const value = await waitForJson(observer, valueTopic('main', 'favoriteNumber'), (json) => json.number === 8);
    const since = observer.mark();
    const announcement = {
      interface_name: 'Kitchen',
      title: 'Kitchen controller',
      version: '1.2.0',
      instance: 'fake',
      connection_topic: 'client/acl-attacker/online',
      timestamp: new Date().toISOString(),
    };
    const hostile = [
      { what: 'overwrite the retained value', topic: valueTopic('main', 'favoriteNumber'), payload: '{"number":666}', options: { retain: true, properties: { userProperties: { PropertyVersion: '999' } } } },
      { what: 'emit a signal', topic: 'Kitchen/main/signal/ready', payload: '{}', options: {} },
      { what: 'announce a server', topic: 'Kitchen/fake/interface', payload: JSON.stringify(announcement), options: { retain: true } },
      { what: 'remove the real announcement', topic: 'Kitchen/main/interface', payload: '', options: { retain: true } },
      { what: "say the server's connection is offline", topic: 'client/acl-server/online', payload: '{"online":false}', options: { retain: true } },
      { what: 'reply to another client', topic: 'client/acl-app-1/Kitchen/method/add_numbers/response', payload: '{"sum":1}', options: { properties: { correlationData: Buffer.from('x'), userProperties: { ReturnCode: '0' } } } },
      { what: 'update the read-only todays_menu', topic: 'Kitchen/main/property/todays_menu/update', payload: '{}', options: { properties: { responseTopic: 'client/acl-attacker/Kitchen/property/todays_menu/update/response', correlationData: Buffer.from('y') } } },
    ];
    for (const h of hostile) {
      expect(await pubackCode(attacker, h.topic, h.payload, h.options), h.what).to.equal(NOT_AUTHORIZED);
    }
    // What the same user may do goes through: a method request (to an
    // instance no one serves). Published after the refused ones on the same
    // connection, so once the observer has it, anything refused would have
    // arrived before it.
    expect(await pubackCode(attacker, 'Kitchen/nobody/method/reset/request', '{}'), 'a method request').to.equal(0);
    await observer.waitForTopic('Kitchen/nobody/method/reset/request', since);
    const arrived = observer.messages.slice(since).filter((m) => hostile.some((h) => h.topic === m.topic));
    expect(arrived.map((m) => `${m.topic} ${m.payload.toString()}`)).to.deep.equal([]);

    // A fresh subscriber of the client user still gets the server's value and announcement.
    const fresh = await connectRaw(broker.url, { clientId: 'acl-fresh', ...login('app-1') });
    try {
      await fresh.subscribe(['Kitchen/+/property/favorite_number/value', 'Kitchen/+/interface']);
      const retained = await fresh.waitForTopic(valueTopic('main', 'favoriteNumber'));
      expect(retained.json).to.deep.equal({ number: 8 });
      expect(versionOf(retained)).to.equal(versionOf(value));
      await fresh.waitForTopic('Kitchen/main/interface');
      expect(fresh.messages.filter((m) => m.topic === 'Kitchen/fake/interface')).to.deep.equal([]);
    } finally {
      await fresh.end();
    }
    // Discovery still lists only the real server; no signal reached the clients.
    expect((await app1.ok({ cmd: 'instances', discovery: 'd' })).result).to.deep.equal(['main']);
    expect(app2.lines.filter((l) => l.event === 'signal')).to.have.length(1);
  });

  it("a second connection of a client user never receives another client's replies", async function () {
    const snoop = await connectRaw(broker.url, { clientId: 'acl-snoop', ...login('app-2') });
    cleanups.push(() => snoop.end());
    // Subscribing is allowed (mosquitto checks reads on delivery); '#' asks for everything.
    await snoop.subscribe(['#']);
    const since = observer.mark();
    const snoopSince = snoop.mark();
    expect((await app1.ok({ cmd: 'call', client: 'c1', method: 'addNumbers', args: [20, 1] })).result).to.equal(21);
    expect((await app1.ok({ cmd: 'clientSet', client: 'c1', property: 'favoriteNumber', value: 9 })).result).to.equal(9);
    // The replies did reach the broker's subscribers: the observer has them.
    const reply = await observer.waitForTopic('client/acl-app-1/Kitchen/method/add_numbers/response', since);
    expect(userProperties(reply.properties).ReturnCode).to.equal('0');
    await observer.waitForTopic('client/acl-app-1/Kitchen/property/favorite_number/update/response', since);
    // The server publishes a signal after both replies; the snoop may read
    // signals, so once it has the signal, the replies would have come before it.
    await server.ok({ cmd: 'emit', server: 'k', method: 'emitReady', args: [] });
    await snoop.waitForTopic('Kitchen/main/signal/ready', snoopSince);
    const seen = snoop.messages.slice(snoopSince).map((m) => m.topic);
    // Presence (client/acl-app-1/online) is readable by design, and its
    // retained copy may arrive after the mark; replies must never arrive.
    expect(seen.filter((topic) => topic.startsWith('client/acl-app-1/') && topic !== 'client/acl-app-1/online')).to.deep.equal([]);
    expect(seen.filter((topic) => /\/(request|update)$/.test(topic)), 'requests of other clients').to.deep.equal([]);
    // It did get what a client user may read: the new value.
    expect(seen).to.include(valueTopic('main', 'favoriteNumber'));
  });

  it('after the hostile traffic, calls and sets of the generated clients still succeed and nothing reported an error', async function () {
    expect((await app2.ok({ cmd: 'call', client: 'c2', method: 'addNumbers', args: [1, 1] })).result).to.equal(2);
    expect((await app2.ok({ cmd: 'clientSet', client: 'c2', property: 'favoriteNumber', value: 10 })).result).to.equal(10);
    for (const peer of [server, app1, app2]) {
      const errors = peer.lines.filter((l) => /Error$/.test(String(l.event)));
      expect(errors, `${peer.name} errors`).to.deep.equal([]);
    }
  });
});
