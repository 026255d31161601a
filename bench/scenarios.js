// @ts-check
'use strict';
// The measurements, written once against a Side so that the generated and
// the raw code go through identical loops. Every loop has a fixed count.

const { Counter } = require('./side');
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
 * Scenario 2, one round: `concurrency` workers each call until the round's
 * share of `throughputCalls` is done.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @returns {Promise<Rate>}
 */
async function methodThroughput(side, sizes) {
  const total = sizes.throughputCalls / sizes.rounds;
  let next = 0;
  const worker = async () => {
    while (next < total) await addChecked(side, next++);
  };
  const start = now();
  await Promise.all(Array.from({ length: sizes.concurrency }, worker));
  return { count: total, seconds: micros(start, now()) / 1e6 };
}

/**
 * Scenario 3, one round: the server emits, the client receives; time from the first
 * emit to the last signal received. Emitting goes in half-windows: a batch is
 * sent, its PUBACKs awaited, and the next one waits until the client is at
 * most half a window behind.
 * @param {import('./side').Side} side
 * @param {Sizes} sizes
 * @returns {Promise<Rate>}
 */
async function signalThroughput(side, sizes) {
  const total = sizes.signals / sizes.rounds;
  const received = new Counter();
  const stop = side.receiveFoo(() => received.increment());
  try {
    const half = Math.max(1, Math.floor(sizes.signalWindow / 2));
    const start = now();
    let sent = 0;
    while (sent < total) {
      const batch = Math.min(half, total - sent);
      const acks = [];
      for (let i = 0; i < batch; i++) acks.push(side.emitFoo(`signal ${sent + i}`));
      sent += batch;
      await Promise.all(acks);
      await received.reach(sent - half);
    }
    await received.reach(total);
    const seconds = micros(start, now()) / 1e6;
    if (received.count !== total) throw new Error(`${side.name}: ${received.count} signals received, ${total} sent`);
    return { count: total, seconds };
  } finally {
    stop();
  }
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

module.exports = { FULL, QUICK, summarize, rate, methodLatency, methodThroughput, signalThroughput, propertyLatency, warmUp };
