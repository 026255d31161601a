// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { LibraryServer, MqttConnection, Shelf } from '../src/index';

async function main(): Promise<void> {
  const connection = new MqttConnection(process.env.MQTT_HOST ?? 'localhost', Number(process.env.MQTT_PORT ?? 1883));
  const server = new LibraryServer(connection, {
    instanceId: process.env.INSTANCE_ID ?? 'example',
    initialValues: {
      openingHours: 'hello',
    },
  });

  server.handleRenewLoan(async (loanId) => {
    console.log('renew_loan', loanId);
    return loanId;
  });

  server.onOpeningHoursUpdated((value) => {
    console.log('opening_hours update asked for', value);
  });

  await server.ready();
  console.log(`LibraryServer '${server.instanceId}' is serving; Ctrl+C stops it.`);

  await server.emitBookReturned({
    title: 'hello',
    shelf: Shelf.Fiction,
  });

  process.once('SIGINT', () => {
    void server.close().then(() => connection.close());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
