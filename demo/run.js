#!/usr/bin/env node
// @ts-check
'use strict';
// `npm run demo`: from examples/example.stingeripc to a server and a client
// talking over MQTT, in one command. Generates the TypeScript package into a
// temp folder, compiles it, starts a private mosquitto on a free loopback
// port, runs demo/server.js and demo/client.js as two processes and prints
// what they say, each line prefixed with who said it. Whatever happens
// (success, failure, Ctrl-C) it stops everything it started and removes the
// temp folder. Exits 0 only when both programs did every step.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { generatePackage } = require('../bin/generate-package');
const { findMosquitto, startMosquitto, MosquittoMissing } = require('./mosquitto');

const REPO_ROOT = path.resolve(__dirname, '..');
const INTERFACE_FILE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The package name the template gives interface Example; the demo programs require it by this name. */
const PACKAGE_NAME = 'example';
/**
 * The client program. STINGER_DEMO_CLIENT replaces it, e.g. with your own
 * client of the Example interface (the tests use it for a client that fails
 * or never finishes).
 */
const CLIENT_PROGRAM = process.env.STINGER_DEMO_CLIENT ? path.resolve(process.env.STINGER_DEMO_CLIENT) : path.join(__dirname, 'client.js');
/** A program that ignores SIGTERM this long is killed. */
const STOP_GRACE_MS = 5_000;

/** @param {string} line */
function say(line) {
  console.log(`[demo] ${line}`);
}

/**
 * A child process whose output is printed line by line as `[name] line`.
 * @typedef {object} Program
 * @property {import('node:child_process').ChildProcess} child
 * @property {Promise<number>} exited  resolves with the exit code (1 when killed by a signal)
 * @property {(pattern: RegExp) => Promise<boolean>} waitForLine  true once a line matches; false if it exits first
 */

/** Everything started so far, so that cleanup can stop it. */
const running = /** @type {Set<Program>} */ (new Set());

/**
 * @param {string} name
 * @param {string[]} args  node arguments
 * @param {NodeJS.ProcessEnv} env
 * @returns {Program}
 */
function startNode(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  /** @type {Array<{ pattern: RegExp, resolve: (seen: boolean) => void }>} */
  let waiting = [];
  /** @param {NodeJS.ReadableStream} stream @param {NodeJS.WritableStream} out */
  const relay = (stream, out) => {
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (line) => {
      out.write(`[${name}] ${line}\n`);
      waiting = waiting.filter((w) => !(w.pattern.test(line) && (w.resolve(true), true)));
    });
    return new Promise((resolve) => lines.once('close', resolve));
  };
  const drained = Promise.all([relay(child.stdout, process.stdout), relay(child.stderr, process.stderr)]);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`[${name}] ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  }).then(async (code) => {
    await drained; // every line printed before anyone acts on the exit
    for (const w of waiting) w.resolve(false);
    waiting = [];
    return /** @type {number} */ (code);
  });
  /** @type {Program} */
  const program = {
    child,
    exited,
    waitForLine: (pattern) => new Promise((resolve) => waiting.push({ pattern, resolve })),
  };
  running.add(program);
  void exited.then(() => running.delete(program));
  return program;
}

/** The programs asked to stop, with their exit: a second SIGTERM would kill one in the middle of its goodbye. */
const stopping = /** @type {WeakMap<Program, Promise<number>>} */ (new WeakMap());

/**
 * Asks a program to stop (SIGTERM), kills it if it does not.
 * @param {Program} program
 * @returns {Promise<number>} its exit code
 */
function stopProgram(program) {
  let stopped = stopping.get(program);
  if (!stopped) {
    const { child } = program;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    stopped = program.exited.finally(() => clearTimeout(timer));
    stopping.set(program, stopped);
  }
  return stopped;
}

/** @type {{ tempDir?: string, broker?: import('./mosquitto').Broker }} */
const started = {};

/** Set by Ctrl-C (SIGINT) or SIGTERM. */
let interrupted = /** @type {'SIGINT' | 'SIGTERM' | undefined} */ (undefined);

/** Thrown between steps once interrupted, so main() ends and cleanup() sees everything it started. */
class Interrupted extends Error {}

function checkInterrupted() {
  if (interrupted) throw new Interrupted(interrupted);
}

/** Stops the programs, then the broker, then removes the temp folder. */
async function cleanup() {
  await Promise.all([...running].map(stopProgram));
  if (started.broker) {
    await started.broker.stop();
    say('mosquitto stopped');
  }
  if (started.tempDir) fs.rmSync(started.tempDir, { recursive: true, force: true });
}

/**
 * Converts the interface and renders the package into `outDir` (the
 * transpiled template is reused when it is current), then compiles it with
 * the repo's typescript against the repo's node_modules.
 * @param {string} outDir
 */
async function buildPackage(outDir) {
  say(`generating the TypeScript package of ${path.relative(process.cwd(), INTERFACE_FILE)} into ${outDir}`);
  const { diagnostics, files } = await generatePackage({ input: INTERFACE_FILE, outDir });
  checkInterrupted();
  if (diagnostics.length > 0) {
    const { formatDiagnostic } = require('../converter/front-end');
    throw new Error(`${INTERFACE_FILE} does not convert:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  say(`wrote ${files.length} files (${files.filter((f) => f.startsWith('src/')).join(', ')}, ...)`);
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  say('compiling it with tsc');
  const tsc = startNode('tsc', [TSC, '-p', outDir], process.env);
  const code = await tsc.exited;
  checkInterrupted();
  if (code !== 0) throw new Error('tsc failed to compile the generated package');
}

