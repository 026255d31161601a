// src/server.ts: the server class. It emits signals, answers method calls
// through handlers the application registers, owns the properties and
// announces itself for discovery. The file's code is composed of the
// components in components/server/; its imports follow from that code.
import { File, render } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { Imports } from '../../components/NamedImports';
import { ServerPropertyValues, ServerOptions, MethodReplicaOptions, HandlerType, UpdatedListenerType } from '../../components/server/ServerDeclarations';
import { ServerClass } from '../../components/server/ServerClass';

const { interfaceModel } = require('../../filters/model');
const { importsFor, packageExports } = require('../../filters/imports');

/** @param {import('../../filters/model').TemplateContext} context */
export default function Server({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const code = render(
    <>
      <ServerPropertyValues model={model} />
      <ServerOptions model={model} />
      <MethodReplicaOptions model={model} />
      {model.methods.map((method) => ['\n', <HandlerType method={method} />])}
      {model.properties.filter((p) => !p.readOnly).map((property) => ['\n', <UpdatedListenerType property={property} />])}
      {'\n'}
      <ServerClass model={model} />
    </>,
  );
  return (
    <File name="server.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <Imports imports={importsFor(code, packageExports(model))} />
      {code}
    </File>
  );
}
