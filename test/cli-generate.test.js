// @ts-check
'use strict';
// `stingeripc generate` end to end, as a child process on temp folders:
// what it writes and prints, --package-name/--host/--port, bad input and a
// failing rendering leaving OUTDIR byte for byte as it was, usage, --help,
// and reuse of the transpiled template.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');

const converter = require('../converter');
const { renderReference } = require('../filters/reference-markdown');
const { generatePackage, listFiles, sourcesHash, TRANSPILED_STAMP } = require('../bin/generate-package');

const REPO_ROOT = path.resolve(__dirname, '..');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
/** The generator's `ag` command. */
const AG = path.join(path.dirname(require.resolve('@asyncapi/generator/package.json')), 'cli.js');

const BAD_INPUT = `stingeripc:
  version: 0.1.0
interface:
  name: Bad
  version: 1.0.0
signals:
  foo:
    payload:
      - name: x
        type: intger
`;

/**
 * @param {string[]} args
 * @param {{ cwd?: string, preload?: string }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function runCli(args, options = {}) {
  const nodeArgs = options.preload ? ['--require', options.preload, CLI, ...args] : [CLI, ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, nodeArgs, { cwd: options.cwd || REPO_ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/**
 * Every file below dir with its bytes, for byte-for-byte comparisons.
 * @param {string} dir
 * @returns {Record<string, string>}
 */
function snapshot(dir) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const file of listFiles(dir)) files[file] = fs.readFileSync(path.join(dir, file)).toString('base64');
  return files;
}

/** @param {string} stdout */
function printedFiles(stdout) {
  return stdout.split('\n').filter((line) => line !== '');
}

