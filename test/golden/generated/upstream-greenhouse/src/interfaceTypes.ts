// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  decodeBoolean,
  decodeDateTime,
  decodeDuration,
  decodeEnum,
  decodeFloat,
  decodeInteger,
  decodeObject,
  decodeOptional,
  decodeString,
  encodeDateTime,
  encodeDuration,
  encodeOptional,
  fieldPath,
  JsonObject,
} from './protocol';
import { PropertyCodec } from './properties';

/** Days on which a plan can run. */
export enum Weekday {
  /** The first working day. */
  Monday = 1,
  Tuesday = 2,
  Wednesday = 3,
  Thursday = 4,
  Friday = 5,
  Saturday = 6,
  Sunday = 7,
}

/** Reads `Weekday` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeWeekday(value: unknown, field: string): Weekday {
  return decodeEnum(value, field, 'Weekday', [
    Weekday.Monday,
    Weekday.Tuesday,
    Weekday.Wednesday,
    Weekday.Thursday,
    Weekday.Friday,
    Weekday.Saturday,
    Weekday.Sunday,
  ]);
}

/** Brightness steps of the grow lamps, in percent. */
export enum LampLevel {
  /** A quarter of full power. */
  Dim = 25,
  Half = 50,
  Bright = 75,
  /** Full power. */
  Full = 100,
}

/** Reads `LampLevel` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeLampLevel(value: unknown, field: string): LampLevel {
  return decodeEnum(value, field, 'LampLevel', [
    LampLevel.Dim,
    LampLevel.Half,
    LampLevel.Bright,
    LampLevel.Full,
  ]);
}

/** When and how long a bed is watered. */
export interface WateringPlan {
  /** The name of the bed. */
  bed: string;
  /** How much water per run. */
  litres: number;
  fertilize: boolean;
  weekday: Weekday;
  runCount?: number;
  /** The first run. */
  startsAt: Date;
  /** How long one run lasts. In milliseconds. */
  runLength: number;
}

/** Reads `WateringPlan` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeWateringPlan(value: unknown, field: string): WateringPlan {
  const object = decodeObject(value, field);
  return {
    bed: decodeString(object.bed, fieldPath(field, 'bed')),
    litres: decodeFloat(object.litres, fieldPath(field, 'litres')),
    fertilize: decodeBoolean(object.fertilize, fieldPath(field, 'fertilize')),
    weekday: decodeWeekday(object.weekday, fieldPath(field, 'weekday')),
    runCount: decodeOptional(object.run_count, fieldPath(field, 'run_count'), decodeInteger),
    startsAt: decodeDateTime(object.starts_at, fieldPath(field, 'starts_at')),
    runLength: decodeDuration(object.run_length, fieldPath(field, 'run_length')),
  };
}

/** Writes `WateringPlan` as wire JSON. */
export function encodeWateringPlan(value: WateringPlan): JsonObject {
  return {
    bed: value.bed,
    litres: value.litres,
    fertilize: value.fertilize,
    weekday: value.weekday,
    run_count: value.runCount ?? null,
    starts_at: encodeDateTime(value.startsAt),
    run_length: encodeDuration(value.runLength),
  };
}

/** Payload of the `doorOpened` signal. */
export interface DoorOpenedPayload {
  /** The number of the door. */
  door: number;
  weekday: Weekday;
}

/** Reads `DoorOpenedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeDoorOpenedPayload(payload: Record<string, unknown>): DoorOpenedPayload {
  return {
    door: decodeInteger(payload.door, 'door'),
    weekday: decodeWeekday(payload.weekday, 'weekday'),
  };
}

/** Writes `DoorOpenedPayload` as wire JSON. */
export function encodeDoorOpenedPayload(value: DoorOpenedPayload): JsonObject {
  return {
    door: value.door,
    weekday: value.weekday,
  };
}

/** Payload of the `sensorReading` signal. */
export interface SensorReadingPayload {
  sensor: string;
  measuredAt: Date;
}

/** Reads `SensorReadingPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeSensorReadingPayload(payload: Record<string, unknown>): SensorReadingPayload {
  return {
    sensor: decodeString(payload.sensor, 'sensor'),
    measuredAt: decodeDateTime(payload.measured_at, 'measured_at'),
  };
}

/** Writes `SensorReadingPayload` as wire JSON. */
export function encodeSensorReadingPayload(value: SensorReadingPayload): JsonObject {
  return {
    sensor: value.sensor,
    measured_at: encodeDateTime(value.measuredAt),
  };
}

