// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { Color, EdgeCasesClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new EdgeCasesClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveMoved((from, to, colors) => {
    console.log('moved', from, to, colors);
  });

  await client.ready();

  console.log('maybe_find ->', await client.maybeFind('hello', {
    points: [{
      x: 1.5,
      color: Color.Red,
    }],
    center: {
      x: 1.5,
      color: Color.Red,
    },
    stamps: [new Date()],
    waits: [1_500],
    blobs: [Uint8Array.from([1, 2, 3])],
  }));

  console.log('many_optional ->', await client.manyOptional(new Date(), 1_500));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
