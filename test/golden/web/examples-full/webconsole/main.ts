// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection } from '../src/connection';
import { decodeDuration, encodeDuration, MethodError, ReturnCode } from '../src/protocol';
import { PropertyCodec } from '../src/properties';
import {
  decodeAddNumbersArguments,
  decodeEchoBytesArguments,
  decodeFillTrayArguments,
  decodeOrderLunchArguments,
  encodeAddNumbersResult,
  encodeEchoBytesResult,
  encodeFillTrayResult,
  encodeLunchServedPayload,
  encodeOrderLunchResult,
  encodePhotoTakenPayload,
  encodeTemperatureChangedPayload,
  encodeWhatTimeIsItResult,
  favoriteNumberCodec,
  lastCleanedCodec,
  ovenSettingCodec,
  todaysMenuCodec,
} from '../src/interfaceTypes';
import { KitchenClient } from '../src/client';
import { KitchenDiscovery } from '../src/discovery';
import { ConsoleSpec, startConsole } from './console';
import { EnumSpec, Json, StructSpec, TypeTable } from './forms';

/** The enums of Kitchen, with the names and meanings of their values. */
const enums: EnumSpec[] = [
  {
    name: 'dayOfTheWeek',
    description: 'The days of the week.',
    values: [
      { name: 'Sunday', value: 1, description: 'First day of the week.' },
      { name: 'Monday', value: 2 },
      { name: 'Tuesday', value: 3 },
      { name: 'Wednesday', value: 4 },
      { name: 'Thursday', value: 5 },
      { name: 'Friday', value: 6 },
      { name: 'Saturday', value: 7 },
    ],
  },
  {
    name: 'oven_state',
    description: 'What an oven is doing.',
    values: [
      { name: 'off', value: 0 },
      { name: 'pre_heating', value: 10 },
      { name: 'baking', value: 11 },
      { name: 'cooling_down', value: 12, description: 'The oven is off but still hot.' },
    ],
  },
];

/** The structures of Kitchen. */
const structs: StructSpec[] = [
  {
    name: 'lunch',
    description: 'A lunch order.',
    fields: [
      { name: 'drink', type: { kind: 'boolean' }, optional: false, description: 'Whether lunch comes with a drink.' },
      { name: 'sandwich', type: { kind: 'string' }, optional: false },
      { name: 'crackers', type: { kind: 'float' }, optional: false },
      { name: 'day', type: { kind: 'enum', name: 'dayOfTheWeek' }, optional: false },
      { name: 'order_number', type: { kind: 'integer' }, optional: true },
      { name: 'time_of_lunch', type: { kind: 'datetime' }, optional: false },
      { name: 'duration_of_lunch', type: { kind: 'duration' }, optional: false },
      { name: 'receipt', type: { kind: 'binary' }, optional: true },
    ],
  },
  {
    name: 'tray',
    description: 'A tray holds several lunches.',
    fields: [
      { name: 'label', type: { kind: 'string' }, optional: false },
      { name: 'lunches', type: { kind: 'array', items: { kind: 'struct', name: 'lunch' } }, optional: false },
      { name: 'days', type: { kind: 'array', items: { kind: 'enum', name: 'dayOfTheWeek' } }, optional: false },
    ],
  },
];

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

