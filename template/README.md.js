// README.md of the generated package: what the interface is and how to use it,
// with this interface's real names.
import { File } from '@asyncapi/generator-react-sdk';

const { interfaceModel } = require('../filters/model');
const { webWanted } = require('../filters/web');
const { sampleArguments, computedResult, samplePropertyValue } = require('../filters/samples');
const { parameterDeclarations, returnType, stringLiteral } = require('../filters/types');
const { GENERATED_NOTICE } = require('../filters/notice');

/** @typedef {import('../filters/model').InterfaceModel} InterfaceModel */

/**
 * The options object of the server in the snippets: the instance id and, with properties, their initial values.
 * @param {InterfaceModel} model
 */
function serverOptions(model) {
  if (model.properties.length === 0) return `{ instanceId: 'first'${inlineTopicOptions(model)} }`;
  const values = model.properties
    .map((p) => `    ${p.names.option}: ${model.ownedValues ? samplePropertyValue(p, model, '    ') : `valueAccessor(${samplePropertyValue(p, model, '    ')})`},\n`)
    .join('');
  const topicOptions = model.topics.options.map((o) => `  ${o.option}: ${stringLiteral(o.example)},\n`).join('');
  return `{\n  instanceId: 'first',\n${topicOptions}  ${model.ownedValues ? 'initialValues' : 'accessors'}: {\n${values}  },\n}`;
}

/**
 * `, prefix: 'home'` for each topic parameter option (filters/topics.ts), with its example value.
 * @param {InterfaceModel} model
 */
function inlineTopicOptions(model) {
  return model.topics.options.map((o) => `, ${o.option}: ${stringLiteral(o.example)}`).join('');
}

/**
 * @param {InterfaceModel} model
 */
function serverSnippet(model) {
  const { serverClass, signals, methods } = model;
  const lines = [
    `import { MqttConnection, ${serverClass}${!model.ownedValues && model.properties.length > 0 ? ', valueAccessor' : ''}${enumImport(model, 'server')} } from '${model.packageName}';`,
    '',
    "const connection = new MqttConnection('localhost', 1883);",
    `const server = new ${serverClass}(connection, ${serverOptions(model)});`,
  ];
  const method = methods[0];
  if (method) {
    const names = method.arguments.map((a) => a.parameter).join(', ');
    const result = computedResult(method, model, '  ');
    lines.push(
      '',
      `server.${method.names.handle}(async (${names}) => {`,
      result === undefined ? '  // do the work' : `  return ${result};`,
      '});',
    );
  }
  lines.push('', 'await server.ready();');
  const signal = signals[0];
  if (signal) {
    lines.push(`await server.${signal.names.emit}(${sampleArguments(signal.fields, model)});`);
  }
  return lines.join('\n');
}

/**
 * @param {InterfaceModel} model
 */
function clientSnippet(model) {
  const { clientClass, signals, methods } = model;
  const lines = [
    `import { MqttConnection, ${clientClass}, MethodError${enumImport(model, 'client')} } from '${model.packageName}';`,
    '',
    "const connection = new MqttConnection('localhost', 1883);",
    `const client = new ${clientClass}(connection, { instanceId: 'first'${inlineTopicOptions(model)} });`,
  ];
  const signal = signals[0];
  if (signal) {
    const names = signal.fields.map((f) => f.parameter).join(', ');
    lines.push(
      '',
      `const stopListening = client.${signal.names.receive}((${names}) => {`,
      `  console.log('${signal.name}'${names ? `, ${names}` : ''});`,
      '});',
    );
  }
  lines.push('', 'await client.ready();');
  const method = methods[0];
  if (method) {
    const args = sampleArguments(method.arguments, model);
    const withOptions = args ? `${args}, { timeoutMs: 2_000 }` : '{ timeoutMs: 2_000 }';
    lines.push(
      'try {',
      method.returnValues.length === 0
        ? `  await client.${method.names.call}(${withOptions});`
        : `  const result = await client.${method.names.call}(${withOptions});`,
      ...(method.returnValues.length === 0 ? [] : ['  console.log(result);']),
      '} catch (error) {',
      '  if (error instanceof MethodError) {',
      '    console.log(`failed with ${error.returnCode}: ${error.debugInfo}`);',
      '  }',
      '}',
    );
  }
  if (signal) {
    lines.push('', 'stopListening();');
  }
  lines.push('await client.close();', 'await connection.close();');
  return lines.join('\n');
}

