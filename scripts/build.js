#!/usr/bin/env node
// @ts-check
'use strict';
// The TypeScript build (`npm run build`; `prepare` runs it, so `npm ci` and
// `npm pack` build too, and `npm test` runs it first).
//
// One program from tsconfig.json: the TypeScript files of converter/,
// filters/ and bin/ and the JavaScript the project checks with checkJs
// (hooks/, scripts/). Every diagnostic fails the build. Each .ts file of converter/, filters/ and bin/
// is then compiled to a .js (and a .d.ts) next to it, so every `require` of
// those modules (the templates' '../../filters/x', the tests, package.json
// `bin`) and every `__dirname` stays what it was. The emitted files are
// gitignored; executables (a `#!` first line) get mode 755. A file whose
// text is unchanged is not rewritten.
//
//   node scripts/build.js            type-check and emit
//   node scripts/build.js --no-emit  type-check only (`npm run typecheck`)

const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const CONFIG = path.join(ROOT, 'tsconfig.json');

/** The folders whose TypeScript files are compiled in place. */
const COMPILED_FOLDERS = ['converter', 'filters', 'bin'];

/**
 * A folder the compiler believes it writes to; nothing is written there
 * (writeFile below maps each output next to its source). Naming one keeps
 * the compiler from refusing to "overwrite" the checked .js inputs.
 */
const VIRTUAL_OUT_DIR = path.join(ROOT, '.tsbuild');

/** @type {ts.FormatDiagnosticsHost} */
const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};

/** @param {readonly ts.Diagnostic[]} diagnostics */
function report(diagnostics) {
  if (diagnostics.length === 0) return;
  const text = process.stderr.isTTY
    ? ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost)
    : ts.formatDiagnostics(diagnostics, formatHost);
  process.stderr.write(text);
}

/** @param {string} fileName */
function isCompiledSource(fileName) {
  const rel = path.relative(ROOT, fileName).split(path.sep);
  return (
    rel.length >= 2 &&
    COMPILED_FOLDERS.includes(rel[0]) &&
    fileName.endsWith('.ts') &&
    !fileName.endsWith('.d.ts')
  );
}

/**
 * Every module of converter/, filters/ and bin/ is TypeScript: a .js there
 * without a .ts beside it is the output of a removed module (which a require
 * could still load) or JavaScript that should be TypeScript. Named, not deleted.
 */
function warnStrayJavaScript() {
  for (const folder of COMPILED_FOLDERS) {
    const dir = path.join(ROOT, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.js') || fs.existsSync(path.join(dir, `${name.slice(0, -3)}.ts`))) continue;
      process.stderr.write(
        `build: warning: ${folder}/${name} has no ${folder}/${name.slice(0, -3)}.ts beside it and is not type-checked: ` +
          'delete it if it is the output of a removed module, or write it in TypeScript\n',
      );
    }
  }
}

/**
 * Writes text to file unless it already holds exactly that; executables
 * (a `#!` first line) get mode 755 either way.
 * @param {string} file
 * @param {string} text
 * @returns {boolean} whether the file was (re)written
 */
function writeIfChanged(file, text) {
  let written = false;
  let current;
  try {
    current = fs.readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
    written = true;
  }
  if (text.startsWith('#!')) fs.chmodSync(file, 0o755);
  return written;
}

/**
 * @param {{ emit: boolean }} options
 * @returns {number} exit code
 */
function build({ emit }) {
  /** @type {ts.Diagnostic[]} */
  const configErrors = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    { noEmit: !emit, outDir: VIRTUAL_OUT_DIR, rootDir: ROOT, declaration: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
    },
  );
  if (!parsed || configErrors.length > 0) {
    report(configErrors);
    return 1;
  }
  if (parsed.errors.length > 0) {
    report(parsed.errors);
    return 1;
  }
  warnStrayJavaScript();
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  if (diagnostics.length > 0 || !emit) {
    report(diagnostics);
    return diagnostics.length > 0 ? 1 : 0;
  }

  const sources = program.getSourceFiles().filter((sourceFile) => isCompiledSource(sourceFile.fileName));
  /** @type {Map<string, string>} */
  const outputs = new Map();
  /** @type {ts.Diagnostic[]} */
  const emitDiagnostics = [];
  for (const sourceFile of sources) {
    const result = program.emit(sourceFile, (fileName, text) => {
      const rel = path.relative(VIRTUAL_OUT_DIR, fileName);
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`the compiler wrote outside its output folder: ${fileName}`);
      outputs.set(path.join(ROOT, rel), text);
    });
    emitDiagnostics.push(...result.diagnostics);
  }
  if (emitDiagnostics.length > 0) {
    report(emitDiagnostics);
    return 1;
  }
  let written = 0;
  for (const [file, text] of outputs) if (writeIfChanged(file, text)) written += 1;
  process.stdout.write(`build: ${sources.length} TypeScript file(s) compiled, ${written} output file(s) written\n`);
  return 0;
}

process.exitCode = build({ emit: !process.argv.includes('--no-emit') });
