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

/**
 * JSON Schema of one field: its type, its description, and `null` when optional.
 * A `$ref` gets no sibling keys (draft-07 ignores them), so a described or
 * optional reference is wrapped in allOf / oneOf.
 * @param {Field} field
 * @returns {Schema}
 */
function fieldSchema(field) {
  const description = cleanText(field.description);
  const inner = typeSchema(field.type);
  if (field.optional) {
    return withDescription({ oneOf: [inner, { type: 'null' }] }, description);
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
 * An object schema keyed by field names, every key required, with `x-stinger-fields`.
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
  // draft-07 allows an empty `required`, but some tools do not; omit it instead.
  if (fields.length > 0) schema.required = fields.map((f) => f.name);
  /** @type {Record<string, Schema>} */
  const properties = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  schema.properties = properties;
  schema.additionalProperties = false;
  schema['x-stinger-fields'] = stingerFields(fields);
  return schema;
}

/**
 * Component schema of an enum: integer values, names in `x-stinger-enum`.
 * @param {EnumDef} enumDef
 * @returns {Schema}
 */
function enumSchema(enumDef) {
  /** @type {Schema} */
  const schema = { title: enumDef.name };
  const description = cleanText(enumDef.documentation);
  if (description) schema.description = description;
  schema.type = 'integer';
  schema.enum = enumDef.values.map((v) => v.value);
  schema['x-stinger-enum'] = {
    name: enumDef.name,
    values: enumDef.values.map((v) => {
      /** @type {Record<string, any>} */
      const entry = { name: v.name, value: v.value };
      const valueDescription = cleanText(v.description);
      if (valueDescription) entry.description = valueDescription;
      return entry;
    }),
  };
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
      '`ReturnCode` (decimal text) on every response. 0 is success.',
    values: RETURN_CODES,
  });
}

// MQTT user properties are string pairs, so numbers travel as decimal text.
const USER_PROPERTY_SCHEMAS = {
  ReturnCode: () => ({
    type: 'string',
    pattern: '^[0-9]+$',
    description: 'Return code as decimal text; 0 is success. Codes: #/components/schemas/ReturnCode.',
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
 * @param {Array<keyof typeof USER_PROPERTY_SCHEMAS>} names in wire order
 * @param {Array<keyof typeof USER_PROPERTY_SCHEMAS>} required
 * @returns {Schema}
 */
function userPropertiesSchema(names, required) {
  /** @type {Record<string, Schema>} */
  const properties = {};
  for (const name of names) properties[name] = USER_PROPERTY_SCHEMAS[name]();
  /** @type {Schema} */
  const schema = { type: 'object', description: 'MQTT v5 user properties.' };
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
  structSchema,
  returnCodeSchema,
  userPropertiesSchema,
  RETURN_CODES,
  RETURN_CODE_SCHEMA,
};
