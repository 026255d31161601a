// @ts-check
'use strict';
// The demo's client daemon: finds a server of the Example interface
// (examples/example.stingeripc) on the broker and uses each kind of element
// once: a signal, a method call and a property change. Exits 0 when all of
// them worked, 1 (with the reason) otherwise.
//
// 'example' is the TypeScript package generated from that file; see
// demo/server.js.

const { MqttConnection, ExampleDiscovery } = require('example');

/** Longest wait for something the server sends on its own. */
const WAIT_MS = 10_000;

/**
 * Resolves with the first value `subscribe` delivers; rejects after WAIT_MS,
 * so a lost message ends the demo with a reason instead of hanging it.
 * @template T
 * @param {string} what
 * @param {(deliver: (value: T) => void) => void} subscribe
 * @returns {Promise<T>}
 */
function nextEvent(what, subscribe) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
    subscribe((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

async function main() {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));

  // Discovery: no instance id configured; take the first Example server that
  // announces itself. The client comes back with every property value known.
  console.log('looking for an Example server');
  const discovery = new ExampleDiscovery(connection);
  // A server built from another version of the interface file is never
  // handed out; say so, or a version mismatch would look like no server.
  discovery.onIncompatibleInstance((instanceId, version) =>
    console.log(`ignoring Example server '${instanceId}': it serves interface version ${version}, incompatible with this client's`)
  );
  const client = await discovery.firstClient({ timeoutMs: WAIT_MS });
  console.log(`discovered Example server '${client.instanceId}', favorite_number is ${client.favoriteNumber}`);

  // Signal: the server emits foo whenever someone calls add_numbers.
  const foo = nextEvent('signal foo', (deliver) =>
    client.receiveFoo((message) => {
      console.log(`received signal foo('${message}')`);
      deliver(message);
    })
  );

  // Method: a request to the server, its reply is the result.
  const sum = await client.addNumbers(2, 3);
  console.log(`add_numbers(2, 3) returned ${sum}`);
  if (sum !== 5) throw new Error(`add_numbers(2, 3) should be 5, got ${sum}`);
  await foo;

  // Property: ask the server to change favorite_number; every client
  // (this one too) then sees the new value.
  const changed = nextEvent('change of favorite_number', (deliver) =>
    client.onFavoriteNumberChanged((value) => {
      console.log(`favorite_number changed to ${value}`);
      deliver(value);
    })
  );
  console.log('asking the server to set favorite_number to 42');
  const inForce = await client.setFavoriteNumber(42);
  console.log(`setFavoriteNumber(42) done, the value in force is ${inForce}`);
  if ((await changed) !== 42 || client.favoriteNumber !== 42) {
    throw new Error(`favorite_number should be 42, is ${client.favoriteNumber}`);
  }

  await client.close();
  await discovery.close();
  await connection.close();
  console.log('done: discovery, signal, method call and property change worked');
}

main().catch((error) => {
  console.error(`failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
