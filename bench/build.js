// @ts-check
'use strict';
// Builds the Example package the way a user would (`stingeripc generate`,
// then tsc against the repo's node_modules) and names the versions the
// numbers were measured with.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile, spawnSync } = require('node:child_process');
const { compile } = require('../test/support/generate');
const { findMosquitto } = require('../test/support/broker');

const REPO_ROOT = path.resolve(__dirname, '..');
const INTERFACE_FILE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');

/**
 * Generates and compiles the Example package into `outDir`. Generation runs
 * in a child process: the generator would otherwise leave its large heap in
 * the measuring process.
 * @param {string} outDir
 * @returns {Promise<string>} the compiled dist/src/index.js
 */
async function buildExamplePackage(outDir) {
  await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'bin', 'stingeripc.js'), 'generate', INTERFACE_FILE, '-o', outDir],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => (error ? reject(new Error(`stingeripc generate failed:\n${stdout}${stderr}`)) : resolve(undefined))
    );
  });
  await compile(outDir);
  return path.join(outDir, 'dist', 'src', 'index.js');
}

/** @returns {{ node: string, mqtt: string, mosquitto: string, cores: number, cpu: string, platform: string, load: string }} */
function environment() {
  const help = spawnSync(findMosquitto(), ['-h'], { encoding: 'utf8' });
  const versionLine = `${help.stdout}${help.stderr}`.split('\n').find((line) => /version/.test(line)) || '';
  const cpus = os.cpus();
  return {
    node: process.version,
    // Read as a file: mqtt's export map types 'mqtt/package.json' as the module itself.
    mqtt: JSON.parse(fs.readFileSync(require.resolve('mqtt/package.json'), 'utf8')).version,
    mosquitto: (/version\s+(\S+)/.exec(versionLine) || [])[1] || 'unknown',
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() || 'unknown',
    platform: `${os.platform()} ${os.arch()}`,
    // The machine may be shared: the load average at the start says how busy it was.
    load: os.loadavg().map((value) => value.toFixed(2)).join(' '),
  };
}

module.exports = { buildExamplePackage, environment, INTERFACE_FILE };
