// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { GreenhouseServer, MqttConnection, Weekday } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new GreenhouseServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      targetTemperature: 42,
      ventSettings: {
        mode: 'hello',
        openingPercent: 42,
        note: 'hello',
      },
      todaysPlans: {
        morning: {
          bed: 'hello',
          litres: 1.5,
          fertilize: true,
          weekday: Weekday.Monday,
          runCount: 42,
          startsAt: new Date(),
          runLength: 1_500,
        },
        evening: {
          bed: 'hello',
          litres: 1.5,
          fertilize: true,
          weekday: Weekday.Monday,
          runCount: 42,
          startsAt: new Date(),
          runLength: 1_500,
        },
      },
      gardener: 'hello',
      lastHarvest: new Date(),
      sowingDates: {
        tomatoes: new Date(),
        beans: new Date(),
        herbs: new Date(),
        seedlingCount: 42,
      },
    },
  });

  server.handleSetLamp(async (lamp, level, minutes) => {
    console.log('setLamp', lamp, level, minutes);
    return level;
  });

  server.handlePlanWatering(async (plan) => {
    console.log('plan_watering', plan);
    return {
      slot: 42,
      confirmation: 'hello',
    };
  });

  server.handleLastReadingTime(async () => {
    console.log('last_reading_time');
    return new Date();
  });

  server.handleKeepHumidity(async (percent) => {
    console.log('keep_humidity', percent);
    return percent > 0;
  });

  server.onTargetTemperatureUpdated((value) => {
    console.log('target_temperature update asked for', value);
  });
  server.onVentSettingsUpdated((value) => {
    console.log('vent_settings update asked for', value);
  });
  server.onGardenerUpdated((value) => {
    console.log('gardener update asked for', value);
  });
  server.onLastHarvestUpdated((value) => {
    console.log('last_harvest update asked for', value);
  });
  server.onSowingDatesUpdated((value) => {
    console.log('sowing_dates update asked for', value);
  });

  await server.ready();
  console.log(`GreenhouseServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitDoorOpened(42, Weekday.Monday);
  await server.emitSensorReading('hello', new Date());

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
