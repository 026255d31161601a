// @ts-check
'use strict';
// Scenario 5, run in a fresh `node --expose-gc` process per side so that
// neither side inherits the other's (or the other scenarios') heap. Opens
// one connection, then creates N clients of N instances on it (generated:
// N ExampleClient; raw: N hand-written subscription sets with their state)
// and prints, as one JSON line, how much heap and RSS that added after GC.
//
// usage: node --expose-gc bench/memory-child.js generated|raw HOST PORT COUNT [INDEX_MODULE]

const { connectRaw, topicRouter, rawTopics } = require('./raw-side');

/** Clients made before the baseline: every code path compiled and optimized, so the delta is data, not code. */
const WARM_CLIENTS = 20;

/**
 * Full collections with pauses between them (finalizers and socket
 * callbacks run in between); a fixed number of rounds, for a steady reading.
 */
async function settle() {
  const gc = /** @type {() => void} */ (global.gc);
  if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
  for (let round = 0; round < 4; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return process.memoryUsage();
}

/**
 * @param {{ host: string, port: number }} broker
 * @param {number} count
 * @param {string} indexModule
 */
async function generated(broker, count, indexModule) {
  /** @type {any} */
  const pkg = require(indexModule);
  const connection = new pkg.MqttConnection({ host: broker.host, port: broker.port });
  // The first clients open the shared reply subscriptions and warm every code path up.
  const warm = Array.from({ length: WARM_CLIENTS }, (_, i) => new pkg.ExampleClient(connection, { instanceId: `memory-warm-${i}` }));
  await Promise.all(warm.map((client) => client.ready()));
  const before = await settle();
  const clients = [];
  for (let i = 0; i < count; i++) clients.push(new pkg.ExampleClient(connection, { instanceId: `memory-${i}` }));
  await Promise.all(clients.map((client) => client.ready()));
  const after = await settle();
  await Promise.all([...warm, ...clients].map((client) => client.close()));
  await connection.close();
  return { before, after, kept: clients.length };
}

/**
 * The raw equivalent of one client: its four subscriptions, a handler per
 * topic and the state a hand-written client keeps (pending calls, signal
 * listeners, last property value and version).
 * @param {import('mqtt').MqttClient} connection
 * @param {Map<string, Function>} routes
 * @param {string} instanceId
 */
async function rawClientSet(connection, routes, instanceId) {
  const topics = rawTopics(instanceId, connection.options.clientId || '');
  const state = { pending: new Map(), fooListeners: new Set(), value: undefined, version: undefined };
  const wanted = [topics.response, topics.updateResponse, topics.signal, topics.value];
  // The reply topics are the connection's, shared by every set: subscribed once.
  const fresh = wanted.filter((topic) => !routes.has(topic));
  routes.set(topics.signal, () => state.fooListeners.size);
  routes.set(topics.value, () => state.version);
  if (!routes.has(topics.response)) routes.set(topics.response, () => state.pending.size);
  if (!routes.has(topics.updateResponse)) routes.set(topics.updateResponse, () => state.pending.size);
  if (fresh.length > 0) await connection.subscribeAsync(fresh, { qos: 1 });
  return state;
}

/**
 * @param {{ host: string, port: number }} broker
 * @param {number} count
 */
async function raw(broker, count) {
  /** @type {Error[]} */
  const errors = [];
  const connection = await connectRaw(broker, 'memory');
  const routes = topicRouter(connection, errors);
  await Promise.all(Array.from({ length: WARM_CLIENTS }, (_, i) => rawClientSet(connection, routes, `memory-warm-${i}`)));
  const before = await settle();
  const sets = await Promise.all(Array.from({ length: count }, (_, i) => rawClientSet(connection, routes, `memory-${i}`)));
  const after = await settle();
  await connection.endAsync();
  if (errors.length > 0) throw errors[0];
  return { before, after, kept: sets.length };
}

async function main() {
  const [mode, host, portText, countText, indexModule] = process.argv.slice(2);
  const broker = { host, port: Number(portText) };
  const count = Number(countText);
  const run = mode === 'generated' ? generated(broker, count, indexModule) : mode === 'raw' ? raw(broker, count) : undefined;
  if (run === undefined) throw new Error(`unknown mode ${mode}`);
  const { before, after } = await run;
  process.stdout.write(
    JSON.stringify({ heapUsed: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, count }) + '\n'
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  }
);
