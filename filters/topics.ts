// The topic rule: every topic the generated code publishes or subscribes to
// is made from a channel address of the AsyncAPI document. This module reads
// those addresses (a reply channel's from `x-stinger-address`, since AsyncAPI
// gives a reply channel whose address comes from the request at run time
// `address: null`), checks that the template can serve them, and hands the
// templates what src/topics.ts declares. Nothing else in the template or
// runtime holds a topic pattern.

import type { AsyncAPIDocumentInterface as AsyncAPIDocument, OperationInterface as Operation, ChannelInterface as Channel, ChannelParameterInterface as ChannelParameter, ExtensionsInterface } from '@asyncapi/parser';

import { optionName } from './names';
import { objectKey } from './types';

/** The parameter the server's instance id fills. */
const INSTANCE_PARAMETER = 'service_id';
/** The parameter a connection's MQTT client id fills (presence, replies). */
const CLIENT_PARAMETER = 'client_id';

/** `channel`: the channel key in the document; `parameters`: in address order. */
export type Address = { channel: string, address: string, parameters: string[] };

/**
 * A channel parameter other than `service_id` and `client_id`: a required string option
 *   (`option`, camelCase) of the generated server, client and discovery; `key`: the name as an object key.
 */
export type TopicOption = { name: string, key: string, option: string, description?: string, example: string };

export type Topics = {
  presence: Address, discovery: Address,
  signals: Map<string, Address>,
  methods: Map<string, { request: Address, response: Address }>,
  properties: Map<string, { value: Address, update?: Address, updateResponse?: Address }>,
  options: TopicOption[],
};

/** Why the template refuses a document: names the channel and what to change. */
class TopicError extends Error {
  constructor(channel: string, problem: string) {
    super(`channel '${channel}': ${problem}`);
    this.name = 'TopicError';
  }
}

/** What the parser's models take for an extension key (its EXTENSION_REGEX). */
const EXTENSION_KEY = /^x-[\w\d.\-_]+$/;

/**
 * The value of an `x-...` extension of a parser model; the caller checks its shape.
 * Read from the model's JSON: what `node.extensions().get(name)?.value()`
 * gives, without the parser making a model of every extension of the node on
 * each call (most of the view model's time for large interfaces).
 */
function extension(node: { extensions(): ExtensionsInterface; json(): unknown; }, name: string): unknown {
  const key = name.startsWith('x-') ? name : `x-${name}`;
  const json = node.json();
  if (!EXTENSION_KEY.test(key) || json === null || typeof json !== 'object' || !Object.prototype.hasOwnProperty.call(json, key)) return undefined;
  return (json as Record<string, unknown>)[key];
}

/**
 * Splits an address into its parameter names, checking that each parameter
 * fills a whole topic level and that no level has a wildcard.
 */
