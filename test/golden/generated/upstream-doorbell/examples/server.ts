// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { DoorbellServer, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new DoorbellServer(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  await server.ready();
  console.log(`DoorbellServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitButtonPressed(1.5, true, 'hello');
  await server.emitChime('hello');
  await server.emitVisitorCount(42);
  await server.emitVisitorName('hello');
  await server.emitRangAt(new Date());

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
