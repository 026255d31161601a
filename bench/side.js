// @ts-check
'use strict';
// What a scenario needs from one side of the comparison. The generated
// package and the raw mqtt.js code both implement it, so every scenario runs
// the very same measuring code against both.

/**
 * The server end of a side (in this process or in a child process).
 * @typedef {object} ServerEnd
 * @property {number} pid  the process it runs in
 * @property {(first: number, count: number, qos: 0 | 1) => Promise<void>} emitBatch  emits foo `count` times; resolves on the PUBACKs (QoS 1) or once written (QoS 0)
 * @property {() => Promise<string[]>} [errors]  the errors of a server end in another process
 * @property {() => Promise<void>} close
 */

/**
 * The client end of a side.
 * @typedef {object} ClientEnd
 * @property {(left: number, right: number) => Promise<number>} addNumbers
 * @property {(value: number) => Promise<number>} setFavoriteNumber  resolves with the value in force
 * @property {(listener: (message: string) => void) => () => void} receiveFoo
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} Side
 * @property {string} name
 * @property {number} clientPid  process of the client end
 * @property {number} serverPid  process of the server end
 * @property {(left: number, right: number) => Promise<number>} addNumbers  client calls add_numbers
 * @property {(value: number) => Promise<number>} setFavoriteNumber  client sets favorite_number; resolves with the value in force
 * @property {(first: number, count: number, qos: 0 | 1) => Promise<void>} emitBatch  server emits foo `count` times; resolves when all are acknowledged (QoS 1) or written (QoS 0)
 * @property {(listener: (message: string) => void) => () => void} receiveFoo  client listens to foo
 * @property {() => Promise<string[]>} errors  errors either end reported (bad payloads, failed replies)
 * @property {() => Promise<void>} close  closes the server, the client and both connections
 */

/**
 * Counts what a listener receives and lets the sender wait for a count,
 * the flow control of the signal scenario.
 */
class Counter {
  constructor() {
    this.count = 0;
    /** @type {{ target: number, resolve: () => void } | undefined} */
    this.waiter = undefined;
    /** When the last message came (hrtime ns), for {@link reachOrIdle} and the end of a lossy run. */
    this.lastAt = process.hrtime.bigint();
  }

  increment() {
    this.count++;
    this.lastAt = process.hrtime.bigint();
    if (this.waiter && this.count >= this.waiter.target) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve();
    }
  }

  /** @param {number} target @returns {Promise<void>} */
  reach(target) {
    if (this.count >= target) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = { target, resolve };
    });
  }

  /**
   * Like reach, but gives up once nothing arrived for `idleMs` (QoS 0 may lose messages).
   * @param {number} target @param {number} idleMs @returns {Promise<void>}
   */
  async reachOrIdle(target, idleMs) {
    const idleNs = BigInt(idleMs) * 1_000_000n;
    const started = process.hrtime.bigint();
    while (this.count < target) {
      const reached = this.reach(target);
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const idle = new Promise((resolve) => (timer = setTimeout(resolve, idleMs / 4)));
      await Promise.race([reached, idle]);
      clearTimeout(timer);
      const last = this.lastAt > started ? this.lastAt : started;
      if (this.count < target && process.hrtime.bigint() - last >= idleNs) {
        this.waiter = undefined;
        return;
      }
    }
  }
}

/**
 * A Side made of a server end and a client end (either may be in another process).
 * @param {string} name @param {ServerEnd} server @param {ClientEnd} client
 * @param {Error[]} errors  where the ends in this process put theirs
 * @returns {Side}
 */
function joinSide(name, server, client, errors) {
  return {
    name,
    clientPid: process.pid,
    serverPid: server.pid,
    addNumbers: client.addNumbers,
    setFavoriteNumber: client.setFavoriteNumber,
    receiveFoo: client.receiveFoo,
    emitBatch: server.emitBatch,
    errors: async () => [...errors.map((error) => error.message), ...(server.errors ? await server.errors() : [])],
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/**
 * emitBatch from a function that emits one signal.
 * @param {(message: string, qos: 0 | 1) => Promise<void>} emitOne
 * @returns {(first: number, count: number, qos: 0 | 1) => Promise<void>}
 */
function batchOf(emitOne) {
  return async (first, count, qos) => {
    const done = [];
    for (let i = 0; i < count; i++) done.push(emitOne(`signal ${first + i}`, qos));
    await Promise.all(done);
  };
}

module.exports = { Counter, joinSide, batchOf };
