// @ts-check
'use strict';
// TLS for the generated MqttConnection (issue 9): `mqtts://` against a real
// mosquitto with a private CA and `require_certificate true`, certificates
// made by openssl in a temp dir. Debian's mosquitto here cannot open a
// websockets listener, so `wss://` goes through a websocket-over-TLS bridge
// made in this test (https + ws, asking for the client certificate) in front
// of a plain mosquitto: that checks the TLS options reach the websocket.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { expect } = require('chai');
const { startWsBridge } = require('./support/ws-bridge');
const { startBroker } = require('./support/broker');
const { generatedKitchen } = require('./support/generate');
const { kitchenInitialValues } = require('./support/kitchen-values');

/**
 * A private CA, a broker certificate for 127.0.0.1/localhost, a client
 * certificate, and a second CA that signed none of them.
 * @param {string} dir
 */
function makeCertificates(dir) {
  const openssl = (/** @type {string[]} */ args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ca = (/** @type {string} */ name) =>
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${name}`]);
  ca('ca');
  ca('wrong-ca');
  /** @param {string} name @param {string} extensions */
  const signed = (name, extensions) => {
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    fs.writeFileSync(path.join(dir, `${name}.ext`), `${extensions}\n`);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`]);
  };
  signed('broker', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth');
  signed('stinger-client', 'extendedKeyUsage=clientAuth');
  const read = (/** @type {string} */ file) => fs.readFileSync(path.join(dir, file), 'utf8');
  return {
    files: { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'broker.crt'), key: path.join(dir, 'broker.key') },
    ca: read('ca.crt'),
    wrongCa: read('wrong-ca.crt'),
    brokerCert: read('broker.crt'),
    brokerKey: read('broker.key'),
    clientCert: read('stinger-client.crt'),
    clientKey: read('stinger-client.key'),
  };
}

