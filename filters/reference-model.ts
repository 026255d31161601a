// Reads an AsyncAPI document made by stingeripc-to-asyncapi, as plain JSON,
// into what the Markdown reference shows. It accepts both the converter's
// own document (with `$ref`s) and the parser's dereferenced `json()`, so the
// CLI (`--docs`) and the template render the same text.

import type { TypedField as FieldOfTypes } from './types';
import type { JsonObject, JsonValue } from '../converter/asyncapi-schemas';
import { RETURN_CODES } from '../converter/asyncapi-schemas';
import { typeRefOf } from './types';
import { optionName } from './names';
import { INSTANCE_PARAMETER, CLIENT_PARAMETER } from './topics';

/** A field of a payload or struct, read from `x-stinger-fields` (filters/types.ts typeRefOf). */
export type TypedField = FieldOfTypes;

export type EnumValue = { name: string, value: number, description?: string };

export type EnumDef = { name: string, description?: string, values: EnumValue[] };

export type StructDef = { name: string, description?: string, fields: TypedField[] };

export type SignalDef = { name: string, description?: string, topic: string, fields: TypedField[], payloadSchema: Json };

export type MethodDef = { name: string, description?: string, requestTopic: string, responseTopic: string,
  arguments: TypedField[], returnValues: TypedField[], requestSchema: Json, responseSchema: Json };

export type PropertyDef = { name: string, description?: string, readOnly: boolean, valueTopic: string,
  updateTopic?: string, updateResponseTopic?: string, values: TypedField[], valueSchema: Json };

export type ConstantDef = { name: string, type: string, value: unknown, description?: string };

export type ReferenceModel = {
  name: string, version: string, title?: string, summary?: string, documentation?: string,
  stingeripcVersion?: string, broker?: string,
  enums: EnumDef[], structs: StructDef[], signals: SignalDef[], methods: MethodDef[],
  properties: PropertyDef[], constants: ConstantDef[], returnCodes: EnumValue[],
  discovery?: { topic: string, fields: TypedField[], payloadSchema: Json },
  /** The topic parameters besides the instance and client ids (a config's `params`): options of every class. */
  topicOptions: Array<{ option: string, example: string }>,
  /** False when the application keeps the property values (`stinger_owned_values = false`): the server takes accessors. */
  ownedValues: boolean,
};

/** A part of the document as JSON; undefined where the document has nothing. */
type Json = JsonValue | undefined;

/** The component schema of the return codes; not an enum of the interface. */
const RETURN_CODE_SCHEMA = 'ReturnCode';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` where value is an object, else undefined. */
function member(value: unknown, key: string): Json {
  return isObject(value) ? value[key] : undefined;
}

/** Text the document holds where a name or a version belongs (as the template would print it). */
function textOf(value: Json): string {
  return typeof value === 'string' ? value : String(value);
}

/** The values of an `x-stinger-enum`, checked. */
function enumValuesOf(value: Json, what: string): EnumValue[] {
  if (!Array.isArray(value)) throw new Error(`${what}: x-stinger-enum has no list of values`);
  return value.map((entry) => {
    const name = member(entry, 'name');
    const number = member(entry, 'value');
    const description = member(entry, 'description');
    if (typeof name !== 'string' || typeof number !== 'number') throw new Error(`${what}: an enum value needs a string name and a number value`);
    return typeof description === 'string' ? { name, value: number, description } : { name, value: number };
  });
}

/** `x-stinger-constants`, checked. */
function constantsOf(value: Json): ConstantDef[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const description = member(entry, 'description');
    const constant: ConstantDef = { name: textOf(member(entry, 'name')), type: textOf(member(entry, 'type')), value: member(entry, 'value') };
    if (typeof description === 'string') constant.description = description;
    return constant;
  });
}

/**
 * A function that follows local `$ref`s (`#/a/b`) through the document.
 */
