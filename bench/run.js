#!/usr/bin/env node
// @ts-check
'use strict';
// `npm run bench`: measures the generated Example package against the same
// wire work written by hand on mqtt.js, both in the same run against the
// same private mosquitto, and prints generated/raw ratios.
//
//   node --expose-gc bench/run.js [--quick] [--json FILE]
//
// --quick runs a few iterations per scenario (for the test; its numbers mean
// nothing). --json FILE also writes the results there. Whatever happens
// (success, failure, Ctrl-C, the overall time limit) the broker is stopped
// and the temp folder removed.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { startBroker } = require('../test/support/broker');
const { buildExamplePackage, environment, INTERFACE_FILE } = require('./build');
const { openGeneratedServer, openGeneratedClient } = require('./generated-side');
const { openRawServer, openRawClient } = require('./raw-side');
const { startRemoteServer } = require('./remote-server');
const { joinSide } = require('./side');
const { measureEmbedded } = require('./embedded');
const { generationScaling, formatTable: formatGeneration } = require('./generation');
const scenarios = require('./scenarios');
const { within } = require('./stats');
const { row, formatTable, formatComparison } = require('./report');

/** The whole run, build included, is stopped after this: bounded even if the broker hangs. */
const RUN_LIMIT_MS = 900_000;
/** One scenario of one side; far above what a healthy run needs. */
const SCENARIO_LIMIT_MS = 30_000;
const MEMORY_CHILD = path.join(__dirname, 'memory-child.js');

/** @param {string} line */
function say(line) {
  console.log(line);
}

const USAGE = 'usage: node --expose-gc bench/run.js [--quick] [--json FILE] [--compare FILE] [--embedded]';

/**
 * @typedef {{ quick: boolean, json?: string, compare?: string, embedded: boolean }} Options
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = { quick: false, embedded: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--embedded') options.embedded = true;
    else if (arg === '--json' && i + 1 < argv.length) options.json = argv[++i];
    else if (arg === '--compare' && i + 1 < argv.length) options.compare = argv[++i];
    else if (arg === '-h' || arg === '--help') {
      say(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (${USAGE})`);
  }
  if (options.compare !== undefined && !fs.existsSync(options.compare)) {
    throw new Error(`--compare ${options.compare}: no such file (give the --json output of an earlier run)`);
  }
  return options;
}

/** Everything started so far, for cleanup(). */
const started = {
  /** @type {string | undefined} */ tempDir: undefined,
  /** @type {import('../test/support/broker').Broker | undefined} */ broker: undefined,
  /** @type {import('./side').Side[]} */ sides: [],
  /** @type {Set<import('node:child_process').ChildProcess>} */ children: new Set(),
};

/** @type {Promise<void> | undefined} */
let cleaning;

/**
 * Stops child processes, the sides' connections and the broker; removes the
 * temp folder. Every caller (normal end, failure, signal, time limit) waits
 * for the same run of it, so none can exit while the broker still runs.
 * @returns {Promise<void>}
 */
function cleanup() {
  cleaning ??= (async () => {
    for (const child of started.children) child.kill('SIGKILL');
    // Closing needs the broker; bounded so a dead broker cannot hold the exit.
    await within(Promise.allSettled(started.sides.map((side) => side.close())), 2_000, 'closing the connections').catch(() => undefined);
    if (started.broker) await started.broker.stop();
    if (started.tempDir) fs.rmSync(started.tempDir, { recursive: true, force: true });
  })();
  return cleaning;
}

/**
 * Runs the memory scenario of one side in its own process.
 * @param {'generated' | 'raw'} mode
 * @param {import('../test/support/broker').Broker} broker
 * @param {number} count
 * @param {string} indexModule
 * @returns {Promise<{ heapUsed: number, rss: number }>} bytes added by `count` clients
 */
