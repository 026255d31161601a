// src/index.ts: the package's public API, as named re-exports.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';

const { interfaceModel } = require('../../filters/model');

/**
 * `export { a, b } from './module';` (or `export type`), one name per line when long.
 * @param {string[]} names
 * @param {string} from
 * @param {boolean} typeOnly
 */
function reexport(names, from, typeOnly) {
  if (names.length === 0) return '';
  const keyword = typeOnly ? 'export type' : 'export';
  const oneLine = `${keyword} { ${names.join(', ')} } from '${from}';\n`;
  if (oneLine.length <= 100) return oneLine;
  return `${keyword} {\n${names.map((name) => `  ${name},\n`).join('')}} from '${from}';\n`;
}

/** @param {import('../../filters/model').TemplateContext} context */
export default function Index({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { names, enums, structs, signals, methods, properties } = model;
  const multiValueResults = methods.filter((m) => m.returnValues.length > 1).map((m) => m.names.resultType || '');
  const propertyValues = properties.map((p) => p.names.valueType || '').filter(Boolean);
  const initialValues = properties.length > 0 ? [model.ownedValues ? names.initialValues : names.propertyAccessors] : [];
  const accessorTypes = !model.ownedValues && properties.length > 0 ? ['PropertyAccessor', 'ReadOnlyPropertyAccessor'] : [];
  return (
    <File name="index.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      {reexport(['MqttConnection'], './connection', false)}
      {reexport(['MqttConnectionOptions'], './connection', true)}
      {reexport(['DecodeError', 'DEFAULT_TIMEOUT_MS', 'MAX_REQUEST_PAYLOAD_BYTES', 'MethodError', 'ReturnCode'], './protocol', false)}
      {reexport(['CallOptions'], './protocol', true)}
      {reexport(accessorTypes.length > 0 ? ['valueAccessor'] : [], './properties', false)}
      {reexport(accessorTypes, './properties', true)}
      {reexport(['DiscoveredInstance', 'FirstClientOptions'], './instances', true)}
      {reexport(enums.map((e) => e.tsName), './interfaceTypes', false)}
      {reexport([...structs.map((s) => s.tsName), ...multiValueResults, ...propertyValues], './interfaceTypes', true)}
      {reexport([names.serverClass], './server', false)}
      {reexport(
        [names.serverOptions, ...initialValues, ...methods.map((m) => m.names.handlerType), ...properties.map((p) => p.names.updatedListenerType || '').filter(Boolean)],
        './server',
        true,
      )}
      {reexport([names.clientClass], './client', false)}
      {reexport([names.clientOptions, ...signals.map((s) => s.names.listenerType), ...properties.map((p) => p.names.changedListenerType)], './client', true)}
      {reexport([names.discoveryClass], './discovery', false)}
      {reexport([names.discoveryOptions], './discovery', true)}
    </File>
  );
}
