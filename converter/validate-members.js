// @ts-check
'use strict';
// Names of the members the template generates on the server and client
// classes, and the check that no two elements claim the same member.
// Keep in step with template/src/server.js and client.js (private members
// count too: a public method cannot share a name with a private field).

const naming = require('../filters/naming');

/** @typedef {import('./model').Model} Model */
/** @typedef {import('./model').Loc} Loc */

// Members every generated server and client has; `constructor` cannot be a
// method or accessor name in a class at all.
const FIXED_MEMBERS = ['ready', 'close', 'onError', 'instanceId', 'connection', 'constructor', 'topicPrefix', 'subscriptions'];
const FIXED_SERVER_MEMBERS = [
  ...FIXED_MEMBERS, 'subscribeToMethod', 'publishSignal',
  'announcer', 'started', 'stopRepublishing', 'republish', 'publishAll', 'propertiesByName', 'serveProperty', 'answerPropertyUpdate',
];
const FIXED_CLIENT_MEMBERS = [
  ...FIXED_MEMBERS, 'subscribeToSignal', 'subscribeToReplies', 'methodTopics', 'calls',
  'propertiesReady', 'subscribeToProperty', 'subscribeToUpdateReplies', 'propertyTopics',
];

/**
 * @typedef {{ member: string, kind: string, name: string, what: string, loc: Loc }} Member
 */

/**
 * @param {Model} model
 * @returns {{ server: Member[], client: Member[] }}
 */
function generatedMembers(model) {
  /** @type {Member[]} */
  const server = [];
  /** @type {Member[]} */
  const client = [];
  for (const s of model.signals) {
    const what = `signal '${s.name}'`;
    const pascal = naming.pascalCase(s.name);
    server.push({ member: `emit${pascal}`, kind: 'signal', name: s.name, what, loc: s.loc });
    for (const member of [`receive${pascal}`, `deliver${pascal}`, `${naming.camelCase(s.name)}Listeners`]) {
      client.push({ member, kind: 'signal', name: s.name, what, loc: s.loc });
    }
  }
  for (const m of model.methods) {
    const what = `method '${m.name}'`;
    const pascal = naming.pascalCase(m.name);
    for (const member of [`handle${pascal}`, `answer${pascal}`, `${naming.camelCase(m.name)}Handler`]) {
      server.push({ member, kind: 'method', name: m.name, what, loc: m.loc });
    }
    client.push({ member: naming.camelCase(m.name), kind: 'method', name: m.name, what, loc: m.loc });
  }
  for (const p of model.properties) {
    const what = `property '${p.name}'`;
    const pascal = naming.pascalCase(p.name);
    const camel = naming.camelCase(p.name);
    for (const member of [camel, `set${pascal}`, ...(p.readOnly ? [] : [`on${pascal}Updated`]), `${camel}Property`]) {
      server.push({ member, kind: 'property', name: p.name, what, loc: p.loc });
    }
    for (const member of [camel, ...(p.readOnly ? [] : [`set${pascal}`]), `on${pascal}Changed`, `${camel}Property`]) {
      client.push({ member, kind: 'property', name: p.name, what, loc: p.loc });
    }
  }
  return { server, client };
}

/**
 * Two elements of one kind whose names collide in TypeScript: validate.js
 * reports those already.
 * @param {Member} a
 * @param {Member} b
 */
function sameNameCollision(a, b) {
  return a.kind === b.kind && naming.camelCase(a.name) === naming.camelCase(b.name);
}

/**
 * Reports an element whose generated member is a fixed member or the member
 * of another element (`set_foo` and `foo` both give `setFoo`).
 * @param {Model} model
 * @param {(loc: Loc, message: string, hint?: string) => void} error
 */
function checkGeneratedMembers(model, error) {
  const { server, client } = generatedMembers(model);
  const reported = new Set();
  const sides = /** @type {const} */ ([['server', server, FIXED_SERVER_MEMBERS], ['client', client, FIXED_CLIENT_MEMBERS]]);
  for (const [side, members, fixed] of sides) {
    const ordered = [...members].sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
    /** @type {Map<string, Member>} */
    const seen = new Map();
    for (const m of ordered) {
      if (m.member === '') continue;
      if (fixed.includes(m.member)) {
        const key = `${m.what}|fixed|${m.member}`;
        if (!reported.has(key)) {
          reported.add(key);
          error(m.loc, `${m.what} becomes the ${side} member '${m.member}', which every generated ${side} already has`, `rename the ${m.kind}`);
        }
        continue;
      }
      const first = seen.get(m.member);
      if (!first) {
        seen.set(m.member, m);
      } else if (first.what !== m.what && !sameNameCollision(first, m)) {
        const key = `${first.what}|${m.what}`;
        if (reported.has(key)) continue;
        reported.add(key);
        error(m.loc, `${m.what} and ${first.what} (line ${first.loc.line}) both become the ${side} member '${m.member}'`, 'rename one of them');
      }
    }
  }
}

module.exports = { generatedMembers, checkGeneratedMembers, FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS };
