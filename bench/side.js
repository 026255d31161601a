// @ts-check
'use strict';
// What a scenario needs from one side of the comparison. The generated
// package and the raw mqtt.js code both implement it, so every scenario runs
// the very same measuring code against both.

/**
 * @typedef {object} Side
 * @property {string} name
 * @property {(left: number, right: number) => Promise<number>} addNumbers  client calls add_numbers
 * @property {(value: number) => Promise<number>} setFavoriteNumber  client sets favorite_number; resolves with the value in force
 * @property {(message: string) => Promise<void>} emitFoo  server emits foo; resolves on PUBACK
 * @property {(listener: (message: string) => void) => () => void} receiveFoo  client listens to foo
 * @property {() => Error[]} errors  errors either end reported (bad payloads, failed replies)
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
  }

  increment() {
    this.count++;
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
}

module.exports = { Counter };
