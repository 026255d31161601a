// @ts-check
'use strict';
// The measurements, written once against a Side so that the generated and
// the raw code go through identical loops. Every loop has a fixed count.

const { Counter } = require('./side');
const { cpuMicros } = require('./cpu');
const { now, micros, median, percentile } = require('./stats');

/**
 * How much work each scenario does.
 * @typedef {object} Sizes
 * @property {number} rounds           each scenario is split into this many rounds, the sides
 *                                     alternating, so background load on the machine hits both alike
 * @property {number} warmup           sequential calls/sets before measuring (JIT, broker caches)
 * @property {number} calls            sequential method calls measured
 * @property {number} throughputCalls  method calls in the concurrent scenario
 * @property {number} concurrency      calls in flight at once
 * @property {number} signals          signals emitted
 * @property {number} signalWindow     signals emitted but not yet received, at most (mosquitto drops
 *                                     QoS 1 messages beyond max_queued_messages, 1000 by default)
 * @property {number} propertySets     sequential property sets measured
 * @property {number} memoryClients    clients created for the memory scenario
 * @property {number} embeddedCalls    sequential calls per flag set with --embedded
 */

/** @type {Sizes} */
const FULL = {
  rounds: 4,
  // With 200, the generated side's p99 still carried JIT compilation.
  warmup: 1000,
  calls: 2000,
  throughputCalls: 5000,
  concurrency: 100,
  signals: 20000,
  signalWindow: 500,
  propertySets: 1000,
  // Below a few hundred, allocator noise (about 200 KiB either way) hides the clients.
  memoryClients: 1000,
  embeddedCalls: 1000,
};

/** `--quick`: enough to exercise every path, too little to mean anything. */
/** @type {Sizes} */
const QUICK = {
  rounds: 2,
  warmup: 5,
  calls: 20,
  throughputCalls: 200,
  concurrency: 20,
  signals: 400,
  signalWindow: 100,
  propertySets: 20,
  memoryClients: 100,
  embeddedCalls: 20,
};

/**
 * Runs `once(i)` sequentially `count` times and returns each duration in µs.
 * @param {number} count
 * @param {(i: number) => Promise<void>} once
 */
async function sequentialMicros(count, once) {
  const samples = new Array(count);
  for (let i = 0; i < count; i++) {
    const start = now();
    await once(i);
    samples[i] = micros(start, now());
  }
  return samples;
}

/**
 * Work done in a time, summed over rounds into a rate.
 * @typedef {{ count: number, seconds: number }} Rate
 */

/**
 * Median and p99 of every round's samples together.
 * @param {number[][]} rounds
 */
function summarize(rounds) {
  const samples = rounds.flat();
  return { median: median(samples), p99: percentile(samples, 99) };
}

/**
 * Per second, over every round together.
 * @param {Rate[]} rounds
 */
