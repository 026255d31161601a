// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, SimpleClient } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new SimpleClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receivePersonEntered((person) => {
    console.log('person_entered', person);
  });
  client.onSchoolChanged((value) => {
    console.log('school is now', value);
  });

  await client.ready();

  console.log('trade_numbers ->', await client.tradeNumbers(42));

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('school ->', await client.setSchool('hello'));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
