// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { ExampleClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new ExampleClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveFoo((message) => {
    console.log('foo', message);
  });
  client.onFavoriteNumberChanged((value) => {
    console.log('favorite_number is now', value);
  });

  await client.ready();

  console.log('add_numbers ->', await client.addNumbers(42, 42));

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('favorite_number ->', await client.setFavoriteNumber(42));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
