// How each stinger type looks in the generated TypeScript: its TS type and
// the expressions that convert it between wire JSON and TS values. The
// decode/encode helpers named here live in the generated src/protocol.ts;
// enum and struct ones in src/interfaceTypes.ts.

import type { TypeRef as ModelTypeRef } from '../converter/model';

import { isIdentifier } from './naming';
import { typeNames, fieldNames } from './names';

/**
 * The type of a field: the converter's TypeRef (converter/model.ts), the one
 * type shape of the converter, the view model and the reference docs.
 */
export type TypeRef = ModelTypeRef;

export type ScalarKind = Exclude<TypeRef['kind'], 'enum' | 'struct' | 'array'>;

/** A field as the filters see it: the converter's Field without its location. */
export type TypedField = { name: string, type: TypeRef, optional: boolean, description?: string };

/** Scalar types: TS type, decoder, encoder (undefined when the TS value is already JSON). */
const SCALARS = ({
  integer: { ts: 'number', decoder: 'decodeInteger' },
  float: { ts: 'number', decoder: 'decodeFloat' },
  string: { ts: 'string', decoder: 'decodeString' },
  boolean: { ts: 'boolean', decoder: 'decodeBoolean' },
  datetime: { ts: 'Date', decoder: 'decodeDateTime', encoder: 'encodeDateTime' },
  duration: { ts: 'number', decoder: 'decodeDuration', encoder: 'encodeDuration' },
  binary: { ts: 'Uint8Array', decoder: 'decodeBinary', encoder: 'encodeBinary' },
} as Record<ScalarKind, { ts: string, decoder: string, encoder?: string }>);

/**
 * The TypeRef of a field as the document writes it in `x-stinger-fields`
 * (`{ type, enumName?, structName?, itemType? }`, docs/internals.md §2); the
 * reverse of converter/asyncapi-schemas.ts `stingerType`.
 * @param where  what holds it, for the error
 */
function typeRefOf(raw: unknown, where: string): TypeRef {
  const entry = (raw !== null && typeof raw === 'object' ? raw : {}) as { type?: unknown, enumName?: unknown, structName?: unknown, itemType?: unknown };
  const kind = entry.type;
  if (kind === 'enum' && typeof entry.enumName === 'string') return { kind, name: entry.enumName };
  if (kind === 'struct' && typeof entry.structName === 'string') return { kind, name: entry.structName };
  if (kind === 'array' && entry.itemType !== undefined) return { kind, items: typeRefOf(entry.itemType, where) };
  if (typeof kind === 'string' && Object.prototype.hasOwnProperty.call(SCALARS, kind)) return { kind: (kind as ScalarKind) };
  throw new Error(`${where}: not a stinger type: ${JSON.stringify(raw)}`);
}

/**
 * The TS type of a value of `type`, e.g. `number`, `DayOfTheWeek`, `Lunch[]`.
 */
function tsType(type: TypeRef): string {
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
 */
function decoderOf(type: TypeRef): string {
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
 */
function decodeExpression(type: TypeRef, optional: boolean, valueExpr: string, fieldExpr: string): string {
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
 */
function encoderOf(type: TypeRef): string | undefined {
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
 */
function encodeExpression(type: TypeRef, optional: boolean, valueExpr: string): string {
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
 */
function objectKey(key: string) {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

/**
 * Reads `key` from the object expression `objectExpr`.
 */
function propertyAccess(objectExpr: string, key: string) {
  return isIdentifier(key) ? `${objectExpr}.${key}` : `${objectExpr}[${JSON.stringify(key)}]`;
}

/**
 * A safe parameter/variable name for a field: camelCase, with `Value` appended
 * when that is a reserved word.
 * @param name as written
 */
function parameterName(name: string) {
  return fieldNames(name).parameter;
}

/**
 * A positional parameter list for fields in file order, e.g.
 * `first: number, second: number, third?: number`. A field is `x?: T` only
 * when every later one is optional too (TS forbids a required parameter
 * after an optional one); otherwise it is `x: T | undefined`.
 */
function parameterDeclarations(fields: Array<{ parameter: string; tsType: string; optional: boolean; }>): string[] {
  return fields.map((field, index) => {
    if (!field.optional) return `${field.parameter}: ${field.tsType}`;
    const restOptional = fields.slice(index + 1).every((later) => later.optional);
    return restOptional ? `${field.parameter}?: ${field.tsType}` : `${field.parameter}: ${field.tsType} | undefined`;
  });
}

/**
 * An object literal passing parameters by their camelCase keys: `{ first, second }`,
 * or `{ default: defaultValue }` when a parameter had to be renamed.
 */
function shorthandObject(fields: Array<{ parameter: string; tsName: string; }>) {
  if (fields.length === 0) return '{}';
  const entries = fields.map((f) => (f.parameter === f.tsName ? f.tsName : `${objectKey(f.tsName)}: ${f.parameter}`));
  return `{ ${entries.join(', ')} }`;
}

/**
 * The JSDoc text for one field: its description, plus the unit of durations.
 */
function fieldDocumentation(field: { description?: string; type: TypeRef; }) {
  const unit = field.type.kind === 'duration' ? 'In milliseconds.' : '';
  return [field.description || '', unit].filter((part) => part !== '').join(' ');
}

/**
 * `@param` tags for the fields that have something to say.
 */
function paramTags(fields: Array<{ parameter: string; description?: string; type: TypeRef; }>): string[] {
  return fields
    .map((f) => ({ name: f.parameter, text: fieldDocumentation(f) }))
    .filter((p) => p.text !== '')
    .map((p) => `@param ${p.name} ${p.text}`);
}

/**
 * What a method gives back in TS: nothing (`void`), its one return value, or
 * the interface of its return values (`resultType`) when there are several.
 */
function returnType(method: { returnValues: Array<{ tsType: string; optional: boolean; }>; resultType?: string; }) {
  const values = method.returnValues;
  if (values.length === 0) return 'void';
  if (values.length === 1) return values[0].optional ? `${values[0].tsType} | undefined` : values[0].tsType;
  return String(method.resultType);
}

/**
 * A single-quoted TS string literal of `text`.
 */
function stringLiteral(text: string) {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

export {
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
