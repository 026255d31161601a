// @ts-check
'use strict';
// The deployment examples (examples/deploy/): the Example package generated
// with examples/deploy/topics.toml (once per process), and mosquitto
// configuration lines made from the example files with only the host's
// paths and ports replaced, so the tests run the files the README shows.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { compile, REPO_ROOT } = require('./generate');

const DEPLOY = path.join(REPO_ROOT, 'examples', 'deploy');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const TOPICS = path.join(DEPLOY, 'topics.toml');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');

/**
 * Runs the stingeripc CLI; resolves with stdout.
 * @param {string[]} args
 * @returns {Promise<string>}
 */
function stingeripc(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`stingeripc ${args.join(' ')} failed: ${stderr}`));
      else resolve(stdout);
    });
  });
}

/** @type {Promise<{ dir: string, indexModule: string }> | undefined} */
let generated;

/** The Example package generated with topics.toml and compiled, once per process. */
function deployPackage() {
  if (!generated) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-deploy-'));
    process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
    const dir = path.join(root, 'example');
    generated = stingeripc(['generate', EXAMPLE, '--config', TOPICS, '-o', dir])
      .then(() => compile(dir))
      .then(() => ({ dir, indexModule: path.join(dir, 'dist', 'src', 'index.js') }));
  }
  return generated;
}

/**
 * The lines of an example mosquitto config with comments and blank lines
 * dropped, each `replace` pair applied (each must match, so an edited example
 * file fails here instead of being tested no more) and the `drop` lines left out.
 * @param {string} file relative to examples/deploy
 * @param {{ replace?: Array<[string, string]>, drop?: string[] }} [changes]
 * @returns {string[]}
 */
function exampleConfig(file, changes = {}) {
  let text = fs.readFileSync(path.join(DEPLOY, file), 'utf8');
  for (const [from, to] of changes.replace || []) {
    if (!text.includes(from)) throw new Error(`examples/deploy/${file} no longer holds '${from}'`);
    text = text.split(from).join(to);
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  for (const line of changes.drop || []) {
    if (!lines.includes(line)) throw new Error(`examples/deploy/${file} no longer holds the line '${line}'`);
  }
  return lines.filter((line) => !(changes.drop || []).includes(line));
}

module.exports = { DEPLOY, EXAMPLE, TOPICS, stingeripc, deployPackage, exampleConfig };
