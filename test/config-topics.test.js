// @ts-check
'use strict';
// stinger-ipc's TOML configuration (converter/config.js, `--config`): the
// checks and their positions, merging of several files, the document it
// gives, and a package generated with upstream's topic_prefix.toml settings
// talking on the prefixed topics against a real mosquitto.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { expect } = require('chai');
const { loadConfig } = require('../converter/config');
const { startBroker } = require('./support/broker');
const { compile, REPO_ROOT } = require('./support/generate');
const { connectRaw } = require('./support/raw-mqtt');

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');

// The settings of upstream's example_interfaces/topic_prefix.toml, written here.
const TOPIC_PREFIX_TOML = `[topics]
params = ["prefix"]
signals = "{prefix}/{interface_name}/{service_id}/signal/{signal_name}"
property_values = "{prefix}/{interface_name}/{service_id}/property/{property_name}/value"
property_updates = "{prefix}/{interface_name}/{service_id}/property/{property_name}/update"
commands = "{prefix}/{interface_name}/{service_id}/command/{command_name}"
method_requests = "{prefix}/{interface_name}/{service_id}/method/{method_name}/request"
interface_discovery = "{prefix}/{interface_name}/{service_id}/interface"
`;

/**
 * loadConfig over in-memory files.
 * @param {Record<string, string>} files
 */
function load(files) {
  return loadConfig(Object.keys(files), (file) => files[file]);
}