async function main() {
  let mosquitto;
  try {
    mosquitto = findMosquitto();
  } catch (error) {
    if (!(error instanceof MosquittoMissing)) throw error;
    console.error(`[demo] ${error.message}`);
    return 1;
  }

  started.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-demo-'));
  // Generated as <temp>/node_modules/example, so that with NODE_PATH the demo
  // programs load it as require('example'), the way an application would.
  const modulesDir = path.join(started.tempDir, 'node_modules');
  await buildPackage(path.join(modulesDir, PACKAGE_NAME));

  const brokerDir = path.join(started.tempDir, 'mosquitto');
  fs.mkdirSync(brokerDir);
  started.broker = await startMosquitto(mosquitto, brokerDir);
  checkInterrupted();
  const { host, port } = started.broker;
  say(`mosquitto (${mosquitto}) listening on ${host}:${port}, pid ${started.broker.pid}`);

  const env = { ...process.env, NODE_PATH: modulesDir, MQTT_HOST: host, MQTT_PORT: String(port), NODE_OPTIONS: '' };
  say('starting the server: node demo/server.js');
  const server = startNode('server', [path.join(__dirname, 'server.js')], env);
  say(`server pid ${server.child.pid}`);
  const serving = await server.waitForLine(/^serving /);
  checkInterrupted();
  if (!serving) throw new Error(`the server exited with code ${await server.exited} before serving`);

  say(`starting the client: node ${path.relative(REPO_ROOT, CLIENT_PROGRAM)}`);
  const client = startNode('client', [CLIENT_PROGRAM], env);
  say(`client pid ${client.child.pid}`);
  const clientCode = await client.exited;
  checkInterrupted();
  if (clientCode !== 0) throw new Error(`the client failed (exit code ${clientCode})`);

  say('the client is done; stopping the server');
  const serverCode = await stopProgram(server);
  if (serverCode !== 0) throw new Error(`the server failed (exit code ${serverCode})`);
  return 0;
}

/** Exit codes after a signal: the conventional 128 + its number. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };

// Ctrl-C (the terminal sends SIGINT to the programs too) or a kill: stop the
// programs now; main() then stops at its next step and cleanup() does the rest.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    interrupted = signal;
    say(`${signal}: stopping everything`);
    for (const program of running) void stopProgram(program);
  });
}

main()
  .catch((error) => {
    if (!interrupted) console.error(`[demo] failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    if (interrupted) process.exit(SIGNAL_EXIT[interrupted]);
    if (code === 0) say('done: the server and the client did every step');
    process.exit(code);
  });
