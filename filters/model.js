// @ts-check
'use strict';
// Reads the parsed AsyncAPI document (parser v3 API) into the plain data the
// templates render: the interface, its enums, structs, signals and methods,
// with TypeScript names already decided. The template never sees the
// .stingeripc file; everything comes from the document and its
// `x-stinger-*` extensions (docs/internals.md §2).

const { pascalCase, camelCase, kebabCase } = require('./naming');
const types = require('./types');
const { readTopics } = require('./topics');
const { FIXED_CLIENT_MEMBERS } = require('./members');

/**
 * @typedef {import('./types').StingerType} StingerType
 * @typedef {{
 *   name: string, tsName: string, parameter: string, type: StingerType, optional: boolean, description?: string,
 *   documentation: string, tsType: string, decodeInStruct: string, decodeInPayload: string, encode: string, protocolHelpers: string[],
 * }} Field
 *   `decodeInStruct` reads the field from `object` inside a struct decoder (whose path is `field`),
 *   `decodeInPayload` from a top-level `payload`; `encode` writes it from `value`.
 * @typedef {{ name: string, tsName: string, value: number, description?: string }} EnumValue
 * @typedef {{ name: string, tsName: string, description?: string, values: EnumValue[] }} EnumModel
 * @typedef {{ name: string, tsName: string, description?: string, fields: Field[] }} StructModel
 * @typedef {{ name: string, camel: string, pascal: string, description?: string, fields: Field[], payloadType?: string, topics: string }} SignalModel
 * @typedef {{
 *   name: string, camel: string, pascal: string, description?: string, arguments: Field[], returnValues: Field[],
 *   argumentsType?: string, resultType?: string, topics: string,
 * }} MethodModel
 *   `payloadType`, `argumentsType`, `resultType`: the TS interfaces of the wire objects, absent when they have no fields.
 * @typedef {{
 *   name: string, camel: string, pascal: string, description?: string, values: Field[], readOnly: boolean,
 *   valueType?: string, tsType: string, codec: string, encode: string, decode: string, topics: string,
 * }} PropertyModel
 *   `topics` (signals, methods, properties): the expression of the element's entry in src/topics.ts.
 *   `valueType`: the TS interface of a multi-value property's object (absent for one value);
 *   `tsType`: the type of the property in TS (its one value's type, or `valueType`);
 *   `codec`: the name of its `PropertyCodec` constant in src/interfaceTypes.ts, whose
 *   `encode` and `decode` members are the expressions given (of `value` and `payload`).
 * @typedef {{
 *   name: string, version: string, title?: string, summary?: string, documentation?: string,
 *   pascal: string, packageName: string, serverClass: string, clientClass: string, discoveryClass: string,
 *   enums: EnumModel[], structs: StructModel[], signals: SignalModel[], methods: MethodModel[], properties: PropertyModel[],
 *   discoveryExpirySeconds: number, topics: import('./topics').Topics, longestInstanceAddress?: string, longestClientAddress?: string,
 *   ownedValues: boolean,
 * }} InterfaceModel
 *   `longestInstanceAddress` / `longestClientAddress`: the channel address with `{service_id}` / `{client_id}`
 *   that is longest without it; ids are checked against it (MQTT topics have at most 65,535 bytes).
 *   `ownedValues`: false when the application keeps the property values (`[properties] stinger_owned_values = false`):
 *   the server takes accessors instead of initial values.
 */

/** Options the generated classes have besides the topic parameters (filters/topics.js). */
const FIXED_OPTIONS = ['instanceId', 'initialValues', 'accessors', 'announceIntervalMs', 'onError', 'timeoutMs'];

/** Seconds a discovery message stays valid when the document does not say. */
const DEFAULT_DISCOVERY_EXPIRY_SECONDS = 120;

/** Component schema name the converter reserves for the return codes (src/protocol.ts has them). */
const RETURN_CODE_SCHEMA = 'ReturnCode';

/**
 * @param {any} node  any parser model with `extensions()`
 * @param {string} name
 * @returns {any}
 */
function extension(node, name) {
  const found = node.extensions().get(name);
  return found ? found.value() : undefined;
}

/**
 * The address holding `{parameter}` that is the longest (UTF-8 bytes) without it.
 * @param {string[]} addresses
 * @param {string} parameter
 * @returns {string | undefined}
 */
function longestAddress(addresses, parameter) {
  const placeholder = `{${parameter}}`;
  const withIt = addresses.filter((address) => address.includes(placeholder));
  const rest = (/** @type {string} */ address) => Buffer.byteLength(address.replace(placeholder, ''), 'utf8');
  return withIt.reduce((/** @type {string | undefined} */ best, address) => (best === undefined || rest(address) > rest(best) ? address : best), undefined);
}

/**
 * @param {any} raw  one entry of `x-stinger-fields`
 * @returns {Field}
 */