/** @param {import('../converter/diagnostics').Diagnostic} d */
function where(d) {
  return `${d.file}:${d.line}:${d.col}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

describe('stinger-ipc TOML config: checks', function () {
  it('reads upstream topic_prefix.toml: the templates and the param; commands is ignored with a warning naming its line', function () {
    const { config, diagnostics, warnings } = load({ 'topic_prefix.toml': TOPIC_PREFIX_TOML });
    expect(diagnostics).to.deep.equal([]);
    expect(config.params).to.deep.equal(['prefix']);
    expect(config.topics.signals).to.equal('{prefix}/{interface_name}/{service_id}/signal/{signal_name}');
    expect(config.topics.method_responses).to.equal('client/{client_id}/{interface_name}/method/{method_name}/response');
    expect(config.stingerOwnedValues).to.equal(true);
    expect(warnings.map(where)).to.deep.equal(["topic_prefix.toml:6:1: 'topics.commands' is ignored: this generator has no commands"]);
  });

  it('names file, line and column of each problem', function () {
    const text = [
      '[topics]',
      'params = ["prefix", "service_id"]',
      'signals = "{prefix}/{interface_name}/signal/{signal_name}"',
      '  method_requests = "{interface_name}/{service_id}/{room}/method/{method_name}"',
      'lwt = "client/{client_id}/{prefix}/online"',
      '',
      '[properties]',
      'stinger_owned_values = "no"',
    ].join('\n');
    const { diagnostics } = load({ 'bad.toml': text });
    expect(diagnostics.map(where)).to.deep.equal([
      "bad.toml:2:1: topic param 'service_id' is a reserved placeholder name (reserved: interface_name, service_id, signal_name, property_name, method_name, command_name, client_id, instance_id)",
      "bad.toml:3:1: topic template 'topics.signals' must contain the {service_id} placeholder (e.g. '{interface_name}/{service_id}/signal/{signal_name}')",
      "bad.toml:4:3: topic template 'topics.method_requests' has the unknown placeholder {room} (known: service_id, method_name, interface_name, prefix)",
      "bad.toml:5:1: topic template 'topics.lwt' has the unknown placeholder {prefix} (the Last Will topic belongs to the connection; it can only have {client_id})",
      "bad.toml:8:1: 'properties.stinger_owned_values' must be true or false",
    ]);
  });

  it('reports a TOML syntax error at its position', function () {
    const { diagnostics } = load({ 'syntax.toml': '[topics]\nsignals = "a/{service_id}/{signal_name}\n' });
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]).to.include({ file: 'syntax.toml', line: 2 });
    expect(diagnostics[0].message).to.match(/^TOML syntax: /);
  });

  it('warns about unknown keys with a hint', function () {
    const { diagnostics, warnings } = load({ 'typo.toml': '[topics]\nsignal = "x"\n\n[propertys]\nstinger_owned_values = false\n' });
    expect(diagnostics).to.deep.equal([]);
    expect(warnings.map(where)).to.deep.equal([
      "typo.toml:2:1: unknown key 'topics.signal' (did you mean 'signals'?)",
      "typo.toml:4:1: unknown table or key 'propertys' (did you mean 'properties'?)",
    ]);
  });

  it('a later file overrides an earlier one key by key; a param may come from another file', function () {
    const { config, diagnostics } = load({
      'a.toml': '[topics]\nsignals = "{site}/{interface_name}/{service_id}/signal/{signal_name}"\n[properties]\nstinger_owned_values = false\n',
      'b.toml': '[topics]\nparams = ["site"]\ninterface_discovery = "{site}/{interface_name}/{service_id}/interface"\n',
    });
    expect(diagnostics.map(where)).to.deep.equal([]);
    expect(config.topics.signals).to.equal('{site}/{interface_name}/{service_id}/signal/{signal_name}');
    expect(config.topics.interface_discovery).to.equal('{site}/{interface_name}/{service_id}/interface');
    expect(config.params).to.deep.equal(['site']);
    expect(config.stingerOwnedValues).to.equal(false);
  });
});

describe('stingeripc-to-asyncapi --config', function () {
  this.timeout(120000);
  /** @type {string} */
  let temp;
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-config-'));
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('writes the templates as channel addresses and the params as channel parameters', function () {
    const config = path.join(temp, 'topic_prefix.toml');
    fs.writeFileSync(config, TOPIC_PREFIX_TOML);
    const out = path.join(temp, 'example.json');
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js'), EXAMPLE, '--config', config, '-f', 'json', '-o', out], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stderr).to.equal(`${config}:6:1: warning: 'topics.commands' is ignored: this generator has no commands\n`);
    const document = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(document.channels['signal.foo'].address).to.equal('{prefix}/Example/{service_id}/signal/foo');
    expect(Object.keys(document.channels['signal.foo'].parameters)).to.deep.equal(['prefix', 'service_id']);
    expect(document.channels['method.add_numbers.response']['x-stinger-address']).to.equal('client/{client_id}/Example/method/add_numbers/response');
    expect(document.components.parameters.prefix.description).to.contain('topics.params');
  });

  it('refuses a bad config with its position and writes nothing', function () {
    const config = path.join(temp, 'bad.toml');
    fs.writeFileSync(config, '[topics]\nsignals = "{interface_name}/signal/{signal_name}"\n');
    const out = path.join(temp, 'never.yaml');
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js'), EXAMPLE, '--config', config, '-o', out], { encoding: 'utf8' });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain(`${config}:2:1: error: topic template 'topics.signals' must contain the {service_id} placeholder`);
    expect(fs.existsSync(out)).to.equal(false);
  });
});

describe('stingeripc generate --config topic_prefix.toml --config app-owned-props.toml (real broker)', function () {
  this.timeout(600000);
  /** @type {string} */
  let temp;
  /** @type {any} */
  let pkg;
  /** @type {import('./support/broker').Broker} */
  let broker;
  /** @type {import('./support/raw-mqtt').RawClient} */
  let raw;

  before(async function () {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-config-gen-'));
    const config = path.join(temp, 'topic_prefix.toml');
    fs.writeFileSync(config, TOPIC_PREFIX_TOML);
    // upstream's app-owned-props.toml, written here
    const owned = path.join(temp, 'app-owned-props.toml');
    fs.writeFileSync(owned, '[properties]\nstinger_owned_values = false\n');
    const out = path.join(temp, 'example');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'stingeripc.js'), 'generate', EXAMPLE, '--config', config, '--config', owned, '-o', out], { stdio: 'pipe' });
    await compile(out);
    pkg = require(path.join(out, 'dist', 'src', 'index.js'));
    broker = await startBroker();
    raw = await connectRaw(broker.url, { clientId: 'raw-config' });
    await raw.subscribe(['#']);
  });
  after(async () => {
    if (raw) await raw.end();
    if (broker) await broker.stop();
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('the prefix is a required, typed option of server, client and discovery', function () {
    const server = fs.readFileSync(path.join(temp, 'example', 'src', 'server.ts'), 'utf8');
    expect(server).to.match(/export interface ExampleServerOptions \{[^}]*\n  prefix: string;/);
    const discovery = fs.readFileSync(path.join(temp, 'example', 'src', 'discovery.ts'), 'utf8');
    expect(discovery).to.match(/export interface ExampleDiscoveryOptions \{[^}]*\n  prefix: string;/);
    expect(discovery).to.contain('constructor(connection: MqttConnection, options: ExampleDiscoveryOptions) {');
    expect(() => new pkg.ExampleServer({}, { instanceId: 'x', prefix: 'a/b', accessors: { favoriteNumber: pkg.valueAccessor(1) } })).to.throw(RangeError, 'prefix');
  });

  it('with stinger_owned_values = false the server reads and stores the values through the application\'s accessors', async function () {
    const serverConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'owned-srv' });
    const clientConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'owned-cli' });
    try {
      let stored = 40;
      /** @type {number[]} */
      const sets = [];
      const accessor = {
        get: () => stored,
        set: (/** @type {number} */ value) => {
          if (value === 13) throw new pkg.MethodError(pkg.ReturnCode.Unauthorized, 'not 13');
          sets.push(value);
          stored = value;
        },
      };
      const server = new pkg.ExampleServer(serverConn, { instanceId: 'owned', prefix: 'home', accessors: { favoriteNumber: accessor } });
      expect(server).not.to.have.property('setFavoriteNumber');
      await server.ready();
      const client = new pkg.ExampleClient(clientConn, { instanceId: 'owned', prefix: 'home' });
      await client.ready();
      await client.propertiesReady();
      expect(client.favoriteNumber).to.equal(40);
      expect(await client.setFavoriteNumber(41)).to.equal(41);
      expect(sets).to.deep.equal([41]);
      expect(server.favoriteNumber).to.equal(41);
      const refused = await client.setFavoriteNumber(13).catch((/** @type {Error} */ e) => e);
      expect(refused).to.be.instanceOf(pkg.MethodError);
      expect(refused.returnCode).to.equal(pkg.ReturnCode.Unauthorized);
      expect(stored).to.equal(41);
      /** @type {number[]} */
      const seen = [];
      client.onFavoriteNumberChanged((/** @type {number} */ value) => seen.push(value));
      stored = 50;
      await server.publishFavoriteNumber();
      for (let i = 0; i < 1000 && seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(seen).to.deep.equal([50]);
      await client.close();
      await server.close();
    } finally {
      await clientConn.close();
      await serverConn.close();
    }
  });

  it('talks on {prefix}/... topics; a discovery of another prefix does not see the server', async function () {
    const since = raw.mark();
    const serverConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'srv' });
    const clientConn = new pkg.MqttConnection({ host: broker.host, port: broker.port, clientId: 'cli' });
    try {
      const server = new pkg.ExampleServer(serverConn, { instanceId: 'one', prefix: 'home', accessors: { favoriteNumber: pkg.valueAccessor(7) } });
      server.handleAddNumbers((/** @type {number} */ a, /** @type {number} */ b) => a + b);
      await server.ready();
      const elsewhere = new pkg.ExampleDiscovery(clientConn, { prefix: 'office' });
      const discovery = new pkg.ExampleDiscovery(clientConn, { prefix: 'home' });
      await elsewhere.ready();
      const client = await discovery.firstClient({ timeoutMs: 20000 });
      expect(client.instanceId).to.equal('one');
      expect(await client.addNumbers(1, 2)).to.equal(3);
      expect(await client.setFavoriteNumber(9)).to.equal(9);
      await server.emitFoo('hi');
      expect(elsewhere.instances()).to.deep.equal([]);
      await client.close();
      await discovery.close();
      await elsewhere.close();
      await server.close();
    } finally {
      await clientConn.close();
      await serverConn.close();
    }
    const topics = [...new Set(raw.messages.slice(since).map((m) => m.topic))].sort();
    expect(topics).to.deep.equal([
      'client/cli/Example/method/add_numbers/response',
      'client/cli/Example/property/favorite_number/update/response',
      'client/cli/online',
      'client/srv/online',
      'home/Example/one/interface',
      'home/Example/one/method/add_numbers/request',
      'home/Example/one/property/favorite_number/update',
      'home/Example/one/property/favorite_number/value',
      'home/Example/one/signal/foo',
    ]);
  });
});
