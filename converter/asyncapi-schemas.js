// @ts-check
'use strict';
// JSON Schemas (AsyncAPI Schema Objects) for the model's fields, enums and
// structs, plus the `x-stinger-...` extensions the template reads.
// See docs/internals.md §2 "Fields" and "Component schemas".

/**
 * @typedef {{ kind: string, name?: string, items?: TypeRef }} TypeRef
 * @typedef {{ name: string, type: TypeRef, description?: string, optional: boolean }} Field
 * @typedef {{ name: string, value: number, description?: string }} EnumValue
 * @typedef {{ name: string, documentation?: string, values: EnumValue[] }} EnumDef
 * @typedef {{ name: string, documentation?: string, members: Field[] }} StructDef
 * @typedef {Record<string, any>} Schema
 */

/** JSON Schema for each scalar kind, as §2 lists them. */
const SCALAR_SCHEMAS = {
  integer: () => ({ type: 'integer' }),
  float: () => ({ type: 'number' }),
  string: () => ({ type: 'string' }),
  boolean: () => ({ type: 'boolean' }),
  datetime: () => ({ type: 'string', format: 'date-time' }),
  duration: () => ({ type: 'string', format: 'duration' }),
  binary: () => ({ type: 'string', contentEncoding: 'base64' }),
};

/**
 * Pointer to a component schema.
 * @param {string} name
 */
