// @ts-check
'use strict';
// Server replicas (issue 14): three processes serve instance 'main' with
// shareGroup 'g' (one owner with the property values, two methodsOnly
// replicas), on a mosquitto run with the one-device example configuration
// (examples/deploy/device/: unix socket listener, users, the ACL that
// `stingeripc acl` writes). 1,000 calls: every call answered exactly once,
// every replica used; one replica killed with SIGKILL mid-run loses at most
// the calls it had taken (they time out with code 11), none is answered twice.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { expect } = require('chai');
const { startBroker, findMosquitto } = require('../support/broker');
const { Program } = require('../support/processes');
const { connectRaw } = require('../support/raw-mqtt');
const { DEPLOY, EXAMPLE, TOPICS, stingeripc, deployPackage, exampleConfig } = require('../support/deploy');

const PROGRAM = path.join(__dirname, 'programs', 'replica-server.js');
const CALLS = 1000;
const IN_FLIGHT = 30;
const KILL_AFTER = 300; // answered calls before the SIGKILL
const CALL_TIMEOUT_MS = 30000;
const SERVER_PASSWORD = 'server secret';
const APP_PASSWORD = 'app secret';

/** @returns {string} mosquitto_passwd next to the broker binary, else on PATH */
function findPasswd() {
  for (const dir of [path.dirname(findMosquitto()), '/usr/bin', '/usr/local/bin', ...(process.env.PATH || '').split(path.delimiter)]) {
    const candidate = path.join(dir, 'mosquitto_passwd');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('mosquitto_passwd not found; it comes with mosquitto (apt-get install -y mosquitto)');
}

/**
 * Waits for a program's 'ready' line; the generous limit only turns a hang
 * into a readable failure (Program.waitFor's is short).
 * @param {Program} program
 */
async function startedUp(program) {
  for (let i = 0; i < 6000; i++) {
    if (program.lines.some((line) => line.event === 'ready')) return;
    if (program.exited || program.lines.some((line) => line.event === 'readyFailed')) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${program.name} did not become ready\n${program.report()}`);
}

describe('server replicas: shareGroup on the one-device example broker (unix socket, users, ACL)', function () {
  this.timeout(600000);
  /** @type {string} */
  let temp;
  /** @type {any} */
  let pkg;
  /** @type {import('../support/broker').Broker} */
  let broker;
  /** @type {Program[]} */
  let servers = [];

  before(async function () {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-replicas-'));
    const { indexModule } = await deployPackage();
    pkg = require(indexModule);
    // The committed ACL is what the command writes (so the README's file is the tested one).
    const acl = await stingeripc(['acl', EXAMPLE, '--config', TOPICS, '--server-user', 'example-server', '--client-user', 'example-app']);
    expect(fs.readFileSync(path.join(DEPLOY, 'device', 'example.acl'), 'utf8')).to.equal(acl);
    // The test's observer may read every reply, to count them on the wire.
    const aclFile = path.join(temp, 'example.acl');
    fs.writeFileSync(aclFile, `${acl}\nuser observer\ntopic read client/#\n`);
    const passwd = path.join(temp, 'passwd');
    execFileSync(findPasswd(), ['-c', '-b', passwd, 'example-server', SERVER_PASSWORD]);
    execFileSync(findPasswd(), ['-b', passwd, 'example-app', APP_PASSWORD]);
    execFileSync(findPasswd(), ['-b', passwd, 'observer', 'observer secret']);
    const socketPath = path.join(temp, 'mqtt.sock');
    const config = exampleConfig('device/mosquitto.conf', {
      replace: [
        ['/run/mosquitto/mqtt.sock', socketPath],
        ['/etc/mosquitto/passwd', passwd],
        ['/etc/mosquitto/example.acl', aclFile],
      ],
      // The test broker has its TCP listener on a free port; false is the default.
      drop: ['listener 1883 127.0.0.1', 'per_listener_settings false'],
    });
    broker = await startBroker({ config });
  });

  after(async () => {
    for (const server of servers) await server.stop();
    if (broker) await broker.stop();
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('a methods-only replica has no values (reading or setting one throws); methodsOnly needs a shareGroup; a bad group is a RangeError', async function () {
    const connection = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'lonely-replica', username: 'example-server', password: SERVER_PASSWORD });
    try {
      expect(() => new pkg.ExampleServer(connection, { instanceId: 'x', prefix: 'node1', methodsOnly: true })).to.throw(TypeError, 'methodsOnly must be true and needs a shareGroup');
      expect(() => new pkg.ExampleServer(connection, { instanceId: 'x', prefix: 'node1', shareGroup: 'a/b', methodsOnly: true })).to.throw(RangeError, 'shareGroup');
      const replica = new pkg.ExampleServer(connection, { instanceId: 'alone', prefix: 'node1', shareGroup: 'g2', methodsOnly: true });
      await replica.ready();
      expect(() => replica.favoriteNumber).to.throw(Error, 'methods-only replica');
      const refused = await replica.setFavoriteNumber(3).catch((/** @type {Error} */ e) => e);
      expect(refused).to.be.instanceOf(Error);
      expect(refused.message).to.contain('methods-only replica');
      await replica.close();
    } finally {
      await connection.close();
    }
  });

  it('a broker without shared subscriptions: a server with shareGroup rejects ready() and tells onError, it does not hang', async function () {
    // mosquitto always offers shared subscriptions; the generated server's
    // connection is given a CONNACK that says Shared Subscription Available = 0
    // (nothing listens on port 1, so nothing reaches a broker).
    const connection = new pkg.MqttConnection({ host: '127.0.0.1', port: 1, clientId: 'no-shared-broker', onError: () => undefined });
    try {
      connection.client.emit('connect', { cmd: 'connack', returnCode: 0, properties: { sharedSubscriptionAvailable: false } });
      /** @type {string[]} */
      const errors = [];
      const server = new pkg.ExampleServer(connection, {
        instanceId: 'main',
        prefix: 'node1',
        shareGroup: 'g',
        initialValues: { favoriteNumber: 1 },
        onError: (/** @type {Error} */ err) => errors.push(err.message),
      });
      const refused = await server.ready().then(() => undefined, (/** @type {Error} */ e) => e);
      expect(refused).to.be.instanceOf(Error);
      expect(refused.message).to.contain('the broker has no shared subscriptions');
      expect(errors.some((message) => message.includes('a server with shareGroup needs an MQTT v5 broker with shared subscriptions'))).to.equal(true);
    } finally {
      await connection.close();
    }
  });

  it('1,000 calls over three processes: each answered once, all used; a SIGKILLed replica loses at most the calls in flight (code 11), none answered twice', async function () {
    const socketPath = /** @type {string} */ (broker.socketPath ?? path.join(temp, 'mqtt.sock'));
    const { indexModule } = await deployPackage();
    servers = [
      new Program(PROGRAM, [indexModule, socketPath, 'owner', 'a', SERVER_PASSWORD]),
      new Program(PROGRAM, [indexModule, socketPath, 'replica', 'b', SERVER_PASSWORD]),
      new Program(PROGRAM, [indexModule, socketPath, 'replica', 'c', SERVER_PASSWORD]),
    ];
    // Starting node, loading the package and connecting can take long on a loaded machine.
    for (const server of servers) await startedUp(server);
    const [owner, doomed] = servers;

    const observer = await connectRaw(broker.url, { clientId: 'observer', username: 'observer', password: 'observer secret' });
    await observer.subscribe(['client/app/Example/method/add_numbers/response']);
    const connection = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'app', username: 'example-app', password: APP_PASSWORD });
    try {
      const discovery = new pkg.ExampleDiscovery(connection, { prefix: 'node1' });
      const client = await discovery.firstClient({ timeoutMs: 20000 });
      expect(client.instanceId).to.equal('main');
      // One owner: the value is the owner's, and updates go to it alone.
      expect(client.favoriteNumber).to.equal(7);
      expect(await client.setFavoriteNumber(8)).to.equal(8);

      /** @type {Array<{ value?: number, code?: number, error?: string }>} */
      const results = new Array(CALLS);
      let next = 0;
      let answered = 0;
      /** @type {Promise<unknown> | undefined} */
      let killed;
      const worker = async () => {
        while (next < CALLS) {
          const left = next++;
          try {
            results[left] = { value: await client.addNumbers(left, 1000, { timeoutMs: CALL_TIMEOUT_MS }) };
            answered += 1;
            if (answered === KILL_AFTER) killed = doomed.interrupt('SIGKILL');
          } catch (err) {
            const error = /** @type {any} */ (err);
            results[left] = { code: error.returnCode, error: error.message };
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      await killed;
      expect(doomed.exited?.signal).to.equal('SIGKILL');

      /** @param {Program} server */
      const taken = (server) => server.lines.filter((line) => line.event === 'got').map((line) => /** @type {number} */ (line.left));
      const takenBy = servers.map(taken);
      // Every replica took calls.
      for (const [index, list] of takenBy.entries()) expect(list.length, `calls taken by server ${index}`).to.be.greaterThan(0);
      // No call reached two servers.
      const all = takenBy.flat();
      expect(new Set(all).size).to.equal(all.length);
      // Every call: its sum, or Timeout. A call that timed out was lost with
      // the killed replica: no survivor took it, and the client never had more
      // than IN_FLIGHT calls out, so the replica cannot have held more.
      const survivorsTook = new Set([...takenBy[0], ...takenBy[2]]);
      /** @type {number[]} */
      const timedOut = [];
      for (let left = 0; left < CALLS; left++) {
        const result = results[left];
        if (result.value !== undefined) {
          expect(result.value, `call ${left}`).to.equal(left + 1000);
        } else {
          expect(result.code, `call ${left}: ${result.error}`).to.equal(pkg.ReturnCode.Timeout);
          expect(survivorsTook.has(left), `timed out call ${left} was taken by a survivor`).to.equal(false);
          timedOut.push(left);
        }
      }
      expect(timedOut.length).to.be.at.most(IN_FLIGHT);
      // Calls the survivors took were all answered.
      for (const left of survivorsTook) expect(results[left].value, `call ${left}`).to.equal(left + 1000);
      // On the wire: no reply twice, one reply per answered call (the observer's
      // copies may still be on their way when the client has its replies).
      const answeredCalls = CALLS - timedOut.length;
      for (let i = 0; i < 3000 && observer.messages.length < answeredCalls; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const correlations = observer.messages.map((m) => String(m.properties.correlationData));
      expect(new Set(correlations).size).to.equal(correlations.length);
      expect(correlations.length).to.equal(answeredCalls);
      // The survivors keep serving; the owner still has the value.
      expect(await client.addNumbers(1, 2)).to.equal(3);
      expect(owner.exited).to.equal(null);
      await client.close();
      await discovery.close();
    } finally {
      await observer.end();
      await connection.close();
    }
  });
});
