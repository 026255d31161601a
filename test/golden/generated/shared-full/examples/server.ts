// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { DayOfTheWeek, FullServer, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new FullServer(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  server.handleAddNumbers(async (first, second, third) => {
    console.log('addNumbers', first, second, third);
    return 42;
  });

  server.handleDoSomething(async (taskToDo) => {
    console.log('doSomething', taskToDo);
    return {
      label: 'hello',
      identifier: 42,
    };
  });

  server.handleWhatTimeIsIt(async () => {
    console.log('what_time_is_it');
    return new Date();
  });

  server.handleHoldTemperature(async (temperatureCelsius) => {
    console.log('hold_temperature', temperatureCelsius);
    return true;
  });

  await server.ready();
  console.log(`FullServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitTodayIs(42, DayOfTheWeek.Sunday);
  await server.emitRandomWord('hello', new Date());

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
