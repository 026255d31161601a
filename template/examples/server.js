// examples/server.ts: a runnable server that starts with example property
// values, answers every method with values computed from its arguments where
// the types allow (computedResult in filters/samples.ts: add_numbers answers
// the sum), logs the property updates clients ask for and emits every signal
// once.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';

const { interfaceModel } = require('../../filters/model');
const { sampleArguments, computedResult, samplePropertyValue } = require('../../filters/samples');
const { stringLiteral } = require('../../filters/types');

/** @param {import('../../filters/model').TemplateContext} context */
export default function ServerExample({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { serverClass, signals, methods, properties } = model;
  const initialValues = properties
    .map((p) => `      ${p.names.option}: ${model.ownedValues ? samplePropertyValue(p, model, '      ') : `valueAccessor(${samplePropertyValue(p, model, '      ')})`},\n`)
    .join('');
  const topicOptions = model.topics.options.map((o) => `    ${o.option}: ${stringLiteral(o.example)},\n`).join('');
  const options = properties.length === 0 && topicOptions === ''
    ? "{ instanceId: process.env.INSTANCE_ID ?? 'example' }"
    : `{\n    instanceId: process.env.INSTANCE_ID ?? 'example',\n${topicOptions}${properties.length === 0 ? '' : `    ${model.ownedValues ? 'initialValues' : 'accessors'}: {\n${initialValues}    },\n`}  }`;
  const updateListeners = properties.filter((p) => !p.readOnly).map((p) => `  server.${p.names.onUpdated}((value) => {
    console.log('${p.name} update asked for', value);
  });
`);
  const handlers = methods.map((m) => {
    const names = m.arguments.map((a) => a.parameter);
    const result = computedResult(m, model, '    ');
    const log = `    console.log('${m.name}'${names.map((n) => `, ${n}`).join('')});\n`;
    return `  server.${m.names.handle}(async (${names.join(', ')}) => {
${log}${result === undefined ? '' : `    return ${result};\n`}  });
`;
  });
  const emits = signals.map((s) => `  await server.${s.names.emit}(${sampleArguments(s.fields, model, '  ')});\n`);
  const body = `
async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new ${serverClass}(connection, ${options});
${handlers.length > 0 ? `\n${handlers.join('\n')}` : ''}${updateListeners.length > 0 ? `\n${updateListeners.join('')}` : ''}
  await server.ready();
  console.log(\`${serverClass} '\${server.instanceId}' is serving; Ctrl+C stops it.\`);
${emits.length > 0 ? `\n${emits.join('')}` : ''}
  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;
  const enumImports = model.enums.map((e) => e.tsName).filter((name) => new RegExp(`\\b${name}\\.`).test(body));
  return (
    <File name="server.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={['MqttConnection', serverClass, ...enumImports, ...(!model.ownedValues && properties.length > 0 ? ['valueAccessor'] : [])]} from="../src/index" />
      {body}
    </File>
  );
}
