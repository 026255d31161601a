// The Markdown reference of an interface, rendered from its AsyncAPI document
// (the converter's JSON or the parser's `json()`): per signal, method and
// property its purpose, TS calls, topics, types, an example payload and the
// errors it can give; enums, structs, constants and return codes as tables.
// Used by `stingeripc-to-asyncapi --docs` and by template/docs/reference.js.
// Output depends only on the document, so it is deterministic.

import type { TypedField, TypeRef } from './types';
import type { ReferenceModel, SignalDef, MethodDef, PropertyDef } from './reference-model';

import { kebabCase } from './naming';
import * as names from './names';
import * as types from './types';
import { referenceModel } from './reference-model';
import * as examples from './example-values';
import { GENERATED_NOTICE } from './notice';

/** Calls up to this width stay on one line in the examples. */
const LINE_WIDTH = 100;

/**
 * GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'.
 */
function anchor(heading: string) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

function headingOf(kind: string, name: string) {
  return `${kind} \`${name}\``;
}

function linkTo(kind: string, name: string) {
  return `[\`${name}\`](#${anchor(headingOf(kind, name))})`;
}

/**
 * Text for a table cell: one line, pipes escaped.
 */
function cell(text: string | undefined) {
  return (text || '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(header: string[], rows: string[][]) {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function codeBlock(language: string, code: string) {
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

/**
 * The stinger type as written in the file, with links to enums and structs.
 */
function stingerType(type: TypeRef): string {
  switch (type.kind) {
    case 'enum':
      return `enum ${linkTo('Enum', type.name)}`;
    case 'struct':
      return `struct ${linkTo('Struct', type.name)}`;
    case 'array':
      return `array of ${stingerType(type.items)}`;
    default:
      return type.kind;
  }
}

function tsTypeOf(field: TypedField) {
  const ts = types.tsType(field.type);
  return field.optional ? `${ts} \\| undefined` : ts;
}

/**
 * The fields table of a payload.
 * @param nameHeader  e.g. 'Argument'
 * @param tsHeader  e.g. 'TS parameter'
 */
function fieldsTable(fields: TypedField[], nameHeader: string, tsHeader: string) {
  return table(
    [nameHeader, 'Type', tsHeader, 'TS type', 'Description'],
    fields.map((f) => [
      `\`${f.name}\``,
      `${stingerType(f.type)}${f.optional ? ', optional' : ''}`,
      `\`${tsHeader === 'TS parameter' ? names.fieldNames(f.name).parameter : names.fieldNames(f.name).tsName}\``,
      `\`${tsTypeOf(f)}\``,
      cell(types.fieldDocumentation(f)),
    ]),
  );
}

/**
 * `prefix(a, b)` on one line when it fits, else one argument per line.
 * @param prefix  e.g. `await client.addNumbers`
 * @param argumentsAt  arguments rendered for an indentation
 * @param suffix  after the closing parenthesis, e.g. ';'
 */
function call(prefix: string, argumentsAt: (indent: string) => string[], suffix: string = ';') {
  const flat = argumentsAt('');
  const oneLine = `${prefix}(${flat.join(', ')})${suffix}`;
  if (!oneLine.includes('\n') && oneLine.length <= LINE_WIDTH) return oneLine;
  // A lone object literal hugs the parentheses: `f({ ... })`.
  if (flat.length === 1 && flat[0].startsWith('{')) return oneLine;
  const lines = argumentsAt('  ').map((a) => `  ${a},\n`);
  return `${prefix}(\n${lines.join('')})${suffix}`;
}

/**
 * The JSON example of a payload as a code block.
 */
function jsonExample(fields: TypedField[], model: ReferenceModel) {
  return codeBlock('json', JSON.stringify(examples.exampleJsonObject(fields, model, true), null, 2));
}

function parameterList(fields: TypedField[]) {
  return fields.map((f) => types.parameterName(f.name)).join(', ');
}

/**
 * Positional TS parameters as in the generated signatures.
 */
function signatureParameters(fields: TypedField[]) {
  return types.parameterDeclarations(
    fields.map((f) => ({ parameter: types.parameterName(f.name), tsType: types.tsType(f.type), optional: f.optional === true })),
  );
}

/**
 * A section's text parts joined by blank lines, empty ones dropped.
 */
function paragraphs(parts: Array<string | undefined | false>) {
  return parts.filter((p) => typeof p === 'string' && p !== '').join('\n\n');
}

/**
 * Rows `code | ReturnCode.Name | when`, by code; the codes come from the document.
 * @param rows  `[name, when]`
 */
function errorTableRows(rows: string[][], codes: Map<string, number>): string[][] {
  return rows
    .map(([name, when]) => {
      const code = codes.get(name);
      if (code === undefined) throw new Error(`the document's ReturnCode schema has no '${name}'`);
      return { code, row: [String(code), `\`ReturnCode.${name}\``, when] };
    })
    .sort((a, b) => a.code - b.code)
    .map((entry) => entry.row);
}

function signalSection(signal: SignalDef, model: ReferenceModel) {
  const n = names.signalNames(signal.name, signal.fields.length);
  const params = parameterList(signal.fields);
  const server = call(`await server.${n.emit}`, (indent) => examples.exampleTsArguments(signal.fields, model, indent));
  const client = [
    `const stop = client.${n.receive}((${params}) => {`,
    `  console.log(${params ? `'${signal.name}', ${params}` : `'${signal.name}'`});`,
    '});',
    '// later: stop();',
  ].join('\n');
  const listener = `(${signatureParameters(signal.fields).join(', ')}) => void`;
  return paragraphs([
    `### ${headingOf('Signal', signal.name)}`,
    signal.description,
    `Topic: \`${signal.topic}\`, published by the server, QoS 1, not retained.`,
    signal.fields.length > 0 ? fieldsTable(signal.fields, 'Field', 'TS parameter') : 'The signal carries no values; its payload is `{}`.',
    'Server side:',
    codeBlock('ts', `${n.emit}(${signatureParameters(signal.fields).join(', ')}): Promise<void>\n\n${server}`),
    'Client side:',
    codeBlock('ts', `${n.receive}(listener: ${listener}): () => void\n\n${client}`),
    'Example payload:',
    jsonExample(signal.fields, model),
    'Errors: none; a signal has no reply. A payload that does not match these types is reported to the ' +
      "client's `onError` and does not reach the listener.",
  ]);
}

/**
 * @param codes  return code values by name
 */
function methodSection(method: MethodDef, model: ReferenceModel, codes: Map<string, number>) {
  const values = method.returnValues;
  const n = names.methodNames(method.name, method.arguments.length, values.length);
  const camel = n.call;
  const resultType = values.length > 1 ? n.resultType : undefined;
  const returnType = types.returnType({
    returnValues: values.map((v) => ({ tsType: types.tsType(v.type), optional: v.optional === true })),
    resultType,
  });

  /** The handler's example result: nothing, the one value, or an object of the values. */
  const handlerReturn = (indent: string) => {
    if (values.length === 0) return undefined;
    if (values.length === 1) return values[0].optional ? 'undefined' : examples.exampleTsValue(values[0].type, model, indent);
    const entries = values
      .filter((v) => !v.optional)
      .map((v) => ({ key: names.fieldNames(v.name).tsName, value: examples.exampleTsValue(v.type, model, `${indent}  `) }));
    return examples.tsObjectLiteral(entries, indent);
  };
  const result = handlerReturn('  ');
  const server = [
    `server.${n.handle}(async (${parameterList(method.arguments)}) => {`,
    result === undefined ? '  // do the work; nothing to return' : `  return ${result};`,
    '});',
  ].join('\n');

  let target = 'await ';
  if (values.length === 1) target = `const ${types.parameterName(values[0].name)} = await `;
  if (values.length > 1) target = `const { ${values.map((v) => names.fieldNames(v.name).tsName).join(', ')} } = await `;
  const client = call(`${target}client.${camel}`, (indent) => examples.exampleTsArguments(method.arguments, model, indent));

  const clientSignature = `${camel}(${[...signatureParameters(method.arguments), 'callOptions?: CallOptions'].join(', ')}): Promise<${returnType}>`;
  const handlerSignature = `${n.handle}(handler: (${signatureParameters(method.arguments).join(', ')}) => ${returnType} | Promise<${returnType}>): void`;
  const resultNote =
    values.length > 1
      ? `Several return values come back as one object (\`${resultType}\`) keyed by their TS names.`
      : '';
  const errorRows = [
    ['ServerError', 'the handler threw an error that is not a `MethodError`; `.debugInfo` holds its message'],
    ['ServerDeserializationError', 'the server could not read the arguments (`.debugInfo` names the field)'],
    ['NotImplemented', `the server has no handler for \`${method.name}\``],
    ['Timeout', 'no reply within `callOptions.timeoutMs` (default 10 000 ms)'],
    ['TransportError', 'the request could not be published'],
    ['ClientDeserializationError', 'the reply does not match the return values'],
  ];
  return paragraphs([
    `### ${headingOf('Method', method.name)}`,
    method.description,
    table(
      ['Message', 'Topic'],
      [
        ['Request, client to server', `\`${method.requestTopic}\``],
        ['Response, server to client', `\`${method.responseTopic}\``],
      ],
    ),
    'The request carries the MQTT v5 Response Topic and Correlation Data and a Message Expiry Interval ' +
      '(the timeout); the response echoes the Correlation Data and has the user property `ReturnCode` ' +
      '(`DebugInfo` too on error). Both QoS 1, not retained.',
    method.arguments.length > 0 ? `Arguments:\n\n${fieldsTable(method.arguments, 'Argument', 'TS parameter')}` : 'No arguments.',
    values.length > 0 ? `Return values:\n\n${fieldsTable(values, 'Return value', 'TS name')}` : 'No return values; the call resolves with `undefined`.',
    resultNote,
    'Server side:',
    codeBlock('ts', `${handlerSignature}\n\n${server}`),
    'Client side:',
    codeBlock('ts', `${clientSignature}\n\n${client}`),
    'Example request payload:',
    jsonExample(method.arguments, model),
    'Example response payload:',
    jsonExample(values, model),
    `Errors: \`client.${camel}(…)\` rejects with a \`MethodError\` whose \`.returnCode\` is one of:`,
    table(
      ['Code', 'Name', 'When'],
      [
        ...errorTableRows(errorRows, codes),
        ['any', '', 'the code of a `MethodError` the handler throws, e.g. `throw new MethodError(ReturnCode.Unauthorized, \'why\')`'],
      ],
    ),
    'An aborted call (`callOptions.signal`) rejects with the signal\'s reason.',
  ]);
}

function propertySection(property: PropertyDef, model: ReferenceModel, codes: Map<string, number>) {
  const values = property.values;
  const n = names.propertyNames(property.name, values.length, property.readOnly);
  const camel = n.getter;
  const single = values.length === 1;
  const valueName = single ? types.parameterName(values[0].name) : 'value';
  const tsValueType = single
    ? tsTypeOf(values[0]).replace(/\\\|/g, '|')
    : `{ ${values.map((v) => `${names.fieldNames(v.name).tsName}${v.optional ? '?' : ''}: ${types.tsType(v.type)}`).join('; ')} }`;
  const exampleValue = (indent: string) =>
    single
      ? examples.exampleTsArguments(values, model, indent)
      : [
          examples.tsObjectLiteral(
            values.filter((v) => !v.optional).map((v) => ({ key: names.fieldNames(v.name).tsName, value: examples.exampleTsValue(v.type, model, `${indent}  `) })),
            indent,
          ),
        ];
  const listenerArgument = single ? valueName : `{ ${values.map((v) => names.fieldNames(v.name).tsName).join(', ')} }`;
  const serverLines = [`const current = server.${camel};`, call(`await server.${n.set}`, exampleValue)];
  if (n.onUpdated) {
    serverLines.push(
      `server.${n.onUpdated}((${listenerArgument}) => {`,
      '  // a client changed it; throw a MethodError to refuse the update',
      '});',
    );
  }
  const clientLines = [
    `const last = client.${camel}; // undefined until the first value arrives`,
    `const stop = client.${n.onChanged}((${listenerArgument}) => {`,
    `  console.log('${property.name}', ${single ? valueName : listenerArgument.replace(/[{}]/g, '').trim()});`,
    '});',
  ];
  if (!property.readOnly) clientLines.push(call(`const inForce = await client.${n.set}`, exampleValue));
  const topicRows = [['Value, server to clients', `\`${property.valueTopic}\``, 'retained, QoS 1; user property `PropertyVersion`']];
  if (property.updateTopic) {
    topicRows.push(['Update request, client to server', `\`${property.updateTopic}\``, 'QoS 1; `PropertyVersion` = the last version the client saw; Response Topic, Correlation Data']);
    topicRows.push(['Update response, server to client', `\`${property.updateResponseTopic}\``, 'QoS 1; the value in force, `ReturnCode`, `PropertyVersion`']);
  }
  const errors = property.readOnly
    ? `Errors: none on the client side, which has no \`${n.set}\`; the document has no update channel for a read-only property, so the server does not listen for update requests to it.`
    : paragraphs([
        `Errors: \`client.${n.set}(…)\` rejects with a \`MethodError\` whose \`.returnCode\` is one of:`,
        table(
          ['Code', 'Name', 'When'],
          [
            ...errorTableRows(
              [
                ['OutOfSync', 'the property changed since the client last saw it (its `PropertyVersion` is not the current one), or the client has not seen a value yet; retry with the new value in view'],
                ['ServerDeserializationError', 'the server could not read the new value'],
                ['ServerError', 'the server refused the update by throwing an error that is not a `MethodError`'],
                ['Timeout', 'no reply in time (default 10 000 ms)'],
              ],
              codes,
            ),
            ['any', '', 'the code of a `MethodError` the server throws to refuse the update'],
          ],
        ),
      ]);
  return paragraphs([
    `### ${headingOf('Property', property.name)}`,
    property.description,
    property.readOnly
      ? `Read-only: only the server changes it; the client has no \`${n.set}\`.`
      : 'Readable and writable: the server and clients may change it.',
    table(['Message', 'Topic', 'Notes'], topicRows),
    `Values:\n\n${fieldsTable(values, 'Value', 'TS name')}`,
    single
      ? `In TS the property is its one value, of type \`${tsValueType}\`.`
      : `In TS the property is one object keyed by the values' TS names: \`${tsValueType}\`.`,
    'Server side:',
    codeBlock('ts', serverLines.join('\n')),
    'Client side:',
    codeBlock('ts', clientLines.join('\n')),
    `Example value payload${property.updateTopic ? ' (the update request and response carry the same shape)' : ''}:`,
    jsonExample(values, model),
    errors,
  ]);
}

function enumsSection(model: ReferenceModel) {
  return model.enums.map((e) =>
    paragraphs([
      `### ${headingOf('Enum', e.name)}`,
      e.description,
      `TS: \`enum ${names.typeNames(e.name).tsName}\`. On the wire: the value's number.`,
      table(
        ['Name', 'Value', 'TS member', 'Description'],
        e.values.map((v) => [`\`${v.name}\``, String(v.value), `\`${names.typeNames(e.name).tsName}.${names.typeNames(v.name).tsName}\``, cell(v.description)]),
      ),
    ]),
  );
}

function structsSection(model: ReferenceModel) {
  return model.structs.map((s) =>
    paragraphs([
      `### ${headingOf('Struct', s.name)}`,
      s.description,
      `TS: \`interface ${names.typeNames(s.name).tsName}\` (optional members are \`?:\`). On the wire: a JSON object keyed by the member names.`,
      fieldsTable(s.fields, 'Member', 'TS name'),
      'Example:',
      codeBlock('json', JSON.stringify(examples.exampleJsonValue({ kind: 'struct', name: s.name }, model), null, 2)),
      'The same in TS:',
      codeBlock('ts', `const ${names.fieldNames(s.name).tsName}: ${names.typeNames(s.name).tsName} = ${examples.exampleTsValue({ kind: 'struct', name: s.name }, model)};`),
    ]),
  );
}

function constantsSection(model: ReferenceModel) {
  return table(
    ['Name', 'Type', 'Value', 'Description'],
    model.constants.map((c) => [`\`${c.name}\``, c.type, `\`${JSON.stringify(c.value)}\``, cell(c.description)]),
  );
}

/**
 * The discovery message, described from its schema.
 */
function discoverySection(discovery: NonNullable<ReferenceModel['discovery']>, model: ReferenceModel, instanceId: string, packageName: string) {
  const known = ({
    interface_name: model.name,
    title: model.title || model.name,
    version: model.version,
    instance: instanceId,
    connection_topic: 'client/stinger-0a1b2c3d4e5f/online',
  } as Record<string, string>);
  const example = examples.exampleJsonObject(discovery.fields, model, true);
  for (const key of Object.keys(example)) if (key in known) example[key] = known[key];
  return paragraphs([
    `Topic: \`${discovery.topic}\`, retained, QoS 1, with a Message Expiry Interval. A running server ` +
      'announces itself here and republishes the announcement well before it expires and after every reconnection; ' +
      'an empty retained payload (`server.close()`) removes the instance. `connection_topic` is the presence topic ' +
      'of the server\'s connection, `client/{client_id}/online`: retained `{"online":true}` while it is connected, ' +
      '`{"online":false}` (the connection\'s MQTT Last Will) once the broker lost it, which also removes the instance.',
    table(
      ['Field', 'Type', 'Description'],
      discovery.fields.map((f) => [`\`${f.name}\``, stingerType(f.type), cell(f.description)]),
    ),
    `Example payload (server instance \`${instanceId}\`):`,
    codeBlock('json', JSON.stringify(example, null, 2)),
    `In TS, \`${names.interfaceNames(model.name).discoveryClass}\` follows the announcements and presence topics. It lists an instance ` +
      `while it is announced, online and of a compatible interface version (the same major version as ${model.version}; ` +
      'for 0.x the same minor version); an incompatible one is reported and never listed.',
    codeBlock(
      'ts',
      [
        importLine([names.interfaceNames(model.name).discoveryClass, 'MqttConnection'], packageName),
        '',
        `const discovery = new ${names.interfaceNames(model.name).discoveryClass}(new MqttConnection(${brokerArguments(model.broker)})${model.topicOptions.length > 0 ? `, { ${topicOptionText(model)} }` : ''});`,
        "discovery.onInstanceAdded((instanceId, info) => console.log('up', instanceId, info.version));",
        "discovery.onInstanceRemoved((instanceId) => console.log('gone', instanceId));",
        "discovery.onIncompatibleInstance((instanceId, version) => console.log('incompatible', instanceId, version));",
        'await discovery.ready();',
        '// A client whose subscriptions are made and which has every property value:',
        'const first = await discovery.firstClient({ timeoutMs: 5_000 });',
        'console.log(discovery.instances(), first.instanceId);',
      ].join('\n'),
    ),
  ]);
}

/**
 * `const server = new XServer(conn, { ... });`: with properties, their initial values too.
 */
function serverConstruction(model: ReferenceModel, instanceId: string): string[] {
  if (model.properties.length === 0) return [`const server = new ${names.interfaceNames(model.name).serverClass}(conn, { ${instanceOptionText(model, instanceId)} });`];
  const values = model.properties.map((p) => {
    const single = p.values.length === 1;
    const value = single
      ? (p.values[0].optional ? 'undefined' : examples.exampleTsValue(p.values[0].type, model, '    '))
      : examples.tsObjectLiteral(
          p.values.map((v) => ({ key: names.fieldNames(v.name).tsName, value: v.optional ? 'undefined' : examples.exampleTsValue(v.type, model, '      ') })),
          '    ',
        );
    return `    ${names.propertyNames(p.name, p.values.length, p.readOnly).option}: ${value},`;
  });
  return [
    `const server = new ${names.interfaceNames(model.name).serverClass}(conn, {`,
    `  instanceId: '${instanceId}',`,
    ...model.topicOptions.map((o) => `  ${o.option}: ${quoted(o.example)},`),
    ...(model.ownedValues
      ? ['  // Every property starts with a value; the server publishes them at once.', '  initialValues: {', ...values]
      : [
          '  // The application keeps the values: the server reads and stores them through these',
          '  // accessors (valueAccessor keeps one in memory; give your own get and set instead).',
          '  accessors: {',
          ...values.map((line) => line.replace(/^( {4}\w+: )([\s\S]*),$/, '$1valueAccessor($2),')),
        ]),
    '  },',
    '});',
  ];
}

/**
 * `prefix: 'home'`: the topic options with their example values.
 */
function topicOptionText(model: ReferenceModel) {
  return model.topicOptions.map((o) => `${o.option}: ${quoted(o.example)}`).join(', ');
}

/** A single-quoted TS string literal. */
function quoted(text: string) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * `instanceId: 'example-1'`, then the topic options.
 */
function instanceOptionText(model: ReferenceModel, instanceId: string) {
  return [`instanceId: '${instanceId}'`, ...(model.topicOptions.length > 0 ? [topicOptionText(model)] : [])].join(', ');
}

/**
 * `'localhost', 1883` from the document's `host:port` (`[::1]:1883` gives `'::1', 1883`).
 */
function brokerArguments(broker: string | undefined) {
  const match = /^\[?([^\]]*?)\]?:([0-9]+)$/.exec(broker || '');
  return match ? `'${match[1]}', ${Number(match[2])}` : "'localhost', 1883";
}

/**
 * `import { a, b } from 'pkg';`, one name per line when long.
 */
function importLine(names: string[], from: string) {
  const oneLine = `import { ${names.join(', ')} } from '${from}';`;
  return oneLine.length <= LINE_WIDTH ? oneLine : `import {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';`;
}

/**
 * The table of contents line of one kind.
 */
function contentsLine(title: string, kind: string, items: Array<{ name: string; }>) {
  const links = items.map((i) => linkTo(kind, i.name)).join(', ');
  return `- [${title}](#${anchor(title)})${links ? `: ${links}` : ''}`;
}

/**
 * Renders the Markdown reference of the interface a document describes.
 * @param documentJson  the AsyncAPI document as plain JSON
 * @param options  npm name of the generated package
 */
function renderReference(documentJson: unknown, options: { packageName?: string; } = {}): string {
  const model = referenceModel(documentJson);
  const interfaceClasses = names.interfaceNames(model.name);
  const packageName = options.packageName || interfaceClasses.packageName;
  const instanceId = `${kebabCase(model.name)}-1`;
  const codes = new Map(model.returnCodes.map((c) => [c.name, c.value]));
  const imports = [
    'MqttConnection',
    interfaceClasses.serverClass,
    interfaceClasses.clientClass,
    'MethodError',
    'ReturnCode',
    ...(model.ownedValues || model.properties.length === 0 ? [] : ['valueAccessor']),
    ...model.enums.map((e) => names.typeNames(e.name).tsName),
  ];

  const sections = [];
  sections.push(
    paragraphs([
      `# ${model.name}${model.title ? ` — ${model.title}` : ''}`,
      `Interface version ${model.version}${model.stingeripcVersion ? `, stinger-ipc format ${model.stingeripcVersion}` : ''}. ` +
        'This reference is generated from the interface\'s AsyncAPI document; the TypeScript calls are those of ' +
        `the generated package \`${packageName}\`.`,
      model.summary,
      model.documentation,
    ]),
  );
  sections.push(
    paragraphs([
      '## Contents',
      [
        '- [Getting started](#getting-started)',
        contentsLine('Signals', 'Signal', model.signals),
        contentsLine('Methods', 'Method', model.methods),
        contentsLine('Properties', 'Property', model.properties),
        contentsLine('Enums', 'Enum', model.enums),
        contentsLine('Structs', 'Struct', model.structs),
        '- [Constants](#constants)',
        '- [Discovery](#discovery)',
        '- [Return codes](#return-codes)',
      ].join('\n'),
    ]),
  );
  sections.push(
    paragraphs([
      '## Getting started',
      `Servers and clients talk through an MQTT v5 broker${model.broker ? ` (the document names \`${model.broker}\`)` : ''}. ` +
        'One connection can serve any number of servers and clients.',
      codeBlock(
        'ts',
        [
          importLine(imports, packageName),
          '',
          `const conn = new MqttConnection(${brokerArguments(model.broker)});`,
          ...serverConstruction(model, instanceId),
          `const client = new ${interfaceClasses.clientClass}(conn, { ${instanceOptionText(model, instanceId)} });`,
          'await Promise.all([server.ready(), client.ready()]);',
          '',
          'try {',
          '  // ... calls as shown below ...',
          '} catch (error) {',
          '  if (error instanceof MethodError && error.returnCode === ReturnCode.Timeout) {',
          "    console.error('no reply from the server', error.debugInfo);",
          '  }',
          '}',
          '',
          'await Promise.all([client.close(), server.close()]);',
          'await conn.close();',
        ].join('\n'),
      ),
      'In the topics below `{service_id}` is the server\'s `instanceId` and `{client_id}` the MQTT client id ' +
        "of the calling client's connection; names on the wire are as written in the interface file, TS names are camelCase (PascalCase for types).",
      'On the wire every payload is a JSON object (`application/json`) keyed by the names as written. ' +
        'An enum is its number, a `datetime` ISO 8601 text in UTC, a `duration` ISO 8601 duration text (`PT1H30M`; ' +
        'a `number` of milliseconds in TS), `binary` base64 text (a `Uint8Array` in TS), a struct a nested object, ' +
        'an array a JSON array. An absent optional value is `null`, its key present (`undefined` in TS).',
    ]),
  );

  const none = (what: string) => `This interface has no ${what}.`;
  sections.push(paragraphs(['## Signals', model.signals.length === 0 ? none('signals') : '', ...model.signals.map((s) => signalSection(s, model))]));
  sections.push(paragraphs(['## Methods', model.methods.length === 0 ? none('methods') : '', ...model.methods.map((m) => methodSection(m, model, codes))]));
  sections.push(
    paragraphs(['## Properties', model.properties.length === 0 ? none('properties') : '', ...model.properties.map((p) => propertySection(p, model, codes))]),
  );
  sections.push(paragraphs(['## Enums', model.enums.length === 0 ? none('enums') : '', ...enumsSection(model)]));
  sections.push(paragraphs(['## Structs', model.structs.length === 0 ? none('structs') : '', ...structsSection(model)]));
  sections.push(paragraphs(['## Constants', model.constants.length === 0 ? none('constants') : constantsSection(model)]));
  sections.push(paragraphs(['## Discovery', model.discovery ? discoverySection(model.discovery, model, instanceId, packageName) : none('discovery message')]));
  sections.push(
    paragraphs([
      '## Return codes',
      'Every method response and property update response carries `ReturnCode` as an MQTT v5 user property (decimal text). ' +
        'In TS a failed call rejects with `MethodError`; `.returnCode` is a `ReturnCode`, `.debugInfo` the peer\'s explanation.',
      table(
        ['Code', 'Name', 'Description'],
        model.returnCodes.map((c) => [String(c.value), `\`ReturnCode.${c.name}\``, cell(c.description)]),
      ),
    ]),
  );
  return `<!-- ${GENERATED_NOTICE} -->\n${sections.join('\n\n')}\n`;
}

export { renderReference, anchor };
