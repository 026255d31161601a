// @ts-check
'use strict';
// The server end of one side in its own process, for the bench's separate-
// process mode and for --embedded. Started with fork(); talks over the IPC
// channel:
//   argv: generated|raw BROKER_JSON INSTANCE_ID [INDEX_MODULE]
//   -> { ready: true } once serving
//   <- { id, emit: [first, count, qos] }  -> { id, done: true } (or { id, error })
//   <- { id, errors: true }               -> { id, errors: [messages] }
//   <- { close: true }                    closes and exits
// A lost parent (IPC channel closed) ends the process too.


async function main() {
  const [mode, brokerJson, instanceId, indexModule] = process.argv.slice(2);
  const broker = JSON.parse(brokerJson);
  /** @type {Error[]} */
  const errors = [];
  // Only the side's own module is loaded: the --embedded daemon's RSS holds no raw-side code.
  const server =
    mode === 'generated'
      ? await require('./generated-side').openGeneratedServer(indexModule, broker, instanceId, errors)
      : mode === 'raw'
        ? await require('./raw-side').openRawServer(broker, instanceId, errors)
        : undefined;
  if (server === undefined) throw new Error(`unknown mode ${mode}`);
  const send = (/** @type {object} */ message) => process.send?.(message);
  process.on('message', (/** @type {any} */ message) => {
    if (message.close) {
      server.close().finally(() => process.exit(0));
    } else if (message.emit) {
      const [first, count, qos] = message.emit;
      server.emitBatch(first, count, qos).then(
        () => send({ id: message.id, done: true }),
        (error) => send({ id: message.id, error: String(error) })
      );
    } else if (message.errors) {
      send({ id: message.id, errors: errors.map((error) => error.message) });
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
