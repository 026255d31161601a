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

export default function Index({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { serverClass, clientClass, discoveryClass, enums, structs, signals, methods, properties } = model;
  const multiValueResults = methods.filter((m) => m.returnValues.length > 1).map((m) => m.resultType);
  const propertyValues = properties.filter((p) => p.valueType).map((p) => p.valueType);
  const writable = properties.filter((p) => !p.readOnly);
  const initialValues = properties.length > 0 ? [`${model.pascal}${model.ownedValues ? 'InitialValues' : 'PropertyAccessors'}`] : [];
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
      {reexport([serverClass], './server', false)}
      {reexport(
        [`${serverClass}Options`, ...initialValues, ...methods.map((m) => `${m.pascal}Handler`), ...writable.map((p) => `${p.pascal}UpdatedListener`)],
        './server',
        true,
      )}
      {reexport([clientClass], './client', false)}
      {reexport(
        [`${clientClass}Options`, ...signals.map((s) => `${s.pascal}Listener`), ...properties.map((p) => `${p.pascal}ChangedListener`)],
        './client',
        true,
      )}
      {reexport([discoveryClass], './discovery', false)}
      {reexport([`${discoveryClass}Options`], './discovery', true)}
    </File>
  );
}