/**
 * @param {InterfaceModel} model
 */
function propertySnippet(model) {
  const property = model.properties.find((p) => !p.readOnly) || model.properties[0];
  const lines = [
    '// Server: the value in force, and a change that clients see.',
    `console.log(server.${property.names.getter});`,
    model.ownedValues
      ? `await server.${property.names.set}(${samplePropertyValue(property, model)});`
      : `await server.${property.names.publish}(); // after the application changed its value`,
  ];
  if (!property.readOnly) {
    lines.push(
      `server.${property.names.onUpdated}((value) => {`,
      "  // A client asks for this value; throw (e.g. a MethodError) to refuse it.",
      '});',
    );
  }
  lines.push(
    '',
    '// Client: the last value seen (undefined before the first) and every change.',
    'await client.propertiesReady();',
    `console.log(client.${property.names.getter});`,
    `const stopWatching = client.${property.names.onChanged}((value) => console.log(value));`,
  );
  if (!property.readOnly) {
    lines.push(`const inForce = await client.${property.names.set}(${samplePropertyValue(property, model)});`);
  }
  lines.push('stopWatching();');
  return lines.join('\n');
}

/**
 * @param {InterfaceModel} model
 */
function discoverySnippet(model) {
  return [
    `import { MqttConnection, ${model.discoveryClass} } from '${model.packageName}';`,
    '',
    "const connection = new MqttConnection('localhost', 1883);",
    `const discovery = new ${model.discoveryClass}(connection${model.topics.options.length > 0 ? `, { ${inlineTopicOptions(model).slice(2)} }` : ''});`,
    "discovery.onInstanceAdded((instanceId, info) => console.log('up', instanceId, info.version));",
    "discovery.onInstanceRemoved((instanceId) => console.log('gone', instanceId));",
    "discovery.onIncompatibleInstance((instanceId, version) => console.log('incompatible', instanceId, version));",
    'await discovery.ready();',
    '',
    '// A ready client of the first instance online: its property values have arrived.',
    'const client = await discovery.firstClient({ timeoutMs: 5_000 });',
    'console.log(discovery.instances());',
    '',
    'await client.close();',
    'await discovery.close();',
    'await connection.close();',
  ].join('\n');
}

/**
 * `, DayOfTheWeek` when the snippet's example values use an enum.
 * @param {InterfaceModel} model
 * @param {'server' | 'client'} side
 */
function enumImport(model, side) {
  const text = side === 'server'
    ? [
      model.methods[0] ? computedResult(model.methods[0], model) || '' : '',
      model.signals[0] ? sampleArguments(model.signals[0].fields, model) : '',
      serverOptions(model),
    ].join(' ')
    : model.methods[0] ? sampleArguments(model.methods[0].arguments, model) : '';
  const used = model.enums.map((e) => e.tsName).filter((name) => new RegExp(`\\b${name}\\.`).test(text));
  return used.map((name) => `, ${name}`).join('');
}

/**
 * @param {InterfaceModel} model
 */