function parametersOf(channel: string, address: string): string[] {
  if (address === '') throw new TopicError(channel, 'the address is empty');
  const parameters: string[] = [];
  for (const level of address.split('/')) {
    const match = /^\{([^{}]+)\}$/.exec(level);
    if (match) {
      if (parameters.includes(match[1])) throw new TopicError(channel, `address '${address}' uses {${match[1]}} twice`);
      parameters.push(match[1]);
    } else if (/[{}]/.test(level)) {
      throw new TopicError(channel, `address '${address}': a parameter must be a whole topic level ('a/{x}/b', not 'a/x-{x}/b')`);
    } else if (/[+#]/.test(level)) {
      throw new TopicError(channel, `address '${address}' has an MQTT wildcard; a channel address is one topic per parameter value`);
    }
  }
  return parameters;
}

/**
 * The address of a channel, with its parameters checked against the
 * channel's declared ones. A reply channel (`address: null`) takes
 * `x-stinger-address` and may use any parameter declared in the document.
 */
function addressOf(channel: Channel, documentParameters: Set<string>): Address {
  const id = channel.id();
  let address: unknown = channel.address();
  const declared = new Set(channel.parameters().all().map((p) => p.id()));
  let known = declared;
  if (address === null || address === undefined) {
    address = extension(channel, 'x-stinger-address');
    known = new Set([...documentParameters, CLIENT_PARAMETER]);
  }
  if (typeof address !== 'string') {
    throw new TopicError(id, "the address is null and there is no 'x-stinger-address': a reply channel needs its address template there (e.g. 'client/{client_id}/...')");
  }
  const parameters = parametersOf(id, address);
  for (const parameter of parameters) {
    if (!known.has(parameter)) {
      throw new TopicError(
        id,
        known === declared
          ? `address '${address}' uses {${parameter}}, which the channel does not declare under 'parameters'`
          : `address '${address}' uses {${parameter}}, which no channel of the document declares under 'parameters'`,
      );
    }
  }
  return { channel: id, address, parameters };
}

function checkRole(address: Address, role: 'instance' | 'reply' | 'presence') {
  const { channel, parameters } = address;
  if (role === 'presence') {
    if (parameters.length !== 1 || parameters[0] !== CLIENT_PARAMETER) {
      throw new TopicError(channel, `the presence address must have {${CLIENT_PARAMETER}} as its only parameter (it is the connection's)`);
    }
  } else if (role === 'reply') {
    if (!parameters.includes(CLIENT_PARAMETER)) {
      throw new TopicError(channel, `a reply address must contain {${CLIENT_PARAMETER}}, so that each caller gets its own replies`);
    }
    if (parameters.includes(INSTANCE_PARAMETER)) {
      throw new TopicError(channel, `a reply address cannot contain {${INSTANCE_PARAMETER}}`);
    }
  } else {
    if (!parameters.includes(INSTANCE_PARAMETER)) {
      throw new TopicError(channel, `the address must contain {${INSTANCE_PARAMETER}}, the server instance's id`);
    }
    if (parameters.includes(CLIENT_PARAMETER)) {
      throw new TopicError(channel, `the address of a server's channel cannot contain {${CLIENT_PARAMETER}}`);
    }
  }
}

/**
 * The first channel of an operation.
 */
function channelOf(operation: Operation): Channel {
  const channel = operation.channels().all()[0];
  if (!channel) throw new Error(`operation '${operation.id()}' has no channel`);
  return channel;
}

/**
 * The reply channel of an operation.
 */
function replyChannelOf(operation: Operation): Channel {
  const reply = operation.reply();
  const channel = reply ? reply.channel() : undefined;
  if (!channel) throw new Error(`operation '${operation.id()}' has no reply channel`);
  return channel;
}

/**
 * Reads and checks every address the generated code uses.
 * @param asyncapi  parsed AsyncAPI document (parser v3 API)
 * @param takenOptions  option names the classes already have (e.g. `instanceId`)
 */
function readTopics(asyncapi: AsyncAPIDocument, takenOptions: string[]): Topics {
  const parameterInfo: Map<string, ChannelParameter> = new Map();
  for (const channel of asyncapi.channels().all()) {
    for (const parameter of channel.parameters().all()) {
      if (!parameterInfo.has(parameter.id())) parameterInfo.set(parameter.id(), parameter);
    }
  }
  const documentParameters = new Set(parameterInfo.keys());
  const read = (channel: Channel, role: 'instance' | 'reply' | 'presence') => {
    const address = addressOf(channel, documentParameters);
    checkRole(address, role);
    return address;
  };

  let presence: Address | undefined;
  let discovery: Address | undefined;
  const signals: Topics['signals'] = new Map();
  const methods: Topics['methods'] = new Map();
  const properties: Topics['properties'] = new Map();
  const updates: Map<string, { request: Channel; reply: Channel; }> = new Map();
  for (const operation of asyncapi.operations().all()) {
    const kind = extension(operation, 'x-stinger-kind');
    const found = extension(operation, 'x-stinger-name');
    if (typeof kind === 'string' && kind !== 'presence' && kind !== 'discovery' && typeof found !== 'string') {
      throw new Error(`operation '${operation.id()}' has no x-stinger-name: render documents made by stingeripc-to-asyncapi`);
    }
    const name = String(found);
    if (kind === 'presence') presence = read(channelOf(operation), 'presence');
    else if (kind === 'discovery') discovery = read(channelOf(operation), 'instance');
    else if (kind === 'signal') signals.set(name, read(channelOf(operation), 'instance'));
    else if (kind === 'method') {
      methods.set(name, { request: read(channelOf(operation), 'instance'), response: read(replyChannelOf(operation), 'reply') });
    } else if (kind === 'propertyValue') {
      properties.set(name, { value: read(channelOf(operation), 'instance') });
    } else if (kind === 'propertyUpdate') {
      updates.set(name, { request: channelOf(operation), reply: replyChannelOf(operation) });
    }
  }
  if (!presence) throw new Error("the document has no operation with x-stinger-kind 'presence': render documents made by stingeripc-to-asyncapi");
  if (!discovery) throw new Error("the document has no operation with x-stinger-kind 'discovery': render documents made by stingeripc-to-asyncapi");
  for (const [name, { request, reply }] of updates) {
    const property = properties.get(name);
    if (!property) throw new Error(`property '${name}' has an update operation but no value operation`);
    property.update = read(request, 'instance');
    property.updateResponse = read(reply, 'reply');
  }

  // Two channels on one address would hear each other's messages.
  const seen: Map<string, string> = new Map();
  const all = [presence, discovery, ...signals.values(), ...[...methods.values()].flatMap((m) => [m.request, m.response])];
  for (const p of properties.values()) all.push(p.value, ...(p.update ? [p.update] : []), ...(p.updateResponse ? [p.updateResponse] : []));
  for (const address of all) {
    const shape = address.address.replace(/\{[^{}]+\}/g, '+');
    const other = seen.get(shape);
    if (other !== undefined) {
      throw new TopicError(address.channel, `address '${address.address}' has the same shape as channel '${other}'; each channel needs its own topics`);
    }
    seen.set(shape, address.channel);
  }

  const options: TopicOption[] = [];
  for (const [name, parameter] of parameterInfo) {
    if (name === INSTANCE_PARAMETER || name === CLIENT_PARAMETER) continue;
    const option = optionName(name);
    const user = all.find((a) => a.parameters.includes(name));
    if (!/^[a-z][A-Za-z0-9]*$/.test(option) || takenOptions.includes(option) || options.some((o) => o.option === option)) {
      throw new TopicError(user ? user.channel : name, `parameter '${name}' would be the option '${option}', which is not a free identifier; rename the parameter`);
    }
    const json = (parameter.json() as { examples?: unknown, default?: unknown });
    const examples = json.examples;
    const defaultValue = json.default;
    const example = typeof defaultValue === 'string' ? defaultValue : Array.isArray(examples) && typeof examples[0] === 'string' ? examples[0] : name;
    options.push({ name, key: objectKey(name), option, description: parameter.description() || undefined, example });
  }
  return { presence, discovery, signals, methods, properties, options };
}

export { readTopics, extension, TopicError, INSTANCE_PARAMETER, CLIENT_PARAMETER };