function measureMemory(mode, broker, count, indexModule) {
  return new Promise((resolve, reject) => {
    // --no-flush-bytecode: V8 would otherwise drop the bytecode of idle
    // functions between the two readings, and the delta could go negative.
    const args = ['--expose-gc', '--no-flush-bytecode', MEMORY_CHILD, mode, broker.host, String(broker.port), String(count), indexModule];
    const child = execFile(
      process.execPath,
      args,
      { timeout: SCENARIO_LIMIT_MS, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => {
        started.children.delete(child);
        if (error) {
          reject(new Error(`memory scenario (${mode}) failed: ${error.message}\n${stderr}`));
          return;
        }
        resolve(JSON.parse(stdout.trim().split('\n').pop() || '{}'));
      }
    );
    started.children.add(child);
  });
}

/**
 * Runs one scenario in `rounds` rounds, the sides alternating and the one
 * that goes first swapping every round, each round within the time limit.
 * @template T
 * @param {string} what
 * @param {import('./side').Side[]} sides
 * @param {number} rounds
 * @param {(side: import('./side').Side, round: number) => Promise<T>} measure
 * @returns {Promise<T[][]>} per side (in the order of `sides`), its rounds
 */
async function alternating(what, sides, rounds, measure) {
  /** @type {T[][]} */
  const results = sides.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? sides.map((_, i) => i) : sides.map((_, i) => sides.length - 1 - i);
    for (const i of order) {
      results[i].push(await within(measure(sides[i], round), SCENARIO_LIMIT_MS, `${what} (${sides[i].name}, round ${round + 1})`));
    }
  }
  return results;
}

/**
 * Opens the generated and the raw side of one mode.
 * @param {{ split: boolean, broker: import('./generated-side').BrokerAddress, indexModule: string, label: string }} mode
 * @returns {Promise<import('./side').Side[]>}
 */
async function openSides(mode) {
  const sides = [];
  for (const name of /** @type {const} */ (['generated', 'raw'])) {
    /** @type {Error[]} */
    const errors = [];
    const instanceId = `bench-${name}-${mode.label.replace(/[^a-z0-9]+/g, '-')}`;
    const server = mode.split
      ? await startRemoteServer(name, mode.broker, instanceId, mode.indexModule, { onChild: (child) => started.children.add(child) })
      : name === 'generated'
        ? await openGeneratedServer(mode.indexModule, mode.broker, instanceId, errors)
        : await openRawServer(mode.broker, instanceId, errors);
    const client =
      name === 'generated'
        ? await openGeneratedClient(mode.indexModule, mode.broker, instanceId, errors)
        : await openRawClient(mode.broker, instanceId, errors);
    const side = joinSide(name, server, client, errors);
    started.sides.push(side);
    sides.push(side);
  }
  return sides;
}

/**
 * Throws when either end of a side reported an error.
 * @param {import('./side').Side[]} sides
 */
async function checkErrors(sides) {
  for (const side of sides) {
    const messages = await side.errors();
    if (messages.length > 0) throw new Error(`${side.name} reported ${messages.length} error(s), first: ${messages[0]}`);
  }
}

/**
 * One mode's scenarios, as rows.
 * @param {{ split: boolean, broker: import('./generated-side').BrokerAddress, indexModule: string, label: string, full: boolean }} mode
 * @param {import('./scenarios').Sizes} sizes
 * @returns {Promise<import('./report').Row[]>}
 */