function makeResolver(document: unknown): (node: Json) => Json {
  return (node) => {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops += 1) {
      const ref = String(current.$ref);
      if (hops > 32 || !ref.startsWith('#/')) throw new Error(`cannot follow $ref '${ref}'`);
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((at: unknown, key): unknown => (Array.isArray(at) ? at[Number(key)] : member(at, key)), document) as Json; // the document is JSON
      if (current === undefined) throw new Error(`$ref '${ref}' points nowhere`);
    }
    return current;
  };
}

/**
 * The fields of a payload or struct schema, from its `x-stinger-fields`, with the converter's TypeRef.
 * @param what  for the error message
 */
function fieldsOf(schema: Json, what: string): TypedField[] {
  const fields = member(schema, 'x-stinger-fields');
  if (!Array.isArray(fields)) throw new Error(`${what} has no x-stinger-fields`);
  return fields.map((raw) => {
    const name = member(raw, 'name');
    const description = member(raw, 'description');
    const field: TypedField = { name: textOf(name), type: typeRefOf(raw, `${what}, field '${textOf(name)}'`), optional: member(raw, 'optional') === true };
    if (typeof description === 'string') field.description = description;
    return field;
  });
}

/**
 * Drops empty text, so optional descriptions stay absent.
 */
function textOrUndefined(text: unknown): string | undefined {
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/**
 * @param document  the AsyncAPI document as JSON (the converter's, or the parser's `json()`)
 */
function referenceModel(document: unknown): ReferenceModel {
  const resolve = makeResolver(document);
  const info = member(document, 'info');
  const stinger = member(info, 'x-stinger-interface');
  if (!isObject(stinger) || typeof stinger.name !== 'string') {
    throw new Error('info.x-stinger-interface is missing: the reference needs a document made by stingeripc-to-asyncapi');
  }
  const components = member(document, 'components');

  const enums: EnumDef[] = [];
  const structs: StructDef[] = [];
  // The wire protocol's codes, unless the document lists its own (a document
  // written by hand may leave the ReturnCode schema out).
  let returnCodes: EnumValue[] = RETURN_CODES;
  const schemas = member(components, 'schemas');
  for (const [key, raw] of Object.entries(isObject(schemas) ? schemas : {})) {
    const schema = resolve(raw);
    const enumInfo = member(schema, 'x-stinger-enum');
    const structInfo = member(schema, 'x-stinger-struct');
    if (enumInfo && key === RETURN_CODE_SCHEMA) {
      returnCodes = enumValuesOf(member(enumInfo, 'values'), `schema '${key}'`);
    } else if (enumInfo) {
      // The schema's description also lists the values, for other tools.
      enums.push({
        name: textOf(member(enumInfo, 'name')),
        description: textOrUndefined(member(enumInfo, 'description')),
        values: enumValuesOf(member(enumInfo, 'values'), `schema '${key}'`),
      });
    } else if (structInfo) {
      structs.push({
        name: textOf(member(structInfo, 'name')),
        description: textOrUndefined(member(schema, 'description')),
        fields: fieldsOf(schema, `struct schema '${key}'`),
      });
    }
  }

  /**
   * The first message of an operation (or of its reply) with its payload schema.
   */
  const firstMessage = (owner: Json, what: string) => {
    const messages = member(owner, 'messages');
    const message = resolve(Array.isArray(messages) ? messages[0] : undefined);
    if (!message) throw new Error(`${what} has no message`);
    return { message, schema: resolve(member(message, 'payload')) };
  };
  const addressOf = (channel: Json, what: string): string => {
    const resolved = resolve(channel);
    const address = member(resolved, 'address');
    const stingerAddress = member(resolved, 'x-stinger-address');
    if (typeof address === 'string') return address;
    if (typeof stingerAddress === 'string') return stingerAddress;
    throw new Error(`${what}: the channel has no address and no x-stinger-address`);
  };

  const signals: SignalDef[] = [];
  const methods: MethodDef[] = [];
  const properties: PropertyDef[] = [];
  const updates: Map<string, { topic: string; responseTopic: string; }> = new Map();
  let discovery: ReferenceModel['discovery'];
  const operations = member(document, 'operations');
  for (const [id, raw] of Object.entries(isObject(operations) ? operations : {})) {
    const operation = resolve(raw);
    const kind = member(operation, 'x-stinger-kind');
    const name = textOf(member(operation, 'x-stinger-name'));
    const channel = member(operation, 'channel');
    const reply = member(operation, 'reply');
    const what = `operation '${id}'`;
    if (kind === 'signal') {
      const { message, schema } = firstMessage(operation, what);
      signals.push({
        name,
        description: textOrUndefined(member(message, 'description')) || textOrUndefined(member(operation, 'description')),
        topic: addressOf(channel, what),
        fields: fieldsOf(schema, `payload of '${id}'`),
        payloadSchema: schema,
      });
    } else if (kind === 'method') {
      const request = firstMessage(operation, what);
      const response = firstMessage(reply, `reply of '${id}'`);
      methods.push({
        name,
        description: textOrUndefined(member(request.message, 'description')) || textOrUndefined(member(operation, 'description')),
        requestTopic: addressOf(channel, what),
        responseTopic: addressOf(member(reply, 'channel'), `reply of '${id}'`),
        arguments: fieldsOf(request.schema, `request payload of '${id}'`),
        returnValues: fieldsOf(response.schema, `response payload of '${id}'`),
        requestSchema: request.schema,
        responseSchema: response.schema,
      });
    } else if (kind === 'propertyValue') {
      const { message, schema } = firstMessage(operation, what);
      properties.push({
        name,
        description: textOrUndefined(member(message, 'description')) || textOrUndefined(member(operation, 'description')),
        readOnly: member(operation, 'x-stinger-read-only') === true,
        valueTopic: addressOf(channel, what),
        values: fieldsOf(schema, `value payload of '${id}'`),
        valueSchema: schema,
      });
    } else if (kind === 'propertyUpdate') {
      updates.set(name, { topic: addressOf(channel, what), responseTopic: addressOf(member(reply, 'channel'), `reply of '${id}'`) });
    } else if (kind === 'discovery') {
      const { schema } = firstMessage(operation, what);
      discovery = { topic: addressOf(channel, what), fields: fieldsOf(schema, 'discovery payload'), payloadSchema: schema };
    }
  }
  for (const property of properties) {
    const update = updates.get(property.name);
    if (update && !property.readOnly) {
      property.updateTopic = update.topic;
      property.updateResponseTopic = update.responseTopic;
    }
  }

  const host = member(member(member(document, 'servers'), 'broker'), 'host');
  const stingeripcVersion = stinger.stingeripcVersion;
  return {
    name: stinger.name,
    version: textOf(stinger.version),
    title: textOrUndefined(stinger.title),
    summary: textOrUndefined(stinger.summary),
    documentation: textOrUndefined(stinger.documentation),
    stingeripcVersion: typeof stingeripcVersion === 'string' ? stingeripcVersion : undefined,
    broker: typeof host === 'string' ? host : undefined,
    enums,
    structs,
    signals,
    methods,
    properties,
    constants: constantsOf(member(info, 'x-stinger-constants')),
    returnCodes,
    discovery,
    topicOptions: topicOptionsOf(member(components, 'parameters')),
    ownedValues: stinger.stingerOwnedValues !== false,
  };
}

/**
 * The options the classes take for the document's extra topic parameters,
 * each with the example value the classes' own docs use (default, first
 * example, else the parameter's name), in the document's order.
 */
function topicOptionsOf(parameters: unknown): Array<{ option: string, example: string }> {
  if (!isObject(parameters)) return [];
  return Object.entries(parameters)
    .filter(([name]) => name !== INSTANCE_PARAMETER && name !== CLIENT_PARAMETER)
    .map(([name, parameter]) => {
      const defaultValue = member(parameter, 'default');
      const examples = member(parameter, 'examples');
      const example = typeof defaultValue === 'string' ? defaultValue : Array.isArray(examples) && typeof examples[0] === 'string' ? examples[0] : name;
      return { option: optionName(name), example };
    });
}

export { referenceModel, makeResolver };
