// @ts-check
'use strict';
// `npm run demo` (demo/run.js) end to end, as a user runs it: every step shows
// up in order and it exits 0; without mosquitto it says how to install it;
// on failure and on Ctrl-C it stops every process it started and leaves no
// temp folder behind. Each run gets its own TMPDIR so that last part can be
// checked.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFile } = require('node:child_process');
const { expect } = require('chai');
const { generateCached } = require('./support/generate');

const REPO_ROOT = path.resolve(__dirname, '..');
const DEMO = path.join(REPO_ROOT, 'demo', 'run.js');
const FIXTURES = path.join(__dirname, 'fixtures', 'demo');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * @typedef {object} DemoRun
 * @property {number | null} code
 * @property {string[]} lines   stdout lines
 * @property {string} stderr
 * @property {string[]} leftInTmp  what the run left in its TMPDIR
 */

/**
 * Runs the demo with a fresh TMPDIR.
 * @param {NodeJS.ProcessEnv} [env]  added to the environment
 * @param {(line: string, child: import('node:child_process').ChildProcess) => void} [onLine]
 * @returns {Promise<DemoRun>}
 */
function runDemo(env = {}, onLine = () => {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-demo-test-'));
  const child = spawn(process.execPath, [DEMO], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: '', TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  /** @type {string[]} */
  const lines = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => {
    stdout += text;
    const complete = stdout.split('\n');
    stdout = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      onLine(line, child);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (stdout) lines.push(stdout);
      const leftInTmp = fs.readdirSync(tmp);
      fs.rmSync(tmp, { recursive: true, force: true });
      resolve({ code, lines, stderr, leftInTmp });
    });
  });
}

/** @param {DemoRun} run */
function describeRun(run) {
  return `exit code ${run.code}\n--- stdout\n${run.lines.join('\n')}\n--- stderr\n${run.stderr}`;
}

/**
 * Each pattern matches a line after the line the previous one matched.
 * @param {DemoRun} run
 * @param {RegExp[]} patterns
 */
function expectInOrder(run, patterns) {
  let at = -1;
  for (const pattern of patterns) {
    const found = run.lines.findIndex((line, i) => i > at && pattern.test(line));
    expect(found, `${pattern} after line ${at + 1}\n${describeRun(run)}`).to.be.above(at);
    at = found;
  }
}

/**
 * The pids the demo reported (mosquitto, server, client) are gone: it waited
 * for each of them to exit.
 * @param {DemoRun} run
 * @param {number} count  how many it must have reported
 */
function expectProcessesGone(run, count) {
  const pids = run.lines.flatMap((line) => {
    const match = /^\[demo\] .*\bpid (\d+)$/.exec(line);
    return match ? [Number(match[1])] : [];
  });
  expect(pids, describeRun(run)).to.have.length(count);
  for (const pid of pids) {
    expect(() => process.kill(pid, 0), `pid ${pid} still runs\n${describeRun(run)}`).to.throw().with.property('code', 'ESRCH');
  }
}