async function runMode(mode, sizes) {
  say(`${mode.label}: ${mode.split ? 'server and client in separate processes' : 'server and client both in this process'}`);
  const sides = await openSides(mode);
  const { rounds } = sizes;
  const p = `${mode.label}: `;
  /** @type {import('./report').Row[]} */
  const rows = [];
  await alternating(`${p}warm-up`, sides, 1, (side) => scenarios.warmUp(side, sizes, 1_000_000));
  const latency = (await alternating(`${p}method round trip`, sides, rounds, (side) => scenarios.methodLatency(side, sizes))).map(scenarios.summarize);
  rows.push(row(`${p}method round trip, median, ${sizes.calls} sequential calls`, 'µs', latency[0].median, latency[1].median, 'lower'));
  rows.push(row(`${p}method round trip, p99, ${sizes.calls} sequential calls`, 'µs', latency[0].p99, latency[1].p99, 'lower'));
  const throughputRounds = await alternating(`${p}method throughput`, sides, rounds, (side) => scenarios.methodThroughput(side, sizes));
  const throughput = throughputRounds.map(scenarios.rate);
  rows.push(row(`${p}method throughput, ${sizes.throughputCalls} calls, ${sizes.concurrency} in flight`, 'calls/s', throughput[0], throughput[1], 'higher'));
  const cpu = throughputRounds.map(scenarios.cpuPerCall);
  if (mode.split) {
    rows.push(row(`${p}CPU per call, client + server, ${sizes.concurrency} in flight`, 'µs', cpu[0].client + cpu[0].server, cpu[1].client + cpu[1].server, 'lower'));
    rows.push(row(`${p}CPU per call, client process`, 'µs', cpu[0].client, cpu[1].client, 'lower'));
    rows.push(row(`${p}CPU per call, server process`, 'µs', cpu[0].server, cpu[1].server, 'lower'));
  } else {
    rows.push(row(`${p}CPU per call, both ends in one process, ${sizes.concurrency} in flight`, 'µs', cpu[0].client, cpu[1].client, 'lower'));
  }
  for (const qos of mode.full ? /** @type {const} */ ([1, 0]) : /** @type {const} */ ([1])) {
    const signalRounds = await alternating(`${p}signals QoS ${qos}`, sides, rounds, (side) => scenarios.signalThroughput(side, sizes, qos));
    const signals = signalRounds.map(scenarios.rate);
    rows.push(row(`${p}signal throughput, ${sizes.signals} signals, QoS ${qos}`, 'messages/s', signals[0], signals[1], 'higher'));
    const lost = signalRounds.map(scenarios.lost);
    rows.push(row(`${p}signals lost, QoS ${qos}`, 'signals', lost[0], lost[1], 'lower'));
  }
  if (mode.full) {
    const property = (
      await alternating(`${p}property set`, sides, rounds, (side, round) => scenarios.propertyLatency(side, sizes, 2_000_000 + round * sizes.propertySets))
    ).map(scenarios.summarize);
    rows.push(row(`${p}property set round trip, median, ${sizes.propertySets} sets`, 'µs', property[0].median, property[1].median, 'lower'));
    rows.push(row(`${p}property set round trip, p99, ${sizes.propertySets} sets`, 'µs', property[0].p99, property[1].p99, 'lower'));
  }
  await checkErrors(sides);
  started.sides = started.sides.filter((side) => !sides.includes(side));
  await Promise.all(sides.map((side) => side.close()));
  return rows;
}

/**
 * The generation-scaling rows (bench/generation.js): synthetic interfaces
 * of 100, 1000 and 3000 members (--quick: 3), each converted and generated
 * by the CLI in a child process.
 * @param {boolean} quick
 */
async function generationRows(quick) {
  return generationScaling({ sizes: quick ? [3] : [100, 1000, 3000] });
}

/**
 * Prints objects as a table, one column per key.
 * @param {Record<string, unknown>[]} objects
 */
