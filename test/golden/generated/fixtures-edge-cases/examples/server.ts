// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { Color, EdgeCasesServer, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new EdgeCasesServer(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  server.handleMaybeFind(async (hint, shape) => {
    console.log('maybe_find', hint, shape);
    return {
      x: 1.5,
      color: Color.Red,
    };
  });

  server.handleManyOptional(async (when, howLong) => {
    console.log('many_optional', when, howLong);
    return {
      blob: Uint8Array.from([1, 2, 3]),
      stamps: [new Date()],
    };
  });

  await server.ready();
  console.log(`EdgeCasesServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitMoved({
    x: 1.5,
    color: Color.Red,
  }, {
    x: 1.5,
    color: Color.Red,
  }, [Color.Red]);

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
