// @ts-check
'use strict';
// `npm run bench` in its --quick mode: it exits 0, prints every scenario row
// with a number for each side and a ratio, writes --json, and leaves nothing
// in its TMPDIR (broker dir, generated package). The numbers themselves are
// never checked: timing depends on the machine, and --quick runs too few
// iterations to mean anything.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');

const REPO_ROOT = path.resolve(__dirname, '..');
const BENCH = path.join(REPO_ROOT, 'bench', 'run.js');

/** Every scenario row, by the start of its label. */
const MODE_SCENARIOS = [
  'method round trip, median',
  'method round trip, p99',
  'method throughput',
  'signal throughput, 400 signals, QoS 1',
  'signals lost, QoS 1',
];
const SCENARIOS = [
  ...['in-process tcp', 'processes tcp', 'processes unix'].flatMap((mode) => MODE_SCENARIOS.map((s) => `${mode}: ${s}`)),
  ...['in-process tcp', 'processes tcp'].flatMap((mode) =>
    ['signal throughput, 400 signals, QoS 0', 'signals lost, QoS 0', 'property set round trip, median', 'property set round trip, p99'].map((s) => `${mode}: ${s}`)
  ),
  'in-process tcp: CPU per call, both ends in one process',
  ...['processes tcp', 'processes unix'].flatMap((mode) =>
    ['CPU per call, client + server', 'CPU per call, client process', 'CPU per call, server process'].map((s) => `${mode}: ${s}`)
  ),
  'memory, heap used',
  'memory, RSS added',
];

/** Rows whose numbers may be zero on both sides (no ratio then): memory deltas, losses, CPU in 10 ms ticks. */
const MAY_BE_ZERO = /^memory|signals lost|CPU per call/;

/** label (unit)   generated   raw   ratio   lower|higher is better */
const ROW = /^(.+?) \([^)]+\)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(\d+\.\d+x|n\/a)\s+(lower|higher) is better/;

describe('npm run bench --quick', function () {
  // Three modes, each side twice, plus building the package: minutes on a busy 2-core machine.
  this.timeout(400_000);

  /** @type {{ code: number, stdout: string, stderr: string, leftInTmp: string[], json: any }} */
  let run;

  before(async function () {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bench-test-'));
    const jsonFile = path.join(os.tmpdir(), `stinger-bench-test-${process.pid}.json`);
    // An earlier run to --compare against: one row it shares with this run, one it does not.
    const compareFile = path.join(os.tmpdir(), `stinger-bench-test-${process.pid}-before.json`);
    const shared = { scenario: 'in-process tcp: method round trip, median, 20 sequential calls', unit: 'µs', generated: 2, raw: 1, ratio: 2, better: 'lower' };
    const gone = { scenario: 'a row this run no longer has', unit: 'µs', generated: 1, raw: 1, ratio: 1, better: 'lower' };
    fs.writeFileSync(compareFile, JSON.stringify({ rows: [shared, gone], measuredAt: '2026-01-01T00:00:00.000Z' }));
    try {
      run = await new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--expose-gc', BENCH, '--quick', '--json', jsonFile, '--compare', compareFile],
          { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '', TMPDIR: tmp }, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')) : undefined;
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, leftInTmp: fs.readdirSync(tmp), json });
          }
        );
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(jsonFile, { force: true });
      fs.rmSync(compareFile, { force: true });
    }
  });

  const describeRun = () => `--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

  it('exits 0 and names the versions and the core count', function () {
    expect(run.code, describeRun()).to.equal(0);
    expect(run.stdout).to.match(/node v\d+\.\d+\.\d+, mqtt \d+\.\d+\.\d+, mosquitto \S+, \d+ cores/);
    expect(run.stdout).to.match(/in-process tcp: server and client both in this process/);
    expect(run.stdout).to.match(/processes tcp: server and client in separate processes/);
    expect(run.stdout).to.match(/processes unix: server and client in separate processes/);
  });

  it('prints every scenario with both numbers and a ratio', function () {
    const rows = run.stdout.split('\n').map((line) => ROW.exec(line)).filter((match) => match !== null);
    for (const scenario of SCENARIOS) {
      const found = rows.find((match) => match?.[1].startsWith(scenario));
      expect(found, `row '${scenario}'\n${describeRun()}`).to.not.equal(undefined);
      const [, , generated, raw, ratio] = /** @type {RegExpExecArray} */ (found);
      expect(Number.isFinite(Number(generated)) && Number.isFinite(Number(raw)), scenario).to.equal(true);
      // A memory delta of a few clients can be zero or below (allocator
      // noise); the bench then prints n/a instead of a meaningless ratio.
      if (!MAY_BE_ZERO.test(scenario)) expect(ratio, scenario).to.match(/^\d+\.\d+x$/);
      // QoS 1 must lose nothing, on either side.
      if (/signals lost, QoS 1/.test(scenario)) expect([Number(generated), Number(raw)], scenario).to.deep.equal([0, 0]);
    }
  });

  it('prints the ratio change of every row against --compare FILE', function () {
    const section = run.stdout.slice(run.stdout.indexOf('change against'));
    expect(section, describeRun()).to.match(/^change against .*before\.json:/);
    expect(section).to.contain('(earlier run: 2026-01-01T00:00:00.000Z)');
    expect(section).to.match(/in-process tcp: method round trip, median, 20 sequential calls\s+2\.00x\s+\d+\.\d+x\s+[+-]\d+\.\d%/);
    expect(section).to.match(/a row this run no longer has\s+1\.00x\s+gone/);
    expect(section).to.match(/processes unix: method throughput, 200 calls, 20 in flight\s+new row/);
  });

  it('prints the generation-scaling table (--quick: one 3-member interface) and writes it to --json', function () {
    expect(run.stdout, describeRun()).to.match(/generation scaling/);
    expect(run.stdout).to.match(/^\| 3 \| \d+\.\d\d s \(CPU \d+\.\d\d s, \d+ MiB\) \| \d+\.\d\d s \(CPU \d+\.\d\d s, \d+ MiB\) \|$/m);
    expect(run.json.generation.map((/** @type {any} */ r) => r.members)).to.deep.equal([3]);
  });

  it('writes the same rows to --json and leaves nothing in its temp folder', function () {
    expect(run.json, describeRun()).to.be.an('object');
    expect(run.json.rows).to.have.length(SCENARIOS.length);
    expect(run.json.rows.map((/** @type {any} */ r) => r.scenario).sort()).to.deep.equal(
      run.stdout.split('\n').map((line) => ROW.exec(line)?.[1]).filter(Boolean).sort()
    );
    expect(run.json.environment.cores).to.be.a('number');
    expect(run.leftInTmp, describeRun()).to.deep.equal([]);
  });
});
