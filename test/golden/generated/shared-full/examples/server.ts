// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { DayOfTheWeek, FullServer, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new FullServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      favoriteNumber: 42,
      favoriteFoods: {
        drink: 'hello',
        slicesOfPizza: 42,
        breakfast: 'hello',
      },
      lunchMenu: {
        monday: {
          drink: true,
          sandwich: 'hello',
          crackers: 1.5,
          day: DayOfTheWeek.Sunday,
          orderNumber: 42,
          timeOfLunch: new Date(),
          durationOfLunch: 1_500,
        },
        tuesday: {
          drink: true,
          sandwich: 'hello',
          crackers: 1.5,
          day: DayOfTheWeek.Sunday,
          orderNumber: 42,
          timeOfLunch: new Date(),
          durationOfLunch: 1_500,
        },
      },
      familyName: 'hello',
      lastBreakfastTime: new Date(),
      lastBirthdays: {
        mom: new Date(),
        dad: new Date(),
        sister: new Date(),
        brothersAge: 42,
      },
    },
  });

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

  server.onFavoriteNumberUpdated((value) => {
    console.log('favorite_number update asked for', value);
  });
  server.onFavoriteFoodsUpdated((value) => {
    console.log('favorite_foods update asked for', value);
  });
  server.onFamilyNameUpdated((value) => {
    console.log('family_name update asked for', value);
  });
  server.onLastBreakfastTimeUpdated((value) => {
    console.log('last_breakfast_time update asked for', value);
  });
  server.onLastBirthdaysUpdated((value) => {
    console.log('last_birthdays update asked for', value);
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
