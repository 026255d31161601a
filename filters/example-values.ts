// Deterministic example values for the Markdown reference: the JSON a
// payload carries on the wire, and the TypeScript expression that gives the
// same value through the generated API. Both describe the same call: an
// optional top-level field is left out in TS and sent as `null`; nested
// optional members get a value, so every type shows its encoding once.

import type { TypeRef, TypedField, ScalarKind } from './types';

import type { JsonObject, JsonValue } from '../converter/asyncapi-schemas';
import { typeNames, fieldNames } from './names';
import { objectKey } from './types';

export type Definitions = { enums: Array<{ name: string, values: Array<{ name: string, value: number }> }>,
  structs: Array<{ name: string, fields: TypedField[] }> };

const DATETIME = '2026-01-01T12:00:00.000Z';

/** Wire and TS forms of each scalar type. */
const SCALARS = ({
  integer: { json: 42, ts: '42' },
  float: { json: 3.14, ts: '3.14' },
  string: { json: 'example', ts: "'example'" },
  boolean: { json: true, ts: 'true' },
  datetime: { json: DATETIME, ts: `new Date('${DATETIME}')` },
  // 1 h 30 min; TS durations are milliseconds.
  duration: { json: 'PT1H30M', ts: '5_400_000' },
  // The bytes 0, 1, 2 in base64.
  binary: { json: 'AAEC', ts: 'Uint8Array.from([0, 1, 2])' },
} as Record<ScalarKind, { json: JsonValue, ts: string }>);

/**
 * @param name  an enum's name
 */
function firstEnumValue(name: string, defs: Definitions) {
  const found = defs.enums.find((e) => e.name === name);
  if (!found || found.values.length === 0) throw new Error(`unknown or empty enum '${name}'`);
  return found.values[0];
}

/**
 * @param name  a struct's name
 */
function structFields(name: string, defs: Definitions) {
  const found = defs.structs.find((s) => s.name === name);
  if (!found) throw new Error(`unknown struct '${name}'`);
  return found.fields;
}

/**
 * The wire JSON of a value of `type`.
 */
function exampleJsonValue(type: TypeRef, defs: Definitions): JsonValue {
  switch (type.kind) {
    case 'enum':
      return firstEnumValue(type.name, defs).value;
    case 'struct':
      return exampleJsonObject(structFields(type.name, defs), defs, false);
    case 'array':
      return [exampleJsonValue(type.items, defs)];
    default:
      return SCALARS[type.kind].json;
  }
}

/**
 * The wire JSON object of fields keyed by their names as written.
 * @param optionalAsNull  true for a payload's own fields (TS leaves them out)
 */
function exampleJsonObject(fields: TypedField[], defs: Definitions, optionalAsNull: boolean): JsonObject {
  const object: JsonObject = {};
  for (const field of fields) {
    object[field.name] = optionalAsNull && field.optional ? null : exampleJsonValue(field.type, defs);
  }
  return object;
}

/**
 * The TS expression of a value of `type`; struct literals span lines,
 * indented from `indent`.
 */
function exampleTsValue(type: TypeRef, defs: Definitions, indent: string = ''): string {
  switch (type.kind) {
    case 'enum':
      return `${typeNames(type.name).tsName}.${typeNames(firstEnumValue(type.name, defs).name).tsName}`;
    case 'struct':
      return tsObjectLiteral(
        structFields(type.name, defs).map((f) => ({ key: fieldNames(f.name).tsName, value: exampleTsValue(f.type, defs, `${indent}  `) })),
        indent,
      );
    case 'array':
      return `[${exampleTsValue(type.items, defs, indent)}]`;
    default:
      return SCALARS[type.kind].ts;
  }
}

/**
 * `{ a: 1, b: 2 }` on one line when short and flat, else one entry per line.
 */
function tsObjectLiteral(entries: Array<{ key: string; value: string; }>, indent: string) {
  if (entries.length === 0) return '{}';
  const oneLine = `{ ${entries.map((e) => `${objectKey(e.key)}: ${e.value}`).join(', ')} }`;
  if (!oneLine.includes('\n') && indent.length + oneLine.length <= 72) return oneLine;
  return `{\n${entries.map((e) => `${indent}  ${objectKey(e.key)}: ${e.value},\n`).join('')}${indent}}`;
}

/**
 * TS arguments for fields passed positionally, in file order: trailing
 * optional ones are left out, other optional ones are `undefined`.
 */
function exampleTsArguments(fields: TypedField[], defs: Definitions, indent: string = ''): string[] {
  let count = fields.length;
  while (count > 0 && fields[count - 1].optional) count -= 1;
  return fields.slice(0, count).map((f) => (f.optional ? 'undefined' : exampleTsValue(f.type, defs, indent)));
}

export {
  DATETIME,
  exampleJsonValue,
  exampleJsonObject,
  exampleTsValue,
  exampleTsArguments,
  tsObjectLiteral,
};