describe('npm run demo', function () {
  // Generates and compiles a package, starts mosquitto and two processes.
  this.timeout(180000);

  it('has demo programs that type-check (strict, checkJs) against the generated Example package', async function () {
    const pkg = await generateCached(path.join(REPO_ROOT, 'examples', 'example.stingeripc'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-demo-tsc-'));
    try {
      const tsconfig = path.join(dir, 'tsconfig.json');
      fs.writeFileSync(
        tsconfig,
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'commonjs',
            moduleResolution: 'node',
            strict: true,
            allowJs: true,
            checkJs: true,
            noEmit: true,
            // require('example') is the generated package, as with NODE_PATH in the demo.
            baseUrl: dir,
            paths: { example: [pkg.outDir] },
            typeRoots: [path.join(REPO_ROOT, 'node_modules', '@types')],
            types: ['node'],
          },
          files: [path.join(REPO_ROOT, 'demo', 'server.js'), path.join(REPO_ROOT, 'demo', 'client.js')],
        })
      );
      const result = await new Promise((resolve) => {
        execFile(process.execPath, [TSC, '-p', tsconfig], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, output: stdout + stderr }));
      });
      expect(result.output).to.equal('');
      expect(result.code).to.equal(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the package script `demo`', function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.demo).to.equal('node demo/run.js');
  });

  it('runs the example server and client: every step in order, exit 0, nothing left behind', async function () {
    const run = await runDemo();
    expect(run.code, describeRun(run)).to.equal(0);
    expect(run.stderr, describeRun(run)).to.equal('');

    // The demo's own steps and the client's, in the order they must happen.
    expectInOrder(run, [
      /^\[demo\] generating the TypeScript package of examples\/example\.stingeripc into /,
      /^\[demo\] compiling it with tsc$/,
      /^\[demo\] mosquitto \(.*\) listening on 127\.0\.0\.1:\d+, pid \d+$/,
      /^\[demo\] starting the server: node demo\/server\.js$/,
      /^\[server\] serving Example instance 'demo', favorite_number is 7$/,
      /^\[demo\] starting the client: node demo\/client\.js$/,
      /^\[client\] looking for an Example server$/,
      /^\[client\] discovered Example server 'demo', favorite_number is 7$/,
      /^\[client\] received signal foo\('someone added 2 and 3'\)$/,
      /^\[client\] add_numbers\(2, 3\) returned 5$/,
      /^\[client\] asking the server to set favorite_number to 42$/,
      /^\[client\] setFavoriteNumber\(42\) done, the value in force is 42$/,
      /^\[client\] done: discovery, signal, method call and property change worked$/,
      /^\[demo\] the client is done; stopping the server$/,
      /^\[server\] stopped$/,
      /^\[demo\] mosquitto stopped$/,
      /^\[demo\] done: the server and the client did every step$/,
    ]);
    // The server's side, in its own order (its lines interleave with the client's).
    expectInOrder(run, [
      /^\[server\] serving /,
      /^\[server\] add_numbers\(2, 3\) called, answering 5$/,
      /^\[server\] emitting signal foo\('someone added 2 and 3'\)$/,
      /^\[server\] a client changes favorite_number from 7 to 42$/,
      /^\[server\] stopped$/,
    ]);
    // The client saw the new value arrive, after it asked for it.
    expectInOrder(run, [/^\[client\] asking the server/, /^\[client\] favorite_number changed to 42$/, /^\[client\] done: /]);
    expect(run.lines.at(-1)).to.equal('[demo] done: the server and the client did every step');
    expectProcessesGone(run, 3);
    expect(run.leftInTmp, 'the temp folder is removed').to.deep.equal([]);

    // The README shows this output: the same lines, up to the temp folder,
    // port and pids (and the interleaving of the two processes).
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = /### The demo\n\n```\n([\s\S]*?)```/.exec(readme);
    if (!shown) throw new Error('README has no demo output block');
    /** @param {string[]} lines */
    const masked = (lines) =>
      lines
        .map((line) => line.replace(/ into \S+\/node_modules\/example$/, ' into TMP/node_modules/example').replace(/:\d+, pid \d+$/, ':PORT, pid PID').replace(/ pid \d+$/, ' pid PID'))
        .sort();
    expect(masked(shown[1].trimEnd().split('\n')), 'README demo output').to.deep.equal(masked(run.lines));
  });

  it('without mosquitto, says how to install it and exits 1 before doing anything', async function () {
    const run = await runDemo({ STINGER_MOSQUITTO: '/nonexistent/mosquitto' });
    expect(run.code, describeRun(run)).to.equal(1);
    expect(run.stderr).to.contain('[demo] mosquitto is not installed: no mosquitto at /nonexistent/mosquitto (STINGER_MOSQUITTO).');
    expect(run.stderr).to.contain('Install it with:\n\n    sudo apt-get install -y mosquitto\n');
    expect(run.lines, 'nothing generated').to.deep.equal([]);
    expect(run.leftInTmp).to.deep.equal([]);
  });

  it('fails with exit 1 when the client fails, and still stops the server and mosquitto', async function () {
    const run = await runDemo({ STINGER_DEMO_CLIENT: path.join(FIXTURES, 'client-fails.js') });
    expect(run.code, describeRun(run)).to.equal(1);
    expect(run.stderr).to.contain('[client] this client gives up');
    expect(run.stderr).to.contain('[demo] failed: the client failed (exit code 3)');
    expectInOrder(run, [/^\[server\] serving /, /^\[server\] stopped before every step happened \(missing: addNumbers/, /^\[demo\] mosquitto stopped$/]);
    expect(run.lines.join('\n')).not.to.contain('[demo] done');
    expectProcessesGone(run, 3);
    expect(run.leftInTmp).to.deep.equal([]);
  });

  it('on Ctrl-C (SIGINT) stops the client, the server and mosquitto, removes its temp folder and exits 130', async function () {
    let interrupted = false;
    const run = await runDemo({ STINGER_DEMO_CLIENT: path.join(FIXTURES, 'client-waits.js') }, (line, child) => {
      // The client waits until it is stopped, so the demo is surely mid-run here.
      if (!interrupted && line === '[client] connected, waiting to be stopped') {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    expect(interrupted, describeRun(run)).to.equal(true);
    expect(run.code, describeRun(run)).to.equal(130);
    expectInOrder(run, [
      /^\[demo\] SIGINT: stopping everything$/,
      /^\[demo\] mosquitto stopped$/,
    ]);
    expect(run.lines, describeRun(run)).to.include('[server] stopped before every step happened (missing: addNumbers, favoriteNumber)');
    expect(run.stderr, 'an interruption is no failure to report').not.to.contain('failed');
    expectProcessesGone(run, 3);
    expect(run.leftInTmp).to.deep.equal([]);
  });
});
