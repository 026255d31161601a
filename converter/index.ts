// The converter's programmatic API: file -> AsyncAPI document -> text.

import type { Diagnostic } from './diagnostics';
import type { BuildOptions as ConvertOptions } from './asyncapi';
import type { JsonObject } from './asyncapi-schemas';
import type { Model } from './model';

import * as fs from 'node:fs';
import { emitYaml } from './yaml-emit';
import { buildAsyncApi, RESERVED_SCHEMA_NAMES, DEFAULT_HOST, DEFAULT_PORT } from './asyncapi';

export type ConvertResult = { document: JsonObject | null, diagnostics: Diagnostic[] };

/**
 * The front end is loaded on first use, so serialize/validate work without it.
 */
function frontEnd(): typeof import('./front-end') {
  return require('./front-end');
}

/**
 * Enums and structs become component schemas; they must not take a key the
 * document uses for itself.
 */
function reservedNameDiagnostics(model: Model): Diagnostic[] {
  const found: Diagnostic[] = [];
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
 * @param filePath used in diagnostics
 */
function convertText(filePath: string, text: string, options: ConvertOptions = {}): ConvertResult {
  const { model, diagnostics } = frontEnd().loadInterface(filePath, text);
  if (diagnostics.length > 0 || !model) return { document: null, diagnostics };
  const reserved = reservedNameDiagnostics(model);
  if (reserved.length > 0) return { document: null, diagnostics: reserved };
  return { document: buildAsyncApi(model, options), diagnostics: [] };
}

/**
 * Reads and converts a `.stingeripc` file. An unreadable file is a diagnostic.
 * @param options `host`, `port` of the broker server;
 *   `configFiles`: stinger-ipc TOML configs (converter/config.ts), later ones override earlier ones
 * @returns  `warnings`: about the config files (unknown keys), printed, never fatal
 */
function convertFile(filePath: string, options: ConvertOptions&{ configFiles?: string[]; } = {}): ConvertResult&{ warnings: Diagnostic[]; } {
  let warnings: Diagnostic[] = [];
  if (options.configFiles && options.configFiles.length > 0) {
    const loaded = (require('./config') as typeof import('./config')).loadConfig(options.configFiles);
    warnings = loaded.warnings;
    if (loaded.diagnostics.length > 0) return { document: null, diagnostics: loaded.diagnostics, warnings };
    options = { ...options, config: loaded.config };
  }
  let text;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code || String(err);
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
 */
function serialize(document: JsonObject, format: 'yaml' | 'json' = 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  // What YAML.stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 })
  // writes, several times faster (converter/yaml-emit.ts).
  if (format === 'yaml') return emitYaml(document);
  throw new Error(`unknown format '${format}'`);
}

let parserInstance: import('@asyncapi/parser').Parser | null = null;

/**
 * Runs `@asyncapi/parser` on a document. Resolves to its diagnostics
 * (severity 0 error, 1 warning, 2 info, 3 hint).
 */
async function validateDocument(document: JsonObject): Promise<Array<{ code: string | number; message: string; severity: number; path: Array<string | number>; }>> {
  if (!parserInstance) {
    const { Parser }: typeof import('@asyncapi/parser') = require('@asyncapi/parser');
    parserInstance = new Parser();
  }
  // Text, so the parser cannot touch the caller's object.
  const { diagnostics } = await parserInstance.parse(serialize(document, 'json'));
  return diagnostics.map((d) => ({
    code: d.code,
    message: d.message,
    severity: d.severity,
    path: d.path,
  }));
}

/**
 * Parser diagnostics that matter: errors and warnings. The only info we expect
 * is 'asyncapi-latest-version', since we must emit 3.0.0.
 */
function problemsOf<D extends { severity: number }>(diagnostics: D[]): D[] {
  return diagnostics.filter((d) => d.severity === 0 || d.severity === 1);
}

export {
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
