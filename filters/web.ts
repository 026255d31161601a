// The per-interface part of the web console (webconsole/main.ts of a package
// generated with the `web` parameter): the interface's types and documentation
// as data for the generic forms (webconsole/forms.ts), and the binding of each
// signal, method and property to the generated client class, which does all
// the talking. Values cross that binding in wire form; the package's own
// codecs (src/interfaceTypes.ts) check and convert them.

import fs = require('node:fs');
import path = require('node:path');
import { stringLiteral } from './types';
import type { Field, InterfaceModel } from './model';
import type { TypeRef } from './types';

/** The generic console sources, emitted verbatim like runtime/. */
export const WEBCONSOLE_DIR = path.resolve(__dirname, '..', 'webconsole');

/** The text of `webconsole/<fileName>`, e.g. `console.ts`. */
export function webconsoleSource(fileName: string): string {
  return fs.readFileSync(path.join(WEBCONSOLE_DIR, fileName), 'utf8');
}

/**
 * True when the template parameter `web` asks for the console (`true`, or the
 * text `true` as `ag -p web=true` passes it).
 */
export function webWanted(params: Record<string, unknown> | undefined): boolean {
  const value = params ? params.web : undefined;
  return value === true || value === 'true';
}

function literal(text: string | undefined): string {
  return stringLiteral(String(text));
}

/** A FieldType literal (webconsole/forms.ts) of a field type: the same shape as the model's TypeRef. */
export function fieldTypeLiteral(type: TypeRef): string {
  if (type.kind === 'enum' || type.kind === 'struct') return `{ kind: '${type.kind}', name: ${literal(type.name)} }`;
  if (type.kind === 'array') return `{ kind: 'array', items: ${fieldTypeLiteral(type.items)} }`;
  return `{ kind: '${type.kind}' }`;
}

/** A FieldSpec[] literal, one field per line at `indent`. */
function fieldsLiteral(fields: Field[], indent: string): string {
  if (fields.length === 0) return '[]';
  const lines = fields.map((field) => {
    const description = field.description === undefined ? '' : `, description: ${literal(field.description)}`;
    return `${indent}  { name: ${literal(field.name)}, type: ${fieldTypeLiteral(field.type)}, optional: ${field.optional}${description} },\n`;
  });
  return `[\n${lines.join('')}${indent}]`;
}

/** A `description: '...',` line, or nothing. */
function descriptionLine(description: string | undefined, indent: string): string {
  return description === undefined ? '' : `${indent}description: ${literal(description)},\n`;
}

function enumsLiteral(model: InterfaceModel): string {
  if (model.enums.length === 0) return '[]';
  const items = model.enums.map((e) => {
    const values = e.values
      .map((v) => `      { name: ${literal(v.name)}, value: ${v.value}${v.description === undefined ? '' : `, description: ${literal(v.description)}`} },\n`)
      .join('');
    return `  {\n    name: ${literal(e.name)},\n${descriptionLine(e.description, '    ')}    values: [\n${values}    ],\n  },\n`;
  });
  return `[\n${items.join('')}]`;
}

function structsLiteral(model: InterfaceModel): string {
  if (model.structs.length === 0) return '[]';
  const items = model.structs.map(
    (s) => `  {\n    name: ${literal(s.name)},\n${descriptionLine(s.description, '    ')}    fields: ${fieldsLiteral(s.fields, '    ')},\n  },\n`,
  );
  return `[\n${items.join('')}]`;
}

/** The `signals` entries of the ConsoleSpec. */
function signalEntries(model: InterfaceModel): string[] {
  return model.signals.map((signal) => {
    const parameters = signal.fields.map((field, index) => `a${index}`);
    const payload = signal.payloadType
      ? `encode${signal.payloadType}({ ${signal.fields.map((field, index) => `${field.tsName}: a${index}`).join(', ')} })`
      : '{}';
    return (
      `    {\n      name: ${literal(signal.name)},\n${descriptionLine(signal.description, '      ')}` +
      `      fields: ${fieldsLiteral(signal.fields, '      ')},\n` +
      `      receive: (client, show) => client.${signal.names.receive}((${parameters.join(', ')}) => show(${payload})),\n    },\n`
    );
  });
}

/** The `methods` entries of the ConsoleSpec. */
function methodEntries(model: InterfaceModel): string[] {
  return model.methods.map((method) => {
    const decode = method.argumentsType ? `        const a = decode${method.argumentsType}(wireObject(args));\n` : '';
    const callArgs = [...method.arguments.map((field) => `a.${field.tsName}`), '{ timeoutMs }'].join(', ');
    const values = method.returnValues;
    let body: string;
    if (values.length === 0) {
      body = `${decode}        await client.${method.names.call}(${callArgs});\n        return {};\n`;
    } else if (values.length === 1) {
      body = `${decode}        const result = await client.${method.names.call}(${callArgs});\n        return encode${method.resultType}({ ${values[0].tsName}: result });\n`;
    } else {
      body = `${decode}        return encode${method.resultType}(await client.${method.names.call}(${callArgs}));\n`;
    }
    const argsName = method.argumentsType ? 'args' : '_args';
    return (
      `    {\n      name: ${literal(method.name)},\n${descriptionLine(method.description, '      ')}` +
      `      arguments: ${fieldsLiteral(method.arguments, '      ')},\n` +
      `      returnValues: ${fieldsLiteral(method.returnValues, '      ')},\n` +
      `      call: async (client, ${argsName}, timeoutMs) => {\n${body}      },\n    },\n`
    );
  });
}

