// src/interfaceTypes.ts: the interface's enums and structs, the payload of
// each signal and method, the value of each property, and their conversions
// from and to wire JSON.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { EnumDeclaration } from '../../components/EnumDeclaration';
import { RecordCodec } from '../../components/RecordCodec';
import { PropertyCodec } from '../../components/PropertyCodec';

const { interfaceModel, payloadTypes } = require('../../filters/model');

export default function InterfaceTypes({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const records = [
    ...model.structs.map((s) => ({ typeName: s.tsName, description: s.description || `The \`${s.name}\` structure.`, fields: s.fields, topLevel: false })),
    ...payloadTypes(model),
  ];
  const singleValues = model.properties.filter((p) => !p.valueType).flatMap((p) => p.values);
  const fields = [...records.flatMap((record) => record.fields), ...singleValues];
  const protocolImports = [
    ...fields.flatMap((field) => field.protocolHelpers),
    ...(model.enums.length > 0 ? ['decodeEnum'] : []),
    ...(model.structs.length > 0 ? ['decodeObject', 'fieldPath'] : []),
    ...(records.length > 0 ? ['JsonObject'] : []),
  ];
  const blocks = [
    ...model.enums.map((enumModel) => <EnumDeclaration enumModel={enumModel} />),
    ...records.map((record) => <RecordCodec {...record} />),
    ...model.properties.map((property) => <PropertyCodec property={property} />),
  ];
  return (
    <File name="interfaceTypes.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={protocolImports} from="./protocol" />
      <NamedImports names={model.properties.length > 0 ? ['PropertyCodec'] : []} from="./properties" />
      {blocks.map((block) => ['\n', block])}
    </File>
  );
}
