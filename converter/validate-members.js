// @ts-check
'use strict';
// The check that no element's generated member is a fixed member of the
// server or client class or another element's member. The names come from
// filters/names.js, the one naming source of the template.

const naming = require('../filters/naming');
const { FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS, serverMembersOf, clientMembersOf } = require('../filters/names');

/** @typedef {import('./model').Model} Model */
/** @typedef {import('./model').Loc} Loc */
/** @typedef {import('../filters/names').Element} Element */

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
  for (const [element, loc] of elementsOf(model)) {
    const what = `${element.kind} '${element.name}'`;
    // Both spellings of a property's setter: the config decides which one the server has.
    const serverMembers = [...new Set([...serverMembersOf(element, true), ...serverMembersOf(element, false)])];
    for (const member of serverMembers) server.push({ member, kind: element.kind, name: element.name, what, loc });
    for (const member of clientMembersOf(element)) client.push({ member, kind: element.kind, name: element.name, what, loc });
  }
  return { server, client };
}

/**
 * The signals, methods and properties of the model as naming elements (filters/names.js), with their locations.
 * @param {Model} model
 * @returns {Array<[Element, Loc]>}
 */
function elementsOf(model) {
  return [
    ...model.signals.map((s) => /** @type {[Element, Loc]} */ ([{ kind: 'signal', name: s.name, fields: s.payload.length }, s.loc])),
    ...model.methods.map((m) => /** @type {[Element, Loc]} */ ([{ kind: 'method', name: m.name, arguments: m.arguments.length, returnValues: m.returnValues.length }, m.loc])),
    ...model.properties.map((p) => /** @type {[Element, Loc]} */ ([{ kind: 'property', name: p.name, values: p.values.length, readOnly: p.readOnly }, p.loc])),
  ];
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

module.exports = { generatedMembers, checkGeneratedMembers, elementsOf, FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS };
