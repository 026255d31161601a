// @ts-check
'use strict';
// Two devices (issue 14): node1's mosquitto runs the Example server (topics
// under prefix node1), the gateway's mosquitto runs the client; the
// gateway's MQTT v5 bridge dials node1 over TLS with a client certificate,
// through a TCP relay the test can cut. Both brokers run the example files
// of examples/deploy/two-devices/ (ports and file paths replaced), the
// gateway's with the lines `stingeripc bridge` writes. Checked: discovery,
// calls, property sets and signals across the bridge; Response Topic,
// Correlation Data, user properties and retained values with their
// properties as they arrive on the other broker; a cut link unlists the
// instance (linkStateTopic), calls time out meanwhile, and once the link is
// back the instance is listed again with the value changed meanwhile.

const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { expect } = require('chai');
const { startBroker, freePort } = require('../support/broker');
const { connectRaw, userProperties } = require('../support/raw-mqtt');
const { EXAMPLE, TOPICS, stingeripc, deployPackage, exampleConfig } = require('../support/deploy');

/**
 * A private CA, node1's broker certificate (for 127.0.0.1) and the gateway's
 * client certificate (Common Name gateway), made by openssl.
 * @param {string} dir
 */
function makeCertificates(dir) {
  const openssl = (/** @type {string[]} */ args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=stinger test CA']);
  /** @param {string} name @param {string} extensions */
  const signed = (name, extensions) => {
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    fs.writeFileSync(path.join(dir, `${name}.ext`), `${extensions}\n`);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`]);
  };
  signed('node1', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth');
  signed('gateway', 'extendedKeyUsage=clientAuth');
  /** @param {string} file */
  const at = (file) => path.join(dir, file);
  return { ca: at('ca.crt'), node1Cert: at('node1.crt'), node1Key: at('node1.key'), gatewayCert: at('gateway.crt'), gatewayKey: at('gateway.key') };
}

/**
 * The link between the devices: a TCP relay from `port` to `target` that
 * can be cut (every connection closed, new ones refused) and restored.
 * @param {number} port
 * @param {number} target
 */
async function startLink(port, target) {
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  /** @type {net.Server | undefined} */
  let server;
  const open = () =>
    new Promise((resolve, reject) => {
      const made = net.createServer((inbound) => {
        const outbound = net.connect({ host: '127.0.0.1', port: target });
        for (const socket of [inbound, outbound]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        inbound.pipe(outbound);
        outbound.pipe(inbound);
        inbound.on('close', () => outbound.destroy());
        outbound.on('close', () => inbound.destroy());
      });
      made.once('error', reject);
      made.listen(port, '127.0.0.1', () => {
        server = made;
        resolve(undefined);
      });
    });
  await open();
  return {
    async cut() {
      const closing = server;
      server = undefined;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => (closing ? closing.close(() => resolve(undefined)) : resolve(undefined)));
    },
    async restore() {
      // The port may stay busy for a moment after the close.
      for (let attempt = 0; ; attempt++) {
        try {
          await open();
          return;
        } catch (err) {
          if (attempt >= 50) throw err;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    async stop() {
      await this.cut();
    },
  };
}

/**
 * Waits for a condition; the limit only turns a hang into a readable failure.
 * @param {() => boolean} condition
 * @param {string} what
 */
async function until(condition, what) {
  for (let i = 0; i < 3000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The first message since `since` that matches, waiting with the generous
 * limit of `until` (the raw client's own wait is short for a loaded machine).
 * @param {import('../support/raw-mqtt').RawClient} raw
 * @param {(m: import('../support/raw-mqtt').WireMessage) => boolean} predicate
 * @param {string} what
 * @param {number} [since]
 */
async function seen(raw, predicate, what, since = 0) {
  await until(() => raw.messages.slice(since).some(predicate), what);
  return /** @type {import('../support/raw-mqtt').WireMessage} */ (raw.messages.slice(since).find(predicate));
}

describe('two devices joined by a mosquitto MQTT v5 bridge (examples/deploy/two-devices)', function () {
  this.timeout(600000);
  /** @type {string} */
  let temp;
  /** @type {any} */
  let pkg;
  /** @type {import('../support/broker').Broker} */
  let node1;
  /** @type {import('../support/broker').Broker} */
  let gateway;
  /** @type {Awaited<ReturnType<typeof startLink>>} */
  let link;
  /** @type {any} */
  let serverConn;
  /** @type {any} */
  let clientConn;
  /** @type {any} */
  let server;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let onNode1;
  /** @type {import('../support/raw-mqtt').RawClient} */
  let onGateway;

  before(async function () {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bridge-e2e-'));
    const certs = makeCertificates(temp);
    ({ indexModule: pkg } = await deployPackage());
    pkg = require(pkg);
    const tlsPort = await freePort();
    node1 = await startBroker({
      ownConfig: (port) =>
        exampleConfig('two-devices/node1.conf', {
          replace: [
            ['listener 1883 127.0.0.1', `listener ${port} 127.0.0.1`],
            ['listener 8883', `listener ${tlsPort} 127.0.0.1`],
            ['/etc/mosquitto/ca/ca.crt', certs.ca],
            ['/etc/mosquitto/certs/node1.crt', certs.node1Cert],
            ['/etc/mosquitto/certs/node1.key', certs.node1Key],
          ],
        }),
    });
    const linkPort = await freePort();
    link = await startLink(linkPort, tlsPort);
    // The bridge lines: the command's output, as the README says to make them.
    const bridgeLines = await stingeripc(['bridge', EXAMPLE, '--config', TOPICS, '--prefix', 'node1', '--servers', 'remote']);
    fs.writeFileSync(path.join(temp, 'bridge-node1.conf'), bridgeLines);
    gateway = await startBroker({
      ownConfig: (port) => [
        ...exampleConfig('two-devices/gateway.conf', {
          replace: [
            ['listener 1883 127.0.0.1', `listener ${port} 127.0.0.1`],
            ['address node1.local:8883', `address 127.0.0.1:${linkPort}`],
            ['/etc/mosquitto/ca/ca.crt', certs.ca],
            ['/etc/mosquitto/certs/gateway.crt', certs.gatewayCert],
            ['/etc/mosquitto/certs/gateway.key', certs.gatewayKey],
          ],
        }),
        ...bridgeLines.split('\n').filter((line) => line.startsWith('topic ')),
      ],
    });
    onNode1 = await connectRaw(node1.url, { clientId: 'watch-node1' });
    await onNode1.subscribe(['node1/#']);
    onGateway = await connectRaw(gateway.url, { clientId: 'watch-gateway' });
    await onGateway.subscribe(['client/#', 'node1/#', 'bridge/#']);
    await seen(onGateway, (m) => m.topic === 'bridge/node1/state' && m.payload.toString() === '1', 'the bridge to connect');

    serverConn = new pkg.MqttConnection({ host: node1.host, port: node1.port, clientId: 'node1-server' });
    server = new pkg.ExampleServer(serverConn, { instanceId: 'main', prefix: 'node1', initialValues: { favoriteNumber: 7 } });
    server.handleAddNumbers((/** @type {number} */ left, /** @type {number} */ right) => {
      if (left === 13) throw new pkg.MethodError(pkg.ReturnCode.ClientError, 'thirteen is not allowed');
      return left + right;
    });
    await server.ready();
    clientConn = new pkg.MqttConnection({ host: gateway.host, port: gateway.port, clientId: 'gateway-app' });
  });

  after(async () => {
    if (clientConn) await clientConn.close();
    if (server) await server.close().catch(() => undefined);
    if (serverConn) await serverConn.close();
    if (onNode1) await onNode1.end();
    if (onGateway) await onGateway.end();
    if (gateway) await gateway.stop();
    if (link) await link.stop();
    if (node1) await node1.stop();
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('the gateway has node1\'s retained value with its PropertyVersion, and its announcement', async function () {
    const late = await connectRaw(gateway.url, { clientId: 'late-subscriber' });
    try {
      await late.subscribe(['node1/Example/main/property/favorite_number/value', 'node1/Example/main/interface']);
      const value = await seen(late, (m) => m.topic === 'node1/Example/main/property/favorite_number/value', 'the retained value');
      expect(value.retain).to.equal(true);
      expect(value.json).to.deep.equal({ number: 7 });
      expect(userProperties(value.properties)).to.deep.equal({ PropertyVersion: '1' });
      const announcement = await seen(late, (m) => m.topic === 'node1/Example/main/interface', 'the retained announcement');
      expect(announcement.retain).to.equal(true);
      expect(announcement.json.connection_topic).to.equal('client/node1-server/online');
      expect(announcement.properties.messageExpiryInterval).to.be.a('number');
    } finally {
      await late.end();
    }
  });

  it('a client on the gateway discovers, calls, sets and hears the server on node1; Response Topic, Correlation Data and user properties cross the bridge', async function () {
    const discovery = new pkg.ExampleDiscovery(clientConn, { prefix: 'node1', linkStateTopic: 'bridge/node1/state' });
    const client = await discovery.firstClient({ timeoutMs: 30000 });
    try {
      expect(client.instanceId).to.equal('main');
      expect(client.favoriteNumber).to.equal(7);
      const nodeMark = onNode1.mark();
      const gatewayMark = onGateway.mark();
      expect(await client.addNumbers(2, 3)).to.equal(5);
      // The request as node1's broker has it: the caller's Response Topic and Correlation Data, its expiry.
      const request = await seen(onNode1, (m) => m.topic === 'node1/Example/main/method/add_numbers/request', 'the request on node1', nodeMark);
      expect(request.properties.responseTopic).to.equal('client/gateway-app/Example/method/add_numbers/response');
      expect(Buffer.from(request.properties.correlationData).length).to.equal(36);
      expect(request.properties.messageExpiryInterval).to.be.a('number');
      // The reply as the gateway's broker has it: the same Correlation Data, ReturnCode.
      const reply = await seen(onGateway, (m) => m.topic === 'client/gateway-app/Example/method/add_numbers/response', 'the reply on the gateway', gatewayMark);
      expect(Buffer.from(reply.properties.correlationData).equals(Buffer.from(request.properties.correlationData))).to.equal(true);
      expect(userProperties(reply.properties)).to.deep.equal({ ReturnCode: '0' });
      // An error reply's ReturnCode and DebugInfo.
      const refused = await client.addNumbers(13, 1).catch((/** @type {Error} */ e) => e);
      expect(refused).to.be.instanceOf(pkg.MethodError);
      expect(refused.returnCode).to.equal(pkg.ReturnCode.ClientError);
      expect(refused.debugInfo).to.equal('thirteen is not allowed');
      // A property set: PropertyVersion there and back.
      expect(await client.setFavoriteNumber(8)).to.equal(8);
      const updateReply = await seen(onGateway, (m) => m.topic === 'client/gateway-app/Example/property/favorite_number/update/response', 'the update reply');
      expect(userProperties(updateReply.properties)).to.deep.equal({ ReturnCode: '0', PropertyVersion: '2' });
      expect(server.favoriteNumber).to.equal(8);
      // A signal.
      /** @type {string[]} */
      const heard = [];
      client.receiveFoo((/** @type {string} */ message) => heard.push(message));
      await server.emitFoo('over the bridge');
      await until(() => heard.length > 0, 'the signal');
      expect(heard).to.deep.equal(['over the bridge']);
    } finally {
      await client.close();
      await discovery.close();
    }
  });

  it('a link state that is neither 1 nor 0 goes to onError and changes nothing', async function () {
    /** @type {string[]} */
    const errors = [];
    const discovery = new pkg.ExampleDiscovery(clientConn, { prefix: 'node1', linkStateTopic: 'bridge/node1/state', onError: (/** @type {Error} */ e) => errors.push(e.message) });
    try {
      await discovery.ready();
      await until(() => discovery.instances().length === 1, 'the instance to be listed');
      await onGateway.publish('bridge/node1/state', 'up please');
      await until(() => errors.length > 0, 'the bad link state to be reported');
      expect(errors).to.deep.equal(["bad link state on 'bridge/node1/state': expected 1 or 0"]);
      expect(discovery.instances()).to.deep.equal(['main']);
    } finally {
      await discovery.close();
    }
  });

  it('a cut link unlists the instance and calls time out; once it is back the instance is listed again with the value changed meanwhile', async function () {
    const discovery = new pkg.ExampleDiscovery(clientConn, { prefix: 'node1', linkStateTopic: 'bridge/node1/state' });
    /** @type {string[]} */
    const events = [];
    discovery.onInstanceAdded((/** @type {string} */ id) => events.push(`added ${id}`));
    discovery.onInstanceRemoved((/** @type {string} */ id) => events.push(`removed ${id}`));
    const client = await discovery.firstClient({ timeoutMs: 30000 });
    try {
      expect(discovery.instances()).to.deep.equal(['main']);
      /** @type {number[]} */
      const seen = [];
      client.onFavoriteNumberChanged((/** @type {number} */ value) => seen.push(value));
      events.length = 0;

      await link.cut();
      await until(() => events.includes('removed main'), 'the instance to be unlisted');
      expect(discovery.instances()).to.deep.equal([]);
      // Calls made while the link is down end with Timeout, cleanly.
      const during = await Promise.all([1, 2, 3].map((n) => client.addNumbers(n, n, { timeoutMs: 1500 }).catch((/** @type {Error} */ e) => e)));
      for (const result of during) {
        expect(result).to.be.instanceOf(pkg.MethodError);
        expect(result.returnCode).to.equal(pkg.ReturnCode.Timeout);
      }
      // node1 goes on without the gateway.
      await server.setFavoriteNumber(99);
      await server.emitFoo('nobody hears this on the gateway');

      await link.restore();
      await until(() => events.includes('added main'), 'the instance to be listed again');
      expect(events).to.deep.equal(['removed main', 'added main']);
      await until(() => client.favoriteNumber === 99, 'the value changed while the link was down');
      expect(seen).to.deep.equal([99]);
      expect(await client.addNumbers(20, 22)).to.equal(42);
      expect(await client.setFavoriteNumber(100)).to.equal(100);
    } finally {
      await client.close();
      await discovery.close();
    }
  });
});