function formatObjects(objects) {
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const cells = objects.map((o) => keys.map((k) => (typeof o[k] === 'number' ? Number(/** @type {number} */ (o[k]).toPrecision(4)).toString() : String(o[k] ?? ''))));
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i].length)));
  const line = (/** @type {string[]} */ c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(keys), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** @param {Options} options */
async function main(options) {
  const sizes = options.quick ? scenarios.QUICK : scenarios.FULL;
  const env = environment();
  say(`stinger-ipc bench${options.quick ? ' (--quick: too few iterations to mean anything)' : ''}`);
  say(`node ${env.node}, mqtt ${env.mqtt}, mosquitto ${env.mosquitto}, ${env.cores} cores (${env.cpu}), ${env.platform}, load ${env.load}`);

  started.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bench-'));
  say(`generating and compiling ${path.basename(INTERFACE_FILE)} into ${started.tempDir}`);
  const indexModule = await buildExamplePackage(path.join(started.tempDir, 'example'));

  const broker = await startBroker({ unixSocket: true });
  started.broker = broker;
  say(`private mosquitto on ${broker.host}:${broker.port} and ${broker.socketPath} (set_tcp_nodelay true)`);
  say(`each scenario runs in ${sizes.rounds} rounds, the sides taking turns (the first swapping each round),`);
  say('so background load hits both alike.');
  const tcp = { host: broker.host, port: broker.port };
  const unix = { ...tcp, socketPath: /** @type {string} */ (broker.socketPath) };
  const rows = [
    ...(await runMode({ split: false, broker: tcp, indexModule, label: 'in-process tcp', full: true }, sizes)),
    ...(await runMode({ split: true, broker: tcp, indexModule, label: 'processes tcp', full: true }, sizes)),
    ...(await runMode({ split: true, broker: unix, indexModule, label: 'processes unix', full: false }, sizes)),
  ];

  // After the other scenarios' connections are closed, one fresh process per side.
  const memory = [
    await measureMemory('generated', broker, sizes.memoryClients, indexModule),
    await measureMemory('raw', broker, sizes.memoryClients, indexModule),
  ];
  const n = sizes.memoryClients;
  rows.push(row(`memory, heap used by ${n} clients on one connection`, 'KiB', memory[0].heapUsed / 1024, memory[1].heapUsed / 1024, 'lower'));
  rows.push(row(`memory, RSS added by ${n} clients on one connection`, 'KiB', memory[0].rss / 1024, memory[1].rss / 1024, 'lower'));

  say('');
  say(formatTable(rows));
  say('');
  say('ratio = generated / raw mqtt.js, both measured in this run. CPU from /proc/<pid>/stat (10 ms ticks,');
  say('summed over the rounds). Generated QoS 0 signals: the server connection publishes with QoS 0 (the');
  say('protocol itself uses QoS 1). Memory: a fresh node --expose-gc process per side, the difference after GC.');

  say('');
  say('generation scaling (synthetic interfaces, a third each signals, methods and properties; wall time, CPU, peak RSS):');
  const generation = await generationRows(options.quick);
  say(formatGeneration(generation));

  /** @type {Record<string, unknown>[] | undefined} */
  let embedded;
  if (options.embedded) {
    say('');
    say('embedded profile: a generated server daemon started with node flags; idle RSS after start, and the');
    say('method round trip from a client in this process:');
    embedded = await measureEmbedded(indexModule, tcp, sizes, (child) => started.children.add(child));
    say(formatObjects(embedded));
  }

  const report = { mode: options.quick ? 'quick' : 'full', environment: env, sizes, rows, generation, embedded, measuredAt: new Date().toISOString() };
  if (options.compare) {
    say('');
    say(`change against ${options.compare}:`);
    say(formatComparison(JSON.parse(fs.readFileSync(options.compare, 'utf8')), report));
  }
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
    say(`results written to ${options.json}`);
  }
}

/** Exit codes after a signal: the conventional 128 + its number. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };

/** Set by Ctrl-C or a kill; the scenario that fails because of it is not reported. */
let interrupted = /** @type {'SIGINT' | 'SIGTERM' | undefined} */ (undefined);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    interrupted = signal;
    say(`${signal}: stopping the broker and removing the temp folder`);
    void cleanup().finally(() => process.exit(SIGNAL_EXIT[signal]));
  });
}

const watchdog = setTimeout(() => {
  console.error(`bench failed: still running after ${RUN_LIMIT_MS / 1000} s`);
  void cleanup().finally(() => process.exit(1));
}, RUN_LIMIT_MS);
watchdog.unref();

Promise.resolve()
  .then(() => main(parseArgs(process.argv.slice(2))))
  .then(
    () => 0,
    (error) => {
      if (!interrupted) console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
      return 1;
    }
  )
  .then(async (code) => {
    await cleanup();
    process.exit(interrupted ? SIGNAL_EXIT[interrupted] : code);
  });
