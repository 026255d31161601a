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
 * @param options  plain: also return false, the document then half
 *   resolved, unless it is what a JSON text parses to: plain objects and
 *   arrays, no object in two places (but for the targets of references),
 *   only strings, booleans, null and finite numbers other than -0 (the
 *   caller then need not make a JSON copy first)
 */
function dereference(root: JsonObject, options: { plain?: boolean } = {}): boolean {
  const targets: Map<string, JsonValue | undefined> = new Map();
  const resolving: Set<string> = new Set();
  const done: Set<object> = new Set();
  const targetObjects: Set<object> = new Set();
  const plain = options.plain === true;
  let ok = true;

  /** In plain mode: whether a value (not a reference) may stand where it is. */
  const plainValue = (value: unknown): boolean => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
    if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
    if (typeof value !== 'object') return false;
    // An object already seen is shared, unless it is a target reached at its own place.
    if (done.has(value) && !targetObjects.has(value)) return false;
    return Object.getPrototypeOf(value) === (Array.isArray(value) ? Array.prototype : Object.prototype);
  };

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
    const escaped = pointer.includes('~');
    for (const raw of pointer.slice(2).split('/')) {
      const key = escaped ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
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
    if (node !== null && typeof node === 'object') targetObjects.add(node);
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
    const isArray = Array.isArray(node);
    const keys = isArray ? undefined : Object.keys(node);
    const count = isArray ? node.length : (keys as string[]).length;
    for (let i = 0; i < count; i++) {
      const key = isArray ? i : (keys as string[])[i];
      const child = container[key];
      if (isRef(child)) {
        const target = resolveRef(child);
        if (!ok) return;
        container[key] = target;
      } else {
        if (plain && (key === '__proto__' || !plainValue(child))) {
          ok = false;
          return;
        }
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

const SCHEMA_ID = 'x-parser-schema-id';
const MESSAGE_NAME = 'x-parser-message-name';

/** A plain JSON object (not null, not an array). */
function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Thrown inside nameAnonymous for what it does not reproduce. */
const NOT_EXACT = new Error('not reproduced on plain JSON');

/**
 * The entries of a map as the parser's models list them (absent or null:
 * none); anything but a plain object, or an empty key, is not reproduced.
 */
function entriesOf(value: unknown): Array<[string, JsonValue]> {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) throw NOT_EXACT;
  const entries = Object.entries(value) as Array<[string, JsonValue]>;
  if (entries.some(([key]) => key === '')) throw NOT_EXACT;
  return entries;
}

/**
 * The entries of a keyword holding a map of schemas (`properties`, ...): the
 * parser's models skip anything but an object there.
 */
function schemaMap(value: JsonValue | undefined): Array<[string, JsonValue]> {
  if (value === null || Array.isArray(value)) throw NOT_EXACT;
  return typeof value === 'object' ? entriesOf(value) : [];
}

/**
 * The parser's anonymous naming (cjs/custom-operations/anonymous-naming.js,
 * run by `customOperations` after validation) on the plain document rather
 * than through its model objects, which made several objects per schema per
 * visit and took most of `generate`'s time for large interfaces. It visits
 * what the parser's iterator (cjs/iterator.js) visits, in its order, and
 * numbers anonymous schemas the same way; test/parsed-document.test.js
 * compares the result with the official parser's. Returns false, the
 * document possibly half-named, for anything it does not reproduce exactly
 * (boolean, null or multi-format schemas, `$id`, empty keys, channel
 * messages without a name); the caller then uses the official parser.
 * @param json  the dereferenced document (no `$ref` left, no cycles), modified in place
 */
function nameAnonymous(json: JsonObject): boolean {
  try {
    const components = json.components === undefined ? {} : json.components;
    if (!isObject(components)) return false;
    const channels = entriesOf(json.channels);
    const componentMessages = entriesOf(components.messages);
    const componentSchemas = entriesOf(components.schemas);
    const isSchema = (value: JsonValue | undefined): value is JsonObject =>
      isObject(value) && !Object.prototype.hasOwnProperty.call(value, 'schema') && value.$id === undefined;

    // Component messages without a name take their key; channel messages
    // (the same objects where they are references) must have one then.
    for (const [key, message] of componentMessages) {
      if (!isObject(message)) return false;
      if (message.name === undefined) message[MESSAGE_NAME] = key;
    }
    for (const [, channel] of channels) {
      if (!isObject(channel)) return false;
      for (const [, message] of entriesOf(channel.messages)) {
        if (!isObject(message) || (message.name === undefined && message[MESSAGE_NAME] === undefined)) return false;
      }
    }
    // Component schemas are named by their key. (Channel parameter schemas
    // are made afresh by the parser's models on each call: naming them
    // leaves no trace, but each takes a number below.)
    for (const [key, schema] of componentSchemas) {
      if (!isSchema(schema)) return false;
      schema[SCHEMA_ID] = key;
    }

    let counter = 0;
    const onStack: Set<JsonObject> = new Set();
    // A schema whose subtree is named: visiting it again names nothing
    // (the document has no cycles), so it is not walked again.
    const named: Set<JsonObject> = new Set();
    /** traverseSchema of the parser's iterator, on plain JSON. */
    const visit = (schema: JsonValue | undefined): void => {
      if (!isSchema(schema)) throw NOT_EXACT;
      if (onStack.has(schema) || named.has(schema)) return;
      onStack.add(schema);
      if (!schema[SCHEMA_ID]) schema[SCHEMA_ID] = `<anonymous-schema-${++counter}>`;
      const type = schema.type;
      const types = Array.isArray(type) ? type : type ? [type] : [];
      // A keyword holding one schema: booleans (where allowed) and absent ones are skipped.
      const one = (value: JsonValue | undefined, booleanAllowed: boolean) => {
        if (value === undefined || (booleanAllowed && typeof value === 'boolean')) return;
        if (typeof value !== 'object') {
          if (booleanAllowed) throw NOT_EXACT;
          return;
        }
        visit(value);
      };
      if (types.includes('object')) {
        for (const [, property] of schemaMap(schema.properties)) visit(property);
        one(schema.additionalProperties, true);
        one(schema.propertyNames, false);
        for (const [, property] of schemaMap(schema.patternProperties)) visit(property);
      }
      if (types.includes('array')) {
        const items = schema.items;
        if (Array.isArray(items)) items.forEach(visit);
        else one(items, false);
        one(schema.additionalItems, true);
        one(schema.contains, false);
      }
      for (const key of ['oneOf', 'anyOf', 'allOf']) {
        const list = schema[key];
        if (Array.isArray(list)) list.forEach(visit);
      }
      for (const key of ['not', 'if', 'then', 'else']) one(schema[key], false);
      for (const [, dependency] of schemaMap(schema.dependencies)) if (!Array.isArray(dependency)) visit(dependency);
      for (const [, definition] of schemaMap(schema.definitions)) visit(definition);
      onStack.delete(schema);
      named.add(schema);
    };
    /** Each channel parameter's schema is a fresh object: it only takes a number. */
    const parameters = (holder: JsonValue | undefined) => {
      for (const [, parameter] of entriesOf(holder)) {
        if (!isObject(parameter)) return false;
        counter++;
      }
      return true;
    };
    const message = (m: JsonValue) => {
      if (!isObject(m)) throw NOT_EXACT;
      if (m.headers) visit(m.headers);
      if (m.payload) visit(m.payload);
    };
    for (const [, channel] of channels as Array<[string, JsonObject]>) {
      if (!parameters(channel.parameters)) return false;
      for (const [, m] of entriesOf(channel.messages)) message(m);
    }
    for (const [, m] of componentMessages) message(m);
    for (const [, schema] of componentSchemas) visit(schema);
    if (!parameters(components.parameters)) return false;
    for (const [, trait] of entriesOf(components.messageTraits)) {
      if (!isObject(trait)) return false;
      if (trait.headers) visit(trait.headers);
    }
    return true;
  } catch (err) {
    if (err === NOT_EXACT) return false;
    throw err;
  }
}

/**
 * @param document  the converter's document; not modified unless `consume`
 * @param text  the document as written (the hooks copy it into the package)
 * @param options  consume: the caller no longer needs `document`, so it is
 *   used (and modified) in place rather than copied (the copy, and the
 *   garbage collector copying it, took about half a second for a
 *   3,000-member interface); anything but plain JSON data sharing no object
 *   between two places (dereference's `plain`) gives undefined
 * @returns  an AsyncAPIDocument, or undefined to use the official parser
 */
async function parsedDocument(document: JsonObject, text: string, options: { consume?: boolean } = {}): Promise<AsyncAPIDocumentInterface | undefined> {
  // Consumed: used as it is when it is what a JSON text parses to (else the
  // official parser takes over: the document may be half resolved by then).
  const json = options.consume ? document : jsonCopy(document) as JsonObject;
  if (typeof json.asyncapi !== 'string' || !json.asyncapi.startsWith('3.') || '$ref' in json) return undefined;
  if (options.consume && Object.getPrototypeOf(json) !== Object.prototype) return undefined;
  if (!dereference(json, { plain: options.consume })) return undefined;
  // The parser's own steps after validation (cjs/parse.js); internal modules,
  // so any change in them makes this fall back rather than guess.
  try {
    // The parser's internals, with their own types; checked by the tests.
    // The model classes require Spectral (for diagnostics only) at load time.
    deferModule(require.resolve('@stoplight/spectral-core', { paths: [path.dirname(require.resolve('@asyncapi/parser'))] }));
    const index: typeof import('@asyncapi/parser/cjs/document') = require('@asyncapi/parser/cjs/document');
    const { applyUniqueIds }: typeof import('@asyncapi/parser/cjs/custom-operations/apply-unique-ids') = require('@asyncapi/parser/cjs/custom-operations/apply-unique-ids');
    const utils: typeof import('@asyncapi/parser/cjs/utils') = require('@asyncapi/parser/cjs/utils');
    const models: typeof import('@asyncapi/parser/cjs/models') = require('@asyncapi/parser/cjs/models');
    const constants: typeof import('@asyncapi/parser/cjs/constants') = require('@asyncapi/parser/cjs/constants');
    const { createAsyncAPIDocument } = index;
    const { createDetailedAsyncAPI, setExtension } = utils;
    const { ParserAPIVersion } = models;
    applyUniqueIds(json);
    const detailed = createDetailedAsyncAPI(json as unknown as Parameters<typeof createDetailedAsyncAPI>[0], text, undefined);
    const parsed = createAsyncAPIDocument(detailed);
    setExtension(constants.xParserSpecParsed, true, parsed);
    setExtension(constants.xParserApiVersion, ParserAPIVersion, parsed);
    // The parser's customOperations for a 3.x document without traits and
    // schemaFormat (cjs/custom-operations/index.js): checkCircularRefs, which
    // marks a document that still holds a `$ref` (none is left after
    // dereference()), and the anonymous naming, done here on the plain JSON.
    if (!nameAnonymous(json)) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

export { parsedDocument, dereference, jsonCopy, nameAnonymous };
