// webconsole/tsconfig.json (with the `web` parameter): type-checks the console
// sources for the browser (`npx tsc -p webconsole`); esbuild bundles them at generation.
import { File } from '@asyncapi/generator-react-sdk';

const { webWanted } = require('../../filters/web');

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    // src/ names Node's Buffer and timer types (types only; the bundle uses none of Node).
    types: ['node'],
  },
  include: ['*.ts'],
};

/** @param {{ params: Record<string, unknown> }} context */
export default function WebTsConfig({ params }) {
  if (!webWanted(params)) return null;
  return <File name="tsconfig.json">{`${JSON.stringify(TSCONFIG, null, 2)}\n`}</File>;
}
