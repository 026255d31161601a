// src/topics.ts: every channel address of the document, as TopicTemplates.
// The server, client, discovery and connection make each topic they use
// from these (filters/topics.ts states the rule and checks the addresses).
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';

const { interfaceModel } = require('../../filters/model');
const { stringLiteral, objectKey } = require('../../filters/types');

/**
 * `new TopicTemplate('...')` with the channel it comes from.
 * @param {string} indent
 * @param {string} key
 * @param {{ channel: string, address: string }} address
 */
function entry(indent, key, address) {
  return `${indent}/** Channel \`${address.channel}\`. */\n${indent}${objectKey(key)}: new TopicTemplate(${stringLiteral(address.address)}),\n`;
}

/**
 * A group of entries keyed by element name.
 * @param {string} key
 * @param {Array<[string, string]>} members  [name, text of its value]
 */
function group(key, members) {
  if (members.length === 0) return `  ${key}: {},\n`;
  return `  ${key}: {\n${members.map(([, text]) => text).join('')}  },\n`;
}

/**
 * @param {string} name
 * @param {Record<string, { channel: string, address: string } | undefined>} parts
 */
function nested(name, parts) {
  const inner = Object.entries(parts)
    .filter(([, address]) => address !== undefined)
    .map(([key, address]) => entry('      ', key, /** @type {{ channel: string, address: string }} */ (address)))
    .join('');
  return `    ${objectKey(name)}: {\n${inner}    },\n`;
}

/** @param {import('../../filters/model').TemplateContext} context */
export default function Topics({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { topics } = model;
  return (
    <File name="topics.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={['TopicTemplate']} from="./topicTemplate" />
      {`
/**
 * The channel addresses of the AsyncAPI document. Every topic this package
 * publishes or subscribes to is made from one of these; \`{service_id}\` is a
 * server's instance id, \`{client_id}\` the MQTT client id of a connection.
 */
export const topics = {
${entry('  ', 'presence', topics.presence)}${entry('  ', 'discovery', topics.discovery)}${group(
        'signals',
        [...topics.signals].map(([name, address]) => [name, entry('    ', name, address)]),
      )}${group(
        'methods',
        [...topics.methods].map(([name, m]) => [name, nested(name, { request: m.request, response: m.response })]),
      )}${group(
        'properties',
        [...topics.properties].map(([name, p]) => [name, nested(name, { value: p.value, update: p.update, updateResponse: p.updateResponse })]),
      )}};
`}
    </File>
  );
}
