// src/discovery.ts: the discovery class. It follows the announcements of the
// interface's servers and hands out clients for them. The file's code is
// composed of components/discovery/; its imports follow from that code.
import { File, render } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { Imports } from '../../components/NamedImports';
import { DiscoveryOptions, DiscoveryClass } from '../../components/discovery/DiscoveryClass';

const { interfaceModel } = require('../../filters/model');
const { importsFor, packageExports } = require('../../filters/imports');

/** @param {import('../../filters/model').TemplateContext} context */
export default function Discovery({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const code = render(
    <>
      <DiscoveryOptions model={model} />
      {'\n'}
      <DiscoveryClass model={model} />
    </>,
  );
  return (
    <File name="discovery.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <Imports imports={importsFor(code, packageExports(model))} />
      {code}
    </File>
  );
}