const spec: ConsoleSpec<MqttConnection, KitchenClient> = {
  interfaceName: 'Kitchen',
  title: 'Kitchen controller',
  version: '1.2.0',
  summary: 'Controls the ovens and the lunch service of a kitchen.',
  documentation: 'Used by the kitchen daemons. The server owns the ovens; clients order\nlunch and watch the temperature.\n',
  types: new TypeTable(enums, structs, { toMs: (text) => decodeDuration(text, 'duration'), fromMs: encodeDuration }),
  topicOptions: [],
  connect: (options) => new MqttConnection(options),
  discovery: (connection, _topicOptions, onError) => new KitchenDiscovery(connection, { onError }),
  client: (connection, instanceId, _topicOptions, onError) =>
    new KitchenClient(connection, { instanceId, onError }),
  returnCode: (error) =>
    error instanceof MethodError ? { code: error.returnCode, name: ReturnCode[error.returnCode] ?? 'Unknown', debugInfo: error.debugInfo } : undefined,
  signals: [
    {
      name: 'ready',
      description: 'Emitted once when the kitchen opens.',
      fields: [],
      receive: (client, show) => client.receiveReady(() => show({})),
    },
    {
      name: 'temperature_changed',
      description: 'Emitted when an oven\'s temperature changes.',
      fields: [
        { name: 'oven', type: { kind: 'integer' }, optional: false, description: 'Oven number, starting at 1.' },
        { name: 'celsius', type: { kind: 'float' }, optional: false },
        { name: 'state', type: { kind: 'enum', name: 'oven_state' }, optional: false },
      ],
      receive: (client, show) => client.receiveTemperatureChanged((a0, a1, a2) => show(encodeTemperatureChangedPayload({ oven: a0, celsius: a1, state: a2 }))),
    },
    {
      name: 'lunch_served',
      fields: [
        { name: 'lunch', type: { kind: 'struct', name: 'lunch' }, optional: false },
        { name: 'served_at', type: { kind: 'datetime' }, optional: false },
        { name: 'note', type: { kind: 'string' }, optional: true },
      ],
      receive: (client, show) => client.receiveLunchServed((a0, a1, a2) => show(encodeLunchServedPayload({ lunch: a0, servedAt: a1, note: a2 }))),
    },
    {
      name: 'photo_taken',
      description: 'A picture of the dish, as JPEG bytes.',
      fields: [
        { name: 'image', type: { kind: 'binary' }, optional: false },
        { name: 'tags', type: { kind: 'array', items: { kind: 'string' } }, optional: false },
      ],
      receive: (client, show) => client.receivePhotoTaken((a0, a1) => show(encodePhotoTakenPayload({ image: a0, tags: a1 }))),
    },
  ],
  methods: [
    {
      name: 'add_numbers',
      description: 'Adds two or three integers.',
      arguments: [
        { name: 'first', type: { kind: 'integer' }, optional: false },
        { name: 'second', type: { kind: 'integer' }, optional: false },
        { name: 'third', type: { kind: 'integer' }, optional: true },
      ],
      returnValues: [
        { name: 'sum', type: { kind: 'integer' }, optional: false },
      ],
      call: async (client, args, timeoutMs) => {
        const a = decodeAddNumbersArguments(wireObject(args));
        const result = await client.addNumbers(a.first, a.second, a.third, { timeoutMs });
        return encodeAddNumbersResult({ sum: result });
      },
    },
    {
      name: 'order_lunch',
      description: 'Orders a lunch and tells when it will be ready.',
      arguments: [
        { name: 'lunch', type: { kind: 'struct', name: 'lunch' }, optional: false },
        { name: 'pickup_in', type: { kind: 'duration' }, optional: false },
      ],
      returnValues: [
        { name: 'order_number', type: { kind: 'integer' }, optional: false },
        { name: 'ready_at', type: { kind: 'datetime' }, optional: false },
        { name: 'comment', type: { kind: 'string' }, optional: true },
      ],
      call: async (client, args, timeoutMs) => {
        const a = decodeOrderLunchArguments(wireObject(args));
        return encodeOrderLunchResult(await client.orderLunch(a.lunch, a.pickupIn, { timeoutMs }));
      },
    },
    {
      name: 'what_time_is_it',
      description: 'Gets the kitchen\'s clock.',
      arguments: [],
      returnValues: [
        { name: 'timestamp', type: { kind: 'datetime' }, optional: false },
      ],
      call: async (client, _args, timeoutMs) => {
        const result = await client.whatTimeIsIt({ timeoutMs });
        return encodeWhatTimeIsItResult({ timestamp: result });
      },
    },
    {
      name: 'fill_tray',
      arguments: [
        { name: 'tray', type: { kind: 'struct', name: 'tray' }, optional: false },
        { name: 'extra_days', type: { kind: 'array', items: { kind: 'enum', name: 'dayOfTheWeek' } }, optional: false },
      ],
      returnValues: [
        { name: 'tray', type: { kind: 'struct', name: 'tray' }, optional: false },
      ],
      call: async (client, args, timeoutMs) => {
        const a = decodeFillTrayArguments(wireObject(args));
        const result = await client.fillTray(a.tray, a.extraDays, { timeoutMs });
        return encodeFillTrayResult({ tray: result });
      },
    },
    {
      name: 'echo_bytes',
      description: 'Returns the bytes it was given, reversed.',
      arguments: [
        { name: 'data', type: { kind: 'binary' }, optional: false },
      ],
      returnValues: [
        { name: 'reversed', type: { kind: 'binary' }, optional: false },
      ],
      call: async (client, args, timeoutMs) => {
        const a = decodeEchoBytesArguments(wireObject(args));
        const result = await client.echoBytes(a.data, { timeoutMs });
        return encodeEchoBytesResult({ reversed: result });
      },
    },
    {
      name: 'reset',
      description: 'Turns every oven off. Returns nothing.',
      arguments: [],
      returnValues: [],
      call: async (client, _args, timeoutMs) => {
        await client.reset({ timeoutMs });
        return {};
      },
    },
  ],
  properties: [
    {
      name: 'favorite_number',
      description: 'The kitchen\'s favorite number.',
      values: [
        { name: 'number', type: { kind: 'integer' }, optional: false },
      ],
      readOnly: false,
      read: (client) => seen(favoriteNumberCodec, client.favoriteNumber, client.favoriteNumberVersion),
      onChanged: (client, listener) => client.onFavoriteNumberChanged(() => listener()),
      update: async (client, value, timeoutMs) =>
        favoriteNumberCodec.encode(await client.setFavoriteNumber(favoriteNumberCodec.decode(wireObject(value)), { timeoutMs })),
    },
    {
      name: 'oven_setting',
      description: 'Target of oven 1.',
      values: [
        { name: 'celsius', type: { kind: 'float' }, optional: false },
        { name: 'state', type: { kind: 'enum', name: 'oven_state' }, optional: false },
        { name: 'hold_for', type: { kind: 'duration' }, optional: true },
      ],
      readOnly: false,
      read: (client) => seen(ovenSettingCodec, client.ovenSetting, client.ovenSettingVersion),
      onChanged: (client, listener) => client.onOvenSettingChanged(() => listener()),
      update: async (client, value, timeoutMs) =>
        ovenSettingCodec.encode(await client.setOvenSetting(ovenSettingCodec.decode(wireObject(value)), { timeoutMs })),
    },
    {
      name: 'todays_menu',
      description: 'The menu of the day. Only the kitchen changes it.',
      values: [
        { name: 'lunch', type: { kind: 'struct', name: 'lunch' }, optional: false },
      ],
      readOnly: true,
      read: (client) => seen(todaysMenuCodec, client.todaysMenu, client.todaysMenuVersion),
      onChanged: (client, listener) => client.onTodaysMenuChanged(() => listener()),
    },
    {
      name: 'last_cleaned',
      values: [
        { name: 'timestamp', type: { kind: 'datetime' }, optional: false },
      ],
      readOnly: false,
      read: (client) => seen(lastCleanedCodec, client.lastCleaned, client.lastCleanedVersion),
      onChanged: (client, listener) => client.onLastCleanedChanged(() => listener()),
      update: async (client, value, timeoutMs) =>
        lastCleanedCodec.encode(await client.setLastCleaned(lastCleanedCodec.decode(wireObject(value)), { timeoutMs })),
    },
  ],
};

const root = document.getElementById('console');
if (root !== null) {
  startConsole(spec, root);
}
