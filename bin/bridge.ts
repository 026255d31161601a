// `stingeripc bridge INPUT --prefix P --servers local|remote [-o FILE]`: the
// `topic` lines of a mosquitto MQTT v5 bridge that carries one interface's
// channels between two brokers, derived from the interface's AsyncAPI
// document like `stingeripc acl` (bin/acl.ts).
//
// The bridge is configured in one broker (local) and dials the other
// (remote). `--servers` says where the servers of the interface run:
// - the messages the servers send (the channels of `send` operations:
//   signals, property values, announcements, presence; and the replies of
//   `receive` operations) go from the servers' broker to the clients' broker;
// - the messages clients send (the channels of `receive` operations: method
//   requests, property updates) go the other way.
// With servers on the remote broker the first are `in` and the second `out`;
// with servers on the local broker the reverse.
//
// The lines are no wider than the document: `{prefix}` is the value of
// `--prefix` (the device's topic prefix), other parameters are `+` unless
// fixed with `--param`, `{client_id}` is always `+` (replies go to whichever
// client asked). Topics are the same on both brokers: a bridge's local and
// remote prefixes remap the topic of a message but not the Response Topic of
// a request, so a reply would go to a topic the requester does not read.

import type { JsonObject } from '../converter/asyncapi-schemas';
import { DocumentError, UsageError, writeDerived, resolveRef, channelAddress, checkTopicText, aclTopic, parseParams } from './acl';

/** The channel parameter that `--prefix` fixes. */
const PREFIX = 'prefix';

export interface BridgeOptions {
  /** Value of the `{prefix}` channel parameter. */
  prefix: string;
  /** The broker the interface's servers are on, seen from the broker with the bridge. */
  servers: 'local' | 'remote';
  /** Other fixed channel parameters. */
  params?: Record<string, string>;
}

/** The arguments of the bridge command after option parsing. */
export interface BridgeArgs {
  input: string;
  output: string | undefined;
  prefix: string | undefined;
  servers: string | undefined;
  params: string[];
  configFiles?: string[];
}

type Json = JsonObject;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The bridge `topic` lines for a document (an AsyncAPI document made by the converter).
 * Throws a DocumentError when the document cannot be bridged, a UsageError
 * for a parameter the document does not have.
 */
