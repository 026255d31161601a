// @ts-check
'use strict';
// filters/names.ts is the one naming source: it lists the members the
// generated server and client classes have; the converter and the view model
// check names against it. Here every member the template really declares in the golden classes
// must be one of them, so a template change that adds a member cannot leave
// the list behind.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');
const members = require('../filters/names');

const GOLDEN = path.join(__dirname, 'golden');

/**
 * The member names declared in `export class <name> { ... }` of a file.
 * @param {string} text
 * @param {string} className
 */
function declaredMembers(text, className) {
  const start = text.indexOf(`export class ${className} {`);
  expect(start, className).to.be.at.least(0);
  const body = text.slice(start, text.indexOf('\n}\n', start));
  const names = new Set();
  for (const match of body.matchAll(/^ {2}(?:(?:private|readonly|async|get|static|public|protected)\s+)*([A-Za-z_$][\w$]*)\s*[(<:?=]/gm)) {
    names.add(match[1]);
  }
  return [...names];
}

describe('generated class members (filters/names.ts)', function () {
  /** @type {Set<string>} */
  const serverDeclaredAnywhere = new Set();
  /** @type {Set<string>} */
  const clientDeclaredAnywhere = new Set();

  for (const name of ['examples-full', 'examples-example', 'fixtures-edge-cases']) {
    it(`${name}: every member of the server and client classes is listed`, function () {
      const document = YAML.parse(fs.readFileSync(path.join(GOLDEN, 'generated', name, 'asyncapi.yaml'), 'utf8'));
      const pascal = require('../filters/naming').pascalCase(document.info['x-stinger-interface'].name);
      /** @type {import('../filters/names').Element[]} */
      const elements = [];
      /** @param {string} channelKey */
      const fieldCount = (messageKey) => {
        /** @param {any} node */
        const deref = (node) => (node.$ref ? node.$ref.slice(2).split('/').reduce((/** @type {any} */ at, /** @type {string} */ key) => at[key], document) : node);
        return deref(deref(document.components.messages[messageKey]).payload)['x-stinger-fields'].length;
      };
      for (const operation of Object.values(document.operations)) {
        const kind = operation['x-stinger-kind'];
        const elementName = operation['x-stinger-name'];
        if (kind === 'signal') elements.push({ kind, name: elementName, fields: fieldCount(`signal.${elementName}`) });
        if (kind === 'method') {
          elements.push({ kind, name: elementName, arguments: fieldCount(`method.${elementName}.request`), returnValues: fieldCount(`method.${elementName}.response`) });
        }
        if (kind === 'propertyValue') {
          elements.push({ kind: 'property', name: elementName, values: fieldCount(`property.${elementName}.value`), readOnly: operation['x-stinger-read-only'] === true });
        }
      }
      const server = new Set([...members.FIXED_SERVER_MEMBERS, ...elements.flatMap((e) => members.serverMembersOf(e))]);
      const client = new Set([...members.FIXED_CLIENT_MEMBERS, ...elements.flatMap((e) => members.clientMembersOf(e))]);
      const serverText = fs.readFileSync(path.join(GOLDEN, 'generated', name, 'src', 'server.ts'), 'utf8');
      const clientText = fs.readFileSync(path.join(GOLDEN, 'generated', name, 'src', 'client.ts'), 'utf8');
      const serverDeclared = declaredMembers(serverText, `${pascal}Server`);
      const clientDeclared = declaredMembers(clientText, `${pascal}Client`);
      for (const m of serverDeclared) serverDeclaredAnywhere.add(m);
      for (const m of clientDeclared) clientDeclaredAnywhere.add(m);
      expect(serverDeclared.length).to.be.at.least(5);
      expect(serverDeclared.filter((m) => !server.has(m)), 'server members missing from filters/names.ts').to.deep.equal([]);
      expect(clientDeclared.filter((m) => !client.has(m)), 'client members missing from filters/names.ts').to.deep.equal([]);
    });
  }

  it('every fixed member filters/names.ts lists is declared by some golden class (no stale entries)', function () {
    expect(serverDeclaredAnywhere.size, 'the tests above ran').to.be.above(0);
    expect(members.FIXED_SERVER_MEMBERS.filter((m) => !serverDeclaredAnywhere.has(m)), 'server').to.deep.equal([]);
    expect(members.FIXED_CLIENT_MEMBERS.filter((m) => !clientDeclaredAnywhere.has(m)), 'client').to.deep.equal([]);
  });

  it('the runtime names an enum or struct may not take are read from runtime/*.ts', function () {
    const names = members.runtimeTypeNames();
    expect(names).to.include.members(['MqttConnection', 'TopicTemplate', 'PropertyAccessor', 'DateTime', 'Duration', 'ReturnCode']);
    const { TAKEN_TYPE_NAMES } = require('../converter/validate');
    expect(TAKEN_TYPE_NAMES).to.include.members(names);
  });
});
