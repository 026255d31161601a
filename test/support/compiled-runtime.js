// @ts-check
'use strict';
// Compiles the template's shared runtime (runtime/*.ts) once per process with
// tsc --strict into a temp dir, as a generated package compiles it, and
// loads it for tests.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** @type {{ protocol: any, connection: any } | undefined} */
let loaded;

/** @returns {{ protocol: any, connection: any }} the compiled runtime/protocol.ts and runtime/connection.ts */
function compiledRuntime() {
  if (loaded) return loaded;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-runtime-'));
  process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
  const files = ['connection.ts', 'protocol.ts'].map((f) => path.join(REPO_ROOT, 'runtime', f));
  execFileSync(process.execPath, [TSC, '--strict', '--target', 'ES2022', '--module', 'commonjs', '--types', 'node', '--outDir', outDir, ...files], { cwd: REPO_ROOT });
  // The compiled files live outside the repo; let them find mqtt there.
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  loaded = { protocol: require(path.join(outDir, 'protocol.js')), connection: require(path.join(outDir, 'connection.js')) };
  return loaded;
}

module.exports = { compiledRuntime };
