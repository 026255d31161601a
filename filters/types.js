// @ts-check
'use strict';
// How each stinger type looks in the generated TypeScript: its TS type and
// the expressions that convert it between wire JSON and TS values. The
// decode/encode helpers named here live in the generated src/protocol.ts;
// enum and struct ones in src/interfaceTypes.ts.

const { isIdentifier } = require('./naming');
const { typeNames, fieldNames } = require('./names');

/**
 * The type of a field: the converter's TypeRef (converter/model.js), the one
 * type shape of the converter, the view model and the reference docs.
 * @typedef {import('../converter/model').TypeRef} TypeRef
 * @typedef {Exclude<TypeRef['kind'], 'enum' | 'struct' | 'array'>} ScalarKind
 * @typedef {{ name: string, type: TypeRef, optional: boolean, description?: string }} TypedField
 *   A field as the filters see it: the converter's Field without its location.
 */

/** Scalar types: TS type, decoder, encoder (undefined when the TS value is already JSON). */
const SCALARS = /** @type {Record<ScalarKind, { ts: string, decoder: string, encoder?: string }>} */ ({
  integer: { ts: 'number', decoder: 'decodeInteger' },
  float: { ts: 'number', decoder: 'decodeFloat' },
  string: { ts: 'string', decoder: 'decodeString' },
  boolean: { ts: 'boolean', decoder: 'decodeBoolean' },
  datetime: { ts: 'Date', decoder: 'decodeDateTime', encoder: 'encodeDateTime' },
  duration: { ts: 'number', decoder: 'decodeDuration', encoder: 'encodeDuration' },
  binary: { ts: 'Uint8Array', decoder: 'decodeBinary', encoder: 'encodeBinary' },
});

/**
 * The TypeRef of a field as the document writes it in `x-stinger-fields`
 * (`{ type, enumName?, structName?, itemType? }`, docs/internals.md §2); the
 * reverse of converter/asyncapi-schemas.js `stingerType`.
 * @param {unknown} raw
 * @param {string} where  what holds it, for the error
 * @returns {TypeRef}
 */
function typeRefOf(raw, where) {
  const entry = /** @type {{ type?: unknown, enumName?: unknown, structName?: unknown, itemType?: unknown }} */ (raw !== null && typeof raw === 'object' ? raw : {});
  const kind = entry.type;
  if (kind === 'enum' && typeof entry.enumName === 'string') return { kind, name: entry.enumName };
  if (kind === 'struct' && typeof entry.structName === 'string') return { kind, name: entry.structName };
  if (kind === 'array' && entry.itemType !== undefined) return { kind, items: typeRefOf(entry.itemType, where) };
  if (typeof kind === 'string' && Object.prototype.hasOwnProperty.call(SCALARS, kind)) return { kind: /** @type {ScalarKind} */ (kind) };
  throw new Error(`${where}: not a stinger type: ${JSON.stringify(raw)}`);
}

/**
 * The TS type of a value of `type`, e.g. `number`, `DayOfTheWeek`, `Lunch[]`.
 * @param {TypeRef} type
 * @returns {string}
 */
function tsType(type) {
  switch (type.kind) {
    case 'enum':
    case 'struct':
      return typeNames(type.name).tsName;
    case 'array':
      return `${tsType(type.items)}[]`;
    default:
      return SCALARS[type.kind].ts;
  }
}

/**
 * Name of the function `(value: unknown, field: string) => T` that decodes `type`,
 * or an arrow function for arrays.
 * @param {TypeRef} type
 * @returns {string}
 */
function decoderOf(type) {
  switch (type.kind) {
    case 'enum':
    case 'struct':
      return typeNames(type.name).decode;
    case 'array':
      return `(value, field) => decodeArray(value, field, ${decoderOf(type.items)})`;
    default:
      return SCALARS[type.kind].decoder;
  }
}

/**
 * Expression that decodes `valueExpr` (found at `fieldExpr`) as `type`.
 * @param {TypeRef} type
 * @param {boolean} optional
 * @param {string} valueExpr
 * @param {string} fieldExpr
 * @returns {string}
 */
function decodeExpression(type, optional, valueExpr, fieldExpr) {
  if (optional) {
    return `decodeOptional(${valueExpr}, ${fieldExpr}, ${decoderOf(type)})`;
  }
  if (type.kind === 'array') {
    return `decodeArray(${valueExpr}, ${fieldExpr}, ${decoderOf(type.items)})`;
  }
  return `${decoderOf(type)}(${valueExpr}, ${fieldExpr})`;
}

/**
 * Name of the function `(value: T) => JsonValue` that encodes `type`, or
 * undefined when a value of `type` is already JSON (numbers, strings, enums...).
 * @param {TypeRef} type
 * @returns {string | undefined}
 */