/** Arguments of the `setLamp` method. */
export interface SetLampArguments {
  lamp: number;
  level: LampLevel;
  minutes?: number;
}

/** Reads `SetLampArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeSetLampArguments(payload: Record<string, unknown>): SetLampArguments {
  return {
    lamp: decodeInteger(payload.lamp, 'lamp'),
    level: decodeLampLevel(payload.level, 'level'),
    minutes: decodeOptional(payload.minutes, 'minutes', decodeInteger),
  };
}

/** Writes `SetLampArguments` as wire JSON. */
export function encodeSetLampArguments(value: SetLampArguments): JsonObject {
  return {
    lamp: value.lamp,
    level: value.level,
    minutes: value.minutes ?? null,
  };
}

/** Return values of the `setLamp` method. */
export interface SetLampResult {
  previousLevel: LampLevel;
}

/** Reads `SetLampResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeSetLampResult(payload: Record<string, unknown>): SetLampResult {
  return {
    previousLevel: decodeLampLevel(payload.previousLevel, 'previousLevel'),
  };
}

/** Writes `SetLampResult` as wire JSON. */
export function encodeSetLampResult(value: SetLampResult): JsonObject {
  return {
    previousLevel: value.previousLevel,
  };
}

/** Arguments of the `plan_watering` method. */
export interface PlanWateringArguments {
  plan: WateringPlan;
}

/** Reads `PlanWateringArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePlanWateringArguments(payload: Record<string, unknown>): PlanWateringArguments {
  return {
    plan: decodeWateringPlan(payload.plan, 'plan'),
  };
}

/** Writes `PlanWateringArguments` as wire JSON. */
export function encodePlanWateringArguments(value: PlanWateringArguments): JsonObject {
  return {
    plan: encodeWateringPlan(value.plan),
  };
}

/** Return values of the `plan_watering` method. */
export interface PlanWateringResult {
  slot: number;
  confirmation: string;
}

/** Reads `PlanWateringResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePlanWateringResult(payload: Record<string, unknown>): PlanWateringResult {
  return {
    slot: decodeInteger(payload.slot, 'slot'),
    confirmation: decodeString(payload.confirmation, 'confirmation'),
  };
}

/** Writes `PlanWateringResult` as wire JSON. */
export function encodePlanWateringResult(value: PlanWateringResult): JsonObject {
  return {
    slot: value.slot,
    confirmation: value.confirmation,
  };
}

/** Return values of the `last_reading_time` method. */
export interface LastReadingTimeResult {
  timestamp: Date;
}

/** Reads `LastReadingTimeResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeLastReadingTimeResult(payload: Record<string, unknown>): LastReadingTimeResult {
  return {
    timestamp: decodeDateTime(payload.timestamp, 'timestamp'),
  };
}

/** Writes `LastReadingTimeResult` as wire JSON. */
export function encodeLastReadingTimeResult(value: LastReadingTimeResult): JsonObject {
  return {
    timestamp: encodeDateTime(value.timestamp),
  };
}

/** Arguments of the `keep_humidity` method. */
export interface KeepHumidityArguments {
  /** Relative humidity to keep. */
  percent: number;
}

/** Reads `KeepHumidityArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeKeepHumidityArguments(payload: Record<string, unknown>): KeepHumidityArguments {
  return {
    percent: decodeFloat(payload.percent, 'percent'),
  };
}

/** Writes `KeepHumidityArguments` as wire JSON. */
export function encodeKeepHumidityArguments(value: KeepHumidityArguments): JsonObject {
  return {
    percent: value.percent,
  };
}

/** Return values of the `keep_humidity` method. */
export interface KeepHumidityResult {
  accepted: boolean;
}

/** Reads `KeepHumidityResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeKeepHumidityResult(payload: Record<string, unknown>): KeepHumidityResult {
  return {
    accepted: decodeBoolean(payload.accepted, 'accepted'),
  };
}

/** Writes `KeepHumidityResult` as wire JSON. */
export function encodeKeepHumidityResult(value: KeepHumidityResult): JsonObject {
  return {
    accepted: value.accepted,
  };
}