/** The `properties` entries of the ConsoleSpec. */
function propertyEntries(model: InterfaceModel): string[] {
  return model.properties.map((property) => {
    const update = property.readOnly
      ? ''
      : `      update: async (client, value, timeoutMs) =>\n        ${property.codec}.encode(await client.${property.names.set}(${property.codec}.decode(wireObject(value)), { timeoutMs })),\n`;
    return (
      `    {\n      name: ${literal(property.name)},\n${descriptionLine(property.description, '      ')}` +
      `      values: ${fieldsLiteral(property.values, '      ')},\n` +
      `      readOnly: ${property.readOnly},\n` +
      `      read: (client) => seen(${property.codec}, client.${property.names.getter}, client.${property.names.versionGetter}),\n` +
      `      onChanged: (client, listener) => client.${property.names.onChanged}(() => listener()),\n` +
      update +
      '    },\n'
    );
  });
}

/** The names webconsole/main.ts imports from src/interfaceTypes.ts. */
function interfaceTypeImports(model: InterfaceModel): string[] {
  const names = new Set<string>();
  for (const signal of model.signals) if (signal.payloadType) names.add(`encode${signal.payloadType}`);
  for (const method of model.methods) {
    if (method.argumentsType) names.add(`decode${method.argumentsType}`);
    if (method.resultType) names.add(`encode${method.resultType}`);
  }
  for (const property of model.properties) names.add(property.codec);
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The body of webconsole/main.ts (after the file header). */
export function consoleMain(model: InterfaceModel): string {
  const typeImports = interfaceTypeImports(model);
  const options = model.topics.options;
  const optionValues = options.map((o) => `, ${o.option}: topicOptions[${literal(o.option)}]`).join('');
  const lines: string[] = [];
  lines.push("import { MqttConnection } from '../src/connection';");
  lines.push("import { decodeDuration, encodeDuration, MethodError, ReturnCode } from '../src/protocol';");
  if (model.properties.length > 0) lines.push("import { PropertyCodec } from '../src/properties';");
  if (typeImports.length > 0) {
    lines.push(`import {\n${typeImports.map((name) => `  ${name},\n`).join('')}} from '../src/interfaceTypes';`);
  }
  lines.push(`import { ${model.clientClass} } from '../src/client';`);
  lines.push(`import { ${model.discoveryClass} } from '../src/discovery';`);
  lines.push("import { ConsoleSpec, startConsole } from './console';");
  lines.push("import { EnumSpec, Json, StructSpec, TypeTable } from './forms';");
  const imports = `${lines.join('\n')}\n`;

  const helpers: string[] = [];
  if (model.methods.some((m) => m.argumentsType) || model.properties.some((p) => !p.readOnly)) {
    helpers.push(`/** A form's value as the object the package's decoders take. */
function wireObject(value: Json): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('the form gave no object');
  }
  return value;
}
`);
  }
  if (model.properties.length > 0) {
    helpers.push(`/** A property's last value in wire form with its PropertyVersion, once one has arrived. */
function seen<T>(codec: PropertyCodec<T>, value: T | undefined, version: number | undefined): { value: Json; version: number } | undefined {
  // Once a version is known, so is the value (which may be undefined for an optional one).
  return version === undefined ? undefined : { value: codec.encode(value as T), version };
}
`);
  }

  const spec = [
    `const spec: ConsoleSpec<MqttConnection, ${model.clientClass}> = {\n`,
    `  interfaceName: ${literal(model.name)},\n`,
    `  title: ${literal(model.title || model.name)},\n`,
    `  version: ${literal(model.version)},\n`,
    model.summary === undefined ? '' : `  summary: ${literal(model.summary)},\n`,
    model.documentation === undefined ? '' : `  documentation: ${literal(model.documentation)},\n`,
    '  types: new TypeTable(enums, structs, { toMs: (text) => decodeDuration(text, \'duration\'), fromMs: encodeDuration }),\n',
    `  topicOptions: [${options.map((o) => literal(o.option)).join(', ')}],\n`,
    '  connect: (options) => new MqttConnection(options),\n',
    `  discovery: (connection, ${options.length > 0 ? 'topicOptions' : '_topicOptions'}, onError) => new ${model.discoveryClass}(connection, { onError${optionValues} }),\n`,
    `  client: (connection, instanceId, ${options.length > 0 ? 'topicOptions' : '_topicOptions'}, onError) =>\n    new ${model.clientClass}(connection, { instanceId, onError${optionValues} }),\n`,
    '  returnCode: (error) =>\n',
    '    error instanceof MethodError ? { code: error.returnCode, name: ReturnCode[error.returnCode] ?? \'Unknown\', debugInfo: error.debugInfo } : undefined,\n',
    `  signals: [\n${signalEntries(model).join('')}  ],\n`,
    `  methods: [\n${methodEntries(model).join('')}  ],\n`,
    `  properties: [\n${propertyEntries(model).join('')}  ],\n`,
    '};\n',
  ].join('');

  return [
    imports,
    `/** The enums of ${model.name}, with the names and meanings of their values. */\nconst enums: EnumSpec[] = ${enumsLiteral(model)};\n`,
    `/** The structures of ${model.name}. */\nconst structs: StructSpec[] = ${structsLiteral(model)};\n`,
    ...helpers,
    spec,
    "const root = document.getElementById('console');\nif (root !== null) {\n  startConsole(spec, root);\n}\n",
  ].join('\n');
}
