// @ts-check
'use strict';

// Starts a private mosquitto for a test: own config in a fresh temp dir, a free
// loopback port, log captured so a failing test can show what the broker said.

const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn } = require('child_process');

const HOST = '127.0.0.1';
const READY_TRIES = 200; // 200 x 25 ms = 5 s at most before giving up
const READY_PAUSE_MS = 25;
const START_ATTEMPTS = 5; // retries when another process grabs the port first
const LOG_LIMIT = 20000; // characters of broker log kept for error messages

/**
 * @typedef {object} Broker
 * @property {string} host
 * @property {number} port
 * @property {string} url           mqtt://127.0.0.1:PORT
 * @property {string | undefined} socketPath  the unix socket, with options.unixSocket
 * @property {() => string} log     what mosquitto wrote to stderr so far
 * @property {() => Promise<void>} stop     kills mosquitto and removes its dir
 * @property {() => Promise<void>} restart  stops and starts again on the same port
 */

/**
 * @param {string[]} [dirs] where to look (default: PATH, then the sbin dirs)
 * @returns {string} absolute path of the mosquitto binary
 */
function findMosquitto(dirs = defaultSearchDirs()) {
  for (const dir of dirs) {
    const candidate = path.join(dir, 'mosquitto');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this dir
    }
  }
  throw new Error(
    'mosquitto not found on PATH or in /usr/sbin. Install it with: ' +
      'apt-get update && apt-get install -y mosquitto mosquitto-clients'
  );
}

function defaultSearchDirs() {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  for (const extra of ['/usr/sbin', '/usr/local/sbin', '/sbin']) {
    if (!dirs.includes(extra)) dirs.push(extra);
  }
  return dirs;
}

/** Asks the kernel for a free loopback port. Racy by nature; callers retry. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether a TCP connection to the port succeeds
 */
function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * @param {string} dir
 * @param {number} port
 * @param {string[]} [extra] config lines appended after the defaults (a later line wins, e.g. allow_anonymous false)
 * @param {string} [socketPath]  also listen on this unix socket
 * @returns {string} path of the written config
 */
function writeConfig(dir, port, extra = [], socketPath = undefined, own = undefined) {
  const file = path.join(dir, 'mosquitto.conf');
  if (own) {
    // A whole configuration of the caller's (e.g. an example file), with the port filled in; logging added.
    const lines = [...own(port), 'log_dest stderr', 'log_type error', 'log_type warning', 'log_type notice', 'log_type information', 'connection_messages true'];
    if (typeof process.getuid === 'function' && process.getuid() === 0) lines.push('user root');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return file;
  }
  const lines = [
    `listener ${port} ${HOST}`,
    // mosquitto 2: a listener on port 0 with a path is a unix socket.
    ...(socketPath ? [`listener 0 ${socketPath}`] : []),
    'allow_anonymous true',
    'persistence false',
    'log_dest stderr',
    'log_type error',
    'log_type warning',
    'log_type notice',
    'log_type information',
    'connection_messages true',
    // Without it every QoS 1 round trip waits on Nagle + delayed ACK (~40 ms).
    'set_tcp_nodelay true',
  ];
  // As root, mosquitto would otherwise switch to the 'mosquitto' user.
  if (typeof process.getuid === 'function' && process.getuid() === 0) lines.push('user root');
  lines.push(...extra);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/**
 * One mosquitto process on a fixed port.
 * @param {string} binary
 * @param {string} configFile
 * @param {number} port
 * @param {{ text: string }} log shared log buffer (survives restarts)
 */
async function launch(binary, configFile, port, log) {
  const child = spawn(binary, ['-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  const state = { exited: false };
  const exit = new Promise((resolve) => {
    child.once('exit', () => {
      state.exited = true;
      resolve(undefined);
    });
    // A failed spawn may never emit 'exit'.
    child.once('error', (err) => {
      log.text += `\n[spawn error] ${err.message}\n`;
      state.exited = true;
      resolve(undefined);
    });
  });
  // The 'running' line comes after every listener is bound; without it a
  // successful connect could reach some other process that won the port race.
  let running = false;
  let head = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk) => {
    log.text = (log.text + chunk).slice(-LOG_LIMIT);
    if (!running) {
      head = (head + chunk).slice(-LOG_LIMIT);
      running = / running\b/.test(head);
    }
  });
  for (let i = 0; i < READY_TRIES && !state.exited; i++) {
    if (running && (await canConnect(port)) && !state.exited) return { child, exit };
    await pause(READY_PAUSE_MS);
  }
  if (!state.exited) child.kill('SIGKILL');
  await exit;
  return null;
}

/**
 * @param {import('child_process').ChildProcess} child
 * @param {Promise<unknown>} exit
 */
async function kill(child, exit) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exit;
}

/**
 * Starts mosquitto on a free loopback port (or `options.port`).
 * `options.config`: extra mosquitto.conf lines, appended after the defaults
 * (e.g. `allow_anonymous false`, `password_file ...`, `acl_file ...`).
 * With `options.unixSocket` it also listens on a unix socket in its temp dir (`broker.socketPath`).
 * With `options.ownConfig(port)` the configuration is the lines it returns
 * (listeners included; only logging is added) instead of the defaults.
 * @param {{ port?: number, config?: string[], unixSocket?: boolean, ownConfig?: (port: number) => string[] }} [options]
 * @returns {Promise<Broker>}
 */
async function startBroker(options = {}) {
  const binary = findMosquitto();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-broker-'));
  const log = { text: '' };
  /** @type {{ child: import('child_process').ChildProcess, exit: Promise<unknown> } | null} */
  let running = null;
  let port = options.port || 0;
  const socketPath = options.unixSocket ? path.join(dir, 'mqtt.sock') : undefined;

  try {
    for (let attempt = 0; attempt < START_ATTEMPTS && !running; attempt++) {
      if (!options.port) port = await freePort();
      running = await launch(binary, writeConfig(dir, port, options.config, socketPath, options.ownConfig), port, log);
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  if (!running) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`mosquitto did not start on ${HOST}:${port}. Its log:\n${log.text}`);
  }

  const broker = {
    host: HOST,
    port,
    url: `mqtt://${HOST}:${port}`,
    socketPath,
    log: () => log.text,
    async stop() {
      if (running) {
        const { child, exit } = running;
        running = null;
        await kill(child, exit);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      if (running) {
        const { child, exit } = running;
        running = null;
        await kill(child, exit);
      }
      const configFile = writeConfig(dir, port, options.config, socketPath, options.ownConfig);
      // The port can stay busy for a moment after the old process exits.
      for (let attempt = 0; attempt < START_ATTEMPTS && !running; attempt++) {
        running = await launch(binary, configFile, port, log);
      }
      if (!running) {
        throw new Error(`mosquitto did not restart on ${HOST}:${port}. Its log:\n${log.text}`);
      }
    },
  };
  return broker;
}

module.exports = { startBroker, findMosquitto, freePort };
