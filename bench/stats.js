// @ts-check
'use strict';
// Small statistics and clock helpers shared by both sides of the bench, so
// that the generated and the raw runs are measured by the same code.

/** @returns {bigint} a monotonic clock in nanoseconds */
function now() {
  return process.hrtime.bigint();
}

/**
 * Microseconds between two clock readings.
 * @param {bigint} start
 * @param {bigint} end
 */
function micros(start, end) {
  return Number(end - start) / 1000;
}

/**
 * Nearest-rank percentile (p in 0..100) of unsorted samples.
 * @param {number[]} samples
 * @param {number} p
 */
function percentile(samples, p) {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** @param {number[]} samples */
function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Rejects with a clear message when `promise` takes longer than `ms`, so a
 * lost message ends the bench with an error instead of a hang.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

module.exports = { now, micros, percentile, median, within };
