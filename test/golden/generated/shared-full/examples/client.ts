// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { FullClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new FullClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveTodayIs((dayOfMonth, dayOfWeek) => {
    console.log('todayIs', dayOfMonth, dayOfWeek);
  });
  client.receiveRandomWord((word, time) => {
    console.log('randomWord', word, time);
  });

  await client.ready();

  console.log('addNumbers ->', await client.addNumbers(42, 42, 42));

  console.log('doSomething ->', await client.doSomething('hello'));

  console.log('what_time_is_it ->', await client.whatTimeIsIt());

  console.log('hold_temperature ->', await client.holdTemperature(1.5));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