function encoderOf(type) {
  switch (type.kind) {
    case 'enum':
      return undefined;
    case 'struct':
      return typeNames(type.name).encode;
    case 'array': {
      const itemEncoder = encoderOf(type.items);
      return itemEncoder === undefined ? undefined : `(items) => items.map(${itemEncoder})`;
    }
    default:
      return SCALARS[type.kind].encoder;
  }
}

/**
 * Expression that encodes the TS value `valueExpr` of `type` as JSON.
 * @param {TypeRef} type
 * @param {boolean} optional
 * @param {string} valueExpr
 * @returns {string}
 */
function encodeExpression(type, optional, valueExpr) {
  const encoder = encoderOf(type);
  if (optional) {
    return encoder === undefined ? `${valueExpr} ?? null` : `encodeOptional(${valueExpr}, ${encoder})`;
  }
  if (encoder === undefined) {
    return valueExpr;
  }
  if (type.kind === 'array') {
    return `${valueExpr}.map(${encoderOf(type.items)})`;
  }
  return `${encoder}(${valueExpr})`;
}

/**
 * A property key as written in an object literal or type: bare when it is an identifier.
 * @param {string} key
 */
function objectKey(key) {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

/**
 * Reads `key` from the object expression `objectExpr`.
 * @param {string} objectExpr
 * @param {string} key
 */
function propertyAccess(objectExpr, key) {
  return isIdentifier(key) ? `${objectExpr}.${key}` : `${objectExpr}[${JSON.stringify(key)}]`;
}

/**
 * A safe parameter/variable name for a field: camelCase, with `Value` appended
 * when that is a reserved word.
 * @param {string} name as written
 */
function parameterName(name) {
  return fieldNames(name).parameter;
}

/**
 * A positional parameter list for fields in file order, e.g.
 * `first: number, second: number, third?: number`. A field is `x?: T` only
 * when every later one is optional too (TS forbids a required parameter
 * after an optional one); otherwise it is `x: T | undefined`.
 * @param {Array<{ parameter: string, tsType: string, optional: boolean }>} fields
 * @returns {string[]}
 */
function parameterDeclarations(fields) {
  return fields.map((field, index) => {
    if (!field.optional) return `${field.parameter}: ${field.tsType}`;
    const restOptional = fields.slice(index + 1).every((later) => later.optional);
    return restOptional ? `${field.parameter}?: ${field.tsType}` : `${field.parameter}: ${field.tsType} | undefined`;
  });
}

/**
 * An object literal passing parameters by their camelCase keys: `{ first, second }`,
 * or `{ default: defaultValue }` when a parameter had to be renamed.
 * @param {Array<{ parameter: string, tsName: string }>} fields
 */
function shorthandObject(fields) {
  if (fields.length === 0) return '{}';
  const entries = fields.map((f) => (f.parameter === f.tsName ? f.tsName : `${objectKey(f.tsName)}: ${f.parameter}`));
  return `{ ${entries.join(', ')} }`;
}

/**
 * The JSDoc text for one field: its description, plus the unit of durations.
 * @param {{ description?: string, type: TypeRef }} field
 */
function fieldDocumentation(field) {
  const unit = field.type.kind === 'duration' ? 'In milliseconds.' : '';
  return [field.description || '', unit].filter((part) => part !== '').join(' ');
}

/**
 * `@param` tags for the fields that have something to say.
 * @param {Array<{ parameter: string, description?: string, type: TypeRef }>} fields
 * @returns {string[]}
 */
function paramTags(fields) {
  return fields
    .map((f) => ({ name: f.parameter, text: fieldDocumentation(f) }))
    .filter((p) => p.text !== '')
    .map((p) => `@param ${p.name} ${p.text}`);
}

/**
 * What a method gives back in TS: nothing (`void`), its one return value, or
 * the interface of its return values (`resultType`) when there are several.
 * @param {{ returnValues: Array<{ tsType: string, optional: boolean }>, resultType?: string }} method
 */
function returnType(method) {
  const values = method.returnValues;
  if (values.length === 0) return 'void';
  if (values.length === 1) return values[0].optional ? `${values[0].tsType} | undefined` : values[0].tsType;
  return String(method.resultType);
}

/**
 * A single-quoted TS string literal of `text`.
 * @param {string} text
 */
function stringLiteral(text) {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

module.exports = {
  stringLiteral,
  returnType,
  fieldDocumentation,
  paramTags,
  parameterDeclarations,
  shorthandObject,
  tsType,
  decoderOf,
  decodeExpression,
  encoderOf,
  encodeExpression,
  typeRefOf,
  objectKey,
  propertyAccess,
  parameterName,
};
