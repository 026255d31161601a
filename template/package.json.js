// package.json of the generated package. (JSON has no comments: the licence
// notice of the generated files is in its README.md.)
import { File } from '@asyncapi/generator-react-sdk';

const { interfaceModel } = require('../filters/model');

/** @param {import('../filters/model').TemplateContext} context */
export default function PackageJson({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const about = model.title || model.name;
  const pkg = {
    name: model.packageName,
    version: model.version,
    description: `${about}: MQTT v5 server and client for the ${model.name} interface (stinger-ipc).`,
    main: 'dist/src/index.js',
    types: 'dist/src/index.d.ts',
    // npm adds package.json and README.md itself.
    files: ['dist/src', 'src', 'asyncapi.yaml', 'docs'],
    engines: { node: '>=20' },
    scripts: {
      build: 'tsc',
      // npm pack / publish, and an install from git, build first, so the
      // package carries dist/.
      prepare: 'npm run build',
      'example:server': 'node dist/examples/server.js',
      'example:client': 'node dist/examples/client.js',
    },
    dependencies: { mqtt: '^5.16.0' },
    devDependencies: { '@types/node': '^20.19.0', typescript: '^5.9.3' },
  };
  return <File name="package.json">{`${JSON.stringify(pkg, null, 2)}\n`}</File>;
}
