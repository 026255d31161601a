// The one naming source: every identifier the generated package declares for
// an interface element (its types, codecs, listeners, class members and
// options) is decided here, from the element's name as written. The
// converter's collision checks (converter/validate.ts, validate-members.js,
// config.js) and the view model the templates render (filters/model.ts) both
// ask this module; templates never put a name together themselves.
//
// The members every generated class has whatever the interface (FIXED_*) are
// listed here too; test/generated-members.test.js checks that the classes the
// template renders declare no member this module does not know of. The names
// the runtime exports are read from runtime/*.ts (runtimeExports).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pascalCase, camelCase, kebabCase, isReservedWord } from './naming';
import { RUNTIME_DIR } from './runtime';

/**
 * An element as far as its names depend on it: its kind, its name as
 * written, and the counts that decide whether a wire type exists.
 */
export type Element =
  | { kind: 'signal'; name: string; fields: number }
  | { kind: 'method'; name: string; arguments: number; returnValues: number }
  | { kind: 'property'; name: string; values: number; readOnly: boolean };

/** The functions that read and write a wire type (src/interfaceTypes.ts). */
export interface CodecNames {
  decode: string;
  encode: string;
}

/** A member clash: two elements (or an element and a fixed member) that would declare one member. */
export interface MemberClash {
  side: 'server' | 'client';
  member: string;
  element: Element;
  other?: Element;
}

/** The functions that read and write the wire type `typeName` (src/interfaceTypes.ts). */
export function codecNames(typeName: string): CodecNames {
  return { decode: `decode${typeName}`, encode: `encode${typeName}` };
}

/** An enum or struct (name as written): its TS type and its codec functions (an enum has only a decoder). */
export function typeNames(name: string): { tsName: string } & CodecNames {
  const tsName = pascalCase(name);
  return { tsName, ...codecNames(tsName) };
}

/**
 * A field of a struct or payload (name as written): its TS key, and the
 * parameter it becomes where it is one (`Value` appended to a reserved word).
 */
export function fieldNames(name: string): { tsName: string; parameter: string } {
  const tsName = camelCase(name);
  return { tsName, parameter: isReservedWord(tsName) ? `${tsName}Value` : tsName };
}

/**
 * The option of the generated server, client and discovery that fills the
 * channel parameter `{name}`.
 */
export function optionName(name: string): string {
  return camelCase(name);
}

/** Options the generated classes have besides the topic parameters. */
export const FIXED_OPTIONS = ['instanceId', 'initialValues', 'accessors', 'announceIntervalMs', 'onError', 'timeoutMs', 'shareGroup', 'methodsOnly', 'linkStateTopic'];

/** The interface's own declarations (name as written). */
export function interfaceNames(name: string) {
  const pascal = pascalCase(name);
  return {
    pascal,
    packageName: kebabCase(name),
    serverClass: `${pascal}Server`,
    serverOptions: `${pascal}ServerOptions`,
    /** Options of a server that only answers its share of method calls (`methodsOnly`). */
    methodReplicaOptions: `${pascal}MethodReplicaOptions`,
    initialValues: `${pascal}InitialValues`,
    propertyAccessors: `${pascal}PropertyAccessors`,
    clientClass: `${pascal}Client`,
    clientOptions: `${pascal}ClientOptions`,
    discoveryClass: `${pascal}Discovery`,
    discoveryOptions: `${pascal}DiscoveryOptions`,
  };
}

/** The TS types the interface (name as written) itself declares: classes, options, the property values' types. */
export function interfaceTypeNames(name: string): string[] {
  const n = interfaceNames(name);
  return [n.serverClass, n.clientClass, n.serverOptions, n.methodReplicaOptions, n.clientOptions, n.discoveryClass, n.discoveryOptions, n.initialValues, n.propertyAccessors];
}

/** A signal's names (name as written; `fields`: how many values its payload has). */
export function signalNames(name: string, fields: number) {
  const pascal = pascalCase(name);
  const camel = camelCase(name);
  const payloadType = fields > 0 ? `${pascal}Payload` : undefined;
  return {
    pascal,
    camel,
    /** The wire object's TS interface, absent without fields. */
    payloadType,
    payloadCodec: payloadType === undefined ? undefined : codecNames(payloadType),
    listenerType: `${pascal}Listener`,
    /** Server: publishes the signal. */
    emit: `emit${pascal}`,
    /** Client: adds a listener. */
    receive: `receive${pascal}`,
    /** Client: hands a decoded signal to the listeners. */
    deliver: `deliver${pascal}`,
    /** Client: the listener set. */
    listeners: `${camel}Listeners`,
  };
}

