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
const { openGeneratedSide } = require('./generated-side');
const { openRawSide } = require('./raw-side');
const scenarios = require('./scenarios');
const { within } = require('./stats');
const { row, formatTable } = require('./report');

/** The whole run, build included, is stopped after this: bounded even if the broker hangs. */
const RUN_LIMIT_MS = 110_000;
/** One scenario of one side; far above what a healthy run needs. */
const SCENARIO_LIMIT_MS = 30_000;
const MEMORY_CHILD = path.join(__dirname, 'memory-child.js');

/** @param {string} line */
function say(line) {
  console.log(line);
}

/**
 * @param {string[]} argv
 * @returns {{ quick: boolean, json?: string }}
 */
function parseArgs(argv) {
  /** @type {{ quick: boolean, json?: string }} */
  const options = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json' && i + 1 < argv.length) options.json = argv[++i];
    else if (arg === '-h' || arg === '--help') {
      say('usage: node --expose-gc bench/run.js [--quick] [--json FILE]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (usage: bench/run.js [--quick] [--json FILE])`);
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

/** @param {{ quick: boolean, json?: string }} options */
async function main(options) {
  const sizes = options.quick ? scenarios.QUICK : scenarios.FULL;
  const env = environment();
  say(`stinger-ipc bench${options.quick ? ' (--quick: too few iterations to mean anything)' : ''}`);
  say(`node ${env.node}, mqtt ${env.mqtt}, mosquitto ${env.mosquitto}, ${env.cores} cores (${env.cpu}), ${env.platform}`);

  started.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-bench-'));
  say(`generating and compiling ${path.basename(INTERFACE_FILE)} into ${started.tempDir}`);
  const indexModule = await buildExamplePackage(path.join(started.tempDir, 'example'));

  const broker = await startBroker();
  started.broker = broker;
  say(`private mosquitto on ${broker.host}:${broker.port} (set_tcp_nodelay true)`);

  const generated = await within(openGeneratedSide(indexModule, broker, 'bench-generated'), SCENARIO_LIMIT_MS, 'starting the generated side');
  started.sides.push(generated);
  const raw = await within(openRawSide(broker, 'bench-raw'), SCENARIO_LIMIT_MS, 'starting the raw side');
  started.sides.push(raw);
  const sides = [generated, raw];
  say('each side: its server on one MQTT connection, its client on another, both in this process;');
  say(`latencies therefore include the work of both ends in one event loop. Each scenario runs in ${sizes.rounds} rounds,`);
  say('the sides taking turns (the first swapping each round), so background load hits both alike.');

  await alternating('warm-up', sides, 1, (side) => scenarios.warmUp(side, sizes, 1_000_000));
  const { rounds } = sizes;
  const latency = (await alternating('method round trip', sides, rounds, (side) => scenarios.methodLatency(side, sizes))).map(scenarios.summarize);
  const throughput = (await alternating('method throughput', sides, rounds, (side) => scenarios.methodThroughput(side, sizes))).map(scenarios.rate);
  const signals = (await alternating('signal throughput', sides, rounds, (side) => scenarios.signalThroughput(side, sizes))).map(scenarios.rate);
  const property = (
    await alternating('property set', sides, rounds, (side, round) => scenarios.propertyLatency(side, sizes, 2_000_000 + round * sizes.propertySets))
  ).map(scenarios.summarize);

  for (const side of sides) {
    const errors = side.errors();
    if (errors.length > 0) throw new Error(`${side.name} reported ${errors.length} error(s), first: ${errors[0].message}`);
  }
  started.sides = [];
  await Promise.all(sides.map((side) => side.close()));

  // After the other scenarios' connections are closed, one fresh process per side.
  const memory = [
    await measureMemory('generated', broker, sizes.memoryClients, indexModule),
    await measureMemory('raw', broker, sizes.memoryClients, indexModule),
  ];

  const n = sizes.memoryClients;
  const rows = [
    row(`method round trip, median, ${sizes.calls} sequential calls`, 'µs', latency[0].median, latency[1].median, 'lower'),
    row(`method round trip, p99, ${sizes.calls} sequential calls`, 'µs', latency[0].p99, latency[1].p99, 'lower'),
    row(`method throughput, ${sizes.throughputCalls} calls, ${sizes.concurrency} in flight`, 'calls/s', throughput[0], throughput[1], 'higher'),
    row(`signal throughput, ${sizes.signals} signals, QoS 1`, 'messages/s', signals[0], signals[1], 'higher'),
    row(`property set round trip, median, ${sizes.propertySets} sets`, 'µs', property[0].median, property[1].median, 'lower'),
    row(`property set round trip, p99, ${sizes.propertySets} sets`, 'µs', property[0].p99, property[1].p99, 'lower'),
    row(`memory, heap used by ${n} clients on one connection`, 'KiB', memory[0].heapUsed / 1024, memory[1].heapUsed / 1024, 'lower'),
    row(`memory, RSS added by ${n} clients on one connection`, 'KiB', memory[0].rss / 1024, memory[1].rss / 1024, 'lower'),
  ];
  say('');
  say(formatTable(rows));
  say('');
  say('ratio = generated / raw mqtt.js, both measured in this run. Memory: a fresh node --expose-gc process');
  say('per side, the difference after GC (raw: the same subscriptions plus the state a client keeps).');

  if (options.json) {
    const report = { mode: options.quick ? 'quick' : 'full', environment: env, sizes, rows, measuredAt: new Date().toISOString() };
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
