// The parsed AsyncAPI document (parser API v3) of a document the converter
// built, without running the official parser's validation.
//
// `@asyncapi/parser` spends most of its time in Spectral: resolving `$ref`s
// through a dependency graph whose ordering is quadratic in their number, and
// validating the resolved document against the AsyncAPI JSON Schema with ajv.
// For a 3,000-member interface that is tens of seconds. Our documents are
// valid by construction (the test suite runs the official parser on every
// document it builds, and `stingeripc generate --validate` runs it too), hold
// only local `$ref`s without siblings and no cycles, so this module resolves
// the references itself and then runs the parser's own post-processing
// (unique ids, anonymous naming) exactly as `Parser.parse` does after
// validation. Only the parser's models and post-processing are loaded, not
// its validation. test/parsed-document.test.js checks the result equals the
// official parser's `json()`. Anything unexpected returns undefined, and
// the caller falls back to the official parser.

import type { AsyncAPIDocumentInterface } from '@asyncapi/parser/cjs/models/asyncapi';
import type { JsonObject, JsonValue } from '../converter/asyncapi-schemas';

import * as path from 'node:path';
import { deferModule } from './defer-module';

/**
 * Replaces every `{ $ref: '#/...' }` by the object it points to (one shared
 * object per target, as the parser's resolver does). Returns false when the
 * document holds a reference this does not handle: external, with sibling
 * keys, dangling or circular.
 * @param root  modified in place
 */
function dereference(root: JsonObject): boolean {
  const targets: Map<string, JsonValue | undefined> = new Map();
  const resolving: Set<string> = new Set();
  const done: Set<object> = new Set();
  let ok = true;

  /**
   * @returns whether node is a reference
   */
  const isRef = (node: JsonValue | undefined): node is JsonObject => node !== null && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, '$ref');

  /**
   * The resolved object a pointer names.
   */
  const resolve = (pointer: unknown): JsonValue | undefined => {
    if (typeof pointer !== 'string' || !pointer.startsWith('#/')) {
      ok = false;
      return undefined;
    }
    if (targets.has(pointer)) return targets.get(pointer);
    if (resolving.has(pointer)) {
      ok = false;
      return undefined;
    }
    resolving.add(pointer);
    let node: JsonValue | undefined = root;
    for (const raw of pointer.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (isRef(node)) node = resolveRef(node);
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) {
        ok = false;
        resolving.delete(pointer);
        return undefined;
      }
      node = (node as Record<string, JsonValue | undefined>)[key];
    }
    if (isRef(node)) node = resolveRef(node);
    walk(node);
    resolving.delete(pointer);
    targets.set(pointer, node);
    return node;
  };

  const resolveRef = (ref: JsonObject): JsonValue | undefined => {
    if (Object.keys(ref).length !== 1) {
      ok = false;
      return undefined;
    }
    return resolve(ref.$ref);
  };

  /**
   * Resolves the references below node, in place.
   */
  const walk = (node: JsonValue | undefined) => {
    if (node === null || typeof node !== 'object' || done.has(node)) return;
    done.add(node);
    const container = node as Record<string | number, JsonValue | undefined>;
    const keys = Array.isArray(node) ? node.keys() : Object.keys(node);
    for (const key of keys) {
      const child = container[key];
      if (isRef(child)) {
        const target = resolveRef(child);
        if (!ok) return;
        container[key] = target;
      } else {
        walk(child);
      }
      if (!ok) return;
    }
  };

  walk(root);
  return ok;
}

/**
 * What JSON.parse(JSON.stringify(value)) gives for the converter's plain
 * data, several times faster (that round trip took most of a second for a
 * 3,000-member document): objects and arrays copied (shared ones once per
 * place), undefined, functions and symbols dropped from objects and null in
 * arrays, non-finite numbers null, -0 as 0. The converter's nesting limits
 * bound the recursion.
 */
function jsonCopy(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out[i] = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : jsonCopy(item);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  const source = (value as Record<string, unknown>);
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: jsonCopy(item), enumerable: true, writable: true, configurable: true });
    else out[key] = jsonCopy(item);
  }
  return out;
}

/**
 * @param document  the converter's document (not modified)
 * @param text  the document as written (the hooks copy it into the package)
 * @returns  an AsyncAPIDocument, or undefined to use the official parser
 */
async function parsedDocument(document: JsonObject, text: string): Promise<AsyncAPIDocumentInterface | undefined> {
  const json = jsonCopy(document) as JsonObject;
  if (typeof json.asyncapi !== 'string' || !json.asyncapi.startsWith('3.') || !dereference(json)) return undefined;
  // The parser's own steps after validation (cjs/parse.js); internal modules,
  // so any change in them makes this fall back rather than guess.
  try {
    // The parser's internals, with their own types; checked by the tests.
    // The model classes require Spectral (for diagnostics only) at load time.
    deferModule(require.resolve('@stoplight/spectral-core', { paths: [path.dirname(require.resolve('@asyncapi/parser'))] }));
    const index: typeof import('@asyncapi/parser/cjs/document') = require('@asyncapi/parser/cjs/document');
    const operations: typeof import('@asyncapi/parser/cjs/custom-operations') = require('@asyncapi/parser/cjs/custom-operations');
    const utils: typeof import('@asyncapi/parser/cjs/utils') = require('@asyncapi/parser/cjs/utils');
    const models: typeof import('@asyncapi/parser/cjs/models') = require('@asyncapi/parser/cjs/models');
    const constants: typeof import('@asyncapi/parser/cjs/constants') = require('@asyncapi/parser/cjs/constants');
    const { createAsyncAPIDocument } = index;
    const { applyUniqueIds } = operations;
    // Called as cjs/parse.js calls it after validation, without a parser and a
    // document inventory: neither is used when traits and schemas are not processed.
    const customOperations = operations.customOperations as unknown as (
      parser: undefined, document: AsyncAPIDocumentInterface, detailed: ReturnType<typeof utils.createDetailedAsyncAPI>, inventory: undefined,
      options: { applyTraits: boolean; parseSchemas: boolean },
    ) => Promise<void>;
    const { createDetailedAsyncAPI, setExtension } = utils;
    const { ParserAPIVersion } = models;
    applyUniqueIds(json);
    const detailed = createDetailedAsyncAPI(json as unknown as Parameters<typeof createDetailedAsyncAPI>[0], text, undefined);
    const parsed = createAsyncAPIDocument(detailed);
    setExtension(constants.xParserSpecParsed, true, parsed);
    setExtension(constants.xParserApiVersion, ParserAPIVersion, parsed);
    // No traits and no schemaFormat in our documents: both steps would do nothing.
    await customOperations(undefined, parsed, detailed, undefined, { applyTraits: false, parseSchemas: false });
    return parsed;
  } catch {
    return undefined;
  }
}

export { parsedDocument, dereference, jsonCopy };
