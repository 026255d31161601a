// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  decodeArray,
  decodeBinary,
  decodeBoolean,
  decodeDateTime,
  decodeDuration,
  decodeEnum,
  decodeFloat,
  decodeInteger,
  decodeObject,
  decodeOptional,
  decodeString,
  encodeBinary,
  encodeDateTime,
  encodeDuration,
  encodeOptional,
  fieldPath,
  JsonObject,
} from './protocol';
import { PropertyCodec } from './properties';

/** The days of the week. */
export enum DayOfTheWeek {
  /** First day of the week. */
  Sunday = 1,
  Monday = 2,
  Tuesday = 3,
  Wednesday = 4,
  Thursday = 5,
  Friday = 6,
  Saturday = 7,
}

/** Reads `DayOfTheWeek` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeDayOfTheWeek(value: unknown, field: string): DayOfTheWeek {
  return decodeEnum(value, field, 'DayOfTheWeek', [
    DayOfTheWeek.Sunday,
    DayOfTheWeek.Monday,
    DayOfTheWeek.Tuesday,
    DayOfTheWeek.Wednesday,
    DayOfTheWeek.Thursday,
    DayOfTheWeek.Friday,
    DayOfTheWeek.Saturday,
  ]);
}

/** What an oven is doing. */
export enum OvenState {
  Off = 0,
  PreHeating = 10,
  Baking = 11,
  /** The oven is off but still hot. */
  CoolingDown = 12,
}

/** Reads `OvenState` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeOvenState(value: unknown, field: string): OvenState {
  return decodeEnum(value, field, 'OvenState', [
    OvenState.Off,
    OvenState.PreHeating,
    OvenState.Baking,
    OvenState.CoolingDown,
  ]);
}

/** A lunch order. */
export interface Lunch {
  /** Whether lunch comes with a drink. */
  drink: boolean;
  sandwich: string;
  crackers: number;
  day: DayOfTheWeek;
  orderNumber?: number;
  timeOfLunch: Date;
  /** In milliseconds. */
  durationOfLunch: number;
  receipt?: Uint8Array;
}

/** Reads `Lunch` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeLunch(value: unknown, field: string): Lunch {
  const object = decodeObject(value, field);
  return {
    drink: decodeBoolean(object.drink, fieldPath(field, 'drink')),
    sandwich: decodeString(object.sandwich, fieldPath(field, 'sandwich')),
    crackers: decodeFloat(object.crackers, fieldPath(field, 'crackers')),
    day: decodeDayOfTheWeek(object.day, fieldPath(field, 'day')),
    orderNumber: decodeOptional(object.order_number, fieldPath(field, 'order_number'), decodeInteger),
    timeOfLunch: decodeDateTime(object.time_of_lunch, fieldPath(field, 'time_of_lunch')),
    durationOfLunch: decodeDuration(object.duration_of_lunch, fieldPath(field, 'duration_of_lunch')),
    receipt: decodeOptional(object.receipt, fieldPath(field, 'receipt'), decodeBinary),
  };
}

/** Writes `Lunch` as wire JSON. */
export function encodeLunch(value: Lunch): JsonObject {
  return {
    drink: value.drink,
    sandwich: value.sandwich,
    crackers: value.crackers,
    day: value.day,
    order_number: value.orderNumber ?? null,
    time_of_lunch: encodeDateTime(value.timeOfLunch),
    duration_of_lunch: encodeDuration(value.durationOfLunch),
    receipt: encodeOptional(value.receipt, encodeBinary),
  };
}

/** A tray holds several lunches. */
export interface Tray {
  label: string;
  lunches: Lunch[];
  days: DayOfTheWeek[];
}

/** Reads `Tray` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTray(value: unknown, field: string): Tray {
  const object = decodeObject(value, field);
  return {
    label: decodeString(object.label, fieldPath(field, 'label')),
    lunches: decodeArray(object.lunches, fieldPath(field, 'lunches'), decodeLunch),
    days: decodeArray(object.days, fieldPath(field, 'days'), decodeDayOfTheWeek),
  };
}

/** Writes `Tray` as wire JSON. */
export function encodeTray(value: Tray): JsonObject {
  return {
    label: value.label,
    lunches: value.lunches.map(encodeLunch),
    days: value.days,
  };
}

/** Payload of the `temperature_changed` signal. */
export interface TemperatureChangedPayload {
  /** Oven number, starting at 1. */
  oven: number;
  celsius: number;
  state: OvenState;
}

