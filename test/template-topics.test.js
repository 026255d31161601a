// @ts-check
'use strict';
// The topic rule (filters/topics.js): the generated code takes every topic
// from the document's channel addresses. A hand-edited document whose
// addresses differ from the converter's (another order of the levels, an
// extra fixed level) is rendered, compiled and run against a real mosquitto;
// a raw mqtt.js client sees exactly the document's topics on the wire. And
// the template refuses, naming the channel, documents it cannot serve.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');
const { Parser } = require('@asyncapi/parser');
const { startBroker } = require('./support/broker');
const { render, compile } = require('./support/generate');
const { connectRaw } = require('./support/raw-mqtt');
const { interfaceModel } = require('../filters/model');

const FIXTURE = path.join(__dirname, 'fixtures', 'topics', 'reordered.asyncapi.yaml');

/** @param {() => boolean} condition @param {string} what */
async function until(condition, what) {
  for (let i = 0; i < 1000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Topics come from the document (hand-edited addresses, real broker)', function () {
  this.timeout(300000);
  /** @type {string} */
  let temp;
  /** @type {any} */
  let pkg;
  /** @type {import('./support/broker').Broker} */
  let broker;
  /** @type {import('./support/raw-mqtt').RawClient} */
  let raw;

  before(async function () {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-topics-'));
    const out = path.join(temp, 'reordered');
    await render(FIXTURE, out);
    await compile(out);
    pkg = require(path.join(out, 'dist', 'src', 'index.js'));
    broker = await startBroker();
    raw = await connectRaw(broker.url, { clientId: 'raw-topics' });
    await raw.subscribe(['#']);
  });
  after(async () => {
    if (raw) await raw.end();
    if (broker) await broker.stop();
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('src/topics.ts holds the addresses exactly as the document has them', function () {
    const text = fs.readFileSync(path.join(temp, 'reordered', 'src', 'topics.ts'), 'utf8');
    const document = YAML.parse(fs.readFileSync(FIXTURE, 'utf8'));
    for (const [key, channel] of Object.entries(document.channels)) {
      const address = channel.address === null ? channel['x-stinger-address'] : channel.address;
      expect(text, key).to.contain(`new TopicTemplate('${address}')`);
    }
    for (const file of ['server.ts', 'client.ts', 'discovery.ts', 'connection.ts', 'instances.ts', 'properties.ts', 'protocol.ts']) {
      const source = fs.readFileSync(path.join(temp, 'reordered', 'src', file), 'utf8');
      expect(source, file).not.to.match(/['`]Example\/|client\/\$\{|\/\+\//);
    }
  });

  it('server, client and discovery talk on exactly the topics of the document', async function () {
    const since = raw.mark();
    const serverConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'srv' });
    const clientConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'cli' });
    try {
      const server = new pkg.ExampleServer(serverConn, { instanceId: 'one', initialValues: { favoriteNumber: 7 } });
      server.handleAddNumbers((/** @type {number} */ a, /** @type {number} */ b) => a + b);
      await server.ready();
      const discovery = new pkg.ExampleDiscovery(clientConn);
      const client = await discovery.firstClient({ timeoutMs: 20000 });
      expect(client.instanceId).to.equal('one');
      expect(client.favoriteNumber).to.equal(7);
      /** @type {string[]} */
      const heard = [];
      client.receiveFoo((/** @type {string} */ message) => heard.push(message));
      await server.emitFoo('hello');
      expect(await client.addNumbers(2, 3)).to.equal(5);
      expect(await client.setFavoriteNumber(8)).to.equal(8);
      await until(() => heard.length === 1, 'the signal');
      expect(heard).to.deep.equal(['hello']);
      expect(server.favoriteNumber).to.equal(8);
      await client.close();
      await discovery.close();
      await server.close();
    } finally {
      await clientConn.close();
      await serverConn.close();
    }
    await until(() => raw.messages.slice(since).some((m) => m.topic === 'site/presence/srv' && m.payload.length === 0), 'the presence topic cleared');
    const topics = [...new Set(raw.messages.slice(since).map((m) => m.topic))].sort();
    expect(topics).to.deep.equal([
      'site/Example/one/calls/add_numbers',
      'site/Example/props/favorite_number/one',
      'site/Example/props/favorite_number/one/set',
      'site/Example/signals/foo/one',
      'site/discovery/Example/one',
      'site/presence/cli',
      'site/presence/srv',
      'site/replies/cli/add_numbers',
      'site/replies/cli/favorite_number',
    ]);
    const requests = raw.messages.slice(since).filter((m) => m.topic.startsWith('site/Example/one/calls/') || m.topic.endsWith('/set'));
    expect(requests.map((m) => m.properties && m.properties.responseTopic)).to.deep.equal(['site/replies/cli/add_numbers', 'site/replies/cli/favorite_number']);
  });
});