/** A method's names (name as written; how many arguments and return values it has). */
export function methodNames(name: string, args: number, returnValues: number) {
  const pascal = pascalCase(name);
  const camel = camelCase(name);
  const argumentsType = args > 0 ? `${pascal}Arguments` : undefined;
  const resultType = returnValues > 0 ? `${pascal}Result` : undefined;
  return {
    pascal,
    camel,
    argumentsType,
    argumentsCodec: argumentsType === undefined ? undefined : codecNames(argumentsType),
    resultType,
    resultCodec: resultType === undefined ? undefined : codecNames(resultType),
    handlerType: `${pascal}Handler`,
    /** Server: sets the handler. */
    handle: `handle${pascal}`,
    /** Server: answers one request. */
    answer: `answer${pascal}`,
    /** Server: the handler field. */
    handlerField: `${camel}Handler`,
    /** Client: calls the method. */
    call: camel,
  };
}

/** A property's names (name as written; how many values it has, whether it is read-only). */
export function propertyNames(name: string, values: number, readOnly: boolean) {
  const pascal = pascalCase(name);
  const camel = camelCase(name);
  const valueType = values > 1 ? `${pascal}Value` : undefined;
  return {
    pascal,
    camel,
    /** The TS interface of a property of several values, absent for one value. */
    valueType,
    valueCodec: valueType === undefined ? undefined : codecNames(valueType),
    /** The `PropertyCodec` constant. */
    codec: `${camel}Codec`,
    updatedListenerType: readOnly ? undefined : `${pascal}UpdatedListener`,
    changedListenerType: `${pascal}ChangedListener`,
    /** Its key in the server's initial values / accessors. */
    option: camel,
    /** Server and client: the getter. */
    getter: camel,
    /** Server (stinger-owned values) and client (unless read-only): the setter. */
    set: `set${pascal}`,
    /** Server (application-owned values): publishes the application's value. */
    publish: `publish${pascal}`,
    /** Server: adds an update listener; absent for a read-only property. */
    onUpdated: readOnly ? undefined : `on${pascal}Updated`,
    /** Client: adds a change listener. */
    onChanged: `on${pascal}Changed`,
    /** Client: the PropertyVersion of the last value seen. */
    versionGetter: `${camel}Version`,
    /** Server and client: the field holding the runtime's property object. */
    field: `${camel}Property`,
  };
}

/** Members every generated server and client has (private ones count: a public member cannot share their name). */
export const FIXED_MEMBERS = ['constructor', 'instanceId', 'connection', 'topicParameters', 'onError', 'subscriptions', 'ready', 'close'];

/** Members of every generated server, with its helpers (a class has those only with elements of their kind). */
export const FIXED_SERVER_MEMBERS = [
  ...FIXED_MEMBERS,
  'announcer', 'started', 'stopRepublishing', 'publishAll', 'republish',
  'shareGroup', 'ownsProperties', 'serveProperty', 'absentProperty', 'subscribeToMethod', 'subscribeToUpdates', 'publishSignal', 'signalTopics',
];

/** Members of every generated client, with its helpers. */
export const FIXED_CLIENT_MEMBERS = [
  ...FIXED_MEMBERS,
  'replyParameters', 'calls', 'filledTopics', 'propertiesReady',
  'subscribeToSignal', 'subscribeToProperty', 'requestTopics',
];

/** The names of an element. */
export function namesOf(element: Element) {
  if (element.kind === 'signal') return signalNames(element.name, element.fields);
  if (element.kind === 'method') return methodNames(element.name, element.arguments, element.returnValues);
  return propertyNames(element.name, element.values, element.readOnly);
}

/**
 * The server members an element adds. `ownedValues` false: the application
 * keeps the property values (publishX instead of setX).
 */
export function serverMembersOf(element: Element, ownedValues = true): string[] {
  if (element.kind === 'signal') return [signalNames(element.name, element.fields).emit];
  if (element.kind === 'method') {
    const n = methodNames(element.name, element.arguments, element.returnValues);
    return [n.handle, n.answer, n.handlerField];
  }
  const n = propertyNames(element.name, element.values, element.readOnly);
  return [n.getter, ownedValues ? n.set : n.publish, ...(n.onUpdated ? [n.onUpdated] : []), n.field];
}

