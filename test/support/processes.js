// @ts-check
'use strict';

// Runs a test program in its own node process and talks to it in JSON
// lines: commands on stdin (each with an id), replies and events on stdout.

const { spawn } = require('child_process');
const readline = require('readline');

const WAIT_LIMIT_MS = 20000; // only to turn a hang into a readable failure (generous: a loaded 2-core machine starts a node process in seconds)
const EXIT_LIMIT_MS = 5000; // a program still alive after this is killed (and reported)

/**
 * @typedef {Record<string, any>} Line
 * @typedef {{ predicate: (line: Line) => boolean, resolve: (line: Line) => void, reject: (err: Error) => void, what: string, timer: NodeJS.Timeout }} Waiter
 */

class Program {
  /**
   * @param {string} script
   * @param {string[]} args
   * @param {{ env?: Record<string, string> }} [options]
   */
  constructor(script, args, options = {}) {
    this.name = require('path').basename(script);
    /** @type {Line[]} every JSON line the program printed, in order */
    this.lines = [];
    this.stderr = '';
    /** @type {string[]} stdout lines that were not JSON */
    this.noise = [];
    /** @type {Array<{ pattern: RegExp, resolve: (text: string) => void, reject: (err: Error) => void }>} */
    this.textWaiters = [];
    /** @type {Array<{ text: string, resolve: () => void }>} */
    this.stderrWaiters = [];
    this.stderrMarks = 0;
    /** whether stop() had to kill the program */
    this.killed = false;
    /** @type {Waiter[]} */
    this.waiters = [];
    this.nextId = 1;
    /** @type {{ code: number | null, signal: string | null } | null} */
    this.exited = null;
    this.child = spawn(process.execPath, [script, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.env || {}) },
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk) => {
      this.stderr += chunk;
      for (const waiter of this.stderrWaiters.slice()) {
        if (this.stderr.includes(waiter.text)) {
          this.stderrWaiters.splice(this.stderrWaiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
    readline.createInterface({ input: this.child.stdout }).on('line', (text) => this.onLine(text));
    this.exit = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exited = { code, signal };
        for (const waiter of this.waiters.splice(0)) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error(`${this.name} exited (${code ?? signal}) while waiting for ${waiter.what}\n${this.report()}`));
        }
        for (const waiter of this.textWaiters.splice(0)) {
          waiter.reject(new Error(`${this.name} exited (${code ?? signal}) while waiting for output matching ${waiter.pattern}\n${this.report()}`));
        }
        resolve(this.exited);
      });
    });
  }

  /** @param {string} text */
  onLine(text) {
    let line;
    try {
      line = JSON.parse(text);
    } catch {
      this.noise.push(text);
      for (const waiter of this.textWaiters.slice()) {
        if (waiter.pattern.test(text)) {
          this.textWaiters.splice(this.textWaiters.indexOf(waiter), 1);
          waiter.resolve(text);
        }
      }
      return;
    }
    this.lines.push(line);
    for (const waiter of this.waiters.slice()) {
      if (waiter.predicate(line)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        clearTimeout(waiter.timer);
        waiter.resolve(line);
      }
    }
  }

  /** Recent output, for failure messages. */
  report() {
    const recent = this.lines.slice(-15).map((line) => JSON.stringify(line)).join('\n');
    return `--- ${this.name} stdout (last lines) ---\n${recent}\n${this.noise.slice(-5).join('\n')}\n--- ${this.name} stderr ---\n${this.stderr.slice(-4000)}`;
  }

  /**
   * Resolves with the first line, printed at or after index `since`, that
   * matches. Lines already printed count, so there is no race with the child.
   * @param {(line: Line) => boolean} predicate
   * @param {string} what  described in the failure message
   * @param {{ since?: number }} [options]
   * @returns {Promise<Line>}
   */
  waitFor(predicate, what, options = {}) {
    const found = this.lines.slice(options.since || 0).find(predicate);
    if (found) return Promise.resolve(found);
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited; no ${what}\n${this.report()}`));
    return new Promise((resolve, reject) => {
      /** @type {Waiter} */
      const waiter = {
        predicate,
        resolve,
        reject,
        what,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new Error(`${this.name}: no ${what} within ${WAIT_LIMIT_MS} ms\n${this.report()}`));
        }, WAIT_LIMIT_MS),
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * Resolves with the first plain (non-JSON) stdout line matching pattern.
   * @param {RegExp} pattern
   * @returns {Promise<string>}
   */
  waitForText(pattern) {
    const found = this.noise.find((text) => pattern.test(text));
    if (found !== undefined) return Promise.resolve(found);
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited; no output matching ${pattern}\n${this.report()}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        pattern,
        resolve: (/** @type {string} */ text) => {
          clearTimeout(timer);
          resolve(text);
        },
        reject: (/** @type {Error} */ err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.textWaiters.splice(this.textWaiters.indexOf(waiter), 1);
        reject(new Error(`${this.name}: no output matching ${pattern} within ${WAIT_LIMIT_MS} ms\n${this.report()}`));
      }, WAIT_LIMIT_MS);
      this.textWaiters.push(waiter);
    });
  }

  /** @param {string} event */
  waitForEvent(event, extra = /** @type {(line: Line) => boolean} */ (() => true), since = 0) {
    return this.waitFor((line) => line.event === event && extra(line), `event '${event}'`, { since });
  }

  /**
   * Everything the program wrote to stderr up to now, as far as the program
   * is concerned: it writes a marker on request and this waits for it.
   * Returns the stderr text before the marker; markers are left out.
   * @returns {Promise<string>}
   */
  async syncStderr() {
    const text = `--- stderr mark ${++this.stderrMarks} ---`;
    const seen = new Promise((resolve) => this.stderrWaiters.push({ text, resolve: () => resolve(undefined) }));
    await this.ok({ cmd: 'markStderr', text });
    await seen;
    const before = this.stderr.slice(0, this.stderr.indexOf(text));
    return before.replace(/--- stderr mark \d+ ---\n/g, '');
  }

  /** Index to pass as `since` so a wait only sees lines printed after now. */
  mark() {
    return this.lines.length;
  }

  /**
   * Sends a command and resolves with the program's reply line ({ id, ok, ... }).
   * @param {Record<string, unknown>} command
   * @returns {Promise<Line>}
   */
  send(command) {
    const id = this.nextId++;
    const reply = this.waitFor((line) => line.id === id && 'ok' in line, `reply to ${JSON.stringify(command)}`);
    this.child.stdin.write(JSON.stringify({ ...command, id }) + '\n');
    return reply;
  }

  /**
   * Like send, but rejects with the program's error when the reply is not ok.
   * @param {Record<string, unknown>} command
   */
  async ok(command) {
    const reply = await this.send(command);
    if (!reply.ok) throw new Error(`${this.name}: ${JSON.stringify(command)} failed: ${JSON.stringify(reply.error)}\n${this.report()}`);
    return reply;
  }

  /**
   * Closes stdin (the program's cue to shut down cleanly) and waits for the
   * exit; kills the program if it does not end by itself within a while.
   * @returns {Promise<{ code: number | null, signal: string | null, killed: boolean }>}
   */
  async stop() {
    if (!this.exited) {
      this.child.stdin.end();
      await this.exitOrKill();
    }
    return { ...(this.exited || { code: null, signal: null }), killed: this.killed };
  }

  /**
   * Sends a signal (e.g. SIGINT) and waits for the exit, as stop() does.
   * @param {NodeJS.Signals} signal
   */
  async interrupt(signal) {
    if (!this.exited) {
      this.child.kill(signal);
      await this.exitOrKill();
    }
    return { ...(this.exited || { code: null, signal: null }), killed: this.killed };
  }

  async exitOrKill() {
    const killer = setTimeout(() => {
      this.killed = true;
      this.child.kill('SIGKILL');
    }, EXIT_LIMIT_MS);
    await this.exit;
    clearTimeout(killer);
  }
}

/**
 * Starts a program and waits for its `{"event":"ready"}` line.
 * @param {string} script
 * @param {string[]} args
 * @param {{ env?: Record<string, string> }} [options]
 */
async function startProgram(script, args, options) {
  const program = new Program(script, args, options);
  try {
    await program.waitForEvent('ready');
  } catch (err) {
    program.child.kill('SIGKILL');
    throw err;
  }
  return program;
}

module.exports = { Program, startProgram };
