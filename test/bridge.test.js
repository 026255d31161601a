// @ts-check
'use strict';
// `stingeripc bridge`: the mosquitto bridge topic lines derived from the
// document, its refusals, and the committed example file being its output.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { expect } = require('chai');
const { REPO_ROOT } = require('./support/generate');

const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const TOPICS = path.join(REPO_ROOT, 'examples', 'deploy', 'topics.toml');

/** @param {string[]} args */
function run(args) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
}

/** @param {string} text */
const topicLines = (text) => text.split('\n').filter((line) => line.startsWith('topic '));

describe('stingeripc bridge', function () {
  this.timeout(120000);
  /** @type {string} */
  let temp;
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bridge-'));
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('servers remote: what servers send comes in, requests and updates go out, each at QoS 1 and no wider than the document', function () {
    const result = run(['bridge', EXAMPLE, '--config', TOPICS, '--prefix', 'node1', '--servers', 'remote']);
    expect(result.status, result.stderr).to.equal(0);
    expect(topicLines(result.stdout)).to.deep.equal([
      'topic node1/Example/+/signal/foo in 1',
      'topic client/+/Example/method/add_numbers/response in 1',
      'topic node1/Example/+/property/favorite_number/value in 1',
      'topic client/+/Example/property/favorite_number/update/response in 1',
      'topic node1/Example/+/interface in 1',
      'topic client/+/online in 1',
      'topic node1/Example/+/method/add_numbers/request out 1',
      'topic node1/Example/+/property/favorite_number/update out 1',
    ]);
    expect(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'deploy', 'two-devices', 'bridge-node1.conf'), 'utf8')).to.equal(result.stdout);
  });

  it('servers local reverses the directions; --param fixes the instance', function () {
    const result = run(['bridge', EXAMPLE, '--config', TOPICS, '--prefix', 'site/3', '--servers', 'local', '--param', 'service_id=main']);
    expect(result.status, result.stderr).to.equal(0);
    expect(topicLines(result.stdout)).to.deep.equal([
      'topic site/3/Example/main/signal/foo out 1',
      'topic client/+/Example/method/add_numbers/response out 1',
      'topic site/3/Example/main/property/favorite_number/value out 1',
      'topic client/+/Example/property/favorite_number/update/response out 1',
      'topic site/3/Example/main/interface out 1',
      'topic client/+/online out 1',
      'topic site/3/Example/main/method/add_numbers/request in 1',
      'topic site/3/Example/main/property/favorite_number/update in 1',
    ]);
  });

  it('writes -o FILE atomically', function () {
    const out = path.join(temp, 'bridge.conf');
    const result = run(['bridge', EXAMPLE, '--config', TOPICS, '--prefix', 'node1', '--servers', 'remote', '-o', out]);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stderr).to.contain('wrote the bridge topics to');
    expect(topicLines(fs.readFileSync(out, 'utf8'))).to.have.length(8);
    expect(fs.readdirSync(temp)).to.deep.equal(['bridge.conf']);
  });

  const refusals = [
    { args: ['--servers', 'remote'], message: 'missing --prefix P' },
    { args: ['--prefix', 'node1'], message: 'missing --servers local|remote' },
    { args: ['--prefix', 'node1', '--servers', 'both'], message: "--servers takes local or remote, not 'both'" },
    { args: ['--prefix', 'a+b', '--servers', 'remote'], message: "--prefix value 'a+b' holds '+'" },
    { args: ['--prefix', 'node1', '--servers', 'remote', '--param', 'room=x'], message: "--param room: the document has no channel parameter 'room'" },
    { args: ['--prefix', 'node1', '--servers', 'remote', '--server-user', 'x'], message: '--server-user is not an option of bridge' },
  ];
  for (const { args, message } of refusals) {
    it(`refuses ${args.join(' ')} (exit 1, nothing written)`, function () {
      const out = path.join(temp, 'never.conf');
      const result = run(['bridge', EXAMPLE, '--config', TOPICS, ...args, '-o', out]);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain(message);
      expect(fs.existsSync(out)).to.equal(false);
    });
  }

  it('refuses a document without a prefix parameter and says which --config gives one', function () {
    const result = run(['bridge', EXAMPLE, '--prefix', 'node1', '--servers', 'remote']);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain("the document has no channel parameter 'prefix' (its parameters: client_id, service_id)");
    expect(result.stderr).to.contain('params = ["prefix"]');
  });

  it('names file, line and column of an interface error', function () {
    const bad = path.join(temp, 'bad.stingeripc');
    fs.writeFileSync(bad, 'stingeripc:\n  version: 0.0.7\ninterface:\n  name: Bad\n  version: 0.0.1\nsignals:\n  x:\n    payload: [{ name: a, type: nope }]\n');
    const result = run(['bridge', bad, '--config', TOPICS, '--prefix', 'node1', '--servers', 'remote']);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:\\d+: error: `));
  });
});

describe('README Deployment: the example files it shows are the ones in examples/deploy', function () {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const deployment = readme.slice(readme.indexOf('\n## Deployment\n'), readme.indexOf('\n## Developing\n'));
  /** @param {string} text */
  const meaningful = (text) => text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const shown = meaningful(deployment).join('\n');
  for (const file of ['device/mosquitto.conf', 'device/example-server.service', 'two-devices/node1.conf', 'two-devices/gateway.conf', 'two-devices/bridge-node1.conf']) {
    it(`shows ${file} as it is (comments left out)`, function () {
      const lines = meaningful(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'deploy', file), 'utf8'));
      expect(lines.length).to.be.greaterThan(3);
      expect(shown).to.include(lines.join('\n'));
    });
  }
});
