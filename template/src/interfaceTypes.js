// src/interfaceTypes.ts: the interface's enums and structs, the payload of
// each signal and method, and their conversions from and to wire JSON.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { EnumDeclaration } from '../../components/EnumDeclaration';
import { RecordCodec } from '../../components/RecordCodec';

const { interfaceModel, payloadTypes } = require('../../filters/model');

export default function InterfaceTypes({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const records = [
    ...model.structs.map((s) => ({ typeName: s.tsName, description: s.description || `The \`${s.name}\` structure.`, fields: s.fields, topLevel: false })),
    ...payloadTypes(model),
  ];
  const fields = records.flatMap((record) => record.fields);
  const protocolImports = [
    ...fields.flatMap((field) => field.protocolHelpers),
    ...(model.enums.length > 0 ? ['decodeEnum'] : []),
    ...(model.structs.length > 0 ? ['decodeObject', 'fieldPath'] : []),
    ...(records.length > 0 ? ['JsonObject'] : []),
  ];
  const blocks = [
    ...model.enums.map((enumModel) => <EnumDeclaration enumModel={enumModel} />),
    ...records.map((record) => <RecordCodec {...record} />),
  ];
  return (
    <File name="interfaceTypes.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={protocolImports} from="./protocol" />
      {blocks.map((block) => ['\n', block])}
    </File>
  );
}
