// examples/client.ts: a runnable client that prints every signal and
// property change, calls every method once and sets every writable property
// once with example values.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';

const { interfaceModel } = require('../../filters/model');
const { sampleArguments, samplePropertyValue } = require('../../filters/samples');
const { stringLiteral } = require('../../filters/types');

/** @param {import('../../filters/model').TemplateContext} context */
export default function ClientExample({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { clientClass, signals, methods, properties } = model;
  const listeners = signals.map((s) => {
    const names = s.fields.map((f) => f.parameter);
    return `  client.${s.names.receive}((${names.join(', ')}) => {
    console.log('${s.name}'${names.map((n) => `, ${n}`).join('')});
  });
`;
  });
  const changeListeners = properties.map((p) => `  client.${p.names.onChanged}((value) => {
    console.log('${p.name} is now', value);
  });
`);
  const calls = methods.map((m) => {
    const call = `client.${m.names.call}(${sampleArguments(m.arguments, model, '  ')})`;
    return m.returnValues.length === 0
      ? `  await ${call};\n  console.log('${m.name} done');\n`
      : `  console.log('${m.name} ->', await ${call});\n`;
  });
  const writable = properties.filter((p) => !p.readOnly);
  if (writable.length > 0) {
    calls.push(
      `  // A set names the last version seen, so wait for the retained values first.\n  await client.propertiesReady();\n${writable
        .map((p) => `  console.log('${p.name} ->', await client.${p.names.set}(${samplePropertyValue(p, model, '  ')}));\n`)
        .join('')}`,
    );
  }
  const body = `
async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new ${clientClass}(connection, { instanceId: process.env.INSTANCE_ID ?? 'example'${model.topics.options.map((o) => `, ${o.option}: ${stringLiteral(o.example)}`).join('')} });
${listeners.length > 0 || changeListeners.length > 0 ? `\n${[...listeners, ...changeListeners].join('')}` : ''}
  await client.ready();
${calls.length > 0 ? `\n${calls.join('\n')}\n  await client.close();\n  await connection.close();\n` : `  console.log('Listening for signals; Ctrl+C stops.');
  process.once('SIGINT', () => {
    void client.close().then(() => connection.close());
  });
`}}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;
  const enumImports = model.enums.map((e) => e.tsName).filter((name) => new RegExp(`\\b${name}\\.`).test(body));
  return (
    <File name="client.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={['MqttConnection', clientClass, ...enumImports]} from="../src/index" />
      {body}
    </File>
  );
}
