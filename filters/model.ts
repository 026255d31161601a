// Reads the parsed AsyncAPI document (parser v3 API) into the plain data the
// templates render: the interface, its enums, structs, signals and methods,
// with TypeScript names already decided. The template never sees the
// .stingeripc file; everything comes from the document and its
// `x-stinger-*` extensions (docs/internals.md §2).

import type { TypeRef } from './types';
import type { AsyncAPIDocumentInterface as AsyncAPIDocument, OperationInterface as Operation, MessageInterface as Message, SchemaInterface as Schema } from '@asyncapi/parser';
import type { Topics } from './topics';
import type { Element } from './names';

import * as names from './names';
import * as types from './types';
import { readTopics, extension } from './topics';

/**
 * `decodeInStruct` reads the field from `object` inside a struct decoder (whose path is `field`),
 *   `decodeInPayload` from a top-level `payload`; `encode` writes it from `value`.
 */
export type Field = {
  name: string, tsName: string, parameter: string, type: TypeRef, optional: boolean, description?: string,
  documentation: string, tsType: string, decodeInStruct: string, decodeInPayload: string, encode: string,
};

export type EnumValue = { name: string, tsName: string, value: number, description?: string };

export type EnumModel = { name: string, tsName: string, decoder: string, description?: string, values: EnumValue[] };

export type StructModel = { name: string, tsName: string, codec: { decode: string, encode: string }, description?: string, fields: Field[] };

/** A wire object of a signal, method or multi-value property, for the RecordCodec component. */
export type PayloadRecord = { typeName: string, codec: { decode: string, encode: string }, description: string, fields: Field[], topLevel: true };

export type SignalModel = {
  name: string, names: ReturnType<typeof names.signalNames>, description?: string, fields: Field[],
  payloadType?: string, topics: string,
};

/** `payloadType`, `argumentsType`, `resultType`: the TS interfaces of the wire objects, absent when they have no fields. */
export type MethodModel = {
  name: string, names: ReturnType<typeof names.methodNames>, description?: string, arguments: Field[], returnValues: Field[],
  argumentsType?: string, resultType?: string, topics: string,
};

/**
 * `topics` (signals, methods, properties): the expression of the element's entry in src/topics.ts.
 *   `valueType`: the TS interface of a multi-value property's object (absent for one value);
 *   `tsType`: the type of the property in TS (its one value's type, or `valueType`);
 *   `codec`: the name of its `PropertyCodec` constant in src/interfaceTypes.ts, whose
 *   `encode` and `decode` members are the expressions given (of `value` and `payload`).
 */
export type PropertyModel = {
  name: string, names: ReturnType<typeof names.propertyNames>, description?: string, values: Field[], readOnly: boolean,
  valueType?: string, tsType: string, codec: string, encode: string, decode: string, topics: string,
};

/**
 * `longestInstanceAddress` / `longestClientAddress`: the channel address with `{service_id}` / `{client_id}`
 *   that is longest without it; ids are checked against it (MQTT topics have at most 65,535 bytes).
 *   `ownedValues`: false when the application keeps the property values (`[properties] stinger_owned_values = false`):
 *   the server takes accessors instead of initial values.
 */
/** What the generator gives every template file. */
export type TemplateContext = { asyncapi: AsyncAPIDocument; params: { packageName?: string } };

export type InterfaceModel = {
  name: string, version: string, title?: string, summary?: string, documentation?: string,
  pascal: string, names: ReturnType<typeof names.interfaceNames>, packageName: string, serverClass: string, clientClass: string, discoveryClass: string,
  enums: EnumModel[], structs: StructModel[], signals: SignalModel[], methods: MethodModel[], properties: PropertyModel[],
  discoveryExpirySeconds: number, topics: Topics, longestInstanceAddress?: string, longestClientAddress?: string,
  ownedValues: boolean,
};

/** Seconds a discovery message stays valid when the document does not say. */
const DEFAULT_DISCOVERY_EXPIRY_SECONDS = 120;

/** Component schema name the converter reserves for the return codes (src/protocol.ts has them). */
const RETURN_CODE_SCHEMA = 'ReturnCode';

/** `x-stinger-interface` (docs/internals.md §2) */
export type StingerInterface = { name: string, version: string, title?: string, summary?: string, documentation?: string, stingerOwnedValues?: boolean };

/**
 * A plain object's entries, or nothing for anything else.
 */
