// @ts-check
'use strict';
// Runs under Node 24 with @asyncapi/generator 3 from test/generator3.js's
// cache: renders this repository's template for each job.
// Usage: node generator3-render.js GENERATOR_DIR JOBS_JSON
//   JOBS_JSON: [{ "asyncapiFile": ..., "outDir": ... }, ...]

const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  const [generatorDir, jobsFile] = process.argv.slice(2);
  const Generator = require(generatorDir);
  const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8'));
  for (const job of jobs) {
    fs.mkdirSync(job.outDir, { recursive: true });
    const generator = new Generator(REPO_ROOT, job.outDir, { forceWrite: true, templateParams: {} });
    await generator.generateFromFile(job.asyncapiFile);
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
