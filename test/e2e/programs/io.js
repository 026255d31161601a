// @ts-check
'use strict';

// Plumbing shared by the test programs: JSON lines out, commands in, and a
// loud exit on anything that would otherwise be lost.

const readline = require('readline');
const { encode } = require('../../support/codec');

/** @param {Record<string, unknown>} line */
function print(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

/**
 * @param {unknown} err
 * @returns {Record<string, unknown>}
 */
function describeError(err) {
  if (!(err instanceof Error)) return { thrown: encode(err) };
  const anyErr = /** @type {any} */ (err);
  return {
    name: err.name,
    className: err.constructor && err.constructor.name,
    message: err.message,
    returnCode: anyErr.returnCode,
    debugInfo: anyErr.debugInfo,
  };
}

/** @type {Record<string, (command: any) => unknown>} */
const builtIn = {
  // Writes a marker to stderr: once the test sees it, it has seen every
  // earlier stderr line too (stderr and stdout are not ordered together).
  markStderr: (command) => {
    process.stderr.write(`${command.text}\n`);
  },
};

/**
 * Reads commands from stdin; each handler's result (or error) is printed as
 * the reply to that command's id. Calls onEnd when stdin closes.
 * @param {Record<string, (command: any) => Promise<unknown> | unknown>} handlers
 * @param {() => Promise<void>} onEnd
 */
function serveCommands(handlers, onEnd) {
  const input = readline.createInterface({ input: process.stdin });
  input.on('line', (text) => {
    /** @type {any} */
    let command;
    try {
      command = JSON.parse(text);
    } catch {
      print({ event: 'badCommand', text });
      return;
    }
    const handler = handlers[command.cmd] || builtIn[command.cmd];
    if (!handler) {
      print({ id: command.id, ok: false, error: { message: `unknown command ${command.cmd}` } });
      return;
    }
    Promise.resolve()
      .then(() => handler(command))
      .then(
        (result) => print({ id: command.id, ok: true, result: encode(result) }),
        (err) => print({ id: command.id, ok: false, error: describeError(err) })
      );
  });
  // Closing stdin is the cue to close everything. The process must then end
  // by itself: anything the generated code leaves open keeps it alive.
  input.on('close', () => {
    onEnd().then(
      () => print({ event: 'closed' }),
      (err) => {
        print({ event: 'closeFailed', error: describeError(err) });
        process.exit(1);
      }
    );
  });
}

// Anything escaping the generated code is a bug the tests must see.
function exitOnStrayErrors() {
  process.on('unhandledRejection', (reason) => {
    print({ event: 'unhandledRejection', error: describeError(reason) });
    process.exit(70);
  });
  process.on('uncaughtException', (err) => {
    print({ event: 'uncaughtException', error: describeError(err) });
    process.exit(71);
  });
}

/**
 * Counts the live timers in this process (a call that has settled must not
 * leave one behind).
 */
function timerCount() {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

module.exports = { print, describeError, serveCommands, exitOnStrayErrors, timerCount };
