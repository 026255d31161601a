// src/instances.ts: a server's announcement and the watcher of announcements
// and presence behind discovery, the same for every interface (runtime/instances.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { runtimeSource } = require('../../filters/runtime');

export default function Instances() {
  return <File name="instances.ts">{runtimeSource('instances.ts')}</File>;
}
