// @ts-check
'use strict';
// The TypeScript in the Markdown reference must be the generated API: the
// getting-started block, the discovery block and the code of every signal,
// method, property and struct section of the full example are compiled with tsc --strict against the
// package `stingeripc generate` writes for it.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');

const { generatePackage } = require('../bin/generate-package');
const { pascalCase } = require('../filters/naming');

const REPO_ROOT = path.resolve(__dirname, '..');
const FULL = path.join(REPO_ROOT, 'examples', 'full.stingeripc');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const PREFIX_CONFIG = path.join(REPO_ROOT, 'examples', 'deploy', 'topics.toml');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The `ts` code blocks of a Markdown text, each with the heading it is under.
 * @param {string} markdown
 * @returns {Array<{ heading: string, code: string }>}
 */
function tsBlocks(markdown) {
  const blocks = [];
  let heading = '';
  const pattern = /^(#{1,3} .*)$|^```ts\n([\s\S]*?)\n```$/gm;
  for (let match = pattern.exec(markdown); match !== null; match = pattern.exec(markdown)) {
    if (match[1] !== undefined) heading = match[1];
    else blocks.push({ heading, code: match[2] });
  }
  return blocks;
}

/**
 * A block without its leading signature paragraph (`name(...): T`), which
 * documents a member rather than using it.
 * @param {string} code
 */
function withoutSignature(code) {
  return /^[A-Za-z]\w*\(.*\): /.test(code) ? code.slice(code.indexOf('\n\n') + 2) : code;
}

describe('TypeScript in the Markdown reference', function () {
  /** @type {string} */
  let temp;
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-snippets-'));
  });
  after(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('compiles against the generated package (getting started, signals, methods, properties, structs, discovery)', async function () {
    this.timeout(240000);
    const pkg = path.join(temp, 'kitchen');
    const { files } = await generatePackage({ input: FULL, outDir: pkg });
    expect(files).to.include('docs/Kitchen.md');
    // mqtt and @types/node resolve from here for the package and the snippets.
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(temp, 'node_modules'), 'dir');

    const markdown = fs.readFileSync(path.join(pkg, 'docs', 'Kitchen.md'), 'utf8');
    const wanted = tsBlocks(markdown).filter((b) => /^(## (Getting started|Discovery)|### (Signal|Method|Struct|Property) )/.test(b.heading));
    // 1 getting started, 2 per signal (4), method (6) and property (4), 1 per struct (2), 1 discovery.
    expect(wanted).to.have.length(1 + 2 * 4 + 2 * 6 + 2 * 4 + 2 + 1);

    const importMatch = /^import \{([^}]*)\} from 'kitchen';$/m.exec(wanted[0].code);
    expect(importMatch, 'import line of getting started').to.not.equal(null);
    const importLines = wanted.map((b) => /^import \{([^}]*)\} from 'kitchen';$/m.exec(b.code)).filter((m) => m !== null);
    const names = [...new Set(importLines.flatMap((m) => String(m && m[1]).split(',').map((n) => n.trim()).filter(Boolean)))];
    const structTypes = ['lunch', 'tray'].map((s) => `type ${pascalCase(s)}`);
    const functions = wanted.map((block, index) => {
      const body = withoutSignature(block.code).replace(/^import \{[^}]*\} from 'kitchen';\n/m, '');
      const indented = body.split('\n').map((line) => (line === '' ? '' : `  ${line}`)).join('\n');
      // Getting started makes its own server and client; the others get them.
      const params = index === 0 ? '' : 'server: KitchenServer, client: KitchenClient';
      return `// ${block.heading}\nexport async function snippet${index}(${params}): Promise<void> {\n${indented}\n}\n`;
    });
    const source = `import { ${[...names, ...structTypes].join(', ')} } from './kitchen/src/index';\n\n${functions.join('\n')}`;
    fs.writeFileSync(path.join(temp, 'snippets.ts'), source);
    fs.writeFileSync(
      path.join(temp, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
        files: ['snippets.ts'],
      }),
    );
    const result = await new Promise((resolve) => {
      execFile(process.execPath, [TSC, '-p', temp], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? err.code : 0, output: `${stdout}${stderr}` });
      });
    });
    expect(result.output, source).to.equal('');
    expect(result.code).to.equal(0);
  });

  it('gives the server accessors, not initial values, when the application owns the values, and compiles', async function () {
    this.timeout(240000);
    const pkg = path.join(temp, 'owned');
    const config = path.join(temp, 'owned.toml');
    fs.writeFileSync(config, '[properties]\nstinger_owned_values = false\n');
    await generatePackage({ input: FULL, outDir: pkg, configFiles: [config] });
    if (!fs.existsSync(path.join(temp, 'node_modules'))) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(temp, 'node_modules'), 'dir');
    const markdown = fs.readFileSync(path.join(pkg, 'docs', 'Kitchen.md'), 'utf8');
    const [start] = tsBlocks(markdown).filter((b) => b.heading === '## Getting started');
    expect(start.code).to.include('  accessors: {\n');
    expect(start.code).to.not.include('initialValues');
    expect(start.code).to.match(/^ {4}favoriteNumber: valueAccessor\(/m);
    const body = start.code.replace(/^import \{[^}]*\} from 'kitchen';\n/m, '');
    const importMatch = /^import \{([^}]*)\} from 'kitchen';$/m.exec(start.code);
    expect(importMatch).to.not.equal(null);
    const source = `import {${String(importMatch && importMatch[1])}} from './owned/src/index';\n\nexport async function start(): Promise<void> {\n${body}\n}\n`;
    fs.writeFileSync(path.join(temp, 'owned.ts'), source);
    fs.writeFileSync(
      path.join(temp, 'tsconfig.owned.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
        files: ['owned.ts'],
      }),
    );
    const result = await new Promise((resolve) => {
      execFile(process.execPath, [TSC, '-p', path.join(temp, 'tsconfig.owned.json')], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? err.code : 0, output: `${stdout}${stderr}` });
      });
    });
    expect(result.output, source).to.equal('');
    expect(result.code).to.equal(0);
  });

  it('passes the topic parameters of a config (prefix) in every constructor it shows, and compiles', async function () {
    this.timeout(240000);
    const pkg = path.join(temp, 'example');
    await generatePackage({ input: EXAMPLE, outDir: pkg, configFiles: [PREFIX_CONFIG] });
    if (!fs.existsSync(path.join(temp, 'node_modules'))) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(temp, 'node_modules'), 'dir');
    const markdown = fs.readFileSync(path.join(pkg, 'docs', 'Example.md'), 'utf8');
    const wanted = tsBlocks(markdown).filter((b) => /^## (Getting started|Discovery)/.test(b.heading));
    expect(wanted).to.have.length(2);
    const constructors = wanted.flatMap((b) => b.code.split('\n').filter((line) => /new Example(Server|Client|Discovery)\(/.test(line)));
    expect(constructors).to.have.length(3);
    expect(markdown).to.match(/new ExampleServer\(conn, \{\n  instanceId: 'example-1',\n  prefix: 'prefix',\n/);
    expect(markdown).to.include("new ExampleClient(conn, { instanceId: 'example-1', prefix: 'prefix' })");
    expect(markdown).to.include("new ExampleDiscovery(new MqttConnection('localhost', 1883), { prefix: 'prefix' })");
    const functions = wanted.map((block, index) => {
      const body = block.code.replace(/^import \{[^}]*\} from 'example';\n/m, '');
      return `export async function snippet${index}(): Promise<void> {\n${body}\n}\n`;
    });
    const source = `import { MqttConnection, ExampleServer, ExampleClient, ExampleDiscovery, MethodError, ReturnCode } from './example/src/index';\n\n${functions.join('\n')}`;
    fs.writeFileSync(path.join(temp, 'prefixed.ts'), source);
    fs.writeFileSync(
      path.join(temp, 'tsconfig.prefixed.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
        files: ['prefixed.ts'],
      }),
    );
    const result = await new Promise((resolve) => {
      execFile(process.execPath, [TSC, '-p', path.join(temp, 'tsconfig.prefixed.json')], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? err.code : 0, output: `${stdout}${stderr}` });
      });
    });
    expect(result.output, source).to.equal('');
    expect(result.code).to.equal(0);
  });
});
