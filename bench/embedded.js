// @ts-check
'use strict';
// `npm run bench -- --embedded`: the generated server as a daemon on a small
// device. For each set of node flags, a fresh server process (bench/server-child.js)
// is started; its RSS is read from /proc once it is serving and idle, then a
// client in the bench process measures sequential method round trips.

const { startRemoteServer } = require('./remote-server');
const { openGeneratedClient } = require('./generated-side');
const { rssKiB } = require('./cpu');
const { sequentialMicros, addChecked } = require('./scenarios');
const { median, percentile } = require('./stats');

/** The flag sets measured, from none to all of them. */
const FLAG_SETS = [
  [],
  ['--max-old-space-size=16'],
  ['--max-semi-space-size=1'],
  ['--optimize-for-size'],
  ['--jitless'],
  ['--max-old-space-size=16', '--max-semi-space-size=1'],
  ['--max-old-space-size=16', '--max-semi-space-size=1', '--optimize-for-size'],
  ['--max-old-space-size=16', '--max-semi-space-size=1', '--jitless'],
  ['--max-old-space-size=16', '--max-semi-space-size=1', '--optimize-for-size', '--jitless'],
];

/** Time the daemon is left alone before its RSS is read. */
const IDLE_MS = 1000;

/**
 * @param {string} indexModule
 * @param {import('./generated-side').BrokerAddress} broker
 * @param {import('./scenarios').Sizes} sizes
 * @param {(child: import('node:child_process').ChildProcess) => void} onChild
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function measureEmbedded(indexModule, broker, sizes, onChild) {
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  let baseline = { rss: NaN, median: NaN };
  for (const [index, flags] of FLAG_SETS.entries()) {
    const instanceId = `bench-embedded-${index}`;
    /** @type {Error[]} */
    const errors = [];
    const server = await startRemoteServer('generated', broker, instanceId, indexModule, { nodeFlags: flags, onChild });
    try {
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      const idleRss = rssKiB(server.pid);
      const client = await openGeneratedClient(indexModule, broker, instanceId, errors);
      try {
        const warm = Math.min(sizes.warmup, 200);
        for (let i = 0; i < warm; i++) await addChecked(/** @type {any} */ (client), i);
        const samples = await sequentialMicros(sizes.embeddedCalls, (i) => addChecked(/** @type {any} */ (client), i));
        const busyRss = rssKiB(server.pid);
        const row = {
          'node flags': flags.length === 0 ? '(none)' : flags.join(' '),
          'idle RSS (MiB)': idleRss / 1024,
          'RSS after calls (MiB)': busyRss / 1024,
          'round trip median (µs)': median(samples),
          'p99 (µs)': percentile(samples, 99),
        };
        if (index === 0) baseline = { rss: idleRss, median: median(samples) };
        row['RSS saved'] = `${(((baseline.rss - idleRss) / baseline.rss) * 100).toFixed(0)}%`;
        row['latency cost'] = `${((median(samples) / baseline.median - 1) * 100).toFixed(0)}%`;
        rows.push(row);
      } finally {
        await client.close();
      }
      const remote = server.errors ? await server.errors() : [];
      if (errors.length + remote.length > 0) throw new Error(`embedded ${flags.join(' ')}: ${[...errors.map((e) => e.message), ...remote][0]}`);
    } finally {
      await server.close();
    }
  }
  return rows;
}

module.exports = { measureEmbedded, FLAG_SETS };