describe('stingeripc generate', function () {
  /** @type {string} */
  let temp;
  beforeEach(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-generate-'));
  });
  afterEach(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('writes the package into a new OUTDIR and prints exactly the files on disk', async function () {
    const outDir = path.join(temp, 'example-pkg');
    const run = await runCli(['generate', EXAMPLE, '-o', outDir]);
    expect(run.code, run.stderr).to.equal(0);
    const printed = printedFiles(run.stdout);
    expect(printed).to.deep.equal(listFiles(outDir));
    expect(printed).to.deep.equal([...printed].sort());
    expect(printed).to.include.members(['package.json', 'asyncapi.yaml', 'src/index.ts', 'src/server.ts', 'src/client.ts', 'docs/Example.md']);
    // Nothing else next to OUTDIR: the staging folder is gone.
    expect(fs.readdirSync(temp)).to.deep.equal(['example-pkg']);

    const { document } = converter.convertFile(EXAMPLE);
    expect(document).to.not.equal(null);
    expect(fs.readFileSync(path.join(outDir, 'asyncapi.yaml'), 'utf8')).to.equal(converter.serialize(/** @type {any} */ (document), 'yaml'));
    expect(fs.readFileSync(path.join(outDir, 'docs', 'Example.md'), 'utf8')).to.equal(renderReference(document));
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'package.json'), 'utf8')).name).to.equal('example');
    expect(run.stderr).to.contain(`wrote ${printed.length} files`);
  });

  it('writes the same tree as `ag` on the document, and the same with --validate (the generator and the official parser)', async function () {
    // Without --validate the template is rendered by bin/render-template.js,
    // without the generator; `ag` and --validate go through the generator.
    const full = path.join(REPO_ROOT, 'examples', 'full.stingeripc');
    const config = path.join(temp, 'site.toml');
    fs.writeFileSync(
      config,
      '[topics]\nparams = ["prefix"]\nsignals = "{prefix}/{interface_name}/{service_id}/signal/{signal_name}"\n\n' +
        '[properties]\nstinger_owned_values = false\n',
    );
    const args = ['--config', config];
    const plain = await runCli(['generate', full, '-o', path.join(temp, 'plain'), '--package-name', '@acme/full', ...args]);
    expect(plain.code, plain.stderr).to.equal(0);
    const validated = await runCli(['generate', full, '-o', path.join(temp, 'validated'), '--package-name', '@acme/full', '--validate', ...args]);
    expect(validated.code, validated.stderr).to.equal(0);
    expect(validated.stdout).to.equal(plain.stdout);
    const plainTree = snapshot(path.join(temp, 'plain'));
    expect(snapshot(path.join(temp, 'validated'))).to.deep.equal(plainTree);

    const documentFile = path.join(temp, 'full.asyncapi.yaml');
    fs.copyFileSync(path.join(temp, 'plain', 'asyncapi.yaml'), documentFile);
    const ag = await new Promise((resolve) => {
      execFile(
        process.execPath,
        [AG, documentFile, REPO_ROOT, '-o', path.join(temp, 'ag'), '--force-write', '-p', 'packageName=@acme/full'],
        { cwd: temp },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }),
      );
    });
    expect(ag.code, ag.stderr).to.equal(0);
    expect(Object.keys(snapshot(path.join(temp, 'ag')))).to.deep.equal(printedFiles(plain.stdout));
    expect(snapshot(path.join(temp, 'ag'))).to.deep.equal(plainTree);
    for (const file of printedFiles(plain.stdout)) {
      expect(fs.statSync(path.join(temp, 'plain', file)).mode, file).to.equal(fs.statSync(path.join(temp, 'ag', file)).mode);
    }
  });

  it('replaces generated files in an existing OUTDIR, keeps the others, and passes --package-name, --host and --port on', async function () {
    const outDir = path.join(temp, 'pkg');
    fs.mkdirSync(path.join(outDir, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(outDir, 'node_modules', 'keep.txt'), 'mine');
    fs.writeFileSync(path.join(outDir, 'package.json'), '{"name": "old"}');
    const run = await runCli(['generate', EXAMPLE, '-o', outDir, '--package-name', '@acme/example', '--host', 'broker.local', '--port', '1884']);
    expect(run.code, run.stderr).to.equal(0);
    const printed = printedFiles(run.stdout);
    expect(printed).to.not.include('node_modules/keep.txt');
    expect(listFiles(outDir)).to.deep.equal([...printed, 'node_modules/keep.txt'].sort());
    expect(fs.readFileSync(path.join(outDir, 'node_modules', 'keep.txt'), 'utf8')).to.equal('mine');
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'package.json'), 'utf8')).name).to.equal('@acme/example');
    expect(fs.readFileSync(path.join(outDir, 'asyncapi.yaml'), 'utf8')).to.contain('host: broker.local:1884');
    expect(fs.readFileSync(path.join(outDir, 'docs', 'Example.md'), 'utf8')).to.contain("from '@acme/example'");
    expect(fs.readdirSync(temp)).to.deep.equal(['pkg']);
  });

  it('on bad input prints file:line:col errors, exits 1 and leaves an existing OUTDIR byte for byte untouched', async function () {
    const input = path.join(temp, 'bad.stingeripc');
    fs.writeFileSync(input, BAD_INPUT);
    const outDir = path.join(temp, 'out');
    fs.mkdirSync(path.join(outDir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(outDir, 'package.json'), '{"name": "before"}\n');
    fs.writeFileSync(path.join(outDir, 'src', 'index.ts'), 'export {};\n');
    const before = snapshot(outDir);
    const run = await runCli(['generate', input, '-o', outDir]);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^.*bad\.stingeripc:10:15: error: .*intger/m);
    expect(snapshot(outDir)).to.deep.equal(before);
    expect(fs.readdirSync(temp).sort()).to.deep.equal(['bad.stingeripc', 'out']);
  });

  it('on bad input creates nothing when OUTDIR does not exist', async function () {
    const input = path.join(temp, 'bad.stingeripc');
    fs.writeFileSync(input, BAD_INPUT);
    const run = await runCli(['generate', input, '-o', path.join(temp, 'new', 'pkg')]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('error:');
    expect(fs.readdirSync(temp)).to.deep.equal(['bad.stingeripc']);
  });

  it('leaves OUTDIR untouched and no staging folder behind when rendering fails (exit 2)', async function () {
    const preload = path.join(temp, 'broken-renderer.js');
    const rendererPath = path.join(REPO_ROOT, 'bin', 'render-template.js');
    fs.writeFileSync(
      preload,
      `require(${JSON.stringify(rendererPath)}).renderPackage = async function (options) {\n` +
        "  require('fs').writeFileSync(require('path').join(options.targetDir, 'partial.ts'), '');\n" +
        "  throw new Error('template exploded');\n" +
        '};\n',
    );
    const outDir = path.join(temp, 'out');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'package.json'), '{}\n');
    const before = snapshot(outDir);
    const run = await runCli(['generate', EXAMPLE, '-o', outDir], { preload });
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('template exploded');
    expect(snapshot(outDir)).to.deep.equal(before);
    expect(fs.readdirSync(temp).sort()).to.deep.equal(['broken-renderer.js', 'out']);
  });

  it('exits 1 on bad usage without writing anything', async function () {
    const cases = [
      { args: ['generate', EXAMPLE], message: 'missing -o OUTDIR' },
      { args: ['build', EXAMPLE, '-o', 'x'], message: "unknown command 'build'" },
      { args: [], message: 'missing command' },
      { args: ['generate', '-o', 'x'], message: 'missing INPUT' },
      { args: ['generate', EXAMPLE, '-o', 'x', '--port', '0'], message: '--port must be a number from 1 to 65535' },
      { args: ['generate', EXAMPLE, '-o', 'x', '--package-name', 'Not Valid'], message: '--package-name must be a valid npm package name' },
      { args: ['generate', EXAMPLE, '-o', 'x', '--format', 'json'], message: "Unknown option '--format'" },
    ];
    for (const c of cases) {
      const run = await runCli(c.args, { cwd: temp });
      expect(run.code, c.args.join(' ')).to.equal(1);
      expect(run.stderr, c.args.join(' ')).to.contain(c.message);
      expect(run.stderr).to.contain("Try 'stingeripc --help'.");
    }
    expect(fs.readdirSync(temp)).to.deep.equal([]);
  });

  it('exits 1 when OUTDIR is a file', async function () {
    const outFile = path.join(temp, 'taken');
    fs.writeFileSync(outFile, 'a file');
    const run = await runCli(['generate', EXAMPLE, '-o', outFile]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('is not a folder');
    expect(fs.readFileSync(outFile, 'utf8')).to.equal('a file');
    expect(fs.readdirSync(temp)).to.deep.equal(['taken']);
  });

  it('documents the command and every option in --help', async function () {
    const run = await runCli(['--help']);
    expect(run.code).to.equal(0);
    for (const option of ['generate', 'INPUT', '-o, --output OUTDIR', '--host HOST', '--port PORT', '--package-name N', '--validate', '-h, --help', '--version']) {
      expect(run.stdout, option).to.contain(option);
    }
    expect(run.stdout).to.contain('FILE:LINE:COL: error: MESSAGE');
    const viaCommand = await runCli(['generate', '--help']);
    expect(viaCommand.stdout).to.equal(run.stdout);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).to.equal(require('../package.json').version);
  });

  it('reuses the transpiled template while its sources are unchanged', async function () {
    const outDir = path.join(temp, 'pkg');
    await generatePackage({ input: EXAMPLE, outDir });
    expect(fs.readFileSync(TRANSPILED_STAMP, 'utf8')).to.equal(sourcesHash());
    // Another generator run in between (e.g. a parallel test process) makes
    // the next run transpile again, rightly; a few attempts ride that out.
    let again = await generatePackage({ input: EXAMPLE, outDir: path.join(temp, 'pkg2') });
    for (let attempt = 0; attempt < 3 && !again.reusedTranspiled; attempt += 1) {
      fs.rmSync(path.join(temp, 'pkg2'), { recursive: true });
      again = await generatePackage({ input: EXAMPLE, outDir: path.join(temp, 'pkg2') });
    }
    expect(again.reusedTranspiled).to.equal(true);
    expect(snapshot(path.join(temp, 'pkg2'))).to.deep.equal(snapshot(outDir));
    // A stale record forces transpiling again.
    fs.writeFileSync(TRANSPILED_STAMP, 'stale');
    const fresh = await generatePackage({ input: EXAMPLE, outDir: path.join(temp, 'pkg3') });
    expect(fresh.reusedTranspiled).to.equal(false);
    expect(fs.readFileSync(TRANSPILED_STAMP, 'utf8')).to.equal(sourcesHash());
  });

  it('transpiles again when a module the transpiled template names by absolute path is gone (npm install moved it)', async function () {
    await generatePackage({ input: EXAMPLE, outDir: path.join(temp, 'moved-a') });
    const transpiledDir = path.dirname(TRANSPILED_STAMP);
    const victim = fs
      .readdirSync(transpiledDir)
      .map((name) => path.join(transpiledDir, name))
      .find((file) => file.endsWith('.js') && /require\('\//.test(fs.readFileSync(file, 'utf8')));
    expect(victim, 'a transpiled file with an absolute require').to.be.a('string');
    const file = /** @type {string} */ (victim);
    const code = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, code.replace(/require\('\/[^']+'\)/, "require('/nonexistent/react/jsx-runtime.js')"));
    // The record stays newer than the edited file, as after an `npm install`.
    fs.utimesSync(TRANSPILED_STAMP, new Date(), new Date(Date.now() + 1000));
    const after = await generatePackage({ input: EXAMPLE, outDir: path.join(temp, 'moved-b') });
    expect(after.reusedTranspiled).to.equal(false);
    expect(snapshot(path.join(temp, 'moved-b'))).to.deep.equal(snapshot(path.join(temp, 'moved-a')));
  });
});
