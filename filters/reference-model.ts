// Reads an AsyncAPI document made by stingeripc-to-asyncapi, as plain JSON,
// into what the Markdown reference shows. It accepts both the converter's
// own document (with `$ref`s) and the parser's dereferenced `json()`, so the
// CLI (`--docs`) and the template render the same text.

import type { TypedField as FieldOfTypes } from './types';

/** A field of a payload or struct, read from `x-stinger-fields` (filters/types.js typeRefOf). */
export type TypedField = FieldOfTypes;

export type EnumValue = { name: string, value: number, description?: string };

export type EnumDef = { name: string, description?: string, values: EnumValue[] };

export type StructDef = { name: string, description?: string, fields: TypedField[] };

export type SignalDef = { name: string, description?: string, topic: string, fields: TypedField[], payloadSchema: any };

export type MethodDef = { name: string, description?: string, requestTopic: string, responseTopic: string,
  arguments: TypedField[], returnValues: TypedField[], requestSchema: any, responseSchema: any };

export type PropertyDef = { name: string, description?: string, readOnly: boolean, valueTopic: string,
  updateTopic?: string, updateResponseTopic?: string, values: TypedField[], valueSchema: any };

export type ConstantDef = { name: string, type: string, value: unknown, description?: string };

export type ReferenceModel = {
  name: string, version: string, title?: string, summary?: string, documentation?: string,
  stingeripcVersion?: string, broker?: string,
  enums: EnumDef[], structs: StructDef[], signals: SignalDef[], methods: MethodDef[],
  properties: PropertyDef[], constants: ConstantDef[], returnCodes: EnumValue[],
  discovery?: { topic: string, fields: TypedField[], payloadSchema: any },
};

import { RETURN_CODES } from '../converter/asyncapi-schemas';
import { typeRefOf } from './types';

/** The component schema of the return codes; not an enum of the interface. */
const RETURN_CODE_SCHEMA = 'ReturnCode';

/**
 * A function that follows local `$ref`s (`#/a/b`) through the document.
 */
function makeResolver(document: any): (node: any) => any {
  return (node) => {
    let current = node;
    for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops += 1) {
      const ref = String(current.$ref);
      if (hops > 32 || !ref.startsWith('#/')) throw new Error(`cannot follow $ref '${ref}'`);
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((at: any, key) => (at === undefined || at === null ? undefined : at[key]), document);
      if (current === undefined) throw new Error(`$ref '${ref}' points nowhere`);
    }
    return current;
  };
}

/**
 * The fields of a payload or struct schema, from its `x-stinger-fields`, with the converter's TypeRef.
 * @param what  for the error message
 */
