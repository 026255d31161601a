// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
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

/** Enumeration of multiples of ten. */
export enum MultiplesOfTen {
  /** First multiple of ten. */
  Ten = 10,
  /** Second multiple of ten. */
  Twenty = 20,
  Thirty = 30,
  Forty = 40,
  Fifty = 50,
}

/** Reads `MultiplesOfTen` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeMultiplesOfTen(value: unknown, field: string): MultiplesOfTen {
  return decodeEnum(value, field, 'MultiplesOfTen', [
    MultiplesOfTen.Ten,
    MultiplesOfTen.Twenty,
    MultiplesOfTen.Thirty,
    MultiplesOfTen.Forty,
    MultiplesOfTen.Fifty,
  ]);
}

/** Structure representing a lunch order. */
export interface Lunch {
  /** Whether or not lunch comes with a drink */
  drink: boolean;
  /** The type of sandwich which will be served. */
  sandwich: string;
  /** The number of crackers that come with lunch. */
  crackers: number;
  day: DayOfTheWeek;
  orderNumber?: number;
  /** The time when lunch is served. */
  timeOfLunch: Date;
  /** The amount of time lunch lasts. In milliseconds. */
  durationOfLunch: number;
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
  };
}

/** Payload of the `todayIs` signal. */
export interface TodayIsPayload {
  /** The calendar day of the month. */
  dayOfMonth: number;
  dayOfWeek: DayOfTheWeek;
}

/** Reads `TodayIsPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTodayIsPayload(payload: Record<string, unknown>): TodayIsPayload {
  return {
    dayOfMonth: decodeInteger(payload.dayOfMonth, 'dayOfMonth'),
    dayOfWeek: decodeDayOfTheWeek(payload.dayOfWeek, 'dayOfWeek'),
  };
}

/** Writes `TodayIsPayload` as wire JSON. */
export function encodeTodayIsPayload(value: TodayIsPayload): JsonObject {
  return {
    dayOfMonth: value.dayOfMonth,
    dayOfWeek: value.dayOfWeek,
  };
}

/** Payload of the `randomWord` signal. */
export interface RandomWordPayload {
  word: string;
  time: Date;
}

/** Reads `RandomWordPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeRandomWordPayload(payload: Record<string, unknown>): RandomWordPayload {
  return {
    word: decodeString(payload.word, 'word'),
    time: decodeDateTime(payload.time, 'time'),
  };
}

/** Writes `RandomWordPayload` as wire JSON. */
export function encodeRandomWordPayload(value: RandomWordPayload): JsonObject {
  return {
    word: value.word,
    time: encodeDateTime(value.time),
  };
}

/** Arguments of the `addNumbers` method. */
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

/** Return values of the `addNumbers` method. */
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

/** Arguments of the `doSomething` method. */
export interface DoSomethingArguments {
  taskToDo: string;
}

/** Reads `DoSomethingArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeDoSomethingArguments(payload: Record<string, unknown>): DoSomethingArguments {
  return {
    taskToDo: decodeString(payload.task_to_do, 'task_to_do'),
  };
}

/** Writes `DoSomethingArguments` as wire JSON. */
export function encodeDoSomethingArguments(value: DoSomethingArguments): JsonObject {
  return {
    task_to_do: value.taskToDo,
  };
}

/** Return values of the `doSomething` method. */
export interface DoSomethingResult {
  label: string;
  identifier: number;
}