/** The client members an element adds. */
export function clientMembersOf(element: Element): string[] {
  if (element.kind === 'signal') {
    const n = signalNames(element.name, element.fields);
    return [n.receive, n.deliver, n.listeners];
  }
  if (element.kind === 'method') return [methodNames(element.name, element.arguments, element.returnValues).call];
  const n = propertyNames(element.name, element.values, element.readOnly);
  return [n.getter, n.versionGetter, ...(element.readOnly ? [] : [n.set]), n.onChanged, n.field];
}

/**
 * The members two elements would both declare, or an element would take from
 * the fixed ones, on either class. `ownedValues`: the server's property
 * setters are setX (true) or publishX (false).
 */
export function memberClashes(elements: Element[], ownedValues: boolean): MemberClash[] {
  const clashes: MemberClash[] = [];
  const sides: Array<['server' | 'client', string[], (e: Element) => string[]]> = [
    ['server', FIXED_SERVER_MEMBERS, (e) => serverMembersOf(e, ownedValues)],
    ['client', FIXED_CLIENT_MEMBERS, clientMembersOf],
  ];
  for (const [side, fixed, membersOf] of sides) {
    const seen = new Map<string, Element>();
    for (const element of elements) {
      for (const member of membersOf(element)) {
        const other = seen.get(member);
        if (fixed.includes(member)) clashes.push({ side, member, element });
        else if (other !== undefined && other !== element) clashes.push({ side, member, element, other });
        else seen.set(member, element);
      }
    }
  }
  return clashes;
}

/**
 * The TS types an element declares besides enums and structs, with what
 * each is (for messages), in the order the converter reports them.
 */
export function typesOf(element: Element): Array<{ what: string; role: string; tsName: string }> {
  const result: Array<{ what: string; role: string; tsName: string }> = [];
  const add = (role: string, what: string, tsName: string | undefined): void => {
    if (tsName !== undefined) result.push({ role, what, tsName });
  };
  if (element.kind === 'signal') {
    const n = signalNames(element.name, element.fields);
    add('payload', 'the payload type', n.payloadType);
    add('listener', 'the listener type', n.listenerType);
  } else if (element.kind === 'method') {
    const n = methodNames(element.name, element.arguments, element.returnValues);
    add('handler', 'the handler type', n.handlerType);
    add('arguments', 'the arguments type', n.argumentsType);
    add('result', 'the result type', n.resultType);
  } else {
    const n = propertyNames(element.name, element.values, element.readOnly);
    add('value', 'the value type', n.valueType);
    add('updated', 'the update listener type', n.updatedListenerType);
    add('changed', 'the change listener type', n.changedListenerType);
  }
  return result;
}

/**
 * Every name the runtime files (runtime/*.ts, copied into each package as
 * src/<file>) export at top level, by module (`./connection`, ...). Read
 * from the files themselves, so a new runtime export is known at once.
 */
export function runtimeExports(): Map<string, string[]> {
  if (runtimeExportsCache) return runtimeExportsCache;
  const byModule = new Map<string, string[]>();
  for (const file of fs.readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const text = fs.readFileSync(path.join(RUNTIME_DIR, file), 'utf8');
    const names: string[] = [];
    for (const match of text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:class|interface|type|function|const|enum|let)\s+([A-Za-z_$][\w$]*)/gm)) {
      names.push(match[1]);
    }
    byModule.set(`./${file.replace(/\.ts$/, '')}`, names);
  }
  runtimeExportsCache = byModule;
  return byModule;
}

let runtimeExportsCache: Map<string, string[]> | undefined;

/**
 * The runtime's exported names an enum or struct may not take: every
 * exported type-like name, and the `X` of each `decodeX` / `encodeX` helper
 * (the enum's or struct's codec would clash with it).
 */
export function runtimeTypeNames(): string[] {
  const names = new Set<string>();
  for (const exported of runtimeExports().values()) {
    for (const name of exported) {
      const codec = /^(?:decode|encode)([A-Z]\w*)$/.exec(name);
      if (codec) names.add(codec[1]);
      if (/^[A-Z]/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}
