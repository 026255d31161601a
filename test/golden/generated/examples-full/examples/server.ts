// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { DayOfTheWeek, KitchenServer, MqttConnection, OvenState } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new KitchenServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      favoriteNumber: 42,
      ovenSetting: {
        celsius: 1.5,
        state: OvenState.Off,
        holdFor: 1_500,
      },
      todaysMenu: {
        drink: true,
        sandwich: 'hello',
        crackers: 1.5,
        day: DayOfTheWeek.Sunday,
        orderNumber: 42,
        timeOfLunch: new Date(),
        durationOfLunch: 1_500,
        receipt: Uint8Array.from([1, 2, 3]),
      },
      lastCleaned: new Date(),
    },
  });

  server.handleAddNumbers(async (first, second, third) => {
    console.log('add_numbers', first, second, third);
    return first + second + (third ?? 0);
  });

  server.handleOrderLunch(async (lunch, pickupIn) => {
    console.log('order_lunch', lunch, pickupIn);
    return {
      orderNumber: 42,
      readyAt: new Date(),
      comment: 'hello',
    };
  });

  server.handleWhatTimeIsIt(async () => {
    console.log('what_time_is_it');
    return new Date();
  });

  server.handleFillTray(async (tray, extraDays) => {
    console.log('fill_tray', tray, extraDays);
    return tray;
  });

  server.handleEchoBytes(async (data) => {
    console.log('echo_bytes', data);
    return data;
  });

  server.handleReset(async () => {
    console.log('reset');
  });

  server.onFavoriteNumberUpdated((value) => {
    console.log('favorite_number update asked for', value);
  });
  server.onOvenSettingUpdated((value) => {
    console.log('oven_setting update asked for', value);
  });
  server.onLastCleanedUpdated((value) => {
    console.log('last_cleaned update asked for', value);
  });

  await server.ready();
  console.log(`KitchenServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitReady();
  await server.emitTemperatureChanged(42, 1.5, OvenState.Off);
  await server.emitLunchServed({
    drink: true,
    sandwich: 'hello',
    crackers: 1.5,
    day: DayOfTheWeek.Sunday,
    orderNumber: 42,
    timeOfLunch: new Date(),
    durationOfLunch: 1_500,
    receipt: Uint8Array.from([1, 2, 3]),
  }, new Date(), 'hello');
  await server.emitPhotoTaken(Uint8Array.from([1, 2, 3]), ['hello']);

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
