// @ts-check
'use strict';
// Deterministic example values for the Markdown reference: the JSON a
// payload carries on the wire, and the TypeScript expression that gives the
// same value through the generated API. Both describe the same call: an
// optional top-level field is left out in TS and sent as `null`; nested
// optional members get a value, so every type shows its encoding once.

const { typeNames, fieldNames } = require('./names');
const { objectKey } = require('./types');

/**
 * @typedef {import('./types').TypeRef} TypeRef
 * @typedef {import('./types').TypedField} TypedField
 * @typedef {{ enums: Array<{ name: string, values: Array<{ name: string, value: number }> }>,
 *   structs: Array<{ name: string, fields: TypedField[] }> }} Definitions
 */

const DATETIME = '2026-01-01T12:00:00.000Z';

/** Wire and TS forms of each scalar type. */
const SCALARS = /** @type {Record<import('./types').ScalarKind, { json: unknown, ts: string }>} */ ({
  integer: { json: 42, ts: '42' },
  float: { json: 3.14, ts: '3.14' },
  string: { json: 'example', ts: "'example'" },
  boolean: { json: true, ts: 'true' },
  datetime: { json: DATETIME, ts: `new Date('${DATETIME}')` },
  // 1 h 30 min; TS durations are milliseconds.
  duration: { json: 'PT1H30M', ts: '5_400_000' },
  // The bytes 0, 1, 2 in base64.
  binary: { json: 'AAEC', ts: 'Uint8Array.from([0, 1, 2])' },
});

/**
 * @param {string} name  an enum's name
 * @param {Definitions} defs
 */
function firstEnumValue(name, defs) {
  const found = defs.enums.find((e) => e.name === name);
  if (!found || found.values.length === 0) throw new Error(`unknown or empty enum '${name}'`);
  return found.values[0];
}

/**
 * @param {string} name  a struct's name
 * @param {Definitions} defs
 */
function structFields(name, defs) {
  const found = defs.structs.find((s) => s.name === name);
  if (!found) throw new Error(`unknown struct '${name}'`);
  return found.fields;
}

/**
 * The wire JSON of a value of `type`.
 * @param {TypeRef} type
 * @param {Definitions} defs
 * @returns {unknown}
 */
function exampleJsonValue(type, defs) {
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
 * @param {TypedField[]} fields
 * @param {Definitions} defs
 * @param {boolean} optionalAsNull  true for a payload's own fields (TS leaves them out)
 * @returns {Record<string, unknown>}
 */
function exampleJsonObject(fields, defs, optionalAsNull) {
  /** @type {Record<string, unknown>} */
  const object = {};
  for (const field of fields) {
    object[field.name] = optionalAsNull && field.optional ? null : exampleJsonValue(field.type, defs);
  }
  return object;
}

/**
 * The TS expression of a value of `type`; struct literals span lines,
 * indented from `indent`.
 * @param {TypeRef} type
 * @param {Definitions} defs
 * @param {string} [indent]
 * @returns {string}
 */
function exampleTsValue(type, defs, indent = '') {
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
 * @param {Array<{ key: string, value: string }>} entries
 * @param {string} indent
 */
function tsObjectLiteral(entries, indent) {
  if (entries.length === 0) return '{}';
  const oneLine = `{ ${entries.map((e) => `${objectKey(e.key)}: ${e.value}`).join(', ')} }`;
  if (!oneLine.includes('\n') && indent.length + oneLine.length <= 72) return oneLine;
  return `{\n${entries.map((e) => `${indent}  ${objectKey(e.key)}: ${e.value},\n`).join('')}${indent}}`;
}

/**
 * TS arguments for fields passed positionally, in file order: trailing
 * optional ones are left out, other optional ones are `undefined`.
 * @param {TypedField[]} fields
 * @param {Definitions} defs
 * @param {string} [indent]
 * @returns {string[]}
 */
function exampleTsArguments(fields, defs, indent = '') {
  let count = fields.length;
  while (count > 0 && fields[count - 1].optional) count -= 1;
  return fields.slice(0, count).map((f) => (f.optional ? 'undefined' : exampleTsValue(f.type, defs, indent)));
}

module.exports = {
  DATETIME,
  exampleJsonValue,
  exampleJsonObject,
  exampleTsValue,
  exampleTsArguments,
  tsObjectLiteral,
};
