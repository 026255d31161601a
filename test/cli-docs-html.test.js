// @ts-check
'use strict';
// `stingeripc generate --docs html`: the document's page from the official
// @asyncapi/html-template next to the Markdown reference, made with no
// network access; without the template, a message saying how to install it.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');

const REPO_ROOT = path.resolve(__dirname, '..');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');

/**
 * @param {string[]} args
 * @param {{ preload?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function runCli(args, options = {}) {
  const nodeArgs = options.preload ? ['--require', options.preload, CLI, ...args] : [CLI, ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, nodeArgs, { cwd: REPO_ROOT, env: { ...process.env, ...options.env }, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

describe('stingeripc generate --docs html', function () {
  this.timeout(600000);
  /** @type {string} */
  let temp;
  beforeEach(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-docs-html-'));
  });
  afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('writes docs/NAME.html next to docs/NAME.md, one page that loads nothing from the network', async () => {
    const outDir = path.join(temp, 'pkg');
    // Any attempt to reach the network (npm registry, a proxy-aware fetch) fails.
    const offline = {
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_offline: 'true',
    };
    const run = await runCli(['generate', EXAMPLE, '-o', outDir, '--docs', 'html'], { env: offline });
    expect(run.stderr).to.match(/wrote \d+ files/);
    expect(run.code).to.equal(0);
    const listed = run.stdout.trim().split('\n');
    expect(listed).to.include.members(['docs/Example.md', 'docs/Example.html']);
    const html = fs.readFileSync(path.join(outDir, 'docs', 'Example.html'), 'utf8');
    expect(html).to.match(/^<!DOCTYPE html>/i);
    expect(html).to.include('Example/{service_id}/signal/foo');
    // Self-contained: scripts and styles inline, nothing fetched when opened.
    expect(html).to.not.match(/<script[^>]+src=/i);
    expect(html).to.not.match(/<link[^>]+href="(https?:)?\/\//i);
    expect(fs.readdirSync(path.join(outDir, 'docs')).sort()).to.deep.equal(['Example.html', 'Example.md']);
  });

  it('says how to install @asyncapi/html-template when it is missing, and writes nothing', async () => {
    const preload = path.join(temp, 'no-html-template.js');
    fs.writeFileSync(
      preload,
      `const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith('@asyncapi/html-template')) throw Object.assign(new Error('Cannot find module ' + request), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};
`,
    );
    const outDir = path.join(temp, 'pkg');
    const run = await runCli(['generate', EXAMPLE, '-o', outDir, '--docs', 'html'], { preload });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('npm install --save-dev @asyncapi/html-template@3');
    expect(fs.existsSync(outDir)).to.equal(false);
  });

  it('refuses other --docs values and --docs with acl', async () => {
    const pdf = await runCli(['generate', EXAMPLE, '-o', path.join(temp, 'x'), '--docs', 'pdf']);
    expect(pdf.code).to.equal(1);
    expect(pdf.stderr).to.include("--docs takes html");
    const acl = await runCli(['acl', EXAMPLE, '--server-user', 's', '--client-user', 'c', '--docs', 'html']);
    expect(acl.code).to.equal(1);
    expect(acl.stderr).to.include('--docs is not an option of acl');
    expect(fs.readdirSync(temp)).to.deep.equal([]);
  });
});
