#!/usr/bin/env node
// @ts-check
'use strict';
// `npm run test:generator3`: renders the template through @asyncapi/generator
// 3.x on Node 24 and compares the output with the goldens
// (test/golden/generated/), byte for byte.
//
// Node 24 comes from the `node` npm package (which ships Node binaries),
// installed with the generator into a cache folder outside this project
// (default ~/.cache/stingeripc-generator3, or $STINGER_GENERATOR3_CACHE), so
// the project's own node_modules/.bin never gets a second node. Needs the npm
// registry on the first run only.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { templateCases, asyncapiFileOf, listTree, makeTempDir } = require('./golden-updaters/template');

const NODE_MAJOR = 24;
const GENERATOR_MAJOR = 3;
const CACHE = process.env.STINGER_GENERATOR3_CACHE || path.join(os.homedir(), '.cache', 'stingeripc-generator3');
const NODE_BIN = path.join(CACHE, 'node_modules', 'node', 'bin', 'node');
const GENERATOR_DIR = path.join(CACHE, 'node_modules', '@asyncapi', 'generator');
const RENDER = path.join(__dirname, 'support', 'generator3-render.js');

/** @param {string} command @param {string[]} args */
function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

/** The installed versions, or undefined when something is missing or wrong. */
function installed() {
  try {
    const node = run(NODE_BIN, ['--version']).trim();
    const generator = JSON.parse(fs.readFileSync(path.join(GENERATOR_DIR, 'package.json'), 'utf8')).version;
    if (node.startsWith(`v${NODE_MAJOR}.`) && String(generator).startsWith(`${GENERATOR_MAJOR}.`)) return { node, generator };
  } catch {
    // not installed yet
  }
  return undefined;
}

function install() {
  fs.mkdirSync(CACHE, { recursive: true });
  // The `node` package puts its binary in place with an install script.
  const manifest = { name: 'stingeripc-generator3-cache', private: true, allowScripts: { node: true } };
  fs.writeFileSync(path.join(CACHE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`installing node@${NODE_MAJOR} and @asyncapi/generator@${GENERATOR_MAJOR} into ${CACHE}`);
  run('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`, `@asyncapi/generator@${GENERATOR_MAJOR}`], {
    stdio: 'inherit',
  });
  // npm 11 may hold install scripts back ("npm warn install-scripts"); then run
  // the `node` package's own, as npm 10 does.
  if (!installed()) {
    const pkg = path.join(CACHE, 'node_modules', 'node');
    const preinstall = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).scripts.preinstall;
    console.log(`running the node package's install script: ${preinstall}`);
    run('sh', ['-c', preinstall], { cwd: pkg, stdio: 'inherit' });
  }
}

function main() {
  let versions = installed();
  if (!versions) {
    install();
    versions = installed();
    if (!versions) throw new Error(`Node ${NODE_MAJOR} or generator ${GENERATOR_MAJOR}.x is missing in ${CACHE} after npm install; remove the folder and retry`);
  }
  console.log(`rendering with @asyncapi/generator ${versions.generator} on Node ${versions.node}`);

  const temp = makeTempDir();
  try {
    const cases = templateCases();
    const jobs = cases.map((c) => ({ name: c.name, goldenDir: c.goldenDir, asyncapiFile: asyncapiFileOf(c, temp), outDir: path.join(temp, 'out', c.name) }));
    const jobsFile = path.join(temp, 'jobs.json');
    fs.writeFileSync(jobsFile, JSON.stringify(jobs));
    // The generator finds npm through the global folders (requireg), as it would
    // for a user with npm installed: give it this machine's.
    const globalModules = run('npm', ['root', '-g']).trim();
    execFileSync(NODE_BIN, [RENDER, GENERATOR_DIR, jobsFile], { stdio: 'inherit', env: { ...process.env, NODE_PATH: globalModules } });

    let failures = 0;
    for (const job of jobs) {
      const got = listTree(job.outDir);
      const want = listTree(job.goldenDir);
      const problems = [];
      for (const file of want.filter((f) => !got.includes(f))) problems.push(`missing ${file}`);
      for (const file of got.filter((f) => !want.includes(f))) problems.push(`extra ${file}`);
      for (const file of got.filter((f) => want.includes(f))) {
        if (!fs.readFileSync(path.join(job.outDir, file)).equals(fs.readFileSync(path.join(job.goldenDir, file)))) problems.push(`differs ${file}`);
      }
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${job.name} (${want.length} files)`);
      for (const problem of problems) console.log(`       ${problem}`);
      if (problems.length > 0) failures += 1;
    }
    if (failures > 0) {
      console.log(`${failures} of ${jobs.length} packages differ from the goldens under generator ${versions.generator} on Node ${versions.node}`);
      process.exitCode = 1;
    } else {
      console.log(`all ${jobs.length} packages match the goldens under generator ${versions.generator} on Node ${versions.node}`);
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`test:generator3: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
