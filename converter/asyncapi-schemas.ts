// JSON Schemas (AsyncAPI Schema Objects) for the model's fields, enums and
// structs, plus the `x-stinger-...` extensions the template reads.
// See docs/internals.md §2 "Fields" and "Component schemas".

import type { TypeRef } from './model';

export type { TypeRef };

export type Field = { name: string, type: TypeRef, description?: string, optional: boolean };

export type EnumValue = { name: string, value: number, description?: string };

export type EnumDef = { name: string, documentation?: string, values: EnumValue[] };

export type StructDef = { name: string, documentation?: string, members: Field[] };

/** A JSON value, as the document holds it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object; keys set to undefined are left out when it is written. */
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

/**
 * A JSON Schema (AsyncAPI Schema Object) as the converter writes it: the
 * keywords it uses, and `x-...` extensions. Keys appear in the document in
 * the order they were set.
 */
export interface Schema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  contentEncoding?: string;
  items?: Schema;
  enum?: number[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  oneOf?: Schema[];
  allOf?: Schema[];
  [extension: string]: JsonValue | undefined;
}

/** A type in the file's own form, as `x-stinger-fields` entries carry it. */
export type StingerTypeJson = {
  type: string;
  enumName?: string;
  structName?: string;
  itemType?: StingerTypeJson;
};

/** One entry of `x-stinger-fields`. */
export type StingerFieldJson = { name: string } & StingerTypeJson & { optional: boolean; description?: string };

/** `x-stinger-enum`. */
export type StingerEnumJson = {
  name: string;
  description?: string;
  values: Array<{ name: string; value: number; description?: string }>;
};

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
 */
function schemaRef(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * Docs-friendly text: trailing whitespace (from YAML block scalars) removed.
 * Returns undefined for missing or blank text so callers can omit the key.
 */
function cleanText(text: string | undefined) {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * JSON Schema of a type, without description or null handling.
 */
function typeSchema(type: TypeRef): Schema {
  if (type.kind === 'enum' || type.kind === 'struct') return schemaRef(String(type.name));
  if (type.kind === 'array') {
    if (!type.items) throw new Error('array type without items');
    return { type: 'array', items: typeSchema(type.items) };
  }
  const make = SCALAR_SCHEMAS[(type.kind as keyof typeof SCALAR_SCHEMAS)];
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
 */
function fieldSchema(field: Field): Schema {
  const description = cleanText(field.description);
  const inner = typeSchema(field.type);
  if (field.optional) {
    if (inner.$ref) {
      const referenced = REFERENCED_TYPES[(field.type.kind as 'enum' | 'struct')];
      return withDescription({ type: [referenced, 'null'], oneOf: [inner, { type: 'null', title: 'null' }] }, description);
    }
    return withDescription({ ...inner, type: [String(inner.type), 'null'] }, description);
  }
  if (inner.$ref && description) return { description, allOf: [inner] };
  return withDescription(inner, description);
}

function withDescription(schema: Schema, description: string | undefined): Schema {
  return description ? { description, ...schema } : schema;
}

/**
 * The type in the file's own form: `{ type, enumName?, structName?, itemType? }`.
 */
function stingerType(type: TypeRef): StingerTypeJson {
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
 */
function stingerFields(fields: Field[]): StingerFieldJson[] {
  return fields.map((field) => {
    const entry: StingerFieldJson = { name: field.name, ...stingerType(field.type), optional: Boolean(field.optional) };
    const description = cleanText(field.description);
    if (description) entry.description = description;
    return entry;
  });
}

/**
 * An object schema keyed by field names, every non-optional key required, with `x-stinger-fields`.
 */
function objectSchema(fields: Field[], texts: { title?: string; description?: string; } = {}): Schema {
  const schema: Schema = {};
  if (texts.title) schema.title = texts.title;
  const description = cleanText(texts.description);
  if (description) schema.description = description;
  schema.type = 'object';
  // An optional field may be left out (decoders read a missing key as absent)
  // or be null. draft-07 allows an empty `required`, but some tools do not; omit it instead.
  const required = fields.filter((f) => !f.optional).map((f) => f.name);
  if (required.length > 0) schema.required = required;
  const properties: Record<string, Schema> = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  schema.properties = properties;
  schema.additionalProperties = false;
  schema['x-stinger-fields'] = stingerFields(fields);
  return schema;
}

/**
 * The values of an enum as a Markdown list, one `- 1 = Name: meaning` line
 * each, so documentation tools show every name next to its number.
 */
function enumValueList(values: EnumValue[]) {
  return values
    .map((v) => {
      // "Client Error." says no more than ClientError, and "Server Error: the
      // handler failed" no more than "ServerError: the handler failed".
      const sameAsName = (text: string) => text.replace(/[\s.]/g, '') === v.name;
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
 */
function enumSchema(enumDef: EnumDef): Schema {
  const documentation = cleanText(enumDef.documentation);
  const schema: Schema = { title: enumDef.name };
  schema.description = [documentation, `Values:\n\n${enumValueList(enumDef.values)}`].filter(Boolean).join('\n\n');
  schema.type = 'integer';
  schema.enum = enumDef.values.map((v) => v.value);
  schema['x-enum-varnames'] = enumDef.values.map((v) => v.name);
  if (enumDef.values.some((v) => cleanText(v.description))) {
    schema['x-enum-descriptions'] = enumDef.values.map((v) => cleanText(v.description) || '');
  }
  const values = enumDef.values.map((v) => {
    const entry: StingerEnumJson['values'][number] = { name: v.name, value: v.value };
    const valueDescription = cleanText(v.description);
    if (valueDescription) entry.description = valueDescription;
    return entry;
  });
  const stingerEnum: StingerEnumJson = documentation ? { name: enumDef.name, description: documentation, values } : { name: enumDef.name, values };
  schema['x-stinger-enum'] = stingerEnum;
  return schema;
}

/**
 * Component schema of a struct.
 */
function structSchema(struct: StructDef): Schema {
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

function returnCodeSchema(): Schema {
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
 * @param title  the name code generators give it
 * @param names in wire order
 */
function userPropertiesSchema(title: string, names: Array<keyof typeof USER_PROPERTY_SCHEMAS>, required: Array<keyof typeof USER_PROPERTY_SCHEMAS>): Schema {
  const properties: Record<string, Schema> = {};
  for (const name of names) properties[name] = USER_PROPERTY_SCHEMAS[name]();
  const schema: Schema = { title, type: 'object', description: 'MQTT v5 user properties.' };
  if (required.length > 0) schema.required = [...required];
  schema.properties = properties;
  return schema;
}

export {
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
