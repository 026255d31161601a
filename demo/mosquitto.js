// @ts-check
'use strict';
// A private mosquitto for the demo: its own config in the demo's temp dir,
// a free loopback port, so it never disturbs (or depends on) a broker that
// is already running on the machine.

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const HOST = '127.0.0.1';
const INSTALL_HINT = 'sudo apt-get install -y mosquitto';
/** Extra places to look: Debian and Ubuntu install mosquitto into /usr/sbin, often not on a user's PATH. */
const SBIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin'];
const READY_CHECKS = 200; // 200 x 25 ms: mosquitto starts in well under a second
const READY_PAUSE_MS = 25;
const PORT_ATTEMPTS = 5; // another process may take the free port before mosquitto binds it

/** Thrown when there is no mosquitto to run; its message tells how to install one. */
class MosquittoMissing extends Error {}

/**
 * Where the mosquitto binary is: `STINGER_MOSQUITTO` when set (a path),
 * else the first executable `mosquitto` on PATH or in the sbin dirs.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
function findMosquitto(env = process.env) {
  const override = env.STINGER_MOSQUITTO;
  const candidates = override
    ? [override]
    : [...(env.PATH || '').split(path.delimiter).filter(Boolean), ...SBIN_DIRS].map((dir) => path.join(dir, 'mosquitto'));
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not there, or not executable
    }
  }
  const where = override ? `at ${override} (STINGER_MOSQUITTO)` : `on PATH or in ${SBIN_DIRS.join(', ')}`;
  throw new MosquittoMissing(`mosquitto is not installed: no mosquitto ${where}.\nInstall it with:\n\n    ${INSTALL_HINT}\n\nthen run the demo again.`);
}

/** @returns {Promise<number>} a port nobody listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** @param {number} port @returns {Promise<boolean>} */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    /** @param {boolean} ok */
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * @typedef {object} Broker
 * @property {string} host
 * @property {number} port
 * @property {number | undefined} pid
 * @property {() => string} log   what mosquitto has written so far
 * @property {() => Promise<void>} stop
 */

/**
 * Starts mosquitto with a config written into `dir`.
 * @param {string} binary
 * @param {string} dir
 * @returns {Promise<Broker>}
 */
async function startMosquitto(binary, dir) {
  let log = '';
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    const port = await freePort();
    const config = path.join(dir, 'mosquitto.conf');
    const lines = [`listener ${port} ${HOST}`, 'allow_anonymous true', 'persistence false', 'log_dest stderr', 'set_tcp_nodelay true'];
    // Started as root, mosquitto would switch to a 'mosquitto' user that cannot read our dir.
    if (process.getuid?.() === 0) lines.push('user root');
    fs.writeFileSync(config, lines.join('\n') + '\n');

    const child = spawn(binary, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise((resolve) => {
      child.once('exit', resolve);
      child.once('error', (error) => {
        log += `${error.message}\n`;
        resolve(undefined);
      });
    });
    let gone = false;
    void exited.then(() => (gone = true));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => (log += text));

    // "running" is logged once every listener is bound; checking it too means
    // the connect below reached this mosquitto, not whoever won the port.
    for (let check = 0; check < READY_CHECKS && !gone; check++) {
      if (/ running\b/.test(log) && (await accepts(port))) {
        return {
          host: HOST,
          port,
          pid: child.pid,
          log: () => log,
          async stop() {
            if (!gone) child.kill('SIGTERM');
            await exited;
          },
        };
      }
      await new Promise((resolve) => setTimeout(resolve, READY_PAUSE_MS));
    }
    if (!gone) child.kill('SIGKILL');
    await exited;
  }
  throw new Error(`mosquitto did not start. It said:\n${log}`);
}

module.exports = { findMosquitto, startMosquitto, MosquittoMissing, INSTALL_HINT };
