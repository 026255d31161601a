// @ts-check
'use strict';
// The demo's server daemon: serves the Example interface
// (examples/example.stingeripc) as instance 'demo'.
//
// 'example' is the TypeScript package generated from that file
// (`stingeripc generate examples/example.stingeripc -o example`, then
// `npm run build` in it); `npm run demo` generates it into a temp folder and
// runs this program with NODE_PATH pointing there.
//
// It runs until it gets SIGTERM or SIGINT, then says goodbye and exits 0 if a
// client has called add_numbers and changed favorite_number.

const { MqttConnection, ExampleServer } = require('example');

async function main() {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new ExampleServer(connection, {
    instanceId: 'demo',
    initialValues: { favoriteNumber: 7 },
  });
  const happened = { addNumbers: false, favoriteNumber: false };

  // The method: a client calls add_numbers and gets the sum back. The server
  // also tells every client about it with the signal foo.
  server.handleAddNumbers(async (left, right) => {
    const sum = left + right;
    console.log(`add_numbers(${left}, ${right}) called, answering ${sum}`);
    const message = `someone added ${left} and ${right}`;
    console.log(`emitting signal foo('${message}')`);
    await server.emitFoo(message);
    happened.addNumbers = true;
    return sum;
  });

  // The property: a client asks to change favorite_number. Throwing here
  // would refuse the change; accepting it publishes the new value to all.
  server.onFavoriteNumberUpdated((value) => {
    console.log(`a client changes favorite_number from ${server.favoriteNumber} to ${value}`);
    happened.favoriteNumber = true;
  });

  await server.ready();
  console.log(`serving Example instance '${server.instanceId}', favorite_number is ${server.favoriteNumber}`);

  const stop = async () => {
    // close() also withdraws the discovery announcement: clients see the server leave.
    await server.close();
    await connection.close();
    const missing = Object.entries(happened)
      .filter(([, done]) => !done)
      .map(([step]) => step);
    if (missing.length === 0) {
      console.log('stopped');
    } else {
      console.log(`stopped before every step happened (missing: ${missing.join(', ')})`);
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