function fieldOf(raw) {
  /** @type {StingerType} */
  const type = { type: raw.type };
  if (raw.enumName !== undefined) type.enumName = raw.enumName;
  if (raw.structName !== undefined) type.structName = raw.structName;
  if (raw.itemType !== undefined) type.itemType = raw.itemType;
  const optional = raw.optional === true;
  const tsName = camelCase(raw.name);
  const wireName = JSON.stringify(raw.name).replace(/^"|"$/g, "'");
  return {
    name: raw.name,
    tsName,
    parameter: types.parameterName(raw.name),
    type,
    optional,
    description: raw.description,
    documentation: types.fieldDocumentation({ description: raw.description, type }),
    tsType: types.tsType(type),
    decodeInStruct: types.decodeExpression(type, optional, types.propertyAccess('object', raw.name), `fieldPath(field, ${wireName})`),
    decodeInPayload: types.decodeExpression(type, optional, types.propertyAccess('payload', raw.name), wireName),
    encode: types.encodeExpression(type, optional, types.propertyAccess('value', tsName)),
    protocolHelpers: types.protocolHelpersOf(type, optional),
  };
}

/**
 * The fields of a payload schema, in file order.
 * @param {any} schema
 * @returns {Field[]}
 */
function fieldsOf(schema) {
  const raw = schema ? extension(schema, 'x-stinger-fields') : undefined;
  if (!Array.isArray(raw)) {
    throw new Error(`schema '${schema ? schema.id() : '?'}' has no x-stinger-fields`);
  }
  return raw.map(fieldOf);
}

/**
 * The payload schema of an operation's first message (or of its reply's).
 * @param {any} operation
 * @param {'request' | 'reply'} part
 */
function payloadOf(operation, part) {
  const owner = part === 'reply' ? operation.reply() : operation;
  const message = owner ? owner.messages().all()[0] : undefined;
  if (!message) throw new Error(`operation '${operation.id()}' has no ${part} message`);
  return { message, schema: message.payload() };
}

/**
 * The documentation of an operation: its message's description, else its own.
 * @param {any} operation
 * @param {any} message
 * @returns {string | undefined}
 */
function descriptionOf(operation, message) {
  return message.description() || operation.description() || undefined;
}

/**
 * @param {any} asyncapi  parsed AsyncAPI document (parser v3 API)
 * @param {{ packageName?: string }} [params]  template parameters
 * @returns {InterfaceModel}
 */
