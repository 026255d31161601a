// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, SignalOnlyClient } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new SignalOnlyClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveAnotherSignal((one, two, three) => {
    console.log('anotherSignal', one, two, three);
  });
  client.receiveBark((word) => {
    console.log('bark', word);
  });
  client.receiveMaybeNumber((number) => {
    console.log('maybe_number', number);
  });
  client.receiveMaybeName((name) => {
    console.log('maybe_name', name);
  });
  client.receiveNow((timestamp) => {
    console.log('now', timestamp);
  });

  await client.ready();
  console.log('Listening for signals; Ctrl+C stops.');
  process.once('SIGINT', () => {
    void client.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
