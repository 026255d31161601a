// src/protocol.ts: return codes, errors, wire conversions and the request/reply
// machinery, the same for every interface (runtime/protocol.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { runtimeSource } = require('../../filters/runtime');

export default function Protocol() {
  return <File name="protocol.ts">{runtimeSource('protocol.ts')}</File>;
}
