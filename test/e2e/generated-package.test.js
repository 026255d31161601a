// @ts-check
'use strict';

// The generated Example package as a user gets it: `npm pack` builds it
// (prepare) and packs the built code, the sources, the AsyncAPI document and
// the Markdown reference; its example server answers add_numbers with the
// sum, and its example client exits by itself when it is done.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generateFromStinger, compile, REPO_ROOT } = require('../support/generate');
const { Program } = require('../support/processes');

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
function npm(args, cwd) {
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

describe('e2e: the generated Example package', function () {
  this.timeout(60000);
  /** @type {string} */
  let temp;
  /** @type {string} */
  let outDir;
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  before(async function () {
    this.timeout(180000);
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-package-'));
    outDir = path.join(temp, 'example');
    await generateFromStinger(EXAMPLE, outDir, { compile: false });
  });

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('npm pack builds first and packs dist/src, src, asyncapi.yaml and docs/Example.md (not the examples)', async function () {
    this.timeout(180000);
    // The package's own node_modules, holding links to just what building
    // needs, so npm never works on the repository's node_modules.
    const modules = path.join(outDir, 'node_modules');
    for (const name of ['typescript', 'mqtt', '@types/node']) {
      fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
      fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(modules, name), 'dir');
    }
    fs.mkdirSync(path.join(modules, '.bin'));
    fs.symlinkSync(path.join('..', 'typescript', 'bin', 'tsc'), path.join(modules, '.bin', 'tsc'));
    expect(fs.existsSync(path.join(outDir, 'dist'))).to.equal(false);
    const { stdout } = await npm(['pack', '--dry-run', '--json'], outDir);
    // Lifecycle output (prepare -> tsc) may come before the JSON.
    const packed = JSON.parse(stdout.slice(stdout.search(/^\[/m)));
    const files = packed[0].files.map((/** @type {{ path: string }} */ f) => f.path).sort();
    const sources = fs.readdirSync(path.join(outDir, 'src')).filter((n) => n.endsWith('.ts')).sort();
    expect(sources).to.include.members(['index.ts', 'server.ts', 'client.ts', 'connection.ts', 'protocol.ts']);
    const built = sources.flatMap((n) => ['.d.ts', '.js', '.js.map'].map((ext) => `dist/src/${n.replace(/\.ts$/, ext)}`));
    expect(files).to.deep.equal(
      ['README.md', 'asyncapi.yaml', 'docs/Example.md', 'package.json', ...built, ...sources.map((n) => `src/${n}`)].sort(),
    );
    expect(fs.existsSync(path.join(outDir, 'dist', 'src', 'index.js'))).to.equal(true);
  });

  it('the example server answers add_numbers(42, 42) with 84 and the example client exits 0 when done', async function () {
    await compile(outDir);
    const broker = await startBroker();
    cleanups.push(() => broker.stop());
    const env = { MQTT_HOST: '127.0.0.1', MQTT_PORT: String(broker.port), INSTANCE_ID: 'sum' };
    const server = new Program(path.join(outDir, 'dist', 'examples', 'server.js'), [], { env });
    cleanups.push(() => server.stop());
    await server.waitForText(/ExampleServer 'sum' is serving/);

    const client = new Program(path.join(outDir, 'dist', 'examples', 'client.js'), [], { env });
    cleanups.push(() => client.stop());
    const exit = await client.exit;
    expect(exit, `example client exit\n${client.report()}`).to.deep.equal({ code: 0, signal: null });
    expect(client.noise).to.include('add_numbers -> 84');
    expect(client.noise).to.include('favorite_number -> 42');
    expect(server.noise).to.include('add_numbers 42 42');

    const serverExit = await server.interrupt('SIGINT');
    expect(serverExit, `example server exit on SIGINT\n${server.report()}`).to.deep.equal({ code: 0, signal: null, killed: false });
  });
});
