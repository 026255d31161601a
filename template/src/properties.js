// src/properties.ts: the server's and the client's side of a property, the
// same for every interface (runtime/properties.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { runtimeSource } = require('../../filters/runtime');

export default function Properties() {
  return <File name="properties.ts">{runtimeSource('properties.ts')}</File>;
}