describe('The template refuses documents it cannot serve, naming the channel', function () {
  this.timeout(60000);

  /**
   * The error interfaceModel throws for the fixture after `edit`.
   * @param {(document: any) => void} edit
   * @returns {Promise<string>}
   */
  async function refusal(edit) {
    const document = YAML.parse(fs.readFileSync(FIXTURE, 'utf8'));
    edit(document);
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    expect(parsed, JSON.stringify(diagnostics.filter((d) => d.severity === 0))).not.to.equal(undefined);
    try {
      interfaceModel(parsed);
    } catch (error) {
      return /** @type {Error} */ (error).message;
    }
    throw new Error('the document was accepted');
  }

  it('a reply address with a parameter the document does not declare', async function () {
    // (A channel address with an undeclared parameter the parser already refuses.)
    const message = await refusal((d) => {
      d.channels['method.add_numbers.response']['x-stinger-address'] = 'site/replies/{client_id}/{room}/add_numbers';
    });
    expect(message).to.equal(
      "channel 'method.add_numbers.response': address 'site/replies/{client_id}/{room}/add_numbers' uses {room}, which no channel of the document declares under 'parameters'",
    );
  });

  it('a server channel without {service_id}', async function () {
    const message = await refusal((d) => {
      d.channels['method.add_numbers.request'].address = 'site/Example/calls/add_numbers';
      delete d.channels['method.add_numbers.request'].parameters;
    });
    expect(message).to.equal("channel 'method.add_numbers.request': the address must contain {service_id}, the server instance's id");
  });

  it('a reply channel without an address template', async function () {
    const message = await refusal((d) => {
      delete d.channels['method.add_numbers.response']['x-stinger-address'];
    });
    expect(message).to.match(/^channel 'method\.add_numbers\.response': the address is null and there is no 'x-stinger-address'/);
  });

  it('a reply address without {client_id}', async function () {
    const message = await refusal((d) => {
      d.channels['property.favorite_number.updateResponse']['x-stinger-address'] = 'site/replies/favorite_number';
    });
    expect(message).to.equal(
      "channel 'property.favorite_number.updateResponse': a reply address must contain {client_id}, so that each caller gets its own replies",
    );
  });

  it('a parameter that is part of a level, and a wildcard', async function () {
    const partial = await refusal((d) => {
      d.channels['signal.foo'].address = 'site/Example/signals/foo-{service_id}';
    });
    expect(partial).to.match(/^channel 'signal\.foo': address 'site\/Example\/signals\/foo-\{service_id\}': a parameter must be a whole topic level/);
    const wildcard = await refusal((d) => {
      d.channels['signal.foo'].address = 'site/+/signals/foo/{service_id}';
    });
    expect(wildcard).to.match(/^channel 'signal\.foo': address 'site\/\+\/signals\/foo\/\{service_id\}' has an MQTT wildcard/);
  });

  it('two channels on one address', async function () {
    const message = await refusal((d) => {
      d.channels['property.favorite_number.value'].address = 'site/Example/signals/foo/{service_id}';
    });
    expect(message).to.equal(
      "channel 'property.favorite_number.value': address 'site/Example/signals/foo/{service_id}' has the same shape as channel 'signal.foo'; each channel needs its own topics",
    );
  });

  it('the generate command prints the refusal and writes nothing', async function () {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-topics-refused-'));
    try {
      const document = YAML.parse(fs.readFileSync(FIXTURE, 'utf8'));
      delete document.channels['method.add_numbers.response']['x-stinger-address'];
      const file = path.join(temp, 'bad.asyncapi.yaml');
      fs.writeFileSync(file, YAML.stringify(document));
      const out = path.join(temp, 'out');
      let failure = '';
      try {
        await render(file, out);
      } catch (error) {
        failure = /** @type {Error} */ (error).message;
      }
      expect(failure).to.contain("channel 'method.add_numbers.response'");
      expect(fs.existsSync(path.join(out, 'src', 'server.ts'))).to.equal(false);
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
});