function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * A string of a record, or undefined.
 */
function text(object: Record<string, unknown>, key: string) {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The address holding `{parameter}` that is the longest (UTF-8 bytes) without it.
 */
function longestAddress(addresses: string[], parameter: string): string | undefined {
  const placeholder = `{${parameter}}`;
  const withIt = addresses.filter((address) => address.includes(placeholder));
  const rest = (address: string) => Buffer.byteLength(address.replace(placeholder, ''), 'utf8');
  return withIt.reduce((best: string | undefined, address) => (best === undefined || rest(address) > rest(best) ? address : best), undefined);
}

/**
 * @param raw  one entry of `x-stinger-fields`
 * @param schemaId  for the error
 */
function fieldOf(raw: unknown, schemaId: string): Field {
  const entry = record(raw);
  const name = text(entry, 'name');
  if (name === undefined) throw new Error(`schema '${schemaId}': an x-stinger-fields entry has no name`);
  const type = types.typeRefOf(raw, `schema '${schemaId}', field '${name}'`);
  const optional = entry.optional === true;
  const description = text(entry, 'description');
  const { tsName, parameter } = names.fieldNames(name);
  const wireName = JSON.stringify(name).replace(/^"|"$/g, "'");
  return {
    name,
    tsName,
    parameter,
    type,
    optional,
    description,
    documentation: types.fieldDocumentation({ description, type }),
    tsType: types.tsType(type),
    decodeInStruct: types.decodeExpression(type, optional, types.propertyAccess('object', name), `fieldPath(field, ${wireName})`),
    decodeInPayload: types.decodeExpression(type, optional, types.propertyAccess('payload', name), wireName),
    encode: types.encodeExpression(type, optional, types.propertyAccess('value', tsName)),
  };
}

/**
 * The fields of a payload schema, in file order.
 */
function fieldsOf(schema: Schema | undefined): Field[] {
  const raw = schema ? extension(schema, 'x-stinger-fields') : undefined;
  const id = schema ? schema.id() : '?';
  if (!Array.isArray(raw)) {
    throw new Error(`schema '${id}' has no x-stinger-fields`);
  }
  return raw.map((entry) => fieldOf(entry, id));
}

/**
 * The payload schema of an operation's first message (or of its reply's).
 */
function payloadOf(operation: Operation, part: 'request' | 'reply'): { message: Message; schema: Schema | undefined; } {
  const owner = part === 'reply' ? operation.reply() : operation;
  const message = owner ? owner.messages().all()[0] : undefined;
  if (!message) throw new Error(`operation '${operation.id()}' has no ${part} message`);
  return { message, schema: message.payload() };
}

/**
 * The documentation of an operation: its message's description, else its own.
 */
function descriptionOf(operation: Operation, message: Message): string | undefined {
  return message.description() || operation.description() || undefined;
}

/**
 * @param asyncapi  parsed AsyncAPI document (parser v3 API)
 * @param params  template parameters
 */
function interfaceModel(asyncapi: AsyncAPIDocument, params: { packageName?: string; } = {}): InterfaceModel {
  // Every template file asks for the model; build it once per document and parameters.
  const key = JSON.stringify(params);
  let byParams = modelCache.get(asyncapi);
  if (!byParams) {
    byParams = new Map();
    modelCache.set(asyncapi, byParams);
  }
  let model = byParams.get(key);
  if (!model) {
    model = buildInterfaceModel(asyncapi, params);
    byParams.set(key, model);
  }
  return model;
}

const modelCache: WeakMap<object, Map<string, InterfaceModel>> = new WeakMap();

/**
 * `x-stinger-interface` of the document's info, checked.
 */
function stingerInterfaceOf(asyncapi: AsyncAPIDocument): StingerInterface {
  const raw = record(extension(asyncapi.info(), 'x-stinger-interface'));
  const name = text(raw, 'name');
  if (name === undefined) {
    throw new Error('info.x-stinger-interface is missing: render documents made by stingeripc-to-asyncapi');
  }
  const stinger: StingerInterface = { name, version: text(raw, 'version') ?? asyncapi.info().version() };
  for (const key of (['title', 'summary', 'documentation'] as const)) {
    const value = text(raw, key);
    if (value !== undefined) stinger[key] = value;
  }
  if (raw.stingerOwnedValues === false) stinger.stingerOwnedValues = false;
  return stinger;
}

/**
 * `x-stinger-enum` of a schema: its name, description and values, or undefined.
 */
function stingerEnumOf(schema: Schema): { name: string; description?: string; values: Array<{ name: string; value: number; description?: string; }>; } | undefined {
  const raw = extension(schema, 'x-stinger-enum');
  if (raw === undefined) return undefined;
  const info = record(raw);
  const name = text(info, 'name');
  if (name === undefined || !Array.isArray(info.values)) throw new Error(`schema '${schema.id()}': x-stinger-enum needs a name and values`);
  const values = info.values.map((entry) => {
    const value = record(entry);
    const valueName = text(value, 'name');
    if (valueName === undefined || typeof value.value !== 'number') throw new Error(`schema '${schema.id()}': an enum value needs a name and a number`);
    return { name: valueName, value: value.value, description: text(value, 'description') };
  });
  return { name, description: text(info, 'description'), values };
}

/**
 * @param asyncapi  parsed AsyncAPI document (parser v3 API)
 */
function buildInterfaceModel(asyncapi: AsyncAPIDocument, params: { packageName?: string; }): InterfaceModel {
  const stinger = stingerInterfaceOf(asyncapi);
  const interfaceNames = names.interfaceNames(stinger.name);
  const { pascal } = interfaceNames;

  const enums: EnumModel[] = [];
  const structs: StructModel[] = [];
  for (const schema of asyncapi.components().schemas().all()) {
    const enumInfo = stingerEnumOf(schema);
    if (enumInfo && schema.id() !== RETURN_CODE_SCHEMA) {
      const enumNames = names.typeNames(enumInfo.name);
      enums.push({
        name: enumInfo.name,
        tsName: enumNames.tsName,
        decoder: enumNames.decode,
        // The schema's description also lists the values, for other tools.
        description: enumInfo.description || undefined,
        values: enumInfo.values.map((v) => ({
          name: v.name,
          tsName: names.typeNames(v.name).tsName,
          value: v.value,
          description: v.description,
        })),
      });
    }
    const structInfo = record(extension(schema, 'x-stinger-struct'));
    if (typeof structInfo.name === 'string') {
      const structNames = names.typeNames(structInfo.name);
      structs.push({
        name: structInfo.name,
        tsName: structNames.tsName,
        codec: { decode: structNames.decode, encode: structNames.encode },
        description: schema.description() || undefined,
        fields: fieldsOf(schema),
      });
    }
  }

  const signals: SignalModel[] = [];
  const methods: MethodModel[] = [];
  const properties: PropertyModel[] = [];
  let discoveryExpirySeconds = DEFAULT_DISCOVERY_EXPIRY_SECONDS;
  for (const operation of asyncapi.operations().all()) {
    const kind = extension(operation, 'x-stinger-kind');
    const name = String(extension(operation, 'x-stinger-name'));
    if (kind === 'signal') {
      const { message, schema } = payloadOf(operation, 'request');
      const fields = fieldsOf(schema);
      const signalNames = names.signalNames(name, fields.length);
      signals.push({
        name,
        names: signalNames,
        description: descriptionOf(operation, message),
        fields,
        payloadType: signalNames.payloadType,
        topics: types.propertyAccess('topics.signals', name),
      });
    } else if (kind === 'method') {
      const request = payloadOf(operation, 'request');
      const reply = payloadOf(operation, 'reply');
      const args = fieldsOf(request.schema);
      const returnValues = fieldsOf(reply.schema);
      const methodNames = names.methodNames(name, args.length, returnValues.length);
      methods.push({
        name,
        names: methodNames,
        description: descriptionOf(operation, request.message),
        arguments: args,
        returnValues,
        argumentsType: methodNames.argumentsType,
        resultType: methodNames.resultType,
        topics: types.propertyAccess('topics.methods', name),
      });
    } else if (kind === 'propertyValue') {
      const { message, schema } = payloadOf(operation, 'request');
      properties.push(propertyOf(name, fieldsOf(schema), extension(operation, 'x-stinger-read-only') === true, descriptionOf(operation, message)));
    } else if (kind === 'discovery') {
      const binding = operation.bindings().get('mqtt');
      const expiry = record(binding ? record(binding.value()).messageExpiryInterval : undefined).default;
      if (typeof expiry === 'number' && Number.isInteger(expiry) && expiry > 0) discoveryExpirySeconds = expiry;
    }
  }

  // A hand-written document may name elements whose members clash (the converter reports those for its own).
  const elements = ([
    ...signals.map((x) => ({ kind: 'signal', name: x.name, fields: x.fields.length })),
    ...methods.map((x) => ({ kind: 'method', name: x.name, arguments: x.arguments.length, returnValues: x.returnValues.length })),
    ...properties.map((x) => ({ kind: 'property', name: x.name, values: x.values.length, readOnly: x.readOnly })),
  ] as Element[]);
  const ownedValues = stinger.stingerOwnedValues !== false;
  const [clash] = names.memberClashes(elements, ownedValues);
  if (clash) {
    const className = clash.side === 'server' ? interfaceNames.serverClass : interfaceNames.clientClass;
    const what = `${clash.element.kind} '${clash.element.name}'`;
    throw new Error(clash.other
      ? `${what} and ${clash.other.kind} '${clash.other.name}' would both be ${className}.${clash.member}; rename one of them`
      : `${what} would be ${className}.${clash.member}, which the ${clash.side} class already has; rename the ${clash.element.kind}`);
  }

  const addresses = asyncapi
    .channels()
    .all()
    .map((channel) => extension(channel, 'x-stinger-address') || channel.address())
    .filter((address) => typeof address === 'string');

  return {
    name: stinger.name,
    version: stinger.version,
    title: stinger.title,
    summary: stinger.summary,
    documentation: stinger.documentation,
    pascal,
    names: interfaceNames,
    packageName: params.packageName || interfaceNames.packageName,
    serverClass: interfaceNames.serverClass,
    clientClass: interfaceNames.clientClass,
    discoveryClass: interfaceNames.discoveryClass,
    enums,
    structs,
    signals,
    methods,
    properties,
    discoveryExpirySeconds,
    topics: readTopics(asyncapi, names.FIXED_OPTIONS),
    longestInstanceAddress: longestAddress(addresses, 'service_id'),
    longestClientAddress: longestAddress(addresses, 'client_id'),
    ownedValues,
  };
}

/**
 * A property with its TS value type and the expressions of its codec. A
 * property of one value is that value in TS; several values are one object
 * (`<Property>Value`) keyed by camelCase names.
 */
function propertyOf(name: string, values: Field[], readOnly: boolean, description: string | undefined): PropertyModel {
  const propertyNames = names.propertyNames(name, values.length, readOnly);
  const { codec, valueType, valueCodec } = propertyNames;
  const model = { name, names: propertyNames, description, values, readOnly, codec, topics: types.propertyAccess('topics.properties', name) };
  if (values.length === 1) {
    const [only] = values;
    const wireName = JSON.stringify(only.name).replace(/^"|"$/g, "'");
    return {
      ...model,
      tsType: only.optional ? `${only.tsType} | undefined` : only.tsType,
      encode: `({ ${types.objectKey(only.name)}: ${types.encodeExpression(only.type, only.optional, 'value')} })`,
      decode: types.decodeExpression(only.type, only.optional, types.propertyAccess('payload', only.name), wireName),
    };
  }
  if (valueType === undefined || valueCodec === undefined) throw new Error(`property '${name}' has no values`);
  return { ...model, valueType, tsType: valueType, encode: `${valueCodec.encode}(value)`, decode: `${valueCodec.decode}(payload)` };
}

/**
 * The wire objects of every signal, method and multi-value property that has
 * fields, as records for the RecordCodec component.
 */
function payloadTypes(model: InterfaceModel): PayloadRecord[] {
  const records: PayloadRecord[] = [];
  const add: (typeName: string | undefined, codec: { decode: string; encode: string; } | undefined, description: string, fields: Field[]) => void = (typeName, codec, description, fields): void => {
    if (typeName !== undefined && codec !== undefined) records.push({ typeName, codec, description, fields, topLevel: true });
  };
  for (const signal of model.signals) add(signal.names.payloadType, signal.names.payloadCodec, `Payload of the \`${signal.name}\` signal.`, signal.fields);
  for (const method of model.methods) {
    add(method.names.argumentsType, method.names.argumentsCodec, `Arguments of the \`${method.name}\` method.`, method.arguments);
    add(method.names.resultType, method.names.resultCodec, `Return values of the \`${method.name}\` method.`, method.returnValues);
  }
  for (const property of model.properties) add(property.names.valueType, property.names.valueCodec, `The values of the \`${property.name}\` property.`, property.values);
  return records;
}

export { interfaceModel, payloadTypes };
