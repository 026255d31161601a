// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { Gender, MqttConnection, SimpleServer } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new SimpleServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      school: 'hello',
    },
  });

  server.handleTradeNumbers(async (yourNumber) => {
    console.log('trade_numbers', yourNumber);
    return 42;
  });

  server.onSchoolUpdated((value) => {
    console.log('school update asked for', value);
  });

  await server.ready();
  console.log(`SimpleServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitPersonEntered({
    name: 'hello',
    gender: Gender.Male,
  });

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
