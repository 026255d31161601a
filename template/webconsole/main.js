// webconsole/main.ts (with the `web` parameter): the interface's types, documentation
// and client binding for the console page; the bundle's entry point (hooks/buildWebConsole.js).
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';

const { interfaceModel } = require('../../filters/model');
const { consoleMain, webWanted } = require('../../filters/web');

/** @param {import('../../filters/model').TemplateContext} context */
export default function Main({ asyncapi, params }) {
  if (!webWanted(params)) return null;
  const model = interfaceModel(asyncapi, params);
  return (
    <File name="main.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      {consoleMain(model)}
    </File>
  );
}
