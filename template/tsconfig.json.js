// tsconfig.json of the generated package: strict, sources and examples compiled to dist/.
import { File } from '@asyncapi/generator-react-sdk';

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'commonjs',
    moduleResolution: 'node',
    strict: true,
    declaration: true,
    sourceMap: true,
    rootDir: '.',
    outDir: 'dist',
    esModuleInterop: true,
    forceConsistentCasingInFileNames: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['src/**/*.ts', 'examples/**/*.ts'],
};

export default function TsConfig() {
  return <File name="tsconfig.json">{`${JSON.stringify(TSCONFIG, null, 2)}\n`}</File>;
}
