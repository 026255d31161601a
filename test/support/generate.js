// @ts-check
'use strict';

// Turns a .stingeripc file into a compiled TypeScript package the way a user
// would: converter CLI -> AsyncAPI file -> template (Generator API or `ag`)
// -> tsc. Results are cached per process so a mocha run generates each
// package once, however many test files use it.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CONVERTER_CLI = path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js');
const AG_CLI = path.join(REPO_ROOT, 'node_modules', '@asyncapi', 'generator', 'cli.js');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const FULL_EXAMPLE = path.join(REPO_ROOT, 'examples', 'full.stingeripc');

/**
 * @typedef {object} GenerateOptions
 * @property {'api' | 'ag'} [via]  how to run the template (default 'api')
 * @property {Record<string, string>} [templateParams]
 * @property {boolean} [compile]   run tsc on the result (default true)
 */

/**
 * @typedef {object} GeneratedPackage
 * @property {string} outDir         the generated package
 * @property {string} asyncapiFile   the converter's output that was rendered
 * @property {string} distDir        tsc output (`outDir/dist`)
 * @property {string} indexModule    compiled `src/index.js`, for require()
 */

/**
 * Runs a node script and resolves with its output; rejects with everything
 * it printed, so a failing generation explains itself in the test report.
 * @param {string[]} args
 * @param {string} what
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
function runNode(args, what) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`${what} failed (${err.message.split('\n')[0]}):\n${stdout}\n${stderr}`));
        } else {
          resolve({ stdout, stderr });
        }
      }
    );
  });
}

/**
 * @param {string} stingeripcPath
 * @param {string} asyncapiFile
 */
async function convert(stingeripcPath, asyncapiFile) {
  if (!fs.existsSync(CONVERTER_CLI)) {
    throw new Error(`converter CLI missing: ${CONVERTER_CLI}`);
  }
  await runNode([CONVERTER_CLI, path.resolve(stingeripcPath), '-o', asyncapiFile], `converting ${stingeripcPath}`);
  if (!fs.existsSync(asyncapiFile)) throw new Error(`converter wrote nothing to ${asyncapiFile}`);
}

/**
 * Renders the repo's template into outDir, through the Generator API
 * (in this process) or through the `ag` CLI (in a child process).
 * @param {string} asyncapiFile
 * @param {string} outDir
 * @param {{ via?: 'api' | 'ag', templateParams?: Record<string, string> }} [options]
 */
async function render(asyncapiFile, outDir, options = {}) {
  const via = options.via || 'api';
  const templateParams = options.templateParams || {};
  fs.mkdirSync(outDir, { recursive: true });
  if (via === 'api') {
    const Generator = require('@asyncapi/generator');
    const generator = new Generator(REPO_ROOT, outDir, { forceWrite: true, templateParams });
    await generator.generateFromFile(asyncapiFile);
  } else if (via === 'ag') {
    const params = Object.entries(templateParams).flatMap(([name, value]) => ['-p', `${name}=${value}`]);
    await runNode(
      [AG_CLI, asyncapiFile, REPO_ROOT, '-o', outDir, '--force-write', '--disable-warning', ...params],
      `ag ${path.basename(asyncapiFile)}`
    );
  } else {
    throw new Error(`unknown generation route: ${via}`);
  }
}

/**
 * Compiles a generated package with the repo's typescript. The repo's
 * node_modules is linked in so `mqtt` and `@types/node` resolve.
 * @param {string} outDir
 */
async function compile(outDir) {
  const link = path.join(outDir, 'node_modules');
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), link, 'dir');
  await runNode([TSC, '-p', outDir], `tsc -p ${outDir}`);
}

/**
 * @param {string} stingeripcPath
 * @param {string} outDir  emptied first
 * @param {GenerateOptions} [options]
 * @returns {Promise<GeneratedPackage>}
 */
async function generateFromStinger(stingeripcPath, outDir, options = {}) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
  // The AsyncAPI file lives beside outDir, so outDir holds only generated files.
  const asyncapiFile = `${outDir.replace(/[\\/]+$/, '')}.asyncapi.yaml`;
  await convert(stingeripcPath, asyncapiFile);
  await render(asyncapiFile, outDir, options);
  if (options.compile !== false) await compile(outDir);
  const distDir = path.join(outDir, 'dist');
  return { outDir, asyncapiFile, distDir, indexModule: path.join(distDir, 'src', 'index.js') };
}

/** Temp dirs made by this module; removed when the process ends. */
const tempRoots = /** @type {string[]} */ ([]);
process.once('exit', () => {
  if (process.env.STINGER_KEEP_GENERATED) return;
  for (const dir of tempRoots) fs.rmSync(dir, { recursive: true, force: true });
});

/** @type {Map<string, Promise<GeneratedPackage>>} */
const cache = new Map();

/**
 * Generates (once per process) and compiles a package in a temp dir.
 * Set STINGER_KEEP_GENERATED=1 to keep the dirs for inspection.
 * @param {string} stingeripcPath
 * @param {GenerateOptions} [options]
 * @returns {Promise<GeneratedPackage>}
 */
function generateCached(stingeripcPath, options = {}) {
  const key = JSON.stringify([path.resolve(stingeripcPath), options.via || 'api', options.templateParams || {}, options.compile !== false]);
  let pending = cache.get(key);
  if (!pending) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-gen-'));
    tempRoots.push(root);
    const name = path.basename(stingeripcPath, '.stingeripc');
    pending = generateFromStinger(stingeripcPath, path.join(root, name), options);
    // A failure is cached too: every test that needs it then reports the same
    // cause instead of regenerating on a 2-core machine.
    cache.set(key, pending);
  }
  return pending;
}

/**
 * The full example (interface Kitchen), generated through the Generator API
 * and compiled, once per process (or STINGER_E2E_PACKAGE, see below).
 * @returns {Promise<GeneratedPackage>}
 */
function generatedKitchen() {
  // Debug knob: point the e2e tests at an already built package (its
  // dist/src/index.js) instead of generating one.
  const prebuilt = process.env.STINGER_E2E_PACKAGE;
  if (prebuilt) {
    const outDir = path.resolve(prebuilt);
    const distDir = path.join(outDir, 'dist');
    return Promise.resolve({ outDir, asyncapiFile: '', distDir, indexModule: path.join(distDir, 'src', 'index.js') });
  }
  return generateCached(FULL_EXAMPLE);
}

/**
 * Every file below dir, relative, sorted; skips node_modules and dist.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (!rel && (entry.name === 'node_modules' || entry.name === 'dist')) continue;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  walk('');
  return found.sort();
}

module.exports = {
  REPO_ROOT,
  FULL_EXAMPLE,
  convert,
  render,
  compile,
  generateFromStinger,
  generateCached,
  generatedKitchen,
  listFiles,
};