function apiTables(model) {
  const sections = [];
  if (model.signals.length > 0) {
    sections.push(
      '### Signals',
      '',
      '| Signal | Server | Client |',
      '|---|---|---|',
      ...model.signals.map((s) => {
        const params = parameterDeclarations(s.fields).join(', ');
        return `| \`${s.name}\` | \`${s.names.emit}(${params})\` | \`${s.names.receive}((${params}) => void)\` |`;
      }),
      '',
    );
  }
  if (model.methods.length > 0) {
    sections.push(
      '### Methods',
      '',
      '| Method | Client | Server |',
      '|---|---|---|',
      ...model.methods.map((m) => {
        const params = parameterDeclarations(m.arguments).join(', ');
        const callParams = [params, 'options?'].filter(Boolean).join(', ');
        return `| \`${m.name}\` | \`${m.names.call}(${callParams}): Promise<${returnType(m)}>\` | \`${m.names.handle}(handler)\` |`;
      }),
      '',
    );
  }
  if (model.properties.length > 0) {
    sections.push(
      '### Properties',
      '',
      '| Property | Server | Client |',
      '|---|---|---|',
      ...model.properties.map((p) => {
        const n = p.names;
        const change = model.ownedValues ? `\`${n.set}(value): Promise<void>\`` : `\`${n.publish}(): Promise<void>\``;
        const server = [`\`${n.getter}\``, change, ...(n.onUpdated ? [`\`${n.onUpdated}(listener)\``] : [])];
        const client = [`\`${n.getter}\``, `\`${n.onChanged}(listener)\``, ...(p.readOnly ? [] : [`\`${n.set}(value, options?): Promise<${p.tsType}>\``])];
        return `| \`${p.name}\`${p.readOnly ? ' (read-only)' : ''} | ${server.join(', ')} | ${client.join(', ')} |`;
      }),
      '',
      `Values: ${model.properties.map((p) => `\`${p.names.getter}\` is \`${p.tsType}\``).join(', ')}.`,
      '',
    );
  }
  return sections.join('\n');
}

/**
 * @param {InterfaceModel} model
 */
function propertiesSection(model) {
  if (model.properties.length === 0) return '';
  return `
## Properties

\`\`\`ts
${propertySnippet(model)}
\`\`\`

${model.ownedValues ? `The server owns every property: it starts with \`initialValues\` and publishes each
value retained, with the MQTT user property \`PropertyVersion\` (1 at start, +1 with
every change). A property of several values is one object keyed by their names.
\`server.setX(value)\` resolves when the broker has the new value.` : `The application owns every property's value (\`stinger_owned_values = false\`): the server
takes an accessor per property (\`{ get, set }\`; \`valueAccessor(initial)\` keeps the value
itself), reads the value in force with \`get\` and publishes it retained, with the MQTT user
property \`PropertyVersion\` (1 at start, +1 with every change); an update a client asks for
is stored with \`set\` (throwing refuses it). After changing a value itself the application
calls \`server.publishX()\`. A property of several values is one object keyed by their names.`}

A client's \`setX(value, { timeoutMs, signal })\` sends the last \`PropertyVersion\` it saw
and resolves with the value in force. It rejects with a \`MethodError\`:
\`ReturnCode.OutOfSync\` when the property changed since (also at once when the client has
not seen a value yet: wait for \`propertiesReady()\`),
\`ReturnCode.ServerDeserializationError\` for a value the server cannot read, or the code
of the error an \`onXUpdated\` listener threw to refuse the update (\`ReturnCode.ServerError\`
for an error that is not a \`MethodError\`). Listeners run before the value is applied.
Value messages that do not match the interface go to the client's \`onError\` and change
nothing. Requests larger than \`MAX_REQUEST_PAYLOAD_BYTES\` (1 MiB) get \`ReturnCode.PayloadError\`.
A read-only property has no client setter and no update channel: its server does not
listen for update requests to it.
`;
}

/**
 * The web console's section, in a package generated with the `web` parameter.
 * @param {import('../filters/model').InterfaceModel} model
 */
function webSection(model) {
  return `
## Web console

\`web/\` is a console page for the ${model.name} interface: \`index.html\` and one script,
\`console.js\` (bundled when the package was generated; its sources are in \`webconsole/\`,
\`npx tsc -p webconsole\` type-checks them). Serve the folder with any static file server, or
open it from disk, with the broker's WebSocket URL: \`index.html?broker=ws://host:9001\`.
It lists the instances discovery finds, shows each property with its \`PropertyVersion\`
and a form to change it, the signals as they arrive, and a form per method with the
result or the return code's name. The broker needs a WebSocket listener (mosquitto:
\`listener 9001\` with \`protocol websockets\`). The page can do whatever its broker user
may: give it a user of its own in the client role of the broker's ACL.
`;
}