function schemaRef(name) {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * Docs-friendly text: trailing whitespace (from YAML block scalars) removed.
 * Returns undefined for missing or blank text so callers can omit the key.
 * @param {string | undefined} text
 */
function cleanText(text) {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * JSON Schema of a type, without description or null handling.
 * @param {TypeRef} type
 * @returns {Schema}
 */
function typeSchema(type) {
  if (type.kind === 'enum' || type.kind === 'struct') return schemaRef(String(type.name));
  if (type.kind === 'array') {
    if (!type.items) throw new Error('array type without items');
    return { type: 'array', items: typeSchema(type.items) };
  }
  const make = SCALAR_SCHEMAS[/** @type {keyof typeof SCALAR_SCHEMAS} */ (type.kind)];
  if (!make) throw new Error(`unknown type kind '${type.kind}'`);
  return make();
}

/** The JSON Schema `type` a component schema of an enum or struct has. */
const REFERENCED_TYPES = { enum: 'integer', struct: 'object' };

/**
 * JSON Schema of one field: its type and its description; an optional field
 * also admits `null` (the wire's "absent"). Scalars and arrays say so with a
 * type list (`[integer, 'null']`), which documentation tools show as
 * "integer | null". A `$ref` gets no sibling keys (draft-07 ignores them), so
 * a described reference is wrapped in `allOf`, and an optional one is a
 * `oneOf` of the reference and `null` that also names both types in `type`.
 * @param {Field} field
 * @returns {Schema}
 */
function fieldSchema(field) {
  const description = cleanText(field.description);
  const inner = typeSchema(field.type);
  if (field.optional) {
    if (inner.$ref) {
      const referenced = REFERENCED_TYPES[/** @type {'enum' | 'struct'} */ (field.type.kind)];
      return withDescription({ type: [referenced, 'null'], oneOf: [inner, { type: 'null', title: 'null' }] }, description);
    }
    return withDescription({ ...inner, type: [inner.type, 'null'] }, description);
  }
  if (inner.$ref && description) return { description, allOf: [inner] };
  return withDescription(inner, description);
}

/**
 * @param {Schema} schema
 * @param {string | undefined} description
 * @returns {Schema}
 */
function withDescription(schema, description) {
  return description ? { description, ...schema } : schema;
}

/**
 * The type in the file's own form: `{ type, enumName?, structName?, itemType? }`.
 * @param {TypeRef} type
 * @returns {Record<string, any>}
 */
function stingerType(type) {
  if (type.kind === 'enum') return { type: 'enum', enumName: type.name };
  if (type.kind === 'struct') return { type: 'struct', structName: type.name };
  if (type.kind === 'array') {
    if (!type.items) throw new Error('array type without items');
    return { type: 'array', itemType: stingerType(type.items) };
  }
  return { type: type.kind };
}

/**
 * The ordered `x-stinger-fields` list for a list of fields.
 * @param {Field[]} fields
 */
function stingerFields(fields) {
  return fields.map((field) => {
    /** @type {Record<string, any>} */
    const entry = { name: field.name, ...stingerType(field.type), optional: Boolean(field.optional) };
    const description = cleanText(field.description);
    if (description) entry.description = description;
    return entry;
  });
}

/**
 * An object schema keyed by field names, every non-optional key required, with `x-stinger-fields`.
 * @param {Field[]} fields
 * @param {{ title?: string, description?: string }} [texts]
 * @returns {Schema}
 */
function objectSchema(fields, texts = {}) {
  /** @type {Schema} */
  const schema = {};
  if (texts.title) schema.title = texts.title;
  const description = cleanText(texts.description);
  if (description) schema.description = description;
  schema.type = 'object';
  // An optional field may be left out (decoders read a missing key as absent)
  // or be null. draft-07 allows an empty `required`, but some tools do not; omit it instead.
  const required = fields.filter((f) => !f.optional).map((f) => f.name);
  if (required.length > 0) schema.required = required;
  /** @type {Record<string, Schema>} */
  const properties = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  schema.properties = properties;
  schema.additionalProperties = false;
  schema['x-stinger-fields'] = stingerFields(fields);
  return schema;
}

/**
 * The values of an enum as a Markdown list, one `- 1 = Name: meaning` line
 * each, so documentation tools show every name next to its number.
 * @param {EnumValue[]} values
 */
function enumValueList(values) {
  return values
    .map((v) => {
      // "Client Error." says no more than ClientError, and "Server Error: the
      // handler failed" no more than "ServerError: the handler failed".
      const sameAsName = (/** @type {string} */ text) => text.replace(/[\s.]/g, '') === v.name;
      let meaning = cleanText(v.description) || '';
      const lead = /^([^:]*):\s*([\s\S]*)$/.exec(meaning);
      if (lead && sameAsName(lead[1])) meaning = lead[2];
      return `- ${v.value} = ${v.name}${meaning && !sameAsName(meaning) ? `: ${meaning}` : ''}`;
    })
    .join('\n');
}

/**
 * Component schema of an enum: integer values; the description lists each
 * value with its name; `x-enum-varnames` / `x-enum-descriptions` (the names
 * code generators such as Modelina and openapi-generator take) and
 * `x-stinger-enum` (what the template reads) carry the names.
 * @param {EnumDef} enumDef
 * @returns {Schema}
 */
function enumSchema(enumDef) {
  const documentation = cleanText(enumDef.documentation);
  /** @type {Schema} */
  const schema = { title: enumDef.name };
  schema.description = [documentation, `Values:\n\n${enumValueList(enumDef.values)}`].filter(Boolean).join('\n\n');
  schema.type = 'integer';
  schema.enum = enumDef.values.map((v) => v.value);
  schema['x-enum-varnames'] = enumDef.values.map((v) => v.name);
  if (enumDef.values.some((v) => cleanText(v.description))) {
    schema['x-enum-descriptions'] = enumDef.values.map((v) => cleanText(v.description) || '');
  }
  /** @type {Record<string, any>} */
  const stingerEnum = { name: enumDef.name };
  if (documentation) stingerEnum.description = documentation;
  stingerEnum.values = enumDef.values.map((v) => {
    /** @type {Record<string, any>} */
    const entry = { name: v.name, value: v.value };
    const valueDescription = cleanText(v.description);
    if (valueDescription) entry.description = valueDescription;
    return entry;
  });
  schema['x-stinger-enum'] = stingerEnum;
  return schema;
}

/**
 * Component schema of a struct.
 * @param {StructDef} struct
 * @returns {Schema}
 */
function structSchema(struct) {
  const schema = objectSchema(struct.members, { title: struct.name, description: struct.documentation });
  // Put x-stinger-struct before x-stinger-fields so the document reads naturally.
  const fields = schema['x-stinger-fields'];
  delete schema['x-stinger-fields'];
  schema['x-stinger-struct'] = { name: struct.name };
  schema['x-stinger-fields'] = fields;
  return schema;
}

/** Return codes of the wire protocol (issue 2), in the names the template uses. */
const RETURN_CODES = [
  { name: 'Success', value: 0, description: 'Success.' },
  { name: 'ClientError', value: 1, description: 'Client Error.' },
  { name: 'ServerError', value: 2, description: 'Server Error: the handler failed; DebugInfo tells why.' },
  { name: 'TransportError', value: 3, description: 'Transport Error.' },
  { name: 'PayloadError', value: 4, description: 'Payload Error.' },
  { name: 'ClientSerializationError', value: 5, description: 'Client Serialization Error.' },
  { name: 'ClientDeserializationError', value: 6, description: 'Client Deserialization Error.' },
  { name: 'ServerSerializationError', value: 7, description: 'Server Serialization Error.' },
  { name: 'ServerDeserializationError', value: 8, description: 'Server Deserialization Error: the request payload was malformed or of the wrong types.' },
  { name: 'MethodNotFound', value: 9, description: 'Method Not Found.' },
  { name: 'Unauthorized', value: 10, description: 'Unauthorized.' },
  { name: 'Timeout', value: 11, description: 'Timeout.' },
  { name: 'OutOfSync', value: 12, description: 'OutOfSync: a property update named a PropertyVersion that is not the current one.' },
  { name: 'UnknownError', value: 13, description: 'Unknown Error.' },
  { name: 'NotImplemented', value: 14, description: 'Not Implemented: no handler is registered.' },
  { name: 'ServiceUnavailable', value: 15, description: 'Service Unavailable.' },
];

/** Component key of the return code schema. */
const RETURN_CODE_SCHEMA = 'ReturnCode';

/** @returns {Schema} */
function returnCodeSchema() {
  return enumSchema({
    name: RETURN_CODE_SCHEMA,
    documentation:
      'Result of a method call or property update, sent as the MQTT user property ' +
      'ReturnCode (decimal text) on every response. 0 is success.',
    values: RETURN_CODES,
  });
}

// MQTT user properties are string pairs, so numbers travel as decimal text.
const USER_PROPERTY_SCHEMAS = {
  ReturnCode: () => ({
    type: 'string',
    pattern: '^[0-9]+$',
    description: `The result as decimal text (the ReturnCode schema):\n\n${enumValueList(RETURN_CODES)}`,
  }),
  DebugInfo: () => ({
    type: 'string',
    description: 'Human-readable error details, sent when the return code is not 0.',
  }),
  PropertyVersion: () => ({
    type: 'string',
    pattern: '^[0-9]+$',
    description: 'Property version as decimal text; it grows by one on every change of the value.',
  }),
};

/**
 * Message `headers` schema for MQTT user properties.
 * @param {string} title  the name code generators give it
 * @param {Array<keyof typeof USER_PROPERTY_SCHEMAS>} names in wire order
 * @param {Array<keyof typeof USER_PROPERTY_SCHEMAS>} required
 * @returns {Schema}
 */
function userPropertiesSchema(title, names, required) {
  /** @type {Record<string, Schema>} */
  const properties = {};
  for (const name of names) properties[name] = USER_PROPERTY_SCHEMAS[name]();
  /** @type {Schema} */
  const schema = { title, type: 'object', description: 'MQTT v5 user properties.' };
  if (required.length > 0) schema.required = [...required];
  schema.properties = properties;
  return schema;
}

module.exports = {
  cleanText,
  schemaRef,
  typeSchema,
  fieldSchema,
  stingerFields,
  objectSchema,
  enumSchema,
  enumValueList,
  structSchema,
  returnCodeSchema,
  userPropertiesSchema,
  RETURN_CODES,
  RETURN_CODE_SCHEMA,
};