/** Reads `TemperatureChangedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTemperatureChangedPayload(payload: Record<string, unknown>): TemperatureChangedPayload {
  return {
    oven: decodeInteger(payload.oven, 'oven'),
    celsius: decodeFloat(payload.celsius, 'celsius'),
    state: decodeOvenState(payload.state, 'state'),
  };
}

/** Writes `TemperatureChangedPayload` as wire JSON. */
export function encodeTemperatureChangedPayload(value: TemperatureChangedPayload): JsonObject {
  return {
    oven: value.oven,
    celsius: value.celsius,
    state: value.state,
  };
}

/** Payload of the `lunch_served` signal. */
export interface LunchServedPayload {
  lunch: Lunch;
  servedAt: Date;
  note?: string;
}

/** Reads `LunchServedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeLunchServedPayload(payload: Record<string, unknown>): LunchServedPayload {
  return {
    lunch: decodeLunch(payload.lunch, 'lunch'),
    servedAt: decodeDateTime(payload.served_at, 'served_at'),
    note: decodeOptional(payload.note, 'note', decodeString),
  };
}

/** Writes `LunchServedPayload` as wire JSON. */
export function encodeLunchServedPayload(value: LunchServedPayload): JsonObject {
  return {
    lunch: encodeLunch(value.lunch),
    served_at: encodeDateTime(value.servedAt),
    note: value.note ?? null,
  };
}

/** Payload of the `photo_taken` signal. */
export interface PhotoTakenPayload {
  image: Uint8Array;
  tags: string[];
}

/** Reads `PhotoTakenPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePhotoTakenPayload(payload: Record<string, unknown>): PhotoTakenPayload {
  return {
    image: decodeBinary(payload.image, 'image'),
    tags: decodeArray(payload.tags, 'tags', decodeString),
  };
}

/** Writes `PhotoTakenPayload` as wire JSON. */
export function encodePhotoTakenPayload(value: PhotoTakenPayload): JsonObject {
  return {
    image: encodeBinary(value.image),
    tags: value.tags,
  };
}

/** Arguments of the `add_numbers` method. */
export interface AddNumbersArguments {
  first: number;
  second: number;
  third?: number;
}

/** Reads `AddNumbersArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeAddNumbersArguments(payload: Record<string, unknown>): AddNumbersArguments {
  return {
    first: decodeInteger(payload.first, 'first'),
    second: decodeInteger(payload.second, 'second'),
    third: decodeOptional(payload.third, 'third', decodeInteger),
  };
}

/** Writes `AddNumbersArguments` as wire JSON. */
export function encodeAddNumbersArguments(value: AddNumbersArguments): JsonObject {
  return {
    first: value.first,
    second: value.second,
    third: value.third ?? null,
  };
}

/** Return values of the `add_numbers` method. */
export interface AddNumbersResult {
  sum: number;
}

/** Reads `AddNumbersResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeAddNumbersResult(payload: Record<string, unknown>): AddNumbersResult {
  return {
    sum: decodeInteger(payload.sum, 'sum'),
  };
}

/** Writes `AddNumbersResult` as wire JSON. */
export function encodeAddNumbersResult(value: AddNumbersResult): JsonObject {
  return {
    sum: value.sum,
  };
}

/** Arguments of the `order_lunch` method. */
export interface OrderLunchArguments {
  lunch: Lunch;
  /** In milliseconds. */
  pickupIn: number;
}

/** Reads `OrderLunchArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeOrderLunchArguments(payload: Record<string, unknown>): OrderLunchArguments {
  return {
    lunch: decodeLunch(payload.lunch, 'lunch'),
    pickupIn: decodeDuration(payload.pickup_in, 'pickup_in'),
  };
}

/** Writes `OrderLunchArguments` as wire JSON. */
export function encodeOrderLunchArguments(value: OrderLunchArguments): JsonObject {
  return {
    lunch: encodeLunch(value.lunch),
    pickup_in: encodeDuration(value.pickupIn),
  };
}

/** Return values of the `order_lunch` method. */
export interface OrderLunchResult {
  orderNumber: number;
  readyAt: Date;
  comment?: string;
}

/** Reads `OrderLunchResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeOrderLunchResult(payload: Record<string, unknown>): OrderLunchResult {
  return {
    orderNumber: decodeInteger(payload.order_number, 'order_number'),
    readyAt: decodeDateTime(payload.ready_at, 'ready_at'),
    comment: decodeOptional(payload.comment, 'comment', decodeString),
  };
}

/** Writes `OrderLunchResult` as wire JSON. */
export function encodeOrderLunchResult(value: OrderLunchResult): JsonObject {
  return {
    order_number: value.orderNumber,
    ready_at: encodeDateTime(value.readyAt),
    comment: value.comment ?? null,
  };
}

/** Return values of the `what_time_is_it` method. */
export interface WhatTimeIsItResult {
  timestamp: Date;
}

