// @ts-check
'use strict';
// `npm ci` needs no environment variable: the project's own configuration
// keeps puppeteer (pulled in by the dev dependency @asyncapi/html-template)
// from downloading a browser, whichever npm runs its install script.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { expect } = require('chai');

const ROOT = path.resolve(__dirname, '..');

describe('install configuration', () => {
  it("puppeteer's install script, run where npm runs it, reads .puppeteerrc.cjs and skips every browser download", () => {
    /** @type {Record<string, string>} */
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('PUPPETEER_') && value !== undefined) env[key] = value;
    }
    // npm runs a package's install script in the package's folder; puppeteer
    // searches its configuration from there upwards.
    const script = [
      "const { getConfiguration } = require('./lib/cjs/puppeteer/getConfiguration.js');",
      "const { cosmiconfigSync } = require('cosmiconfig');",
      'const c = getConfiguration();',
      "const found = cosmiconfigSync('puppeteer', { searchStrategy: 'global' }).search();",
      "console.log(JSON.stringify({ file: found && found.filepath, skip: c.skipDownload, chrome: c.chrome.skipDownload, shell: c['chrome-headless-shell'].skipDownload, firefox: c.firefox.skipDownload }));",
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', script], { cwd: path.join(ROOT, 'node_modules', 'puppeteer'), env, encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    const config = JSON.parse(result.stdout);
    expect(path.basename(String(config.file))).to.equal('.puppeteerrc.cjs');
    expect(config).to.include({ skip: true, chrome: true, shell: true, firefox: true });
  });

  it('the project configuration file says skipDownload and the README quick start needs no environment variable', () => {
    expect(require(path.join(ROOT, '.puppeteerrc.cjs'))).to.deep.include({ skipDownload: true });
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('### The demo'));
    const commands = [...quickStart.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(commands.slice(0, 2)).to.deep.equal(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(quickStart).to.not.match(/PUPPETEER|[A-Z_]{4,}=/);
  });
});
