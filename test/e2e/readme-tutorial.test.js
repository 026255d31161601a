// @ts-check
'use strict';

// The README's tutorial, run as written: its interface file, its generate
// command (through `sh`, with STINGER pointing at this checkout, whatever the
// checkout's folder is called), its server.js and client.js. Two deviations,
// both stated here: `npm install` in the generated package becomes links to
// this repository's modules plus `npm run build` (what its prepare script
// runs), so the test needs no registry; and the daemons talk to a private
// mosquitto on a free port instead of localhost:1883.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { Program } = require('../support/processes');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The fenced code blocks of the README's tutorial, dedented, in order.
 * @returns {Array<{ lang: string, text: string }>}
 */
function tutorialBlocks() {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Tutorial: two daemons that talk');
  expect(start).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map((m) => ({
    lang: m[2],
    text: m[3]
      .split('\n')
      .map((line) => line.slice(m[1].length))
      .join('\n'),
  }));
}

/**
 * @param {string} command
 * @param {string} cwd
 * @param {Record<string, string>} env
 * @returns {Promise<string>}
 */
function sh(command, cwd, env) {
  return new Promise((resolve, reject) => {
    execFile('sh', ['-c', command], { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Only turns a hang into a readable failure (two fresh node processes on a busy machine). */
const HANG_LIMIT_MS = 60000;

/**
 * Resolves once the program has printed `line` (a plain stdout line).
 * @param {Program} program
 * @param {string} line
 */
async function printed(program, line) {
  const since = Date.now();
  while (!program.noise.includes(line)) {
    if (program.exited || Date.now() - since > HANG_LIMIT_MS) {
      throw new Error(`${program.name} did not print ${JSON.stringify(line)}\n${program.report()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('e2e: the README tutorial', function () {
  this.timeout(60000);
  /** @type {string} */
  let temp;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-tutorial-'));
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('has the blocks the steps name, and its interface file is examples/example.stingeripc', () => {
    const blocks = tutorialBlocks();
    expect(blocks.map((b) => b.lang)).to.deep.equal(['sh', 'yaml', 'sh', 'js', 'js']);
    expect(blocks[0].text).to.match(/^STINGER=\S+\nmkdir tutorial && cd tutorial\n$/);
    const example = fs.readFileSync(path.join(ROOT, 'examples', 'example.stingeripc'), 'utf8').replace(/^(#.*\n)+/, '');
    expect(blocks[1].text).to.equal(example);
    expect(blocks[2].text).to.equal('node "$STINGER/bin/stingeripc.js" generate example.stingeripc -o example\ncd example && npm install && cd ..\n');
  });

  it('generates and builds the package, and the server and client daemons talk', async function () {
    this.timeout(240000);
    const blocks = tutorialBlocks();
    const dir = path.join(temp, 'tutorial');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'example.stingeripc'), blocks[1].text);
    const [generate] = blocks[2].text.split('\n');
    const wrote = await sh(generate, dir, { STINGER: ROOT });
    expect(wrote.split('\n')).to.include.members(['package.json', 'docs/Example.md', 'src/server.ts', 'examples/client.ts']);

    const pkg = path.join(dir, 'example');
    const modules = path.join(pkg, 'node_modules');
    for (const name of ['typescript', 'mqtt', '@types/node']) {
      fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), 'dir');
    }
    fs.mkdirSync(path.join(modules, '.bin'));
    fs.symlinkSync(path.join('..', 'typescript', 'bin', 'tsc'), path.join(modules, '.bin', 'tsc'));
    expect(JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).scripts.prepare).to.equal('npm run build');
    await sh('npm run build', pkg, {});
    expect(fs.existsSync(path.join(pkg, 'dist', 'src', 'index.js'))).to.equal(true);

    const broker = await startBroker();
    cleanups.push(() => broker.stop());
    /** @param {string} text */
    const onBroker = (text) => {
      expect(text).to.contain("new MqttConnection('localhost', 1883)");
      return text.replace("new MqttConnection('localhost', 1883)", `new MqttConnection('127.0.0.1', ${broker.port})`);
    };
    fs.writeFileSync(path.join(dir, 'server.js'), onBroker(blocks[3].text));
    fs.writeFileSync(path.join(dir, 'client.js'), onBroker(blocks[4].text));

    const server = new Program(path.join(dir, 'server.js'), []);
    cleanups.push(() => server.interrupt('SIGTERM'));
    const client = new Program(path.join(dir, 'client.js'), []);
    cleanups.push(() => client.interrupt('SIGTERM'));
    await printed(client, 'found server main favorite_number is 7');
    await printed(client, '2 + 3 = 5');
    await printed(client, 'now 42');
    await printed(server, 'a client set favorite_number to 42');
    expect(client.stderr, client.report()).to.equal('');
    expect(server.stderr, server.report()).to.equal('');
  });
});
