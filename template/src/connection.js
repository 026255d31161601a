// src/connection.ts: MqttConnection, the same for every interface (runtime/connection.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { runtimeSource } = require('../../filters/runtime');

export default function Connection() {
  return <File name="connection.ts">{runtimeSource('connection.ts')}</File>;
}
