// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { ExampleServer, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new ExampleServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      favoriteNumber: 42,
    },
  });

  server.handleAddNumbers(async (left, right) => {
    console.log('add_numbers', left, right);
    return left + right;
  });

  server.onFavoriteNumberUpdated((value) => {
    console.log('favorite_number update asked for', value);
  });

  await server.ready();
  console.log(`ExampleServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitFoo('hello');

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
