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
 * @typedef {import('./types').StingerType} StingerType
 * @typedef {import('./reference-model').RawField} RawField
 * @typedef {{ enums: Array<{ name: string, values: Array<{ name: string, value: number }> }>,
 *   structs: Array<{ name: string, fields: RawField[] }> }} Definitions
 */

const DATETIME = '2026-01-01T12:00:00.000Z';

/** Wire and TS forms of each scalar type. */
const SCALARS = /** @type {Record<string, { json: unknown, ts: string }>} */ ({
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
 * @param {StingerType} type
 * @param {Definitions} defs
 */
function firstEnumValue(type, defs) {
  const found = defs.enums.find((e) => e.name === type.enumName);
  if (!found || found.values.length === 0) throw new Error(`unknown or empty enum '${type.enumName}'`);
  return found.values[0];
}

/**
 * @param {StingerType} type
 * @param {Definitions} defs
 */
function structFields(type, defs) {
  const found = defs.structs.find((s) => s.name === type.structName);
  if (!found) throw new Error(`unknown struct '${type.structName}'`);
  return found.fields;
}

/**
 * @param {StingerType} type
 * @returns {StingerType}
 */
function itemType(type) {
  if (!type.itemType) throw new Error('array type without itemType');
  return type.itemType;
}

/**
 * The wire JSON of a value of `type`.
 * @param {StingerType} type
 * @param {Definitions} defs
 * @returns {unknown}
 */
function exampleJsonValue(type, defs) {
  switch (type.type) {
    case 'enum':
      return firstEnumValue(type, defs).value;
    case 'struct':
      return exampleJsonObject(structFields(type, defs), defs, false);
    case 'array':
      return [exampleJsonValue(itemType(type), defs)];
    default: {
      const scalar = SCALARS[type.type];
      if (!scalar) throw new Error(`unknown stinger type '${type.type}'`);
      return scalar.json;
    }
  }
}

/**
 * The wire JSON object of fields keyed by their names as written.
 * @param {RawField[]} fields
 * @param {Definitions} defs
 * @param {boolean} optionalAsNull  true for a payload's own fields (TS leaves them out)
 * @returns {Record<string, unknown>}
 */
function exampleJsonObject(fields, defs, optionalAsNull) {
  /** @type {Record<string, unknown>} */
  const object = {};
  for (const field of fields) {
    object[field.name] = optionalAsNull && field.optional ? null : exampleJsonValue(field, defs);
  }
  return object;
}

/**
 * The TS expression of a value of `type`; struct literals span lines,
 * indented from `indent`.
 * @param {StingerType} type
 * @param {Definitions} defs
 * @param {string} [indent]
 * @returns {string}
 */
function exampleTsValue(type, defs, indent = '') {
  switch (type.type) {
    case 'enum':
      return `${typeNames(String(type.enumName)).tsName}.${typeNames(firstEnumValue(type, defs).name).tsName}`;
    case 'struct':
      return tsObjectLiteral(
        structFields(type, defs).map((f) => ({ key: fieldNames(f.name).tsName, value: exampleTsValue(f, defs, `${indent}  `) })),
        indent,
      );
    case 'array':
      return `[${exampleTsValue(itemType(type), defs, indent)}]`;
    default: {
      const scalar = SCALARS[type.type];
      if (!scalar) throw new Error(`unknown stinger type '${type.type}'`);
      return scalar.ts;
    }
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
 * @param {RawField[]} fields
 * @param {Definitions} defs
 * @param {string} [indent]
 * @returns {string[]}
 */
function exampleTsArguments(fields, defs, indent = '') {
  let count = fields.length;
  while (count > 0 && fields[count - 1].optional) count -= 1;
  return fields.slice(0, count).map((f) => (f.optional ? 'undefined' : exampleTsValue(f, defs, indent)));
}

module.exports = {
  DATETIME,
  exampleJsonValue,
  exampleJsonObject,
  exampleTsValue,
  exampleTsArguments,
  tsObjectLiteral,
};
