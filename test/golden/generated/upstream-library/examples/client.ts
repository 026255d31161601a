// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { LibraryClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new LibraryClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveBookReturned((book) => {
    console.log('book_returned', book);
  });
  client.onOpeningHoursChanged((value) => {
    console.log('opening_hours is now', value);
  });

  await client.ready();

  console.log('renew_loan ->', await client.renewLoan(42));

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('opening_hours ->', await client.setOpeningHours('hello'));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
