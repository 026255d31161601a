// @ts-check
'use strict';
// How each stinger type looks in the generated TypeScript: its TS type and
// the expressions that convert it between wire JSON and TS values. The
// decode/encode helpers named here live in the generated src/protocol.ts;
// enum and struct ones in src/interfaceTypes.ts.

const { isIdentifier } = require('./naming');
const { typeNames, fieldNames } = require('./names');

/**
 * A field type as it appears in `x-stinger-fields` (and `itemType`).
 * @typedef {{ type: string, enumName?: string, structName?: string, itemType?: StingerType }} StingerType
 */

/** Scalar types: TS type, decoder, encoder (undefined when the TS value is already JSON). */
const SCALARS = /** @type {Record<string, { ts: string, decoder: string, encoder?: string }>} */ ({
  integer: { ts: 'number', decoder: 'decodeInteger' },
  float: { ts: 'number', decoder: 'decodeFloat' },
  string: { ts: 'string', decoder: 'decodeString' },
  boolean: { ts: 'boolean', decoder: 'decodeBoolean' },
  datetime: { ts: 'Date', decoder: 'decodeDateTime', encoder: 'encodeDateTime' },
  duration: { ts: 'number', decoder: 'decodeDuration', encoder: 'encodeDuration' },
  binary: { ts: 'Uint8Array', decoder: 'decodeBinary', encoder: 'encodeBinary' },
});

/**
 * @param {StingerType} type
 * @returns {StingerType}
 */
function itemTypeOf(type) {
  if (!type.itemType) throw new Error(`array type without itemType: ${JSON.stringify(type)}`);
  return type.itemType;
}

/**
 * The TS type of a value of `type`, e.g. `number`, `DayOfTheWeek`, `Lunch[]`.
 * @param {StingerType} type
 * @returns {string}
 */
function tsType(type) {
  switch (type.type) {
    case 'enum':
      return typeNames(String(type.enumName)).tsName;
    case 'struct':
      return typeNames(String(type.structName)).tsName;
    case 'array':
      return `${tsType(itemTypeOf(type))}[]`;
    default:
      return scalar(type).ts;
  }
}

/**
 * @param {StingerType} type
 */
function scalar(type) {
  const found = SCALARS[type.type];
  if (!found) throw new Error(`unknown stinger type '${type.type}'`);
  return found;
}

/**
 * Name of the function `(value: unknown, field: string) => T` that decodes `type`,
 * or an arrow function for arrays.
 * @param {StingerType} type
 * @returns {string}
 */
function decoderOf(type) {
  switch (type.type) {
    case 'enum':
      return typeNames(String(type.enumName)).decode;
    case 'struct':
      return typeNames(String(type.structName)).decode;
    case 'array':
      return `(value, field) => decodeArray(value, field, ${decoderOf(itemTypeOf(type))})`;
    default:
      return scalar(type).decoder;
  }
}

/**
 * Expression that decodes `valueExpr` (found at `fieldExpr`) as `type`.
 * @param {StingerType} type
 * @param {boolean} optional
 * @param {string} valueExpr
 * @param {string} fieldExpr
 * @returns {string}
 */
function decodeExpression(type, optional, valueExpr, fieldExpr) {
  if (optional) {
    return `decodeOptional(${valueExpr}, ${fieldExpr}, ${decoderOf(type)})`;
  }
  if (type.type === 'array') {
    return `decodeArray(${valueExpr}, ${fieldExpr}, ${decoderOf(itemTypeOf(type))})`;
  }
  return `${decoderOf(type)}(${valueExpr}, ${fieldExpr})`;
}

/**
 * Name of the function `(value: T) => JsonValue` that encodes `type`, or
 * undefined when a value of `type` is already JSON (numbers, strings, enums...).
 * @param {StingerType} type
 * @returns {string | undefined}
 */
function encoderOf(type) {
  switch (type.type) {
    case 'enum':
      return undefined;
    case 'struct':
      return typeNames(String(type.structName)).encode;
    case 'array': {
      const itemEncoder = encoderOf(itemTypeOf(type));
      return itemEncoder === undefined ? undefined : `(items) => items.map(${itemEncoder})`;
    }
    default:
      return scalar(type).encoder;
  }
}

/**
 * Expression that encodes the TS value `valueExpr` of `type` as JSON.
 * @param {StingerType} type
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
  if (type.type === 'array') {
    return `${valueExpr}.map(${encoderOf(itemTypeOf(type))})`;
  }
  return `${encoder}(${valueExpr})`;
}

/**
 * Every helper of src/protocol.ts that decoding or encoding `type` uses.
 * @param {StingerType} type
 * @param {boolean} optional
 * @returns {string[]}
 */
function protocolHelpersOf(type, optional) {
  const helpers = [];
  if (optional) {
    helpers.push('decodeOptional');
    if (encoderOf(type) !== undefined) helpers.push('encodeOptional');
  }
  if (type.type === 'array') {
    helpers.push('decodeArray', ...protocolHelpersOf(itemTypeOf(type), false));
  } else if (type.type !== 'enum' && type.type !== 'struct') {
    const { decoder, encoder } = scalar(type);
    helpers.push(decoder);
    if (encoder) helpers.push(encoder);
  }
  return helpers;
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
 * @param {{ description?: string, type: StingerType }} field
 */
function fieldDocumentation(field) {
  const unit = field.type.type === 'duration' ? 'In milliseconds.' : '';
  return [field.description || '', unit].filter((part) => part !== '').join(' ');
}

/**
 * `@param` tags for the fields that have something to say.
 * @param {Array<{ parameter: string, description?: string, type: StingerType }>} fields
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
 * The enum and struct type names that the given fields' TS types mention.
 * @param {Array<{ type: StingerType }>} fields
 * @returns {string[]}
 */
function namedTypesOf(fields) {
  const names = [];
  for (const field of fields) {
    let type = field.type;
    while (type.type === 'array') type = itemTypeOf(type);
    if (type.type === 'enum' || type.type === 'struct') names.push(tsType(type));
  }
  return names;
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
  namedTypesOf,
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
  protocolHelpersOf,
  objectKey,
  propertyAccess,
  parameterName,
};
