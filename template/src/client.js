// src/client.ts: the client class. It receives signals through listeners,
// calls the server's methods, and follows and updates its properties. The
// file's code is composed of the components in components/client/; its
// imports follow from that code.
import { File, render } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { Imports } from '../../components/NamedImports';
import { ClientOptions, ListenerType, ChangedListenerType } from '../../components/client/ClientDeclarations';
import { ClientClass } from '../../components/client/ClientClass';

const { interfaceModel } = require('../../filters/model');
const { importsFor, packageExports } = require('../../filters/imports');

/** @param {import('../../filters/model').TemplateContext} context */
export default function Client({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const code = render(
    <>
      <ClientOptions model={model} />
      {model.signals.map((signal) => ['\n', <ListenerType signal={signal} />])}
      {model.properties.map((property) => ['\n', <ChangedListenerType property={property} />])}
      {'\n'}
      <ClientClass model={model} />
    </>,
  );
  return (
    <File name="client.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <Imports imports={importsFor(code, packageExports(model))} />
      {code}
    </File>
  );
}
