// @ts-check
'use strict';
// The parent's handle on a server end running in bench/server-child.js.

const path = require('node:path');
const { fork } = require('node:child_process');

const CHILD = path.join(__dirname, 'server-child.js');

/**
 * Starts a server end in its own node process.
 * @param {'generated' | 'raw'} mode
 * @param {import('./generated-side').BrokerAddress} broker
 * @param {string} instanceId
 * @param {string} indexModule
 * @param {{ nodeFlags?: string[], onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<import('./side').ServerEnd & { errors: () => Promise<string[]> }>}
 */
function startRemoteServer(mode, broker, instanceId, indexModule, options = {}) {
  const child = fork(CHILD, [mode, JSON.stringify(broker), instanceId, indexModule], {
    execArgv: options.nodeFlags ?? [],
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  options.onChild?.(child);
  let nextId = 1;
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  const waiting = new Map();
  /** @type {(error: Error) => void} */
  let failStart = () => undefined;
  child.on('message', (/** @type {any} */ message) => {
    const entry = waiting.get(message.id);
    if (entry === undefined) return;
    waiting.delete(message.id);
    if (message.error) entry.reject(new Error(`${mode} server process: ${message.error}`));
    else entry.resolve(message);
  });
  child.on('exit', (code, signal) => {
    const error = new Error(`${mode} server process exited (${signal ?? code})`);
    failStart(error);
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  });
  /** @param {object} request @returns {Promise<any>} */
  const ask = (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      child.send({ ...request, id });
    });
  return new Promise((resolve, reject) => {
    failStart = reject;
    child.once('message', (/** @type {any} */ message) => {
      if (!message.ready) return;
      failStart = () => undefined;
      resolve({
        pid: /** @type {number} */ (child.pid),
        emitBatch: (first, count, qos) => ask({ emit: [first, count, qos] }).then(() => undefined),
        errors: () => ask({ errors: true }).then((reply) => reply.errors),
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done(undefined);
            child.once('exit', () => done(undefined));
            child.send({ close: true });
          }),
      });
    });
  });
}

module.exports = { startRemoteServer };
