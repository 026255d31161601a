// Model (docs/internals.md §1) -> AsyncAPI 3.0.0 document as plain data (§2).
// Operations are described from the server's point of view.

import type { Field, Schema, EnumDef, StructDef, JsonObject, JsonValue } from './asyncapi-schemas';
import type { StingerConfig, TopicTemplates } from './config';

import {
  cleanText,
  schemaRef,
  objectSchema,
  enumSchema,
  structSchema,
  returnCodeSchema,
  userPropertiesSchema,
  stingerFields,
  RETURN_CODE_SCHEMA,
} from './asyncapi-schemas';
import { pascalCase } from '../filters/naming';
import { exampleJsonObject } from '../filters/example-values';
import type { Definitions } from '../filters/example-values';
import { DEFAULT_TOPICS, placeholders } from './config';

export type Model = {
  file?: string,
  stingeripcVersion: string,
  interface: { name: string, version: string, title?: string, summary?: string, documentation?: string },
  enums: EnumDef[],
  structs: StructDef[],
  signals: Array<{ name: string, documentation?: string, payload: Field[] }>,
  methods: Array<{ name: string, documentation?: string, arguments: Field[], returnValues: Field[] }>,
  properties: Array<{ name: string, documentation?: string, values: Field[], readOnly: boolean }>,
  constants: Array<{ name: string, type: string, value: number | string | boolean, description?: string }>,
};

/** `config`: stinger-ipc's TOML configuration (converter/config.ts): topic templates, their params, who owns property values. */
export type BuildOptions = { host?: string, port?: number, config?: StingerConfig };

const ASYNCAPI_VERSION = '3.0.0';
const CONTENT_TYPE = 'application/json';
const BINDING_VERSION = '0.2.0';
const DEFAULT_HOST = 'localhost';
const DEFAULT_PORT = 1883;
const KEEP_ALIVE_SECONDS = 60;
// How long a discovery message stays valid on the broker; servers republish it.
const DISCOVERY_EXPIRY_SECONDS = 120;

const CORRELATION_ID = () => ({
  description: 'MQTT v5 Correlation Data of the request, echoed unchanged in the response.',
  location: '$message.header#/correlationData',
});

const CORRELATION_DATA_SCHEMA = () => ({
  type: 'string',
  description: 'Opaque bytes chosen by the caller; the response carries the same bytes.',
});

const REQUEST_EXPIRY_SCHEMA = () => ({
  type: 'integer',
  minimum: 1,
  description: "Message Expiry Interval of the request: the caller's timeout in seconds.",
});

/**
 * The channel addresses of an interface, made from topic templates
 * (converter/config.ts; its DEFAULT_TOPICS give §2's table): the element's
 * placeholders are filled, `{service_id}`, `{client_id}` and the config's
 * params stay as channel parameters.
 */
