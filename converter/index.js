// @ts-check
'use strict';
// The converter's programmatic API: file -> AsyncAPI document -> text.

const fs = require('node:fs');
const { emitYaml } = require('./yaml-emit');
const { buildAsyncApi, RESERVED_SCHEMA_NAMES, DEFAULT_HOST, DEFAULT_PORT } = require('./asyncapi');

/**
 * @typedef {import('./diagnostics').Diagnostic} Diagnostic
 * @typedef {import('./asyncapi').BuildOptions} ConvertOptions
 * @typedef {{ document: Record<string, any> | null, diagnostics: Diagnostic[] }} ConvertResult
 */

/**
 * The front end is loaded on first use, so serialize/validate work without it.
 * @returns {{ loadInterface: (file: string, text?: string) => { model: any, diagnostics: Diagnostic[] },
 *   formatDiagnostic: (d: Diagnostic) => string }}
 */
function frontEnd() {
  return require('./front-end');
}

/**
 * Enums and structs become component schemas; they must not take a key the
 * document uses for itself.
 * @param {any} model
 * @returns {Diagnostic[]}
 */
function reservedNameDiagnostics(model) {
  /** @type {Diagnostic[]} */
  const found = [];
  for (const def of [...model.enums, ...model.structs]) {
    if (RESERVED_SCHEMA_NAMES.includes(def.name)) {
      const loc = def.loc || { file: model.file, line: 1, col: 1 };
      found.push({
        file: loc.file,
        line: loc.line,
        col: loc.col,
        severity: 'error',
        message: `'${def.name}' is reserved: the document defines its own '${def.name}' schema`,
        hint: 'choose another name',
      });
    }
  }
  return found;
}

/**
 * Converts interface text (the file's content) to an AsyncAPI document.
 * `document` is null when there is any diagnostic.
 * @param {string} filePath used in diagnostics
 * @param {string} text
 * @param {ConvertOptions} [options]
 * @returns {ConvertResult}
 */
function convertText(filePath, text, options = {}) {
  const { model, diagnostics } = frontEnd().loadInterface(filePath, text);
  if (diagnostics.length > 0 || !model) return { document: null, diagnostics };
  const reserved = reservedNameDiagnostics(model);
  if (reserved.length > 0) return { document: null, diagnostics: reserved };
  return { document: buildAsyncApi(model, options), diagnostics: [] };
}

/**
 * Reads and converts a `.stingeripc` file. An unreadable file is a diagnostic.
 * @param {string} filePath
 * @param {ConvertOptions & { configFiles?: string[] }} [options] `host`, `port` of the broker server;
 *   `configFiles`: stinger-ipc TOML configs (converter/config.js), later ones override earlier ones
 * @returns {ConvertResult & { warnings: Diagnostic[] }}  `warnings`: about the config files (unknown keys), printed, never fatal
 */
function convertFile(filePath, options = {}) {
  /** @type {Diagnostic[]} */
  let warnings = [];
  if (options.configFiles && options.configFiles.length > 0) {
    const loaded = require('./config').loadConfig(options.configFiles);
    warnings = loaded.warnings;
    if (loaded.diagnostics.length > 0) return { document: null, diagnostics: loaded.diagnostics, warnings };
    options = { ...options, config: loaded.config };
  }
  let text;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (err) {
    const reason = /** @type {NodeJS.ErrnoException} */ (err).code || String(err);
    return {
      document: null,
      diagnostics: [{ file: filePath, line: 1, col: 1, severity: 'error', message: `cannot read the file (${reason})` }],
      warnings,
    };
  }
  return { ...convertText(filePath, text, options), warnings };
}

/**
 * Document -> text. Deterministic: the builder fixes the key order, and
 * serialization keeps it; no YAML anchors, no line folding.
 * @param {Record<string, any>} document
 * @param {'yaml' | 'json'} [format]
 * @returns {string}
 */
function serialize(document, format = 'yaml') {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  // What YAML.stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 })
  // writes, several times faster (converter/yaml-emit.js).
  if (format === 'yaml') return emitYaml(document);
  throw new Error(`unknown format '${format}'`);
}

/** @type {any} */
let parserInstance = null;

/**
 * Runs `@asyncapi/parser` on a document. Resolves to its diagnostics
 * (severity 0 error, 1 warning, 2 info, 3 hint).
 * @param {Record<string, any>} document
 * @returns {Promise<Array<{ code: string | number, message: string, severity: number, path: Array<string | number> }>>}
 */
async function validateDocument(document) {
  if (!parserInstance) {
    const { Parser } = require('@asyncapi/parser');
    parserInstance = new Parser();
  }
  // Text, so the parser cannot touch the caller's object.
  const { diagnostics } = await parserInstance.parse(serialize(document, 'json'));
  return diagnostics.map((/** @type {any} */ d) => ({
    code: d.code,
    message: d.message,
    severity: d.severity,
    path: d.path,
  }));
}

/**
 * Parser diagnostics that matter: errors and warnings. The only info we expect
 * is 'asyncapi-latest-version', since we must emit 3.0.0.
 * @template {{ severity: number }} D
 * @param {D[]} diagnostics
 * @returns {D[]}
 */
function problemsOf(diagnostics) {
  return diagnostics.filter((d) => d.severity === 0 || d.severity === 1);
}

module.exports = {
  convertFile,
  convertText,
  serialize,
  validateDocument,
  problemsOf,
  reservedNameDiagnostics,
  buildAsyncApi,
  DEFAULT_HOST,
  DEFAULT_PORT,
};
