// Reads YAML text into a document whose nodes know their positions.

import type { Diagnostic } from './diagnostics';
import type { Document, CST } from 'yaml';

import { makeDiagnostic } from './diagnostics';
import { readLight, positions } from './yaml-light';
import { isMap, isScalar, isSeq } from './yaml-nodes';

/** The yaml package, loaded when a file needs it (not for files the light reader takes). */
const yamlPackage = () => (require('yaml') as typeof import('yaml'));

export interface LoadedYaml {
  /** from the light reader (converter/yaml-light.ts), only `contents` (whose nodes the yaml package's type checks accept), `errors` and `warnings` */
  document: Document.Parsed;
  text: string;
  /** 1-based position of a text offset */
  position: (offset: number) => { line: number, col: number };
  /** YAML syntax errors and duplicate keys */
  diagnostics: Diagnostic[];
  /** false when the YAML itself is broken; the tree is then a guess */
  syntaxOk: boolean;
}

/**
 * How deeply maps and lists may nest. An interface file needs about 8
 * levels; the limit keeps every recursive step after it (the yaml package's
 * composer, our walkers) far from the stack's end.
 */
const MAX_NESTING = 64;

/**
 * @param file name used in diagnostics
 * @param options  light: try converter/yaml-light.ts first (the
 *   document then has `contents`, `errors` and `warnings` only; the converter reads no more)
 */
function loadYaml(file: string, text: string, options: { light?: boolean; } = {}): LoadedYaml {
  const position = positions(text);
  if (options.light) {
    const light = readLight(text);
    if (light) {
      const document = { contents: light.contents, errors: [], warnings: [] } as unknown as Document.Parsed;
      const diagnostics: Diagnostic[] = [];
      reportDuplicateKeys(document.contents, file, position, diagnostics, 'root');
      return { document, text, position, diagnostics, syntaxOk: true };
    }
  }
  const YAML = yamlPackage();
  // Parse to the concrete syntax tree first (the yaml package does this
  // without recursion), and refuse deep nesting before composing, which recurses.
  const tokens = withPlainEnv(() => Array.from(new YAML.Parser().parse(text)));
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    return {
      document: new YAML.Document(null) as Document.Parsed,
      text,
      position,
      diagnostics: [makeDiagnostic(file, position(deep), `maps and lists nest more than ${MAX_NESTING} levels deep here`,
        `an interface file needs far fewer; at most ${MAX_NESTING} are accepted`)],
      syntaxOk: false,
    };
  }
  // uniqueKeys off: duplicates are reported below, with the first key's line.
  const document = composeFirst(tokens, text.length);
  const diagnostics: Diagnostic[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const message = error.code === 'MULTIPLE_DOCS'
      ? "the file holds more than one YAML document (a second '---'); an interface file is one document"
      : firstLine(error.message);
    diagnostics.push(makeDiagnostic(file, position(error.pos[0]), `YAML: ${message}`));
  }
  reportDuplicateKeys(document.contents, file, position, diagnostics, 'root');
  return { document, text, position, diagnostics, syntaxOk: document.errors.length === 0 };
}

/**
 * Runs `fn` with `process.env` replaced by a plain copy. The yaml package's
 * parser reads `process.env.LOG_TOKENS` once per token, and each read of the
 * real environment is a call into C++: about a fifth of the parsing time of
 * a large file. Nothing else runs meanwhile (fn is synchronous).
 */
function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  try {
    process.env = { ...env };
  } catch {
    return fn();
  }
  try {
    return fn();
  } finally {
    process.env = env;
  }
}

/**
 * YAML.parseDocument on already parsed tokens: the first document, with an
 * error for each further one.
 */
function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  const YAML = yamlPackage();
  const composer = new YAML.Composer({ uniqueKeys: false });
  let first: Document.Parsed | undefined;
  for (const doc of composer.compose(tokens, true, length)) {
    if (!first) {
      first = doc;
    } else {
      first.errors.push(new YAML.YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(..., true) always ends with a document, empty input included.
  return (first as Document.Parsed);
}

/**
 * The offset of the first map or list nested deeper than MAX_NESTING, or
 * undefined. Walks the syntax tree with its own stack.
 */
function tooDeep(tokens: CST.Token[]): number | undefined {
  const stack: Array<[CST.Token, number]> = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  }
  let found;
  while (stack.length > 0) {
    const [token, depth] = (stack.pop() as [CST.Token, number]);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_NESTING) {
      if (found === undefined || token.offset < found) found = token.offset;
      continue;
    }
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return found;
}

/**
 * The yaml package appends "at line L, column C" and a code frame; the
 * diagnostic already carries the position.
 */
function firstLine(message: string) {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

// What the keys of each top-level section name, for messages like "duplicate signal 'foo'".
const SECTION_ITEMS: Record<string, string> = {
  enums: 'enum', structures: 'structure', signals: 'signal', methods: 'method', properties: 'property', constants: 'constant',
};

/**
 * @param context 'root', a section's item noun, or undefined
 */
function reportDuplicateKeys(node: unknown, file: string, position: (offset: number) => { line: number; col: number; }, diagnostics: Diagnostic[], context: 'root' | string | undefined) {
  if (isMap(node)) {
    const items = node.items;
    // key -> offset of its first use (turned into a line only for a
    // duplicate); small maps, most of a file, are searched without a Map.
    const seen: Map<string, number> | undefined = items.length > 8 ? new Map() : undefined;
    const keys: string[] = [];
    const offsets: number[] = [];
    for (const pair of items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && isScalar(pair.key) && pair.key.range) {
        let first;
        if (seen) {
          first = seen.get(key);
          if (first === undefined) seen.set(key, pair.key.range[0]);
        } else {
          const at = keys.indexOf(key);
          if (at === -1) {
            keys.push(key);
            offsets.push(pair.key.range[0]);
          } else {
            first = offsets[at];
          }
        }
        if (first !== undefined) {
          const pos = position(pair.key.range[0]);
          const firstLine = position(first).line;
          if (context !== undefined && context !== 'root') {
            diagnostics.push(makeDiagnostic(file, pos, `duplicate ${context} '${key}' (first defined on line ${firstLine})`, 'rename or remove one of them'));
          } else {
            diagnostics.push(makeDiagnostic(file, pos, `duplicate key '${key}' (first defined on line ${firstLine})`, 'each key may appear only once in a map'));
          }
        }
      }
      const childContext = context === 'root' && key !== undefined && Object.prototype.hasOwnProperty.call(SECTION_ITEMS, key) ? SECTION_ITEMS[key] : undefined;
      reportDuplicateKeys(pair.value, file, position, diagnostics, childContext);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) reportDuplicateKeys(item, file, position, diagnostics, undefined);
  }
}

export { loadYaml, MAX_NESTING };