function addressesOf(topics: TopicTemplates) {
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{([^{}]+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  return {
    signal: (i: string, n: string) => fill(topics.signals, { interface_name: i, signal_name: n }),
    methodRequest: (i: string, n: string) => fill(topics.method_requests, { interface_name: i, method_name: n }),
    methodResponse: (i: string, n: string) => fill(topics.method_responses, { interface_name: i, method_name: n }),
    propertyValue: (i: string, n: string) => fill(topics.property_values, { interface_name: i, property_name: n }),
    propertyUpdate: (i: string, n: string) => fill(topics.property_updates, { interface_name: i, property_name: n }),
    propertyUpdateResponse: (i: string, n: string) => fill(topics.property_update_responses, { interface_name: i, property_name: n }),
    discovery: (i: string) => fill(topics.interface_discovery, { interface_name: i }),
    presence: () => topics.lwt,
  };
}

/** The addresses of §2's table. */
const addresses = addressesOf(DEFAULT_TOPICS);

/** Payloads of a connection's presence topic: while connected, and its Last Will. */
const PRESENCE_ONLINE = '{"online":true}';
const PRESENCE_OFFLINE = '{"online":false}';

/**
 * Collects channels, messages, operations and payload schemas, so each kind
 * of element is described by one small function.
 */
class DocumentParts {
  /**
   * @param model  for example values
   * @param addresses  the channel addresses (topic templates filled per element)
   */
  readonly addresses: ReturnType<typeof addressesOf>;
  readonly definitions: Definitions;
  readonly channels: Record<string, JsonObject> = {};
  readonly operations: Record<string, JsonObject> = {};
  readonly messages: Record<string, JsonObject> = {};
  readonly payloadSchemas: Record<string, Schema> = {};

  constructor(model: Pick<Model, 'enums' | 'structs'>, addresses: ReturnType<typeof addressesOf>) {
    this.addresses = addresses;
    this.definitions = {
      enums: model.enums,
      structs: model.structs.map((s) => ({ name: s.name, fields: s.members })),
    };
  }

  /**
   * Adds a payload schema to components and returns a reference to it.
   */
  payload(key: string, schema: Schema) {
    this.payloadSchemas[key] = schema;
    return schemaRef(key);
  }

  /**
   * The example payload of a list of fields: every field with a value, an
   * optional one as null.
   */
  examplePayload(fields: Field[]) {
    return exampleJsonObject(fields, this.definitions, true);
  }

  /**
   * Adds a message to components and a channel carrying only that message;
   * both use `id` as key. Returns the reference an operation uses.
   */
  channelWithMessage(id: string, channel: { address: string | null; description?: string; parameters: string[]; extensions?: JsonObject; }, message: JsonObject) {
    this.messages[id] = message;
    const entry: JsonObject = { address: channel.address };
    const description = cleanText(channel.description);
    if (description) entry.description = description;
    if (channel.parameters.length > 0) {
      const parameters: JsonObject = {};
      for (const p of channel.parameters) parameters[p] = { $ref: `#/components/parameters/${p}` };
      entry.parameters = parameters;
    }
    entry.messages = { [id]: { $ref: `#/components/messages/${id}` } };
    Object.assign(entry, channel.extensions || {});
    this.channels[id] = entry;
    return {
      channel: { $ref: `#/channels/${id}` },
      message: { $ref: `#/channels/${id}/messages/${id}` },
    };
  }
}

function describe(target: JsonObject, description: string | undefined) {
  const text = cleanText(description);
  if (text) target.description = text;
  return target;
}

/**
 * MQTT operation binding.
 */
function operationBinding(options: { retain: boolean; messageExpiryInterval?: JsonValue; }) {
  const mqtt: JsonObject = { qos: 1, retain: options.retain };
  if (options.messageExpiryInterval !== undefined) mqtt.messageExpiryInterval = options.messageExpiryInterval;
  mqtt.bindingVersion = BINDING_VERSION;
  return { mqtt };
}

/**
 * MQTT message binding; requests name where the response goes.
 */
function messageBinding(options: { correlated: boolean; responseTopic?: string; }) {
  const mqtt: JsonObject = { contentType: CONTENT_TYPE };
  if (options.correlated) mqtt.correlationData = CORRELATION_DATA_SCHEMA();
  if (options.responseTopic) mqtt.responseTopic = options.responseTopic;
  mqtt.bindingVersion = BINDING_VERSION;
  return { mqtt };
}

/**
 * A message object. Its `examples` hold one message as it travels: the
 * payload with a value for every field (an optional one as null) and the
 * user properties of a successful exchange.
 */
function message(m: {
name: string; title: string; summary?: string; description?: string;
payload: JsonObject; headers?: Schema; correlated?: boolean; responseTopic?: string;
example: { payload: JsonObject; headers?: Record<string, string>; };
}) {
  const msg: JsonObject = { name: m.name, title: m.title };
  if (m.summary) msg.summary = m.summary;
  describe(msg, m.description);
  msg.contentType = CONTENT_TYPE;
  if (m.headers) msg.headers = m.headers;
  msg.payload = m.payload;
  if (m.correlated) msg.correlationId = CORRELATION_ID();
  msg.bindings = messageBinding({ correlated: Boolean(m.correlated), responseTopic: m.responseTopic });
  const example: JsonObject = { name: 'example' };
  if (m.example.headers) example.headers = m.example.headers;
  example.payload = m.example.payload;
  msg.examples = [example];
  return msg;
}

/**
 * The `reply` of a request operation: the address comes from the request's
 * Response Topic, so the reply channel has `address: null`.
 */
function reply(response: { channel: JsonObject; message: JsonObject }) {
  return {
    address: {
      description: 'The MQTT v5 Response Topic of the request.',
      location: '$message.header#/responseTopic',
    },
    channel: response.channel,
    messages: [response.message],
  };
}

function addSignal(parts: DocumentParts, iface: string, signal: Model['signals'][number]) {
  const id = `signal.${signal.name}`;
  const pascal = pascalCase(signal.name);
  const payload = parts.payload(`${id}.payload`, objectSchema(signal.payload, { title: `${pascal}Payload` }));
  // The documentation is the operation's; repeating it on the channel and the
  // message would show it two or three times in documentation tools.
  const ref = parts.channelWithMessage(
    id,
    { address: parts.addresses.signal(iface, signal.name), parameters: placeholders(parts.addresses.signal(iface, signal.name)) },
    message({ name: id, title: `Signal ${signal.name}`, payload, example: { payload: parts.examplePayload(signal.payload) } }),
  );
  const operation = describe({ action: 'send', channel: ref.channel, title: `Emit ${signal.name}` }, signal.documentation);
  parts.operations[id] = Object.assign(operation, {
    messages: [ref.message],
    bindings: operationBinding({ retain: false }),
    'x-stinger-kind': 'signal',
    'x-stinger-name': signal.name,
  });
}

function addMethod(parts: DocumentParts, iface: string, method: Model['methods'][number]) {
  const id = `method.${method.name}`;
  const pascal = pascalCase(method.name);
  const responseAddress = parts.addresses.methodResponse(iface, method.name);
  const requestPayload = parts.payload(
    `${id}.requestPayload`,
    objectSchema(method.arguments, { title: `${pascal}Request`, description: `Arguments of ${method.name}.` }),
  );
  const responsePayload = parts.payload(
    `${id}.responsePayload`,
    objectSchema(method.returnValues, { title: `${pascal}Response`, description: `Return values of ${method.name}.` }),
  );
  const request = parts.channelWithMessage(
    `${id}.request`,
    { address: parts.addresses.methodRequest(iface, method.name), parameters: placeholders(parts.addresses.methodRequest(iface, method.name)) },
    message({
      name: `${id}.request`,
      title: `Call ${method.name}`,
      payload: requestPayload,
      correlated: true,
      responseTopic: responseAddress,
      example: { payload: parts.examplePayload(method.arguments) },
    }),
  );
  const response = parts.channelWithMessage(
    `${id}.response`,
    {
      address: null,
      description: `Response of ${method.name}, sent to the request's Response Topic, normally ${responseAddress}.`,
      parameters: [],
      extensions: { 'x-stinger-address': responseAddress },
    },
    message({
      name: `${id}.response`,
      title: `Result of ${method.name}`,
      description: 'The return values. When ReturnCode is not 0 the payload carries no meaning and may be empty.',
      payload: responsePayload,
      headers: userPropertiesSchema('MethodResponseHeaders', ['ReturnCode', 'DebugInfo'], ['ReturnCode']),
      correlated: true,
      example: { headers: { ReturnCode: '0' }, payload: parts.examplePayload(method.returnValues) },
    }),
  );
  const operation = describe({ action: 'receive', channel: request.channel, title: `Handle ${method.name}` }, method.documentation);
  parts.operations[id] = Object.assign(operation, {
    messages: [request.message],
    reply: reply(response),
    bindings: operationBinding({ retain: false, messageExpiryInterval: REQUEST_EXPIRY_SCHEMA() }),
    'x-stinger-kind': 'method',
    'x-stinger-name': method.name,
  });
}

/**
 * A property has a retained value channel, and unless read-only an update
 * request channel with a response.
 */
function addProperty(parts: DocumentParts, iface: string, property: Model['properties'][number]) {
  const id = `property.${property.name}`;
  const readOnly = Boolean(property.readOnly);
  const payload = parts.payload(
    `${id}.valuePayload`,
    objectSchema(property.values, { title: `${pascalCase(property.name)}Value`, description: `The value of ${property.name}.` }),
  );
  // Each message has its own example object: the document shares no object
  // between two places (as a parsed text would not), so bin/parsed-document.ts
  // may use it as it is.
  const examplePayload = () => parts.examplePayload(property.values);
  const value = parts.channelWithMessage(
    `${id}.value`,
    { address: parts.addresses.propertyValue(iface, property.name), parameters: placeholders(parts.addresses.propertyValue(iface, property.name)) },
    message({
      name: `${id}.value`,
      title: `Value of ${property.name}`,
      headers: userPropertiesSchema('PropertyValueHeaders', ['PropertyVersion'], ['PropertyVersion']),
      payload,
      example: { headers: { PropertyVersion: '1' }, payload: examplePayload() },
    }),
  );
  parts.operations[`${id}.value`] = Object.assign(
    describe({ action: 'send', channel: value.channel, title: `Publish ${property.name}` }, property.documentation),
    {
      messages: [value.message],
      bindings: operationBinding({ retain: true }),
      'x-stinger-kind': 'propertyValue',
      'x-stinger-name': property.name,
      'x-stinger-read-only': readOnly,
    },
  );
  if (readOnly) return;

  const responseAddress = parts.addresses.propertyUpdateResponse(iface, property.name);
  const update = parts.channelWithMessage(
    `${id}.update`,
    { address: parts.addresses.propertyUpdate(iface, property.name), parameters: placeholders(parts.addresses.propertyUpdate(iface, property.name)) },
    message({
      name: `${id}.update`,
      title: `Update ${property.name}`,
      headers: userPropertiesSchema('PropertyUpdateHeaders', ['PropertyVersion'], []),
      payload: schemaRef(`${id}.valuePayload`),
      correlated: true,
      responseTopic: responseAddress,
      example: { headers: { PropertyVersion: '1' }, payload: examplePayload() },
    }),
  );
  const response = parts.channelWithMessage(
    `${id}.updateResponse`,
    {
      address: null,
      description: `Response to an update of ${property.name}, sent to the request's Response Topic, normally ${responseAddress}.`,
      parameters: [],
      extensions: { 'x-stinger-address': responseAddress },
    },
    message({
      name: `${id}.updateResponse`,
      title: `Result of updating ${property.name}`,
      summary: 'The value now in force.',
      description: 'The value in force after the update request was handled, with its PropertyVersion.',
      headers: userPropertiesSchema('PropertyUpdateResponseHeaders', ['ReturnCode', 'PropertyVersion', 'DebugInfo'], ['ReturnCode']),
      payload: schemaRef(`${id}.valuePayload`),
      correlated: true,
      example: { headers: { ReturnCode: '0', PropertyVersion: '2' }, payload: examplePayload() },
    }),
  );
  // The property's documentation is on its value operation; this one says what it does.
  parts.operations[`${id}.update`] = Object.assign(
    {
      action: 'receive',
      channel: update.channel,
      title: `Handle updates of ${property.name}`,
      description: `Requests to change ${property.name}; the reply carries the value in force afterwards.`,
    },
    {
      messages: [update.message],
      reply: reply(response),
      bindings: operationBinding({ retain: false, messageExpiryInterval: REQUEST_EXPIRY_SCHEMA() }),
      'x-stinger-kind': 'propertyUpdate',
      'x-stinger-name': property.name,
      'x-stinger-read-only': readOnly,
    },
  );
}

/** Fields of the discovery message, as in the existing stinger-ipc generators. */
const DISCOVERY_FIELDS = ([
  { name: 'interface_name', type: { kind: 'string' }, optional: false, description: 'Interface name as written in the file.' },
  { name: 'title', type: { kind: 'string' }, optional: false, description: 'Interface title, else its name.' },
  { name: 'version', type: { kind: 'string' }, optional: false, description: 'Interface version.' },
  { name: 'instance', type: { kind: 'string' }, optional: false, description: 'The service_id of this server.' },
  {
    name: 'connection_topic',
    type: { kind: 'string' },
    optional: false,
    description: "Presence topic of the server's MQTT connection (client/{client_id}/online); it says the server is gone.",
  },
  { name: 'timestamp', type: { kind: 'datetime' }, optional: false, description: 'When the server published it.' },
] as Field[]);

function addDiscovery(parts: DocumentParts, iface: string) {
  const id = 'discovery';
  const description =
    'Announces a running server instance. Retained, with a Message Expiry Interval; servers ' +
    'republish it well before it expires and after every reconnection. An empty retained ' +
    'payload removes the instance, and so does its connection_topic saying {"online":false}.';
  const payload = parts.payload(
    `${id}.payload`,
    objectSchema(DISCOVERY_FIELDS, { title: 'DiscoveryPayload', description: 'A running instance.' }),
  );
  const ref = parts.channelWithMessage(
    id,
    { address: parts.addresses.discovery(iface), parameters: placeholders(parts.addresses.discovery(iface)) },
    message({ name: id, title: 'Discovery', payload, example: { payload: parts.examplePayload(DISCOVERY_FIELDS) } }),
  );
  parts.operations[id] = {
    action: 'send',
    channel: ref.channel,
    title: 'Announce this instance',
    description,
    messages: [ref.message],
    bindings: operationBinding({
      retain: true,
      messageExpiryInterval: {
        type: 'integer',
        minimum: 1,
        default: DISCOVERY_EXPIRY_SECONDS,
        description: 'Seconds the announcement stays valid.',
      },
    }),
    'x-stinger-kind': 'discovery',
    'x-stinger-name': iface,
  };
}

/** Fields of a presence message. */
const PRESENCE_FIELDS = ([
  { name: 'online', type: { kind: 'boolean' }, optional: false, description: 'Whether the connection is up.' },
] as Field[]);

/**
 * The presence topic of every connection: `{"online":true}` while it is up,
 * its Last Will `{"online":false}` once the broker lost it.
 */
function addPresence(parts: DocumentParts) {
  const id = 'presence';
  const description =
    `Presence of an MQTT connection, retained: ${PRESENCE_ONLINE} once connected, ${PRESENCE_OFFLINE} ` +
    "(the connection's Last Will) when the broker lost it, an empty payload after a clean disconnect. " +
    'Discovery messages name the presence topic of their server\'s connection.';
  const payload = parts.payload(
    `${id}.payload`,
    objectSchema(PRESENCE_FIELDS, { title: 'PresencePayload', description: 'Presence of a connection.' }),
  );
  const ref = parts.channelWithMessage(
    id,
    { address: parts.addresses.presence(), parameters: placeholders(parts.addresses.presence()) },
    message({ name: id, title: 'Presence', payload, example: { payload: parts.examplePayload(PRESENCE_FIELDS) } }),
  );
  parts.operations[id] = {
    action: 'send',
    channel: ref.channel,
    title: 'Tell whether this connection is up',
    description,
    messages: [ref.message],
    bindings: operationBinding({ retain: true }),
    'x-stinger-kind': 'presence',
    'x-stinger-name': 'presence',
  };
}

function infoObject(model: Model, config?: StingerConfig) {
  const iface = model.interface;
  const summary = cleanText(iface.summary);
  const documentation = cleanText(iface.documentation);
  const description =
    [summary, documentation].filter(Boolean).join('\n\n') ||
    `The ${iface.name} interface of stinger-ipc, over MQTT v5.`;
  const stingerInterface: JsonObject = { name: iface.name, version: iface.version, stingeripcVersion: model.stingeripcVersion };
  if (iface.title !== undefined) stingerInterface.title = iface.title;
  if (iface.summary !== undefined) stingerInterface.summary = iface.summary;
  if (iface.documentation !== undefined) stingerInterface.documentation = iface.documentation;
  // [properties] stinger_owned_values = false: the application owns the values (the server takes accessors).
  if (config && !config.stingerOwnedValues) stingerInterface.stingerOwnedValues = false;
  return {
    title: iface.title || iface.name,
    version: iface.version,
    description,
    'x-stinger-interface': stingerInterface,
    'x-stinger-constants': model.constants.map((c) => {
      const entry: JsonObject = { name: c.name, type: c.type, value: c.value };
      const text = cleanText(c.description);
      if (text) entry.description = text;
      return entry;
    }),
  };
}

function brokerServer(options: BuildOptions) {
  const host = options.host || DEFAULT_HOST;
  const port = options.port || DEFAULT_PORT;
  // An IPv6 literal needs brackets before the port.
  const hostPart = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    host: `${hostPart}:${port}`,
    protocol: 'mqtt',
    protocolVersion: '5',
    description: 'The MQTT v5 broker that servers and clients of this interface share.',
    bindings: {
      mqtt: {
        cleanSession: true,
        keepAlive: KEEP_ALIVE_SECONDS,
        lastWill: { topic: addressesOf(options.config ? options.config.topics : DEFAULT_TOPICS).presence(), qos: 1, retain: true, message: PRESENCE_OFFLINE },
        bindingVersion: BINDING_VERSION,
      },
    },
  };
}

const PARAMETERS = () => ({
  service_id: { description: 'Instance id of the server; several instances of one interface can share a broker.' },
  client_id: { description: 'MQTT client id of the caller; responses go to its own topics.' },
});

/**
 * A topic param of the configuration (`topics.params`).
 */
function configParameter(name: string) {
  return { description: `Topic parameter '${name}' from the configuration (topics.params); the generated server, client and discovery take its value as an option.` };
}

/**
 * Builds the AsyncAPI document of a model. Pure: same model, same document,
 * with keys in a fixed order.
 */
function buildAsyncApi(model: Model, options: BuildOptions = {}): JsonObject {
  const iface = model.interface.name;
  const config = options.config;
  const parts = new DocumentParts(model, addressesOf(config ? config.topics : DEFAULT_TOPICS));
  for (const signal of model.signals) addSignal(parts, iface, signal);
  for (const method of model.methods) addMethod(parts, iface, method);
  for (const property of model.properties) addProperty(parts, iface, property);
  addDiscovery(parts, iface);
  addPresence(parts);

  const schemas: Record<string, Schema> = {};
  for (const e of model.enums) schemas[e.name] = enumSchema(e);
  for (const s of model.structs) schemas[s.name] = structSchema(s);
  schemas[RETURN_CODE_SCHEMA] = returnCodeSchema();
  Object.assign(schemas, parts.payloadSchemas);

  return {
    asyncapi: ASYNCAPI_VERSION,
    info: infoObject(model, config),
    defaultContentType: CONTENT_TYPE,
    servers: { broker: brokerServer(options) },
    channels: parts.channels,
    operations: parts.operations,
    components: {
      schemas,
      messages: parts.messages,
      parameters: { ...PARAMETERS(), ...Object.fromEntries((config ? config.params : []).map((p) => [p, configParameter(p)])) },
    },
  };
}

/**
 * Component schema names the document reserves for itself; an enum or struct
 * with such a name would clash.
 */
const RESERVED_SCHEMA_NAMES = [RETURN_CODE_SCHEMA];

export { buildAsyncApi, RESERVED_SCHEMA_NAMES, DEFAULT_HOST, DEFAULT_PORT, addresses };