/** Reads `DoSomethingResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeDoSomethingResult(payload: Record<string, unknown>): DoSomethingResult {
  return {
    label: decodeString(payload.label, 'label'),
    identifier: decodeInteger(payload.identifier, 'identifier'),
  };
}

/** Writes `DoSomethingResult` as wire JSON. */
export function encodeDoSomethingResult(value: DoSomethingResult): JsonObject {
  return {
    label: value.label,
    identifier: value.identifier,
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

/** Arguments of the `hold_temperature` method. */
export interface HoldTemperatureArguments {
  /** The temperature to hold in degrees Celsius. */
  temperatureCelsius: number;
}

/** Reads `HoldTemperatureArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeHoldTemperatureArguments(payload: Record<string, unknown>): HoldTemperatureArguments {
  return {
    temperatureCelsius: decodeFloat(payload.temperature_celsius, 'temperature_celsius'),
  };
}

/** Writes `HoldTemperatureArguments` as wire JSON. */
export function encodeHoldTemperatureArguments(value: HoldTemperatureArguments): JsonObject {
  return {
    temperature_celsius: value.temperatureCelsius,
  };
}

/** Return values of the `hold_temperature` method. */
export interface HoldTemperatureResult {
  success: boolean;
}

/** Reads `HoldTemperatureResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeHoldTemperatureResult(payload: Record<string, unknown>): HoldTemperatureResult {
  return {
    success: decodeBoolean(payload.success, 'success'),
  };
}

/** Writes `HoldTemperatureResult` as wire JSON. */
export function encodeHoldTemperatureResult(value: HoldTemperatureResult): JsonObject {
  return {
    success: value.success,
  };
}

/** The values of the `favorite_foods` property. */
export interface FavoriteFoodsValue {
  drink: string;
  slicesOfPizza: number;
  breakfast?: string;
}

/** Reads `FavoriteFoodsValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeFavoriteFoodsValue(payload: Record<string, unknown>): FavoriteFoodsValue {
  return {
    drink: decodeString(payload.drink, 'drink'),
    slicesOfPizza: decodeInteger(payload.slices_of_pizza, 'slices_of_pizza'),
    breakfast: decodeOptional(payload.breakfast, 'breakfast', decodeString),
  };
}

/** Writes `FavoriteFoodsValue` as wire JSON. */
export function encodeFavoriteFoodsValue(value: FavoriteFoodsValue): JsonObject {
  return {
    drink: value.drink,
    slices_of_pizza: value.slicesOfPizza,
    breakfast: value.breakfast ?? null,
  };
}

/** The values of the `lunch_menu` property. */
export interface LunchMenuValue {
  monday: Lunch;
  /** Tuesday's lunch menu. */
  tuesday: Lunch;
}

/** Reads `LunchMenuValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeLunchMenuValue(payload: Record<string, unknown>): LunchMenuValue {
  return {
    monday: decodeLunch(payload.monday, 'monday'),
    tuesday: decodeLunch(payload.tuesday, 'tuesday'),
  };
}

/** Writes `LunchMenuValue` as wire JSON. */
export function encodeLunchMenuValue(value: LunchMenuValue): JsonObject {
  return {
    monday: encodeLunch(value.monday),
    tuesday: encodeLunch(value.tuesday),
  };
}

/** The values of the `last_birthdays` property. */
export interface LastBirthdaysValue {
  mom: Date;
  dad: Date;
  sister?: Date;
  /** The age of my brothers in years. */
  brothersAge?: number;
}

/** Reads `LastBirthdaysValue` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeLastBirthdaysValue(payload: Record<string, unknown>): LastBirthdaysValue {
  return {
    mom: decodeDateTime(payload.mom, 'mom'),
    dad: decodeDateTime(payload.dad, 'dad'),
    sister: decodeOptional(payload.sister, 'sister', decodeDateTime),
    brothersAge: decodeOptional(payload.brothers_age, 'brothers_age', decodeInteger),
  };
}

/** Writes `LastBirthdaysValue` as wire JSON. */
export function encodeLastBirthdaysValue(value: LastBirthdaysValue): JsonObject {
  return {
    mom: encodeDateTime(value.mom),
    dad: encodeDateTime(value.dad),
    sister: encodeOptional(value.sister, encodeDateTime),
    brothers_age: value.brothersAge ?? null,
  };
}

/** The `favorite_number` property on the wire: an object keyed by its value names as written. */
export const favoriteNumberCodec: PropertyCodec<number> = {
  encode: (value) => ({ number: value }),
  decode: (payload) => decodeInteger(payload.number, 'number'),
};

/** The `favorite_foods` property on the wire: an object keyed by its value names as written. */
export const favoriteFoodsCodec: PropertyCodec<FavoriteFoodsValue> = {
  encode: (value) => encodeFavoriteFoodsValue(value),
  decode: (payload) => decodeFavoriteFoodsValue(payload),
};

/** The `lunch_menu` property on the wire: an object keyed by its value names as written. */
export const lunchMenuCodec: PropertyCodec<LunchMenuValue> = {
  encode: (value) => encodeLunchMenuValue(value),
  decode: (payload) => decodeLunchMenuValue(payload),
};

/** The `family_name` property on the wire: an object keyed by its value names as written. */
export const familyNameCodec: PropertyCodec<string> = {
  encode: (value) => ({ family_name: value }),
  decode: (payload) => decodeString(payload.family_name, 'family_name'),
};

/** The `last_breakfast_time` property on the wire: an object keyed by its value names as written. */
export const lastBreakfastTimeCodec: PropertyCodec<Date> = {
  encode: (value) => ({ timestamp: encodeDateTime(value) }),
  decode: (payload) => decodeDateTime(payload.timestamp, 'timestamp'),
};

/** The `last_birthdays` property on the wire: an object keyed by its value names as written. */
export const lastBirthdaysCodec: PropertyCodec<LastBirthdaysValue> = {
  encode: (value) => encodeLastBirthdaysValue(value),
  decode: (payload) => decodeLastBirthdaysValue(payload),
};
