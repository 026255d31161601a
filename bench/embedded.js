// @ts-check
'use strict';
// `npm run bench -- --embedded`: the generated server as a daemon on a small
// device. For each set of node flags, a fresh server process (bench/server-child.js)
// is started; its RSS is read from /proc once it is serving and idle, then a
// client in the bench process measures sequential method round trips, then the
// daemon's CPU time per call (/proc) over a burst of calls in flight. Every
// flag set is measured twice, in rounds of opposite order (idle RSS: the
// median of the rounds; latency: over every call of both rounds).

const { startRemoteServer } = require('./remote-server');
const { openGeneratedClient } = require('./generated-side');
const { rssKiB, cpuMicros } = require('./cpu');
const { sequentialMicros, addChecked } = require('./scenarios');
const { median, percentile } = require('./stats');

/** The flag sets measured, from none to all of them. */
const FLAG_SETS = [
  [],
  ['--max-old-space-size=32'],
  ['--max-semi-space-size=1'],
  ['--optimize-for-size'],
  ['--jitless'],
  ['--max-old-space-size=32', '--max-semi-space-size=1'],
  ['--max-old-space-size=32', '--max-semi-space-size=1', '--optimize-for-size'],
  ['--max-old-space-size=32', '--max-semi-space-size=1', '--jitless'],
  ['--max-old-space-size=32', '--max-semi-space-size=1', '--optimize-for-size', '--jitless'],
];

/** Time the daemon is left alone before its RSS is read. */
const IDLE_MS = 1000;

/** Calls of the CPU measurement, as a multiple of the sequential ones (the CPU clock ticks in 10 ms). */
const BURST_FACTOR = 4;
/** Calls in flight during the CPU measurement. */
const BURST_IN_FLIGHT = 20;

/** Each flag set is measured this many times, the order reversed every round, so load on the machine spreads over all of them. */
const ROUNDS = 2;

/**
 * One measurement of one flag set: a fresh daemon, its idle RSS, then
 * sequential round trips from a client in this process.
 * @param {string} indexModule
 * @param {import('./generated-side').BrokerAddress} broker
 * @param {import('./scenarios').Sizes} sizes
 * @param {string[]} flags
 * @param {string} instanceId
 * @param {(child: import('node:child_process').ChildProcess) => void} onChild
 * @returns {Promise<{ idleRss: number, busyRss: number, samples: number[], cpu: number, calls: number }>}
 */
async function measureOnce(indexModule, broker, sizes, flags, instanceId, onChild) {
  /** @type {Error[]} */
  const errors = [];
  const server = await startRemoteServer('generated', broker, instanceId, indexModule, { nodeFlags: flags, onChild });
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleRss = rssKiB(server.pid);
    const client = await openGeneratedClient(indexModule, broker, instanceId, errors);
    let samples;
    let cpu;
    const calls = sizes.embeddedCalls * BURST_FACTOR;
    try {
      const warm = Math.min(sizes.warmup, 200);
      for (let i = 0; i < warm; i++) await addChecked(/** @type {any} */ (client), i);
      samples = await sequentialMicros(sizes.embeddedCalls, (i) => addChecked(/** @type {any} */ (client), i));
      // The daemon's CPU time per call, from /proc: unlike wall time it does not
      // depend on how busy the machine is, so it shows what a flag costs.
      const before = cpuMicros(server.pid);
      let next = 0;
      const worker = async () => {
        while (next < calls) await addChecked(/** @type {any} */ (client), next++);
      };
      await Promise.all(Array.from({ length: BURST_IN_FLIGHT }, worker));
      cpu = cpuMicros(server.pid) - before;
    } finally {
      await client.close();
    }
    const busyRss = rssKiB(server.pid);
    const remote = server.errors ? await server.errors() : [];
    if (errors.length + remote.length > 0) throw new Error(`embedded ${flags.join(' ')}: ${[...errors.map((e) => e.message), ...remote][0]}`);
    return { idleRss, busyRss, samples, cpu, calls };
  } finally {
    await server.close();
  }
}

/**
 * @param {string} indexModule
 * @param {import('./generated-side').BrokerAddress} broker
 * @param {import('./scenarios').Sizes} sizes
 * @param {(child: import('node:child_process').ChildProcess) => void} onChild
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function measureEmbedded(indexModule, broker, sizes, onChild) {
  /** @type {{ idleRss: number[], busyRss: number[], samples: number[], cpu: number, calls: number }[]} */
  const results = FLAG_SETS.map(() => ({ idleRss: [], busyRss: [], samples: [], cpu: 0, calls: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    const order = FLAG_SETS.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      const once = await measureOnce(indexModule, broker, sizes, FLAG_SETS[index], `bench-embedded-${index}-${round}`, onChild);
      results[index].idleRss.push(once.idleRss);
      results[index].busyRss.push(once.busyRss);
      results[index].samples.push(...once.samples);
      results[index].cpu += once.cpu;
      results[index].calls += once.calls;
    }
  }
  const baseline = { rss: median(results[0].idleRss), median: median(results[0].samples), cpu: results[0].cpu / results[0].calls };
  return FLAG_SETS.map((flags, index) => {
    const result = results[index];
    const idleRss = median(result.idleRss);
    const roundTrip = median(result.samples);
    return {
      'node flags': flags.length === 0 ? '(none)' : flags.join(' '),
      'idle RSS (MiB)': idleRss / 1024,
      'RSS after calls (MiB)': median(result.busyRss) / 1024,
      'round trip median (µs)': roundTrip,
      'p99 (µs)': percentile(result.samples, 99),
      'server CPU per call (µs)': result.cpu / result.calls,
      'RSS saved': `${(((baseline.rss - idleRss) / baseline.rss) * 100).toFixed(0)}%`,
      'latency cost': `${((roundTrip / baseline.median - 1) * 100).toFixed(0)}%`,
      'CPU cost': `${((result.cpu / result.calls / baseline.cpu - 1) * 100).toFixed(0)}%`,
    };
  });
}

module.exports = { measureEmbedded, FLAG_SETS };