/** The values of the `vent_settings` property. */
export interface VentSettingsValue {
  mode: string;
  openingPercent: number;
  note?: string;
}

/** Reads `VentSettingsValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeVentSettingsValue(payload: Record<string, unknown>): VentSettingsValue {
  return {
    mode: decodeString(payload.mode, 'mode'),
    openingPercent: decodeInteger(payload.opening_percent, 'opening_percent'),
    note: decodeOptional(payload.note, 'note', decodeString),
  };
}

/** Writes `VentSettingsValue` as wire JSON. */
export function encodeVentSettingsValue(value: VentSettingsValue): JsonObject {
  return {
    mode: value.mode,
    opening_percent: value.openingPercent,
    note: value.note ?? null,
  };
}

/** The values of the `todays_plans` property. */
export interface TodaysPlansValue {
  morning: WateringPlan;
  /** The evening run. */
  evening: WateringPlan;
}

/** Reads `TodaysPlansValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTodaysPlansValue(payload: Record<string, unknown>): TodaysPlansValue {
  return {
    morning: decodeWateringPlan(payload.morning, 'morning'),
    evening: decodeWateringPlan(payload.evening, 'evening'),
  };
}

/** Writes `TodaysPlansValue` as wire JSON. */
export function encodeTodaysPlansValue(value: TodaysPlansValue): JsonObject {
  return {
    morning: encodeWateringPlan(value.morning),
    evening: encodeWateringPlan(value.evening),
  };
}

/** The values of the `sowing_dates` property. */
export interface SowingDatesValue {
  tomatoes: Date;
  beans: Date;
  herbs?: Date;
  /** How many seedlings came up. */
  seedlingCount?: number;
}

/** Reads `SowingDatesValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeSowingDatesValue(payload: Record<string, unknown>): SowingDatesValue {
  return {
    tomatoes: decodeDateTime(payload.tomatoes, 'tomatoes'),
    beans: decodeDateTime(payload.beans, 'beans'),
    herbs: decodeOptional(payload.herbs, 'herbs', decodeDateTime),
    seedlingCount: decodeOptional(payload.seedling_count, 'seedling_count', decodeInteger),
  };
}

/** Writes `SowingDatesValue` as wire JSON. */
export function encodeSowingDatesValue(value: SowingDatesValue): JsonObject {
  return {
    tomatoes: encodeDateTime(value.tomatoes),
    beans: encodeDateTime(value.beans),
    herbs: encodeOptional(value.herbs, encodeDateTime),
    seedling_count: value.seedlingCount ?? null,
  };
}

/** The `target_temperature` property on the wire: an object keyed by its value names as written. */
export const targetTemperatureCodec: PropertyCodec<number> = {
  encode: (value) => ({ celsius: value }),
  decode: (payload) => decodeInteger(payload.celsius, 'celsius'),
};

/** The `vent_settings` property on the wire: an object keyed by its value names as written. */
export const ventSettingsCodec: PropertyCodec<VentSettingsValue> = {
  encode: (value) => encodeVentSettingsValue(value),
  decode: (payload) => decodeVentSettingsValue(payload),
};

/** The `todays_plans` property on the wire: an object keyed by its value names as written. */
export const todaysPlansCodec: PropertyCodec<TodaysPlansValue> = {
  encode: (value) => encodeTodaysPlansValue(value),
  decode: (payload) => decodeTodaysPlansValue(payload),
};

/** The `gardener` property on the wire: an object keyed by its value names as written. */
export const gardenerCodec: PropertyCodec<string> = {
  encode: (value) => ({ gardener: value }),
  decode: (payload) => decodeString(payload.gardener, 'gardener'),
};

/** The `last_harvest` property on the wire: an object keyed by its value names as written. */
export const lastHarvestCodec: PropertyCodec<Date> = {
  encode: (value) => ({ timestamp: encodeDateTime(value) }),
  decode: (payload) => decodeDateTime(payload.timestamp, 'timestamp'),
};

/** The `sowing_dates` property on the wire: an object keyed by its value names as written. */
export const sowingDatesCodec: PropertyCodec<SowingDatesValue> = {
  encode: (value) => encodeSowingDatesValue(value),
  decode: (payload) => decodeSowingDatesValue(payload),
};
