// @ts-check
'use strict';
// The stingeripc-to-asyncapi CLI end to end, run as a child process in a temp dir.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const YAML = require('yaml');

const REPO_ROOT = path.resolve(__dirname, '..');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const GOLDEN_EXAMPLE = path.join(REPO_ROOT, 'test', 'golden', 'asyncapi', 'examples-example.asyncapi.yaml');

const BAD_INPUT = `stingeripc:
  version: 0.1.0
interface:
  name: Bad
  version: 1.0.0
signals:
  foo:
    payload:
      - name: x
        type: intger
`;

/**
 * Runs the CLI; never rejects, so tests can check failing runs.
 * @param {string[]} args
 * @param {{ cwd?: string, preload?: string }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function runCli(args, options = {}) {
  const nodeArgs = options.preload ? ['--require', options.preload, CLI, ...args] : [CLI, ...args];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      nodeArgs,
      { cwd: options.cwd || REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** @param {string} dir */
const listDir = (dir) => fs.readdirSync(dir).sort();

describe('stingeripc-to-asyncapi CLI', function () {
  /** @type {string} */
  let dir;
  const golden = fs.readFileSync(GOLDEN_EXAMPLE, 'utf8');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-cli-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** @param {string} name @param {string} [text] */
  function input(name, text = fs.readFileSync(EXAMPLE, 'utf8')) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  it('writes NAME.asyncapi.yaml next to the input by default, and nothing else', async () => {
    const file = input('Example.stingeripc');
    const run = await runCli([file]);
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
    expect(listDir(dir)).to.deep.equal(['Example.asyncapi.yaml', 'Example.stingeripc']);
    expect(fs.readFileSync(path.join(dir, 'Example.asyncapi.yaml'), 'utf8')).to.equal(golden);
  });

  it('strips .stinger.yaml from the default output name', async () => {
    const run = await runCli([input('simple.stinger.yaml')]);
    expect(run.code).to.equal(0);
    expect(listDir(dir)).to.deep.equal(['simple.asyncapi.yaml', 'simple.stinger.yaml']);
  });

  it("writes to stdout with '-o -'", async () => {
    const file = input('Example.stingeripc');
    const run = await runCli([file, '-o', '-']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal(golden);
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc']);
  });

  it('writes JSON with --format json, named NAME.asyncapi.json', async () => {
    const run = await runCli([input('Example.stingeripc'), '--format', 'json']);
    expect(run.code).to.equal(0);
    const text = fs.readFileSync(path.join(dir, 'Example.asyncapi.json'), 'utf8');
    expect(JSON.parse(text)).to.deep.equal(YAML.parse(golden));
  });

  it('writes to the file given with -o', async () => {
    const target = path.join(dir, 'out.yaml');
    const run = await runCli([input('Example.stingeripc'), '-o', target]);
    expect(run.code).to.equal(0);
    expect(fs.readFileSync(target, 'utf8')).to.equal(golden);
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc', 'out.yaml']);
  });

  it('puts --host and --port into the broker server', async () => {
    const run = await runCli([input('Example.stingeripc'), '-o', '-', '--host', 'mqtt.example.org', '--port', '8883']);
    expect(run.code).to.equal(0);
    expect(YAML.parse(run.stdout).servers.broker.host).to.equal('mqtt.example.org:8883');
  });

  it('only validates with --check: exit 0, nothing written', async () => {
    const run = await runCli([input('Example.stingeripc'), '--check']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal('');
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc']);
  });

  it('reports input errors as file:line:col, exits 1 and writes nothing', async () => {
    const file = input('bad.stingeripc', BAD_INPUT);
    const target = path.join(dir, 'kept.yaml');
    fs.writeFileSync(target, 'old content\n');
    const run = await runCli([file, '-o', target]);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).to.have.length.greaterThan(0);
    for (const line of lines) expect(line).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: `));
    expect(run.stderr).to.include(`${file}:10:15: error:`);
    expect(fs.readFileSync(target, 'utf8')).to.equal('old content\n');
    expect(listDir(dir)).to.deep.equal(['bad.stingeripc', 'kept.yaml']);
  });

  it('fails --check on a bad input with exit 1', async () => {
    const run = await runCli([input('bad.stingeripc', BAD_INPUT), '--check']);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(/bad\.stingeripc:\d+:\d+: error: /);
  });

  it('reports a missing input file with exit 1', async () => {
    const missing = path.join(dir, 'missing.stingeripc');
    const run = await runCli([missing]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.equal(`${missing}:1:1: error: cannot read the file (ENOENT)\n`);
    expect(listDir(dir)).to.deep.equal([]);
  });

  it('exits 1 when the output cannot be written, leaving no temporary file', async () => {
    const target = path.join(dir, 'no-such-dir', 'out.yaml');
    const run = await runCli([input('Example.stingeripc'), '-o', target]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`stingeripc-to-asyncapi: cannot write ${target}:`);
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc']);
  });

  it('exits 1 with a clear message on bad usage', async () => {
    const file = input('Example.stingeripc');
    const cases = [
      { args: [], message: 'missing INPUT file' },
      { args: [file, file], message: 'expected one INPUT file, got 2' },
      { args: [file, '--format', 'xml'], message: "--format must be 'yaml' or 'json', not 'xml'" },
      { args: [file, '--port', '70000'], message: "--port must be a number from 1 to 65535, not '70000'" },
      { args: [file, '--bogus'], message: "Unknown option '--bogus'" },
      { args: [file, '--host', 'a b'], message: "--host must be a host name or IP address, not 'a b'" },
      { args: [file, '--check', '-o', 'x.yaml'], message: '--check writes nothing; drop --output' },
    ];
    for (const c of cases) {
      const run = await runCli(c.args);
      expect(run.code, c.message).to.equal(1);
      expect(run.stderr, c.message).to.include(`stingeripc-to-asyncapi: ${c.message}`);
      expect(run.stderr).to.include("Try 'stingeripc-to-asyncapi --help'.");
    }
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc']);
  });

  it('documents every option in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).to.equal(0);
    for (const option of ['INPUT', '-o, --output', '--format', '--host', '--port', '--check', '--validate', '--help', '--version', 'Exit status']) {
      expect(run.stdout).to.include(option);
    }
  });

  it('prints the package version with --version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal(`${require('../package.json').version}\n`);
  });

  it('exits 2 and writes nothing with --validate when the built document is invalid (an internal bug)', async () => {
    // Breaks the builder from outside, the way a bug in it would.
    const preload = path.join(dir, 'break-builder.js');
    fs.writeFileSync(
      preload,
      `const builder = require(${JSON.stringify(path.join(REPO_ROOT, 'converter', 'asyncapi.js'))});
const build = builder.buildAsyncApi;
builder.buildAsyncApi = (...args) => {
  const doc = build(...args);
  doc.operations['signal.foo'].bindings.mqtt.qos = 9;
  return doc;
};
`,
    );
    const file = input('Example.stingeripc');
    const run = await runCli([file, '--validate'], { preload });
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('internal error');
    expect(run.stderr).to.include('please report it');
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc', 'break-builder.js']);
  });

  it('does not load the official parser unless --validate asks for it', async () => {
    // The parser takes about a second to load; the default path must not need it.
    const preload = path.join(dir, 'no-parser.js');
    fs.writeFileSync(
      preload,
      `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request.startsWith('@asyncapi/parser')) throw new Error('the parser was loaded');
  return load.call(this, request, ...rest);
};
`,
    );
    const file = input('Example.stingeripc');
    const plain = await runCli([file, '-o', '-'], { preload });
    expect(plain.stderr).to.equal('');
    expect(plain.code).to.equal(0);
    expect(plain.stdout).to.equal(golden);
    const check = await runCli([file, '--check'], { preload });
    expect(check.code).to.equal(0);
    const validated = await runCli([file, '--check', '--validate'], { preload });
    expect(validated.code).to.equal(2);
    expect(validated.stderr).to.include('the parser was loaded');
    const real = await runCli([file, '--check', '--validate']);
    expect(real.code).to.equal(0);
    expect(listDir(dir)).to.deep.equal(['Example.stingeripc', 'no-parser.js']);
  });
});
