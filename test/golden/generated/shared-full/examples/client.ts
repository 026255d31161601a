// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { FullClient, MqttConnection } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const client = new FullClient(connection, { instanceId: process.env.INSTANCE_ID ?? 'example' });

  client.receiveTodayIs((dayOfMonth, dayOfWeek) => {
    console.log('todayIs', dayOfMonth, dayOfWeek);
  });
  client.receiveRandomWord((word, time) => {
    console.log('randomWord', word, time);
  });
  client.onFavoriteNumberChanged((value) => {
    console.log('favorite_number is now', value);
  });
  client.onFavoriteFoodsChanged((value) => {
    console.log('favorite_foods is now', value);
  });
  client.onLunchMenuChanged((value) => {
    console.log('lunch_menu is now', value);
  });
  client.onFamilyNameChanged((value) => {
    console.log('family_name is now', value);
  });
  client.onLastBreakfastTimeChanged((value) => {
    console.log('last_breakfast_time is now', value);
  });
  client.onLastBirthdaysChanged((value) => {
    console.log('last_birthdays is now', value);
  });

  await client.ready();

  console.log('addNumbers ->', await client.addNumbers(42, 42, 42));

  console.log('doSomething ->', await client.doSomething('hello'));

  console.log('what_time_is_it ->', await client.whatTimeIsIt());

  console.log('hold_temperature ->', await client.holdTemperature(1.5));

  // A set names the last version seen, so wait for the retained values first.
  await client.propertiesReady();
  console.log('favorite_number ->', await client.setFavoriteNumber(42));
  console.log('favorite_foods ->', await client.setFavoriteFoods({
    drink: 'hello',
    slicesOfPizza: 42,
    breakfast: 'hello',
  }));
  console.log('family_name ->', await client.setFamilyName('hello'));
  console.log('last_breakfast_time ->', await client.setLastBreakfastTime(new Date()));
  console.log('last_birthdays ->', await client.setLastBirthdays({
    mom: new Date(),
    dad: new Date(),
    sister: new Date(),
    brothersAge: 42,
  }));

  await client.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