/** @param {import('../filters/model').TemplateContext} context */
export default function Readme({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const about = [model.summary, model.documentation].flatMap((t) => (t ? [t.trim()] : [])).join('\n\n');
  const text = `<!-- ${GENERATED_NOTICE} -->
# ${model.packageName}

${model.title ? `${model.title}: the` : 'The'} \`${model.name}\` interface (version ${model.version}) over MQTT v5,
as a TypeScript server and client. Generated by \`@stingeripc/ts-template\` from
\`asyncapi.yaml\`, which describes the wire protocol; regenerate rather than edit.
${about ? `\n${about}\n` : ''}
## Build

\`\`\`sh
npm install
\`\`\`

installs the dependencies and builds \`dist/\` (the \`prepare\` script runs \`npm run build\`,
which is \`tsc\`; so do \`npm pack\` and \`npm publish\`). The package ships \`dist/src\`,
\`src\`, \`asyncapi.yaml\` and the reference \`docs/${model.name}.md\`.

The examples in \`examples/\` run against a broker on \`MQTT_HOST\`/\`MQTT_PORT\`
(default \`localhost:1883\`): \`npm run example:server\`, then \`npm run example:client\`.

## Server

\`\`\`ts
${serverSnippet(model)}
\`\`\`

A handler gets the arguments in the interface's order and returns the return
value (several come as an object). It may throw \`new MethodError(ReturnCode.ClientError, 'why')\`
to reply with that return code; any other error replies with \`ReturnCode.ServerError\`.
Requests for a method without handler get \`ReturnCode.NotImplemented\`.

## Client

\`\`\`ts
${clientSnippet(model)}
\`\`\`

Every method takes an optional last \`{ timeoutMs, signal }\` (default timeout 10 s).
A call rejects with a \`MethodError\` carrying \`returnCode\` and \`debugInfo\` when the
server replies with an error or does not reply in time (\`ReturnCode.Timeout\`); an
aborted call rejects with \`signal.reason\`. Signals whose payload does not match the
interface go to the \`onError\` option of the client.
${propertiesSection(model)}${webWanted(params) ? webSection(model) : ''}
## Discovery

\`\`\`ts
${discoverySnippet(model)}
\`\`\`

Each server announces itself with a retained message on \`${model.topics.discovery.address}\`
(expiring after ${model.discoveryExpirySeconds} s, republished every minute, option \`announceIntervalMs\`),
which names the presence topic of its connection, \`${model.topics.presence.address}\`. Every
\`MqttConnection\` publishes \`{"online":true}\` there (retained) and leaves
\`{"online":false}\` as its MQTT Last Will, so clients learn within the keep-alive time
(option \`keepAliveSeconds\`, default 60) that a server's process died. \`server.close()\`
removes the announcement. An instance whose interface version is not compatible with
${model.version} (another major version; for 0.x another minor version) is reported through
\`onIncompatibleInstance\` and never listed.

## Connection and faults

A lost connection is retried with back-off (100 ms, doubling up to 5 s; options
\`reconnectDelayMs\`, \`maxReconnectDelayMs\`). Once it is back every subscription is renewed,
servers publish their properties and announcement again (the broker may have lost its
retained messages), and the connection publishes its presence again. A call or property
set made while the broker is down is sent when it is back, or fails with
\`ReturnCode.Timeout\` after its timeout; it never hangs.

A server replies only on a Response Topic that matches the request's reply channel in
asyncapi.yaml (\`client/{client_id}/...\` with one valid topic level as \`client_id\`); a
request with any other Response Topic is not run, gets no reply and goes to the server's
\`onError\`. User properties it sends (\`DebugInfo\`) are valid MQTT strings of at most 1000
characters. Instance ids and client ids with \`/\`, \`+\`, \`#\`, NUL or control characters, or
too long for MQTT's 65,535-byte topics, are a \`RangeError\` at construction.

## API

${apiTables(model)}
Types: \`datetime\` is a \`Date\`, \`duration\` a number of milliseconds, \`binary\` a
\`Uint8Array\`, an absent optional value \`undefined\`.

One \`MqttConnection\` serves any number of servers and clients. Also
\`new MqttConnection({ host, port, clientId, username, password })\` or \`{ url }\`
(\`mqtt://\`, \`mqtts://\`, \`ws://\`, \`wss://\`, or a unix socket path). For TLS give
\`tls: { ca, cert, key, rejectUnauthorized, servername }\` with PEM text (not file names),
e.g. \`{ url: 'mqtts://broker:8883', tls: { ca: readFileSync('ca.crt', 'utf8') } }\`; a
certificate that does not check out goes to \`onError\`. For low latency, let the
broker send without delay too (mosquitto: \`set_tcp_nodelay true\`).

## Licence

Every file of this package is output of \`@stingeripc/ts-template\`, including the
runtime files (\`src/connection.ts\`, \`src/protocol.ts\`, \`src/properties.ts\`,
\`src/instances.ts\`) that are the same in every generated package. You may use, change
and distribute them under any licence, proprietary ones included: the generated-output
exception to the template's LGPL-2.1 (see its LICENSE). Name your licence in
\`package.json\` (\`"license"\`).
`;
  return <File name="README.md">{text}</File>;
}
