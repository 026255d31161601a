// The check that no element's generated member is a fixed member of the
// server or client class or another element's member. The names come from
// filters/names.ts, the one naming source of the template.

import type { Model, Loc } from './model';
import type { Element } from '../filters/names';

import * as naming from '../filters/naming';
import { FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS, serverMembersOf, clientMembersOf } from '../filters/names';

export type Member = { member: string, kind: string, name: string, what: string, loc: Loc };

function generatedMembers(model: Model): { server: Member[]; client: Member[]; } {
  const server: Member[] = [];
  const client: Member[] = [];
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
 * The signals, methods and properties of the model as naming elements (filters/names.ts), with their locations.
 */
function elementsOf(model: Model): Array<[Element, Loc]> {
  return [
    ...model.signals.map((s) => ([{ kind: 'signal', name: s.name, fields: s.payload.length }, s.loc] as [Element, Loc])),
    ...model.methods.map((m) => ([{ kind: 'method', name: m.name, arguments: m.arguments.length, returnValues: m.returnValues.length }, m.loc] as [Element, Loc])),
    ...model.properties.map((p) => ([{ kind: 'property', name: p.name, values: p.values.length, readOnly: p.readOnly }, p.loc] as [Element, Loc])),
  ];
}

/**
 * Two elements of one kind whose names collide in TypeScript: validate.js
 * reports those already.
 */
function sameNameCollision(a: Member, b: Member) {
  return a.kind === b.kind && naming.camelCase(a.name) === naming.camelCase(b.name);
}

/**
 * Reports an element whose generated member is a fixed member or the member
 * of another element (`set_foo` and `foo` both give `setFoo`).
 */
function checkGeneratedMembers(model: Model, error: (loc: Loc, message: string, hint?: string) => void) {
  const { server, client } = generatedMembers(model);
  const reported = new Set();
  const sides = (([['server', server, FIXED_SERVER_MEMBERS], ['client', client, FIXED_CLIENT_MEMBERS]]) as const);
  for (const [side, members, fixed] of sides) {
    const ordered = [...members].sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
    const seen: Map<string, Member> = new Map();
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

export { generatedMembers, checkGeneratedMembers, elementsOf, FIXED_SERVER_MEMBERS, FIXED_CLIENT_MEMBERS };