function interfaceModel(asyncapi, params = {}) {
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

/** @type {WeakMap<object, Map<string, InterfaceModel>>} */
const modelCache = new WeakMap();

/**
 * @param {any} asyncapi  parsed AsyncAPI document (parser v3 API)
 * @param {{ packageName?: string }} params
 * @returns {InterfaceModel}
 */
function buildInterfaceModel(asyncapi, params) {
  const stinger = extension(asyncapi.info(), 'x-stinger-interface');
  if (!stinger || typeof stinger.name !== 'string') {
    throw new Error('info.x-stinger-interface is missing: render documents made by stingeripc-to-asyncapi');
  }
  const pascal = pascalCase(stinger.name);

  /** @type {EnumModel[]} */
  const enums = [];
  /** @type {StructModel[]} */
  const structs = [];
  for (const schema of asyncapi.components().schemas().all()) {
    const enumInfo = extension(schema, 'x-stinger-enum');
    if (enumInfo && schema.id() !== RETURN_CODE_SCHEMA) {
      enums.push({
        name: enumInfo.name,
        tsName: pascalCase(enumInfo.name),
        // The schema's description also lists the values, for other tools.
        description: enumInfo.description || undefined,
        values: enumInfo.values.map((/** @type {any} */ v) => ({
          name: v.name,
          tsName: pascalCase(v.name),
          value: v.value,
          description: v.description,
        })),
      });
    }
    const structInfo = extension(schema, 'x-stinger-struct');
    if (structInfo) {
      structs.push({
        name: structInfo.name,
        tsName: pascalCase(structInfo.name),
        description: schema.description() || undefined,
        fields: fieldsOf(schema),
      });
    }
  }

  /** @type {SignalModel[]} */
  const signals = [];
  /** @type {MethodModel[]} */
  const methods = [];
  /** @type {PropertyModel[]} */
  const properties = [];
  let discoveryExpirySeconds = DEFAULT_DISCOVERY_EXPIRY_SECONDS;
  for (const operation of asyncapi.operations().all()) {
    const kind = extension(operation, 'x-stinger-kind');
    const name = extension(operation, 'x-stinger-name');
    if (kind === 'signal') {
      const { message, schema } = payloadOf(operation, 'request');
      const fields = fieldsOf(schema);
      signals.push({
        name,
        camel: camelCase(name),
        pascal: pascalCase(name),
        description: descriptionOf(operation, message),
        fields,
        payloadType: fields.length > 0 ? `${pascalCase(name)}Payload` : undefined,
        topics: types.propertyAccess('topics.signals', name),
      });
    } else if (kind === 'method') {
      const request = payloadOf(operation, 'request');
      const reply = payloadOf(operation, 'reply');
      if (FIXED_CLIENT_MEMBERS.includes(camelCase(name)) || /^(receive|deliver)[A-Z]/.test(camelCase(name))) {
        throw new Error(`method '${name}' would be ${pascal}Client.${camelCase(name)}, which the client class already has; rename the method`);
      }
      const args = fieldsOf(request.schema);
      const returnValues = fieldsOf(reply.schema);
      methods.push({
        name,
        camel: camelCase(name),
        pascal: pascalCase(name),
        description: descriptionOf(operation, request.message),
        arguments: args,
        returnValues,
        argumentsType: args.length > 0 ? `${pascalCase(name)}Arguments` : undefined,
        resultType: returnValues.length > 0 ? `${pascalCase(name)}Result` : undefined,
        topics: types.propertyAccess('topics.methods', name),
      });
    } else if (kind === 'propertyValue') {
      if (FIXED_CLIENT_MEMBERS.includes(camelCase(name))) {
        throw new Error(`property '${name}' would be ${pascal}Client.${camelCase(name)}, which the client class already has; rename the property`);
      }
      const { message, schema } = payloadOf(operation, 'request');
      properties.push(propertyOf(name, fieldsOf(schema), extension(operation, 'x-stinger-read-only') === true, descriptionOf(operation, message)));
    } else if (kind === 'discovery') {
      const binding = operation.bindings().get('mqtt');
      const expiry = binding ? binding.value().messageExpiryInterval : undefined;
      if (expiry && Number.isInteger(expiry.default) && expiry.default > 0) discoveryExpirySeconds = expiry.default;
    }
  }

  const addresses = asyncapi
    .channels()
    .all()
    .map((/** @type {any} */ channel) => extension(channel, 'x-stinger-address') || channel.address())
    .filter((/** @type {unknown} */ address) => typeof address === 'string');

  return {
    name: stinger.name,
    version: stinger.version,
    title: stinger.title,
    summary: stinger.summary,
    documentation: stinger.documentation,
    pascal,
    packageName: params.packageName || kebabCase(stinger.name),
    serverClass: `${pascal}Server`,
    clientClass: `${pascal}Client`,
    discoveryClass: `${pascal}Discovery`,
    enums,
    structs,
    signals,
    methods,
    properties,
    discoveryExpirySeconds,
    topics: readTopics(asyncapi, FIXED_OPTIONS),
    longestInstanceAddress: longestAddress(addresses, 'service_id'),
    longestClientAddress: longestAddress(addresses, 'client_id'),
    ownedValues: stinger.stingerOwnedValues !== false,
  };
}

/**
 * A property with its TS value type and the expressions of its codec. A
 * property of one value is that value in TS; several values are one object
 * (`<Property>Value`) keyed by camelCase names.
 * @param {string} name
 * @param {Field[]} values
 * @param {boolean} readOnly
 * @param {string | undefined} description
 * @returns {PropertyModel}
 */
function propertyOf(name, values, readOnly, description) {
  const pascal = pascalCase(name);
  const camel = camelCase(name);
  const model = { name, camel, pascal, description, values, readOnly, codec: `${camel}Codec`, topics: types.propertyAccess('topics.properties', name) };
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
  const valueType = `${pascal}Value`;
  return { ...model, valueType, tsType: valueType, encode: `encode${valueType}(value)`, decode: `decode${valueType}(payload)` };
}

/**
 * The wire objects of every signal and method that has fields, as records
 * for the RecordCodec component.
 * @param {InterfaceModel} model
 * @returns {Array<{ typeName: string, description: string, fields: Field[], topLevel: true }>}
 */
function payloadTypes(model) {
  const records = [];
  for (const signal of model.signals) {
    if (signal.payloadType) {
      records.push({ typeName: signal.payloadType, description: `Payload of the \`${signal.name}\` signal.`, fields: signal.fields, topLevel: /** @type {true} */ (true) });
    }
  }
  for (const method of model.methods) {
    if (method.argumentsType) {
      records.push({ typeName: method.argumentsType, description: `Arguments of the \`${method.name}\` method.`, fields: method.arguments, topLevel: /** @type {true} */ (true) });
    }
    if (method.resultType) {
      records.push({ typeName: method.resultType, description: `Return values of the \`${method.name}\` method.`, fields: method.returnValues, topLevel: /** @type {true} */ (true) });
    }
  }
  for (const property of model.properties) {
    if (property.valueType) {
      records.push({ typeName: property.valueType, description: `The values of the \`${property.name}\` property.`, fields: property.values, topLevel: /** @type {true} */ (true) });
    }
  }
  return records;
}

module.exports = { interfaceModel, payloadTypes, FIXED_OPTIONS };
