// src/interfaceTypes.ts: the interface's enums and structs, the payload of
// each signal and method, the value of each property, and their conversions
// from and to wire JSON.
import { File, render } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { Imports } from '../../components/NamedImports';
import { EnumDeclaration } from '../../components/EnumDeclaration';
import { RecordCodec } from '../../components/RecordCodec';
import { PropertyCodec } from '../../components/PropertyCodec';

const { interfaceModel, payloadTypes } = require('../../filters/model');
const { importsFor, packageExports } = require('../../filters/imports');

/** @param {import('../../filters/model').TemplateContext} context */
export default function InterfaceTypes({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const records = [
    ...model.structs.map((s) => ({ typeName: s.tsName, codec: s.codec, description: s.description || `The \`${s.name}\` structure.`, fields: s.fields, topLevel: false })),
    ...payloadTypes(model),
  ];
  const code = render(
    <>
      {model.enums.map((enumModel) => ['\n', <EnumDeclaration enumModel={enumModel} />])}
      {records.map((record) => ['\n', <RecordCodec {...record} />])}
      {model.properties.map((property) => ['\n', <PropertyCodec property={property} />])}
    </>,
  );
  return (
    <File name="interfaceTypes.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <Imports imports={importsFor(code, packageExports(model))} />
      {code}
    </File>
  );
}
