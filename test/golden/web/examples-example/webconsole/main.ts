// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection } from '../src/connection';
import { decodeDuration, encodeDuration, MethodError, ReturnCode } from '../src/protocol';
import { PropertyCodec } from '../src/properties';
import {
  decodeAddNumbersArguments,
  encodeAddNumbersResult,
  encodeFooPayload,
  favoriteNumberCodec,
} from '../src/interfaceTypes';
import { ExampleClient } from '../src/client';
import { ExampleDiscovery } from '../src/discovery';
import { ConsoleSpec, startConsole } from './console';
import { EnumSpec, Json, StructSpec, TypeTable } from './forms';

/** The enums of Example, with the names and meanings of their values. */
const enums: EnumSpec[] = [];

/** The structures of Example. */
const structs: StructSpec[] = [];

/** A form's value as the object the package's decoders take. */
function wireObject(value: Json): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('the form gave no object');
  }
  return value;
}

/** A property's last value in wire form with its PropertyVersion, once one has arrived. */
function seen<T>(codec: PropertyCodec<T>, value: T | undefined, version: number | undefined): { value: Json; version: number } | undefined {
  // Once a version is known, so is the value (which may be undefined for an optional one).
  return version === undefined ? undefined : { value: codec.encode(value as T), version };
}

const spec: ConsoleSpec<MqttConnection, ExampleClient> = {
  interfaceName: 'Example',
  title: 'Example',
  version: '0.0.1',
  summary: 'A small interface that shows a signal, a method and a property.',
  types: new TypeTable(enums, structs, { toMs: (text) => decodeDuration(text, 'duration'), fromMs: encodeDuration }),
  topicOptions: [],
  connect: (options) => new MqttConnection(options),
  discovery: (connection, _topicOptions, onError) => new ExampleDiscovery(connection, { onError }),
  client: (connection, instanceId, _topicOptions, onError) =>
    new ExampleClient(connection, { instanceId, onError }),
  returnCode: (error) =>
    error instanceof MethodError ? { code: error.returnCode, name: ReturnCode[error.returnCode] ?? 'Unknown', debugInfo: error.debugInfo } : undefined,
  signals: [
    {
      name: 'foo',
      description: 'Something happened; the server tells every client about it.',
      fields: [
        { name: 'message', type: { kind: 'string' }, optional: false, description: 'What happened, as text.' },
      ],
      receive: (client, show) => client.receiveFoo((a0) => show(encodeFooPayload({ message: a0 }))),
    },
  ],
  methods: [
    {
      name: 'add_numbers',
      description: 'Adds two integers and returns their sum.',
      arguments: [
        { name: 'left', type: { kind: 'integer' }, optional: false },
        { name: 'right', type: { kind: 'integer' }, optional: false },
      ],
      returnValues: [
        { name: 'sum', type: { kind: 'integer' }, optional: false },
      ],
      call: async (client, args, timeoutMs) => {
        const a = decodeAddNumbersArguments(wireObject(args));
        const result = await client.addNumbers(a.left, a.right, { timeoutMs });
        return encodeAddNumbersResult({ sum: result });
      },
    },
  ],
  properties: [
    {
      name: 'favorite_number',
      description: 'A number that the server and its clients agree on; either side may change it.',
      values: [
        { name: 'number', type: { kind: 'integer' }, optional: false },
      ],
      readOnly: false,
      read: (client) => seen(favoriteNumberCodec, client.favoriteNumber, client.favoriteNumberVersion),
      onChanged: (client, listener) => client.onFavoriteNumberChanged(() => listener()),
      update: async (client, value, timeoutMs) =>
        favoriteNumberCodec.encode(await client.setFavoriteNumber(favoriteNumberCodec.decode(wireObject(value)), { timeoutMs })),
    },
  ],
};

const root = document.getElementById('console');
if (root !== null) {
  startConsole(spec, root);
}
