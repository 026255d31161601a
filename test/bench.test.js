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
const SCENARIOS = [
  'method round trip, median',
  'method round trip, p99',
  'method throughput',
  'signal throughput',
  'property set round trip, median',
  'property set round trip, p99',
  'memory, heap used',
  'memory, RSS added',
];

/** label (unit)   generated   raw   ratio   lower|higher is better */
const ROW = /^(.+?) \([^)]+\)\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s+(\d+\.\d+x|n\/a)\s+(lower|higher) is better/;

describe('npm run bench --quick', function () {
  this.timeout(120_000);

  /** @type {{ code: number, stdout: string, stderr: string, leftInTmp: string[], json: any }} */
  let run;

  before(async function () {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bench-test-'));
    const jsonFile = path.join(os.tmpdir(), `stinger-bench-test-${process.pid}.json`);
    try {
      run = await new Promise((resolve) => {
        execFile(
          process.execPath,
          ['--expose-gc', BENCH, '--quick', '--json', jsonFile],
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
    }
  });

  const describeRun = () => `--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

  it('exits 0 and names the versions and the core count', function () {
    expect(run.code, describeRun()).to.equal(0);
    expect(run.stdout).to.match(/node v\d+\.\d+\.\d+, mqtt \d+\.\d+\.\d+, mosquitto \S+, \d+ cores/);
    expect(run.stdout).to.match(/both in this process/);
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
      if (!scenario.startsWith('memory')) expect(ratio, scenario).to.match(/^\d+\.\d+x$/);
    }
  });

  it('writes the same rows to --json and leaves nothing in its temp folder', function () {
    expect(run.json, describeRun()).to.be.an('object');
    expect(run.json.rows).to.have.length(SCENARIOS.length);
    expect(run.json.environment.cores).to.be.a('number');
    expect(run.leftInTmp, describeRun()).to.deep.equal([]);
  });
});
