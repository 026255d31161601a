// `stingeripc acl INPUT --server-user NAME --client-user NAME [-o FILE]`:
// a mosquitto ACL file derived from the interface's AsyncAPI document, so
// that each role may publish and read exactly the topics the document gives
// it, and nothing else.
//
// Derivation (from the server's point of view, as the document is written):
// - an operation with action `send` (signal, property value, announcement,
//   presence): the server user writes its channel, client users read it;
// - an operation with action `receive` (method request, property update):
//   client users write its channel, the server user reads it;
// - the `reply` of a receive operation: the server user writes it, the
//   client users read it.
// Channel parameters become `+` (one topic level), or the value given with
// `--param NAME=VALUE`. `{client_id}` names a connection: in a channel it is
// the publisher's own client id, in a reply address the requester's. Where
// it is the connection's own id the line is a `pattern` with `%c` (which
// mosquitto applies to every user); elsewhere it is `+`.

import type { Diagnostic } from '../converter/diagnostics';
import type { JsonObject, JsonValue } from '../converter/asyncapi-schemas';

import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeAtomically } from './write-atomically';

/** The parameter that stands for an MQTT client id. */
const CLIENT_ID = 'client_id';

export interface AclOptions {
  serverUsers: string[];
  clientUsers: string[];
  /** fixed values of channel parameters */
  params?: Record<string, string>;
}

export interface AclLine {
  kind: 'pattern' | 'topic';
  access: 'read' | 'write';
  topic: string;
}

/**
 * Where a part of the input document is, for error messages. `path` is the
 * path into the document (keys and indexes).
 */
export type Locate = (path: Array<string | number>) => { line: number, col: number };

/** Input problem: becomes a diagnostic at `path`. */
class DocumentError extends Error {
  readonly where: Array<string | number>;
  readonly hint: string | undefined;

