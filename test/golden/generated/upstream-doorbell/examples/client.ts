// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { DoorbellClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new DoorbellClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveButtonPressed((pressure, longPress, button) => {
    console.log('buttonPressed', pressure, longPress, button);
  });
  client.receiveChime((tune) => {
    console.log('chime', tune);
  });
  client.receiveVisitorCount((count) => {
    console.log('visitor_count', count);
  });
  client.receiveVisitorName((name) => {
    console.log('visitor_name', name);
  });
  client.receiveRangAt((timestamp) => {
    console.log('rang_at', timestamp);
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