/** @param {() => boolean} condition @param {string} what */
async function until(condition, what) {
  for (let i = 0; i < 1000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Generated MqttConnection over TLS (mqtts, wss) with a private CA and client certificates', function () {
  this.timeout(120000);
  /** @type {any} */
  let kitchen;
  /** @type {ReturnType<typeof makeCertificates>} */
  let certs;
  /** @type {string} */
  let dir;
  /** @type {import('./support/broker').Broker} */
  let tlsBroker;
  /** @type {Array<() => Promise<unknown>>} */
  let cleanups = [];
  let counter = 0;

  before(async function () {
    this.timeout(300000);
    kitchen = require((await generatedKitchen()).indexModule);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-tls-'));
    certs = makeCertificates(dir);
    // The TLS settings apply to the test's listener, the one before them.
    tlsBroker = await startBroker({
      config: [`cafile ${certs.files.ca}`, `certfile ${certs.files.cert}`, `keyfile ${certs.files.key}`, 'require_certificate true', 'use_identity_as_username true'],
    });
  });
  after(async () => {
    if (tlsBroker) await tlsBroker.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  /** @param {Record<string, unknown>} options */
  function connection(options) {
    /** @type {Error[]} */
    const errors = [];
    const conn = new kitchen.MqttConnection({ reconnectDelayMs: 50, maxReconnectDelayMs: 200, ...options, onError: (/** @type {Error} */ e) => errors.push(e) });
    cleanups.push(() => conn.close());
    return { conn, errors };
  }

  /** A server and a client of it, each on its own connection; a call and a property value go through. */
  async function serveAndCall(/** @type {any} */ serverConn, /** @type {any} */ clientConn) {
    const instanceId = `tls${++counter}`;
    const server = new kitchen.KitchenServer(serverConn, { instanceId, initialValues: kitchenInitialValues(kitchen, 7) });
    server.handleAddNumbers((/** @type {number} */ a, /** @type {number} */ b) => a + b);
    cleanups.push(() => server.close());
    await server.ready();
    const client = new kitchen.KitchenClient(clientConn, { instanceId });
    cleanups.push(() => client.close());
    await client.ready();
    await client.propertiesReady();
    expect(client.favoriteNumber).to.equal(7);
    expect(await client.addNumbers(20, 22)).to.equal(42);
  }

  const tlsOptions = () => ({ ca: certs.ca, cert: certs.clientCert, key: certs.clientKey });

  it('mqtts:// with the private CA and a client certificate (require_certificate true): calls and properties work', async () => {
    const url = `mqtts://127.0.0.1:${tlsBroker.port}`;
    const a = connection({ url, tls: tlsOptions() });
    const b = connection({ url, tls: { ...tlsOptions(), servername: 'localhost', rejectUnauthorized: true } });
    await serveAndCall(a.conn, b.conn);
    expect(a.conn.connected && b.conn.connected).to.equal(true);
    expect([...a.errors, ...b.errors].map((e) => e.message)).to.deep.equal([]);
  });

  it('host and port with tls connect with mqtts', async () => {
    const a = connection({ host: '127.0.0.1', port: tlsBroker.port, tls: tlsOptions() });
    const b = connection({ host: '127.0.0.1', port: tlsBroker.port, tls: tlsOptions() });
    await serveAndCall(a.conn, b.conn);
  });

  it('a broker certificate from another CA is refused: onError, never connected, no crash', async () => {
    const { conn, errors } = connection({ url: `mqtts://127.0.0.1:${tlsBroker.port}`, tls: { ...tlsOptions(), ca: certs.wrongCa } });
    await until(() => errors.length >= 2, 'two failed attempts reported');
    expect(conn.connected).to.equal(false);
    expect(errors[0].message).to.match(/certificate|self.signed|verify/i);
  });

  it('without a client certificate the broker refuses the connection: onError, no crash', async () => {
    const { conn, errors } = connection({ url: `mqtts://127.0.0.1:${tlsBroker.port}`, tls: { ca: certs.ca } });
    await until(() => errors.length >= 1, 'a failed attempt reported');
    expect(conn.connected).to.equal(false);
  });

  it('tls options with a URL that does not use TLS are a RangeError', () => {
    for (const url of [`mqtt://127.0.0.1:${tlsBroker.port}`, 'ws://127.0.0.1:1/mqtt', '/tmp/mosquitto.sock']) {
      expect(() => new kitchen.MqttConnection({ url, tls: tlsOptions() }), url).to.throw(RangeError, /mqtts:\/\/ or wss:\/\//);
    }
  });

  describe('wss:// (through a websocket-over-TLS bridge that requires a client certificate)', function () {
    /** @type {import('./support/broker').Broker} */
    let plainBroker;
    /** @type {import('./support/ws-bridge').WsBridge | undefined} */
    let bridge;
    let bridgePort = 0;
    /** @type {string[]} the subject CN of each client certificate the bridge saw */
    const peers = [];

    before(async () => {
      plainBroker = await startBroker();
      bridge = await startWsBridge({
        brokerPort: plainBroker.port,
        tls: { key: certs.brokerKey, cert: certs.brokerCert, ca: certs.ca, requestCert: true, rejectUnauthorized: true },
        onConnection: (request) => {
          const tlsSocket = /** @type {import('node:tls').TLSSocket} */ (request.socket);
          peers.push(String(tlsSocket.getPeerCertificate().subject?.CN));
        },
      });
      bridgePort = bridge.port;
    });
    after(async () => {
      if (bridge) await bridge.close();
      if (plainBroker) await plainBroker.stop();
    });

    it('wss:// with ca, cert and key: the bridge sees the client certificate; calls and properties work', async () => {
      const url = `wss://127.0.0.1:${bridgePort}/mqtt`;
      const a = connection({ url, tls: tlsOptions() });
      const b = connection({ url, tls: { ...tlsOptions(), servername: 'localhost' } });
      await serveAndCall(a.conn, b.conn);
      expect(peers.filter((cn) => cn === 'stinger-client').length).to.be.at.least(2);
    });

    it('wss:// with the wrong CA is refused: onError, never connected, no crash', async () => {
      const { conn, errors } = connection({ url: `wss://127.0.0.1:${bridgePort}/mqtt`, tls: { ...tlsOptions(), ca: certs.wrongCa } });
      await until(() => errors.length >= 1, 'a failed attempt reported');
      expect(conn.connected).to.equal(false);
      expect(errors[0].message).to.match(/certificate|self.signed|verify/i);
    });
  });
});
