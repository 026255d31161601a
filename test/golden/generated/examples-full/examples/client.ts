// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { DayOfTheWeek, KitchenClient, MqttConnection, OvenState } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new KitchenClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveReady(() => {
    console.log('ready');
  });
  client.receiveTemperatureChanged((oven, celsius, state) => {
    console.log('temperature_changed', oven, celsius, state);
  });
  client.receiveLunchServed((lunch, servedAt, note) => {
    console.log('lunch_served', lunch, servedAt, note);
  });
  client.receivePhotoTaken((image, tags) => {
    console.log('photo_taken', image, tags);
  });
  client.onFavoriteNumberChanged((value) => {
    console.log('favorite_number is now', value);
  });
  client.onOvenSettingChanged((value) => {
    console.log('oven_setting is now', value);
  });
  client.onTodaysMenuChanged((value) => {
    console.log('todays_menu is now', value);
  });
  client.onLastCleanedChanged((value) => {
    console.log('last_cleaned is now', value);
  });

  await client.ready();

  console.log('add_numbers ->', await client.addNumbers(42, 42, 42));

  console.log('order_lunch ->', await client.orderLunch({
    drink: true,
    sandwich: 'hello',
    crackers: 1.5,
    day: DayOfTheWeek.Sunday,
    orderNumber: 42,
    timeOfLunch: new Date(),
    durationOfLunch: 1_500,
    receipt: Uint8Array.from([1, 2, 3]),
  }, 1_500));

  console.log('what_time_is_it ->', await client.whatTimeIsIt());

  console.log('fill_tray ->', await client.fillTray({
    label: 'hello',
    lunches: [{
      drink: true,
      sandwich: 'hello',
      crackers: 1.5,
      day: DayOfTheWeek.Sunday,
      orderNumber: 42,
      timeOfLunch: new Date(),
      durationOfLunch: 1_500,
      receipt: Uint8Array.from([1, 2, 3]),
    }],
    days: [DayOfTheWeek.Sunday],
  }, [DayOfTheWeek.Sunday]));

  console.log('echo_bytes ->', await client.echoBytes(Uint8Array.from([1, 2, 3])));

  await client.reset();
  console.log('reset done');

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('favorite_number ->', await client.setFavoriteNumber(42));
  console.log('oven_setting ->', await client.setOvenSetting({
    celsius: 1.5,
    state: OvenState.Off,
    holdFor: 1_500,
  }));
  console.log('last_cleaned ->', await client.setLastCleaned(new Date()));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