  constructor(where: Array<string | number>, message: string, hint?: string) {
    super(message);
    this.where = where;
    this.hint = hint;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a channel address (or a parameter value) for what an ACL line and
 * MQTT topic filters cannot carry.
 */
function checkTopicText(text: string, where: Array<string | number>, what: string) {
  if (text === '') throw new DocumentError(where, `${what} is empty`);
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020\u007f+#%]/.exec(text);
  if (bad) {
    const shown = bad[0] === ' ' ? 'a space' : /[+#%]/.test(bad[0]) ? `'${bad[0]}'` : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
    throw new DocumentError(where, `${what} '${text.replace(/[\u0000-\u001f\u007f]/g, '?')}' holds ${shown}, which a mosquitto ACL line cannot match literally`);
  }
  if (text.split('/').some((level) => level === '')) throw new DocumentError(where, `${what} '${text}' has an empty topic level`);
}

/**
 * Turns an address into an ACL topic: every `{param}` level becomes `+`, the
 * value of `--param`, or for client_id `%c` (when `own`) or `+`.
 * @param own whether {client_id} is the connection's own id
 * @param seenParams collects the parameter names met
 */
function aclTopic(address: string, where: Array<string | number>, own: boolean, params: Record<string, string>, seenParams: Set<string>): { topic: string; usesClientId: boolean; } {
  let usesClientId = false;
  const levels = address.split('/').map((level) => {
    const match = /^\{([^{}]+)\}$/.exec(level);
    if (!match) {
      if (/[{}]/.test(level)) {
        throw new DocumentError(where, `address '${address}': the parameter in level '${level}' must fill the whole topic level`, 'an ACL can only match whole levels');
      }
      checkTopicText(level, where, `address '${address}': level`);
      return level;
    }
    const name = match[1];
    seenParams.add(name);
    if (name === CLIENT_ID) {
      usesClientId = true;
      return own ? '%c' : '+';
    }
    return Object.prototype.hasOwnProperty.call(params, name) ? params[name] : '+';
  });
  return { topic: levels.join('/'), usesClientId };
}

/**
 * Follows a local `$ref` ('#/channels/name') to its object.
 * @param where the path of the object holding `$ref`
 */
function resolveRef(document: JsonObject, ref: unknown, where: Array<string | number>): { value: JsonObject; path: string[]; } {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) {
    throw new DocumentError([...where, '$ref'], 'expected a local reference like #/channels/NAME');
  }
  const parts = ref.slice(2).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: JsonValue | undefined = document;
  for (const part of parts) {
    value = isObject(value) && Object.prototype.hasOwnProperty.call(value, part) ? value[part] : undefined;
  }
  if (!isObject(value)) throw new DocumentError([...where, '$ref'], `'${ref}' does not name an object in the document`);
  return { value, path: parts };
}

/**
 * The address of a channel: `address`, or for a reply channel whose address
 * is the request's Response Topic (`address: null`) its `x-stinger-address`.
 */
function channelAddress(channel: { value: JsonObject; path: string[]; }): { address: string; where: Array<string | number>; } {
  const { value, path: where } = channel;
  if (typeof value.address === 'string') return { address: value.address, where: [...where, 'address'] };
  if (value.address === null || value.address === undefined) {
    const extension = value['x-stinger-address'];
    if (typeof extension === 'string') return { address: extension, where: [...where, 'x-stinger-address'] };
    throw new DocumentError(where, 'the channel has no address and no x-stinger-address', 'the ACL needs the topic the channel uses');
  }
  throw new DocumentError([...where, 'address'], 'address must be a string or null');
}

/**
 * The ACL lines of each role, from the document's operations.
 */
function deriveLines(document: JsonObject, params: Record<string, string>): { patterns: AclLine[]; server: AclLine[]; client: AclLine[]; seenParams: Set<string>; } {
  const patterns: AclLine[] = [];
  const server: AclLine[] = [];
  const client: AclLine[] = [];
  const seenParams: Set<string> = new Set();
  const add = (list: AclLine[], line: AclLine) => {
    if (!list.some((l) => l.kind === line.kind && l.access === line.access && l.topic === line.topic)) list.push(line);
  };
  /**
   * A topic the `writer` role publishes on and the `reader` role reads.
   * @param reply whether {client_id} is the reader's id (a reply address) rather than the writer's
   */
  const grant = (address: string, where: Array<string | number>, writer: 'server' | 'client', reply: boolean) => {
    const writes = writer === 'server' ? server : client;
    const reads = writer === 'server' ? client : server;
    const asWriter = aclTopic(address, where, !reply, params, seenParams);
    const asReader = aclTopic(address, where, reply, params, seenParams);
    add(asWriter.usesClientId && !reply ? patterns : writes, { kind: asWriter.usesClientId && !reply ? 'pattern' : 'topic', access: 'write', topic: asWriter.topic });
    add(asReader.usesClientId && reply ? patterns : reads, { kind: asReader.usesClientId && reply ? 'pattern' : 'topic', access: 'read', topic: asReader.topic });
  };

  const operations = document.operations;
  if (!isObject(operations) || Object.keys(operations).length === 0) {
    throw new DocumentError(isObject(operations) ? ['operations'] : [], 'the document has no operations', 'convert the interface file with stingeripc-to-asyncapi');
  }
  for (const [name, operation] of Object.entries(operations)) {
    const where = ['operations', name];
    if (!isObject(operation)) throw new DocumentError(where, `operation '${name}' must be an object`);
    const action = operation.action;
    if (action !== 'send' && action !== 'receive') {
      throw new DocumentError([...where, 'action'], `operation '${name}' has action ${JSON.stringify(action)}; expected send or receive`);
    }
    if (!isObject(operation.channel)) throw new DocumentError([...where, 'channel'], `operation '${name}' has no channel reference`);
    const channel = channelAddress(resolveRef(document, operation.channel.$ref, [...where, 'channel']));
    checkTopicText(channel.address, channel.where, 'address');
    // send: the server publishes; receive: clients publish to the server.
    grant(channel.address, channel.where, action === 'send' ? 'server' : 'client', false);
    if (operation.reply !== undefined) {
      if (action !== 'receive') throw new DocumentError([...where, 'reply'], `operation '${name}' sends but has a reply; only requests the server receives have replies here`);
      if (!isObject(operation.reply) || !isObject(operation.reply.channel)) {
        throw new DocumentError([...where, 'reply'], `the reply of operation '${name}' has no channel reference`);
      }
      const reply = channelAddress(resolveRef(document, operation.reply.channel.$ref, [...where, 'reply', 'channel']));
      checkTopicText(reply.address, reply.where, 'reply address');
      if (!/(^|\/)\{client_id\}(\/|$)/.test(reply.address)) {
        throw new DocumentError(reply.where, `reply address '${reply.address}' has no {client_id} level`, 'replies must go to a topic of the requesting client, or any client could read them');
      }
      grant(reply.address, reply.where, 'server', true);
    }
  }
  return { patterns, server, client, seenParams };
}

const formatLine = (line: AclLine) => `${line.kind} ${line.access} ${line.topic}`;

/**
 * Writes/reads first, each in document order.
 */
const ordered = (lines: AclLine[]) => [...lines.filter((l) => l.access === 'write'), ...lines.filter((l) => l.access === 'read')];

/**
 * The ACL text for a document.
 * @param document an AsyncAPI document made by the converter
 * @throws when the document cannot be turned into an ACL
 */
function aclFromDocument(document: JsonObject, options: AclOptions): string {
  const params = options.params || {};
  const { patterns, server, client, seenParams } = deriveLines(document, params);
  for (const name of Object.keys(params)) {
    if (!seenParams.has(name)) {
      const known = [...seenParams].filter((p) => p !== CLIENT_ID).sort();
      throw new UsageError(`--param ${name}: the document has no channel parameter '${name}' (its parameters: ${known.join(', ') || 'none'})`);
    }
  }
  const info = isObject(document.info) ? document.info : {};
  const iface = isObject(info['x-stinger-interface']) ? info['x-stinger-interface'] : {};
  const title = `${typeof iface.name === 'string' ? iface.name : String(info.title)} ${typeof info.version === 'string' ? info.version : ''}`.trim();
  const fixed = Object.keys(params).sort().map((name) => `${name}=${params[name]}`);
  const out = [
    `# mosquitto ACL for the ${title} interface, written by 'stingeripc acl'.`,
    '# Use it with allow_anonymous false, a password_file and acl_file (see the',
    "# README's Security section). Anything not granted here is denied.",
  ];
  if (fixed.length > 0) out.push(`# Channel parameters fixed with --param: ${fixed.join(', ')}.`);
  out.push(
    '',
    '# Every connection, whatever its user (mosquitto applies pattern lines to',
    '# all users): its own presence and the replies addressed to it. %c is the',
    '# MQTT client id the connection uses.',
    ...ordered(patterns).map(formatLine),
  );
  for (const user of options.serverUsers) {
    out.push('', `# Server user: publishes signals, property values, announcements and`, '# replies to any client; reads method requests and property updates.', `user ${user}`, ...ordered(server).map(formatLine));
  }
  for (const user of options.clientUsers) {
    out.push('', '# Client user: publishes method requests and updates of writable', '# properties; reads signals, property values, announcements and presence.', `user ${user}`, ...ordered(client).map(formatLine));
  }
  return `${out.join('\n')}\n`;
}

/** Bad command line: message on stderr, exit 1. */
class UsageError extends Error {}

/**
 * Checks a broker user name for what the password file and the ACL file can
 * carry, and what mosquitto's pattern checks accept.
 */
function checkUserName(option: string, name: string) {
  if (name === '') throw new UsageError(`${option} needs a user name`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f:+#]/.test(name)) {
    throw new UsageError(`${option} '${name.replace(/[\u0000-\u001f\u007f]/g, '?')}': a user name must not hold spaces, control characters, ':', '+' or '#'`);
  }
}

/**
 * @param values raw NAME=VALUE texts
 */
function parseParams(values: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const text of values) {
    const eq = text.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param must be NAME=VALUE, not '${text}'`);
    const name = text.slice(0, eq);
    const value = text.slice(eq + 1);
    if (name === CLIENT_ID) throw new UsageError(`--param ${CLIENT_ID}: the client id is the connecting client's own (%c in the ACL); it cannot be fixed`);
    if (Object.prototype.hasOwnProperty.call(params, name)) throw new UsageError(`--param ${name} is given twice`);
    try {
      checkTopicText(value, [], `--param ${name} value`);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    params[name] = value;
  }
  return params;
}

function checkUsers(users: { serverUsers: string[]; clientUsers: string[]; }) {
  const seen: Map<string, string> = new Map();
  for (const [option, names] of ([['--server-user', users.serverUsers], ['--client-user', users.clientUsers]] as Array<[string, string[]]>)) {
    for (const name of names) {
      checkUserName(option, name);
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        throw new UsageError(earlier === option ? `${option} ${name} is given twice` : `user '${name}' is given both as ${earlier} and as ${option}; give each role its own user`);
      }
      seen.set(name, option);
    }
  }
  if (users.serverUsers.length === 0) throw new UsageError('missing --server-user NAME');
  if (users.clientUsers.length === 0) throw new UsageError('missing --client-user NAME');
}

/**
 * Reads INPUT: an AsyncAPI document (YAML or JSON with a top-level
 * `asyncapi` key, as stingeripc-to-asyncapi writes it) or an interface file,
 * which is converted.
 * @param configFiles TOML configurations for an interface file (as for generate)
 */
async function loadInput(input: string, configFiles: string[] = []): Promise<{ document: JsonObject | null; locate: Locate; diagnostics: Diagnostic[]; check?: () => Promise<Diagnostic[]>; warnings?: Diagnostic[]; }> {
  const converter: typeof import('../converter') = require('../converter');
  const { loadYaml }: typeof import('../converter/load') = require('../converter/load');
  const { makeDiagnostic, sortDiagnostics }: typeof import('../converter/diagnostics') = require('../converter/diagnostics');
  const nowhere: Locate = () => ({ line: 1, col: 1 });
  let text;
  try {
    text = fs.readFileSync(input, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code || String(err);
    return { document: null, locate: nowhere, diagnostics: [makeDiagnostic(input, { line: 1, col: 1 }, `cannot read the file (${reason})`)] };
  }
  const loaded = loadYaml(input, text);
  const YAML: typeof import('yaml') = require('yaml');
  const root = loaded.document.contents;
  const isAsyncApi = loaded.syntaxOk && YAML.isMap(root) && root.has('asyncapi');
  if (!isAsyncApi) {
    const { document, diagnostics, warnings } = converter.convertFile(input, { configFiles });
    return { document, locate: nowhere, diagnostics, warnings };
  }
  if (configFiles.length > 0) {
    const message = '--config applies to interface files; this AsyncAPI document already has its topics';
    return { document: null, locate: nowhere, diagnostics: [makeDiagnostic(input, { line: 1, col: 1 }, message, 'drop --config, or give the interface file')] };
  }
  if (loaded.diagnostics.length > 0) return { document: null, locate: nowhere, diagnostics: sortDiagnostics(loaded.diagnostics) };
  const locate: Locate = (where) => {
    // The deepest part of the path that exists: its key in a map, else the item.
    for (let depth = where.length; depth > 0; depth -= 1) {
      const parent = depth === 1 ? root : loaded.document.getIn(where.slice(0, depth - 1), true);
      const last = where[depth - 1];
      let node: unknown;
      if (YAML.isMap(parent)) node = parent.items.find((pair) => YAML.isScalar(pair.key) && String(pair.key.value) === String(last))?.key;
      else if (YAML.isSeq(parent)) node = parent.items[Number(last)];
      if (YAML.isNode(node) && Array.isArray(node.range)) return loaded.position(node.range[0]);
    }
    return { line: 1, col: 1 };
  };
  let document: JsonObject;
  try {
    document = loaded.document.toJS({ maxAliasCount: 0 });
  } catch (err) {
    // Aliases (refused, as in interface files) or nesting too deep to copy.
    const reason = err instanceof RangeError ? 'it is nested too deeply' : 'it uses YAML aliases (*name), which are not followed';
    return { document: null, locate: nowhere, diagnostics: [makeDiagnostic(input, { line: 1, col: 1 }, `cannot read the AsyncAPI document: ${reason}`)] };
  }
  // The official parser takes seconds; it runs once the ACL is derived (see runAcl).
  const check = async () =>
    sortDiagnostics(
      converter
        .problemsOf(await converter.validateDocument(document))
        .map((p) => makeDiagnostic(input, locate(p.path), `AsyncAPI: ${p.message} [${p.code}]`, 'fix the document, or convert the interface file again')),
    );
  return { document, locate, diagnostics: [], check };
}

/**
 * The acl command after option parsing.
 * @param program for messages
 * @returns exit code
 */
async function runAcl(args: { input: string; output: string | undefined; serverUsers: string[]; clientUsers: string[]; params: string[]; configFiles?: string[]; }, program: string): Promise<number> {
  let params: Record<string, string>;
  try {
    checkUsers(args);
    params = parseParams(args.params);
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
    what: 'the ACL',
    derive: (document) => aclFromDocument(document, { serverUsers: args.serverUsers, clientUsers: args.clientUsers, params }),
  });
}

/**
 * What acl and bridge share once their options are checked: load the input,
 * derive the text from the document (a DocumentError becomes file:line:col,
 * a UsageError a usage line), run the official parser's check when the input
 * was an AsyncAPI document, then print the text or write it atomically, so a
 * failure never leaves a half-written file.
 * @returns exit code
 */
async function writeDerived(job: { program: string; input: string; output: string | undefined; configFiles: string[]; what: string; derive: (document: JsonObject) => string; }): Promise<number> {
  const { formatDiagnostic, makeDiagnostic }: typeof import('../converter/diagnostics') = require('../converter/diagnostics');
  const { program } = job;
  const { document, locate, diagnostics, check, warnings } = await loadInput(job.input, job.configFiles);
  for (const w of warnings || []) process.stderr.write(`${formatDiagnostic(w)}\n`);
  if (diagnostics.length > 0 || !document) {
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  let text;
  try {
    text = job.derive(document);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${program}: ${err.message}\nTry '${program} --help'.\n`);
      return 1;
    }
    if (!(err instanceof DocumentError)) throw err;
    process.stderr.write(`${formatDiagnostic(makeDiagnostic(job.input, locate(err.where), err.message, err.hint))}\n`);
    return 1;
  }
  // An AsyncAPI document as input must also be one the official parser accepts.
  const problems = check ? await check() : [];
  if (problems.length > 0) {
    for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  if (job.output === undefined || job.output === '-') {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeAtomically(job.output, text);
  } catch (err) {
    process.stderr.write(`${program}: cannot write ${job.output}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`${program}: wrote ${job.what} to ${path.normalize(job.output)}\n`);
  return 0;
}

export { aclFromDocument, runAcl, writeDerived, DocumentError, UsageError, loadInput, resolveRef, channelAddress, checkTopicText, aclTopic, parseParams };