function fieldsOf(schema: any, what: string): TypedField[] {
  const fields = schema && schema['x-stinger-fields'];
  if (!Array.isArray(fields)) throw new Error(`${what} has no x-stinger-fields`);
  return fields.map((raw: any) => {
    const field: TypedField = { name: String(raw.name), type: typeRefOf(raw, `${what}, field '${raw.name}'`), optional: raw.optional === true };
    if (typeof raw.description === 'string') field.description = raw.description;
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
 * @param document  the AsyncAPI document as JSON
 */
function referenceModel(document: any): ReferenceModel {
  const resolve = makeResolver(document);
  const info = document.info || {};
  const stinger = info['x-stinger-interface'];
  if (!stinger || typeof stinger.name !== 'string') {
    throw new Error('info.x-stinger-interface is missing: the reference needs a document made by stingeripc-to-asyncapi');
  }
  const components = document.components || {};

  const enums: EnumDef[] = [];
  const structs: StructDef[] = [];
  // The wire protocol's codes, unless the document lists its own (a document
  // written by hand may leave the ReturnCode schema out).
  let returnCodes: EnumValue[] = RETURN_CODES;
  for (const [key, raw] of Object.entries(components.schemas || {})) {
    const schema = resolve(raw);
    const enumInfo = schema['x-stinger-enum'];
    if (enumInfo && key === RETURN_CODE_SCHEMA) {
      returnCodes = enumInfo.values;
    } else if (enumInfo) {
      // The schema's description also lists the values, for other tools.
      enums.push({ name: enumInfo.name, description: textOrUndefined(enumInfo.description), values: enumInfo.values });
    } else if (schema['x-stinger-struct']) {
      structs.push({
        name: schema['x-stinger-struct'].name,
        description: textOrUndefined(schema.description),
        fields: fieldsOf(schema, `struct schema '${key}'`),
      });
    }
  }

  /**
   * The first message of an operation (or of its reply) with its payload schema.
   */
  const firstMessage = (owner: any, what: string) => {
    const message = resolve(owner && Array.isArray(owner.messages) ? owner.messages[0] : undefined);
    if (!message) throw new Error(`${what} has no message`);
    return { message, schema: resolve(message.payload) };
  };
  const addressOf = (channel: any) => {
    const resolved = resolve(channel) || {};
    return typeof resolved.address === 'string' ? resolved.address : resolved['x-stinger-address'];
  };

  const signals: SignalDef[] = [];
  const methods: MethodDef[] = [];
  const properties: PropertyDef[] = [];
  const updates: Map<string, { topic: string; responseTopic: string; }> = new Map();
  let discovery: ReferenceModel['discovery'];
  for (const [id, raw] of Object.entries(document.operations || {})) {
    const operation = resolve(raw);
    const kind = operation['x-stinger-kind'];
    const name = operation['x-stinger-name'];
    if (kind === 'signal') {
      const { message, schema } = firstMessage(operation, `operation '${id}'`);
      signals.push({
        name,
        description: textOrUndefined(message.description) || textOrUndefined(operation.description),
        topic: addressOf(operation.channel),
        fields: fieldsOf(schema, `payload of '${id}'`),
        payloadSchema: schema,
      });
    } else if (kind === 'method') {
      const request = firstMessage(operation, `operation '${id}'`);
      const reply = firstMessage(operation.reply, `reply of '${id}'`);
      methods.push({
        name,
        description: textOrUndefined(request.message.description) || textOrUndefined(operation.description),
        requestTopic: addressOf(operation.channel),
        responseTopic: addressOf(operation.reply.channel),
        arguments: fieldsOf(request.schema, `request payload of '${id}'`),
        returnValues: fieldsOf(reply.schema, `response payload of '${id}'`),
        requestSchema: request.schema,
        responseSchema: reply.schema,
      });
    } else if (kind === 'propertyValue') {
      const { message, schema } = firstMessage(operation, `operation '${id}'`);
      properties.push({
        name,
        description: textOrUndefined(message.description) || textOrUndefined(operation.description),
        readOnly: operation['x-stinger-read-only'] === true,
        valueTopic: addressOf(operation.channel),
        values: fieldsOf(schema, `value payload of '${id}'`),
        valueSchema: schema,
      });
    } else if (kind === 'propertyUpdate') {
      updates.set(name, { topic: addressOf(operation.channel), responseTopic: addressOf(operation.reply && operation.reply.channel) });
    } else if (kind === 'discovery') {
      const { schema } = firstMessage(operation, `operation '${id}'`);
      discovery = { topic: addressOf(operation.channel), fields: fieldsOf(schema, 'discovery payload'), payloadSchema: schema };
    }
  }
  for (const property of properties) {
    const update = updates.get(property.name);
    if (update && !property.readOnly) {
      property.updateTopic = update.topic;
      property.updateResponseTopic = update.responseTopic;
    }
  }

  const broker = document.servers && document.servers.broker ? document.servers.broker.host : undefined;
  return {
    name: stinger.name,
    version: stinger.version,
    title: textOrUndefined(stinger.title),
    summary: textOrUndefined(stinger.summary),
    documentation: textOrUndefined(stinger.documentation),
    stingeripcVersion: stinger.stingeripcVersion,
    broker,
    enums,
    structs,
    signals,
    methods,
    properties,
    constants: Array.isArray(info['x-stinger-constants']) ? info['x-stinger-constants'] : [],
    returnCodes,
    discovery,
  };
}

export { referenceModel, makeResolver };
