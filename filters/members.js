// @ts-check
'use strict';
// The members of the generated server and client classes: the ones every
// class has and the ones each signal, method and property adds. The
// converter reports an element whose member would clash (validate-members.js)
// and the view model refuses one (filters/model.js) from these lists; a test
// (test/generated-members.test.js) checks them against the classes the
// template renders, so a template change that adds a member fails there
// until it is listed here.

const { pascalCase, camelCase } = require('./naming');

/** Members every generated server and client has (private ones count: a public member cannot share their name). */
const FIXED_MEMBERS = ['constructor', 'instanceId', 'connection', 'topicParameters', 'onError', 'subscriptions', 'ready', 'close'];

/** Members of every generated server, with its helpers (a class has those only with elements of their kind). */
const FIXED_SERVER_MEMBERS = [
  ...FIXED_MEMBERS,
  'announcer', 'started', 'stopRepublishing', 'publishAll', 'republish',
  'serveProperty', 'subscribeToMethod', 'subscribeToUpdates', 'publishSignal', 'signalTopics',
];

/** Members of every generated client, with its helpers. */
const FIXED_CLIENT_MEMBERS = [
  ...FIXED_MEMBERS,
  'replyParameters', 'calls', 'filledTopics', 'propertiesReady',
  'subscribeToSignal', 'subscribeToReplies', 'subscribeToProperty', 'subscribeToUpdateReplies', 'requestTopics',
];

/**
 * @typedef {{ kind: 'signal' | 'method' | 'property', name: string, readOnly?: boolean }} Element
 */

/**
 * The server members an element adds.
 * @param {Element} element
 * @param {boolean} [ownedValues]  false: the application keeps the property values (publishX instead of setX)
 * @returns {string[]}
 */
function serverMembersOf(element, ownedValues = true) {
  const pascal = pascalCase(element.name);
  const camel = camelCase(element.name);
  if (element.kind === 'signal') return [`emit${pascal}`];
  if (element.kind === 'method') return [`handle${pascal}`, `answer${pascal}`, `${camel}Handler`];
  return [camel, ownedValues ? `set${pascal}` : `publish${pascal}`, ...(element.readOnly ? [] : [`on${pascal}Updated`]), `${camel}Property`];
}

/**
 * The client members an element adds.
 * @param {Element} element
 * @returns {string[]}
 */
function clientMembersOf(element) {
  const pascal = pascalCase(element.name);
  const camel = camelCase(element.name);
  if (element.kind === 'signal') return [`receive${pascal}`, `deliver${pascal}`, `${camel}Listeners`];
  if (element.kind === 'method') return [camel];
  return [camel, ...(element.readOnly ? [] : [`set${pascal}`]), `on${pascal}Changed`, `${camel}Property`];
}

module.exports = { FIXED_MEMBERS, FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS, serverMembersOf, clientMembersOf };

/**
 * Every name the runtime files (runtime/*.ts, copied into each package) export
 * at top level, and the `X` of each `decodeX` / `encodeX` helper: an
 * enum or struct whose TypeScript name is one of these (or whose codec
 * `decodeX` would be) clashes with the runtime. Read from the files
 * themselves, so a new runtime export is taken at once.
 * @returns {string[]}
 */
function runtimeTypeNames() {
  const fs = require('node:fs');
  const path = require('node:path');
  const { RUNTIME_DIR } = require('./runtime');
  const names = new Set();
  for (const file of fs.readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const text = fs.readFileSync(path.join(RUNTIME_DIR, file), 'utf8');
    for (const match of text.matchAll(/^export\s+(?:abstract\s+)?(?:class|interface|type|function|const|enum|let)\s+([A-Za-z_$][\w$]*)/gm)) {
      const name = match[1];
      const codec = /^(?:decode|encode)([A-Z]\w*)$/.exec(name);
      if (codec) names.add(codec[1]);
      if (/^[A-Z]/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}

module.exports.runtimeTypeNames = runtimeTypeNames;