/** Reads `WhatTimeIsItResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeWhatTimeIsItResult(payload: Record<string, unknown>): WhatTimeIsItResult {
  return {
    timestamp: decodeDateTime(payload.timestamp, 'timestamp'),
  };
}

/** Writes `WhatTimeIsItResult` as wire JSON. */
export function encodeWhatTimeIsItResult(value: WhatTimeIsItResult): JsonObject {
  return {
    timestamp: encodeDateTime(value.timestamp),
  };
}

/** Arguments of the `fill_tray` method. */
export interface FillTrayArguments {
  tray: Tray;
  extraDays: DayOfTheWeek[];
}

/** Reads `FillTrayArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeFillTrayArguments(payload: Record<string, unknown>): FillTrayArguments {
  return {
    tray: decodeTray(payload.tray, 'tray'),
    extraDays: decodeArray(payload.extra_days, 'extra_days', decodeDayOfTheWeek),
  };
}

/** Writes `FillTrayArguments` as wire JSON. */
export function encodeFillTrayArguments(value: FillTrayArguments): JsonObject {
  return {
    tray: encodeTray(value.tray),
    extra_days: value.extraDays,
  };
}

/** Return values of the `fill_tray` method. */
export interface FillTrayResult {
  tray: Tray;
}

/** Reads `FillTrayResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeFillTrayResult(payload: Record<string, unknown>): FillTrayResult {
  return {
    tray: decodeTray(payload.tray, 'tray'),
  };
}

/** Writes `FillTrayResult` as wire JSON. */
export function encodeFillTrayResult(value: FillTrayResult): JsonObject {
  return {
    tray: encodeTray(value.tray),
  };
}

/** Arguments of the `echo_bytes` method. */
export interface EchoBytesArguments {
  data: Uint8Array;
}

/** Reads `EchoBytesArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeEchoBytesArguments(payload: Record<string, unknown>): EchoBytesArguments {
  return {
    data: decodeBinary(payload.data, 'data'),
  };
}

/** Writes `EchoBytesArguments` as wire JSON. */
export function encodeEchoBytesArguments(value: EchoBytesArguments): JsonObject {
  return {
    data: encodeBinary(value.data),
  };
}

/** Return values of the `echo_bytes` method. */
export interface EchoBytesResult {
  reversed: Uint8Array;
}

/** Reads `EchoBytesResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeEchoBytesResult(payload: Record<string, unknown>): EchoBytesResult {
  return {
    reversed: decodeBinary(payload.reversed, 'reversed'),
  };
}

/** Writes `EchoBytesResult` as wire JSON. */
export function encodeEchoBytesResult(value: EchoBytesResult): JsonObject {
  return {
    reversed: encodeBinary(value.reversed),
  };
}

/** The values of the `oven_setting` property. */
export interface OvenSettingValue {
  celsius: number;
  state: OvenState;
  /** In milliseconds. */
  holdFor?: number;
}

/** Reads `OvenSettingValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeOvenSettingValue(payload: Record<string, unknown>): OvenSettingValue {
  return {
    celsius: decodeFloat(payload.celsius, 'celsius'),
    state: decodeOvenState(payload.state, 'state'),
    holdFor: decodeOptional(payload.hold_for, 'hold_for', decodeDuration),
  };
}

/** Writes `OvenSettingValue` as wire JSON. */
export function encodeOvenSettingValue(value: OvenSettingValue): JsonObject {
  return {
    celsius: value.celsius,
    state: value.state,
    hold_for: encodeOptional(value.holdFor, encodeDuration),
  };
}

/** The `favorite_number` property on the wire: an object keyed by its value names as written. */
export const favoriteNumberCodec: PropertyCodec<number> = {
  encode: (value) => ({ number: value }),
  decode: (payload) => decodeInteger(payload.number, 'number'),
};

/** The `oven_setting` property on the wire: an object keyed by its value names as written. */
export const ovenSettingCodec: PropertyCodec<OvenSettingValue> = {
  encode: (value) => encodeOvenSettingValue(value),
  decode: (payload) => decodeOvenSettingValue(payload),
};

/** The `todays_menu` property on the wire: an object keyed by its value names as written. */
export const todaysMenuCodec: PropertyCodec<Lunch> = {
  encode: (value) => ({ lunch: encodeLunch(value) }),
  decode: (payload) => decodeLunch(payload.lunch, 'lunch'),
};

/** The `last_cleaned` property on the wire: an object keyed by its value names as written. */
export const lastCleanedCodec: PropertyCodec<Date> = {
  encode: (value) => ({ timestamp: encodeDateTime(value) }),
  decode: (payload) => decodeDateTime(payload.timestamp, 'timestamp'),
};
