#!/usr/bin/env node
// @ts-check
'use strict';
// Generation scaling: writes synthetic interfaces of N members (a third each
// signals, methods, properties; test/support/synthetic.js) into a temp folder
// and times `stingeripc-to-asyncapi` and `stingeripc generate` on them, each
// as a child process, the way a user runs them.
//
//   node bench/generation.js [--sizes 3,100,1000,3000] [--runs N] [--validate] [--stress] [--json FILE]
//
// Per size and command: wall time (median of --runs), CPU time (user +
// system) and peak RSS of the child, read by a preload from
// process.resourceUsage() as it exits. One warm-up `generate` runs first, so
// the transpiled template is in place as on every run but the first.
// --validate adds the official parser (both commands' --validate).
// --stress also times the converter on issue 9's large inputs: 3,000
// signals, 3,000 structures in chains of 30 and an enum of 60,000 values.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { members, signals, structChains, bigEnum } = require('../test/support/synthetic');

const ROOT = path.resolve(__dirname, '..');
const CONVERT = path.join(ROOT, 'bin', 'stingeripc-to-asyncapi.js');
const STINGERIPC = path.join(ROOT, 'bin', 'stingeripc.js');
const DEFAULT_SIZES = [3, 100, 1000, 3000];

/**
 * The preload: writes the CPU time and peak RSS of the process to the file
 * named by STINGERIPC_BENCH_USAGE when it exits.
 */
const PROBE = `'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  fs.writeFileSync(process.env.STINGERIPC_BENCH_USAGE, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`;

/**
 * @typedef {{ wallMs: number, cpuMs: number, peakRssMiB: number }} Measure
 * @typedef {{ members: number, convert: Measure, generate: Measure, validate: boolean }} GenerationRow
 */

/**
 * Runs node with the probe; rejects when the command fails.
 * @param {string} dir
 * @param {string[]} args
 * @returns {Promise<Measure>}
 */
function measure(dir, args) {
  const usageFile = path.join(dir, `usage-${process.hrtime.bigint()}.json`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', path.join(dir, 'probe.js'), ...args], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', STINGERIPC_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        reject(new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} exited with ${code}:\n${stderr}`));
        return;
      }
      const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
      fs.rmSync(usageFile);
      resolve({ wallMs, cpuMs: usage.cpuMs, peakRssMiB: usage.maxRssKiB / 1024 });
    });
  });
}

/**
 * The run with the median wall time.
 * @param {Measure[]} runs
 */
function median(runs) {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
}

/**
 * @param {{ sizes?: number[], runs?: number, validate?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<GenerationRow[]>}
 */
async function generationScaling(options = {}) {
  const sizes = options.sizes || DEFAULT_SIZES;
  const runs = Math.max(1, options.runs || 1);
  const extra = options.validate ? ['--validate'] : [];
  const log = options.log || (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-generation-'));
  try {
    fs.writeFileSync(path.join(dir, 'probe.js'), PROBE);
    fs.writeFileSync(path.join(dir, 'warmup.stingeripc'), members(3));
    await measure(dir, [STINGERIPC, 'generate', 'warmup.stingeripc', '-o', 'warmup-out']);
    /** @type {GenerationRow[]} */
    const rows = [];
    for (const size of sizes) {
      const input = `members-${size}.stingeripc`;
      fs.writeFileSync(path.join(dir, input), members(size));
      /** @type {Measure[]} */
      const converts = [];
      /** @type {Measure[]} */
      const generates = [];
      for (let i = 0; i < runs; i++) {
        converts.push(await measure(dir, [CONVERT, input, '-o', `members-${size}.asyncapi.yaml`, ...extra]));
        generates.push(await measure(dir, [STINGERIPC, 'generate', input, '-o', `out-${size}`, ...extra]));
        fs.rmSync(path.join(dir, `out-${size}`), { recursive: true, force: true });
      }
      const row = { members: size, convert: median(converts), generate: median(generates), validate: Boolean(options.validate) };
      log(formatRow(row));
      rows.push(row);
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 9's inputs. */
const STRESS = [
  { name: '3,000 signals', text: () => signals(3000) },
  { name: '3,000 structures (chains of 30)', text: () => structChains(3000, 30) },
  { name: 'enum of 60,000 values', text: () => bigEnum(60000) },
];

/**
 * The converter on issue 9's inputs.
 * @param {{ runs?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<Array<{ input: string, convert: Measure }>>}
 */
async function stressInputs(options = {}) {
  const runs = Math.max(1, options.runs || 1);
  const log = options.log || (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-stress-'));
  try {
    fs.writeFileSync(path.join(dir, 'probe.js'), PROBE);
    const rows = [];
    for (const [index, input] of STRESS.entries()) {
      const file = `stress-${index}.stingeripc`;
      fs.writeFileSync(path.join(dir, file), input.text());
      /** @type {Measure[]} */
      const converts = [];
      for (let i = 0; i < runs; i++) converts.push(await measure(dir, [CONVERT, file, '-o', `stress-${index}.asyncapi.yaml`]));
      const row = { input: input.name, convert: median(converts) };
      log(`| ${row.input} | ${cell(row.convert)} |`);
      rows.push(row);
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {Measure} m */
const cell = (m) => `${(m.wallMs / 1000).toFixed(2)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s, ${Math.round(m.peakRssMiB)} MiB)`;

/** @param {GenerationRow} row */
function formatRow(row) {
  return `| ${row.members.toLocaleString('en')} | ${cell(row.convert)} | ${cell(row.generate)} |`;
}

/** @param {GenerationRow[]} rows */
function formatTable(rows) {
  return [
    '| members | `stingeripc-to-asyncapi` wall (CPU, peak RSS) | `stingeripc generate` wall (CPU, peak RSS) |',
    '|---|---|---|',
    ...rows.map(formatRow),
  ].join('\n');
}

/** @param {string[]} argv */
async function main(argv) {
  const { parseArgs } = require('node:util');
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      validate: { type: 'boolean', default: false },
      stress: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s)) : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. 100,1000,3000');
  const runs = values.runs ? Number(values.runs) : 1;
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`Generation scaling (node ${process.version}, ${os.cpus().length} cores, load average ${load()}${values.validate ? ', --validate' : ''}):\n\n`);
  process.stdout.write(`${formatTable([]).split('\n').slice(0, 2).join('\n')}\n`);
  const log = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
  const rows = await generationScaling({ sizes, runs, validate: values.validate, log });
  /** @type {unknown[]} */
  let stress = [];
  if (values.stress) {
    process.stdout.write('\nIssue 9 inputs:\n\n| input | `stingeripc-to-asyncapi` wall (CPU, peak RSS) |\n|---|---|\n');
    stress = await stressInputs({ runs, log });
  }
  process.stdout.write(`\nload average at the end: ${load()}\n`);
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(values.stress ? { rows, stress } : rows, null, 2)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  });
}

module.exports = { generationScaling, stressInputs, formatTable, formatRow };
