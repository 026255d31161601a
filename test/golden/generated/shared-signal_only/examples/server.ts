// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, SignalOnlyServer } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new SignalOnlyServer(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  await server.ready();
  console.log(`SignalOnlyServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitAnotherSignal(1.5, true, 'hello');
  await server.emitBark('hello');
  await server.emitMaybeNumber(42);
  await server.emitMaybeName('hello');
  await server.emitNow(new Date());

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
