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

/** @type {{ protocol: any, connection: any, topicTemplate: any } | undefined} */
let loaded;

/** @returns {{ protocol: any, connection: any, topicTemplate: any }} the compiled runtime/protocol.ts, runtime/connection.ts and runtime/topicTemplate.ts */
function compiledRuntime() {
  if (loaded) return loaded;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-runtime-'));
  process.once('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
  // The runtime imports src/topics.ts, which a generated package makes from
  // its document; a stand-in with the presence address of the converter's
  // documents takes its place here.
  // The files live outside the repo; let them find mqtt and @types/node there.
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  const srcDir = path.join(outDir, 'src');
  fs.mkdirSync(srcDir);
  for (const f of fs.readdirSync(path.join(REPO_ROOT, 'runtime'))) fs.copyFileSync(path.join(REPO_ROOT, 'runtime', f), path.join(srcDir, f));
  fs.writeFileSync(
    path.join(srcDir, 'topics.ts'),
    "import { TopicTemplate } from './topicTemplate';\nexport const topics = { presence: new TopicTemplate('client/{client_id}/online') };\n",
  );
  const files = ['connection.ts', 'protocol.ts', 'topicTemplate.ts'].map((f) => path.join(srcDir, f));
  execFileSync(process.execPath, [TSC, '--strict', '--target', 'ES2022', '--module', 'commonjs', '--types', 'node', '--outDir', outDir, ...files], { cwd: REPO_ROOT });
  loaded = {
    protocol: require(path.join(outDir, 'protocol.js')),
    connection: require(path.join(outDir, 'connection.js')),
    topicTemplate: require(path.join(outDir, 'topicTemplate.js')),
  };
  return loaded;
}

module.exports = { compiledRuntime };