export function bridgeFromDocument(document: Json, options: BridgeOptions): string {
  const params: Record<string, string> = { ...(options.params || {}), [PREFIX]: options.prefix };
  const seenParams = new Set<string>();
  const lines: Array<{ topic: string; from: 'servers' | 'clients'; what: string }> = [];
  const add = (address: string, where: Array<string | number>, from: 'servers' | 'clients', what: string): void => {
    const { topic } = aclTopic(address, where, false, params, seenParams);
    if (!lines.some((line) => line.topic === topic)) lines.push({ topic, from, what });
  };

  const operations = document.operations;
  if (!isObject(operations) || Object.keys(operations).length === 0) {
    throw new DocumentError(isObject(operations) ? ['operations'] : [], 'the document has no operations', 'convert the interface file with stingeripc-to-asyncapi');
  }
  for (const [name, operation] of Object.entries(operations)) {
    const where: Array<string | number> = ['operations', name];
    if (!isObject(operation)) throw new DocumentError(where, `operation '${name}' must be an object`);
    const action = operation.action;
    if (action !== 'send' && action !== 'receive') {
      throw new DocumentError([...where, 'action'], `operation '${name}' has action ${JSON.stringify(action)}; expected send or receive`);
    }
    if (!isObject(operation.channel)) throw new DocumentError([...where, 'channel'], `operation '${name}' has no channel reference`);
    const channel = channelAddress(resolveRef(document, operation.channel.$ref, [...where, 'channel']));
    checkTopicText(channel.address, channel.where, 'address');
    add(channel.address, channel.where, action === 'send' ? 'servers' : 'clients', name);
    if (operation.reply !== undefined) {
      if (action !== 'receive') throw new DocumentError([...where, 'reply'], `operation '${name}' sends but has a reply; only requests the server receives have replies here`);
      if (!isObject(operation.reply) || !isObject(operation.reply.channel)) {
        throw new DocumentError([...where, 'reply'], `the reply of operation '${name}' has no channel reference`);
      }
      const reply = channelAddress(resolveRef(document, operation.reply.channel.$ref, [...where, 'reply', 'channel']));
      checkTopicText(reply.address, reply.where, 'reply address');
      add(reply.address, reply.where, 'servers', `${name} reply`);
    }
  }
  if (!seenParams.has(PREFIX)) {
    throw new UsageError(
      `--prefix: the document has no channel parameter '${PREFIX}' (its parameters: ${[...seenParams].sort().join(', ') || 'none'}); ` +
        `generate the daemons and this bridge with a --config whose [topics] has params = ["${PREFIX}"] and {${PREFIX}} in every server topic`,
    );
  }
  for (const name of Object.keys(params)) {
    if (!seenParams.has(name)) {
      const known = [...seenParams].filter((p) => p !== 'client_id').sort();
      throw new UsageError(`--param ${name}: the document has no channel parameter '${name}' (its parameters: ${known.join(', ') || 'none'})`);
    }
  }
  const serversIn = options.servers === 'remote';
  const direction = (from: 'servers' | 'clients'): string => ((from === 'servers') === serversIn ? 'in' : 'out');
  const info = isObject(document.info) ? document.info : {};
  const iface = isObject(info['x-stinger-interface']) ? info['x-stinger-interface'] : {};
  const title = `${typeof iface.name === 'string' ? iface.name : String(info.title)} ${typeof info.version === 'string' ? info.version : ''}`.trim();
  const fixed = Object.keys(params).sort().map((name) => `${name}=${params[name]}`);
  const out = [
    `# mosquitto bridge topics for the ${title} interface, written by 'stingeripc bridge'.`,
    `# The servers are on the ${options.servers} broker; ${fixed.join(', ')}.`,
    `# Put these lines after the bridge's 'connection' block (bridge_protocol_version`,
    `# mqttv50). Topics are the same on both brokers (no remapping: mosquitto does not`,
    `# remap a request's Response Topic). See the README's Deployment section.`,
    '',
    `# What the servers send: signals, property values, announcements, presence, replies.`,
    ...lines.filter((l) => l.from === 'servers').map((l) => `topic ${l.topic} ${direction('servers')} 1`),
    '',
    '# What the clients send: method requests, property updates.',
    ...lines.filter((l) => l.from === 'clients').map((l) => `topic ${l.topic} ${direction('clients')} 1`),
  ];
  return `${out.join('\n')}\n`;
}

/** The bridge command after option parsing; resolves with the exit code. `program` names it in messages. */
export async function runBridge(args: BridgeArgs, program: string): Promise<number> {
  let params: Record<string, string>;
  let servers: 'local' | 'remote';
  try {
    if (args.prefix === undefined) throw new UsageError("missing --prefix P (the value of the {prefix} channel parameter of the servers' device)");
    if (args.servers !== 'local' && args.servers !== 'remote') {
      throw new UsageError(
        args.servers === undefined
          ? 'missing --servers local|remote (where the servers of the interface run, seen from the broker that has the bridge)'
          : `--servers takes local or remote, not '${args.servers}'`,
      );
    }
    servers = args.servers;
    try {
      checkTopicText(args.prefix, [], '--prefix value');
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    params = parseParams(args.params);
    if (Object.prototype.hasOwnProperty.call(params, PREFIX)) throw new UsageError(`give the prefix with --prefix, not --param ${PREFIX}=...`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${program}: ${err.message}\nTry '${program} --help'.\n`);
    return 1;
  }
  return writeDerived({
    program,
    input: args.input,
    output: args.output,
    configFiles: args.configFiles || [],
    what: 'the bridge topics',
    derive: (document) => bridgeFromDocument(document, { prefix: args.prefix as string, servers, params }),
  });
}