function rate(rounds) {
  const count = rounds.reduce((sum, r) => sum + r.count, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  return count / seconds;
}

/**
 * One add_numbers call, checked, so a wrong reply cannot pass as a fast one.
 * @param {import('./side').Side} side
 * @param {number} i
 */
async function addChecked(side, i) {
  const sum = await side.addNumbers(i, 1);
  if (sum !== i + 1) throw new Error(`${side.name}: add_numbers(${i}, 1) returned ${sum}`);
}

/**
 * Scenario 1, one round: sequential method round trips.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @returns {Promise<number[]>} µs per call
 */
function methodLatency(side, sizes) {
  return sequentialMicros(sizes.calls / sizes.rounds, (i) => addChecked(side, i));
}

/**
 * Work done in a time and the CPU time both ends used for it (µs, from
 * /proc; the same process counted once when both ends share it).
 * @typedef {{ count: number, seconds: number, clientCpu: number, serverCpu: number }} CpuRate
 */

/**
 * Scenario 2, one round: `concurrency` workers each call until the round's
 * share of `throughputCalls` is done.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @returns {Promise<CpuRate>}
 */
async function methodThroughput(side, sizes) {
  const total = sizes.throughputCalls / sizes.rounds;
  let next = 0;
  const worker = async () => {
    while (next < total) await addChecked(side, next++);
  };
  const shared = side.clientPid === side.serverPid;
  const clientBefore = cpuMicros(side.clientPid);
  const serverBefore = shared ? 0 : cpuMicros(side.serverPid);
  const start = now();
  await Promise.all(Array.from({ length: sizes.concurrency }, worker));
  const seconds = micros(start, now()) / 1e6;
  const clientCpu = cpuMicros(side.clientPid) - clientBefore;
  const serverCpu = shared ? 0 : cpuMicros(side.serverPid) - serverBefore;
  return { count: total, seconds, clientCpu, serverCpu };
}

/**
 * CPU µs per call over every round: client end, server end (0 when in the same process).
 * @param {CpuRate[]} rounds
 */
function cpuPerCall(rounds) {
  const count = rounds.reduce((sum, r) => sum + r.count, 0);
  return {
    client: rounds.reduce((sum, r) => sum + r.clientCpu, 0) / count,
    server: rounds.reduce((sum, r) => sum + r.serverCpu, 0) / count,
  };
}

/** With QoS 0 a signal may be lost: the wait for the rest ends after this long without one. */
const SIGNAL_IDLE_MS = 1000;

/**
 * Signals received in a time, and how many were lost.
 * @typedef {{ count: number, seconds: number, lost: number }} SignalRate
 */

/**
 * Scenario 3, one round: the server emits, the client receives; time from the first
 * emit to the last signal received. Emitting goes in half-windows: a batch is
 * sent, its PUBACKs awaited (QoS 0: written), and the next one waits until the
 * client is at most half a window behind. QoS 1 must lose nothing; with QoS 0
 * the losses are counted.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @param {0 | 1} qos
 * @returns {Promise<SignalRate>}
 */
async function signalThroughput(side, sizes, qos) {
  const total = sizes.signals / sizes.rounds;
  const received = new Counter();
  const stop = side.receiveFoo(() => received.increment());
  try {
    const half = Math.max(1, Math.floor(sizes.signalWindow / 2));
    const start = now();
    let sent = 0;
    while (sent < total) {
      const batch = Math.min(half, total - sent);
      await side.emitBatch(sent, batch, qos);
      sent += batch;
      if (qos === 1) await received.reach(sent - half);
      else await received.reachOrIdle(sent - half, SIGNAL_IDLE_MS);
    }
    if (qos === 1) await received.reach(total);
    else await received.reachOrIdle(total, SIGNAL_IDLE_MS);
    // After losses the wait ended idle; the run ended with the last signal that came.
    const end = received.count === total ? now() : received.lastAt;
    const seconds = micros(start, end) / 1e6;
    if (qos === 1 && received.count !== total) throw new Error(`${side.name}: ${received.count} signals received, ${total} sent`);
    return { count: received.count, seconds, lost: total - received.count };
  } finally {
    stop();
  }
}

/**
 * Signals lost over every round.
 * @param {SignalRate[]} rounds
 */
function lost(rounds) {
  return rounds.reduce((sum, r) => sum + r.lost, 0);
}

/**
 * Scenario 4, one round: sequential property sets, each resolving once the
 * server has published the value and replied.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @param {number} base  first value
 * @returns {Promise<number[]>} µs per set
 */
function propertyLatency(side, sizes, base) {
  return sequentialMicros(sizes.propertySets / sizes.rounds, async (i) => {
    const value = await side.setFavoriteNumber(base + i);
    if (value !== base + i) throw new Error(`${side.name}: set favorite_number to ${base + i}, got ${value}`);
  });
}

/**
 * Warms both code paths of a side up before anything is measured.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @param {number} base  first property value used
 */
async function warmUp(side, sizes, base) {
  for (let i = 0; i < sizes.warmup; i++) await addChecked(side, i);
  for (let i = 0; i < sizes.warmup; i++) await side.setFavoriteNumber(base + i);
}

module.exports = {
  FULL,
  QUICK,
  summarize,
  rate,
  cpuPerCall,
  lost,
  methodLatency,
  methodThroughput,
  signalThroughput,
  propertyLatency,
  warmUp,
  sequentialMicros,
  addChecked,
};
