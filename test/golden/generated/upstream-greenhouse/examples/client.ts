// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { GreenhouseClient, LampLevel, MqttConnection, Weekday } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new GreenhouseClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveDoorOpened((door, weekday) => {
    console.log('doorOpened', door, weekday);
  });
  client.receiveSensorReading((sensor, measuredAt) => {
    console.log('sensorReading', sensor, measuredAt);
  });
  client.onTargetTemperatureChanged((value) => {
    console.log('target_temperature is now', value);
  });
  client.onVentSettingsChanged((value) => {
    console.log('vent_settings is now', value);
  });
  client.onTodaysPlansChanged((value) => {
    console.log('todays_plans is now', value);
  });
  client.onGardenerChanged((value) => {
    console.log('gardener is now', value);
  });
  client.onLastHarvestChanged((value) => {
    console.log('last_harvest is now', value);
  });
  client.onSowingDatesChanged((value) => {
    console.log('sowing_dates is now', value);
  });

  await client.ready();

  console.log('setLamp ->', await client.setLamp(42, LampLevel.Dim, 42));

  console.log('plan_watering ->', await client.planWatering({
    bed: 'hello',
    litres: 1.5,
    fertilize: true,
    weekday: Weekday.Monday,
    runCount: 42,
    startsAt: new Date(),
    runLength: 1_500,
  }));

  console.log('last_reading_time ->', await client.lastReadingTime());

  console.log('keep_humidity ->', await client.keepHumidity(1.5));

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('target_temperature ->', await client.setTargetTemperature(42));
  console.log('vent_settings ->', await client.setVentSettings({
    mode: 'hello',
    openingPercent: 42,
    note: 'hello',
  }));
  console.log('gardener ->', await client.setGardener('hello'));
  console.log('last_harvest ->', await client.setLastHarvest(new Date()));
  console.log('sowing_dates ->', await client.setSowingDates({
    tomatoes: new Date(),
    beans: new Date(),
    herbs: new Date(),
    seedlingCount: 42,
  }));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
