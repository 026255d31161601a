// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import {
  decodeEnum,
  decodeInteger,
  decodeObject,
  decodeString,
  fieldPath,
  JsonObject,
} from './protocol';
import { PropertyCodec } from './properties';

/** The `gender` enum. */
export enum Gender {
  Male = 1,
  Female = 2,
  Other = 3,
}

/** Reads `Gender` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeGender(value: unknown, field: string): Gender {
  return decodeEnum(value, field, 'Gender', [Gender.Male, Gender.Female, Gender.Other]);
}

/** The `person` structure. */
export interface Person {
  /** The name of the person */
  name: string;
  /** The gender of the person. */
  gender: Gender;
}

/** Reads `Person` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePerson(value: unknown, field: string): Person {
  const object = decodeObject(value, field);
  return {
    name: decodeString(object.name, fieldPath(field, 'name')),
    gender: decodeGender(object.gender, fieldPath(field, 'gender')),
  };
}

/** Writes `Person` as wire JSON. */
export function encodePerson(value: Person): JsonObject {
  return {
    name: value.name,
    gender: value.gender,
  };
}

/** Payload of the `person_entered` signal. */
export interface PersonEnteredPayload {
  person: Person;
}

/** Reads `PersonEnteredPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePersonEnteredPayload(payload: Record<string, unknown>): PersonEnteredPayload {
  return {
    person: decodePerson(payload.person, 'person'),
  };
}

/** Writes `PersonEnteredPayload` as wire JSON. */
export function encodePersonEnteredPayload(value: PersonEnteredPayload): JsonObject {
  return {
    person: encodePerson(value.person),
  };
}

/** Arguments of the `trade_numbers` method. */
export interface TradeNumbersArguments {
  /** Your favorite number. */
  yourNumber: number;
}

/** Reads `TradeNumbersArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTradeNumbersArguments(payload: Record<string, unknown>): TradeNumbersArguments {
  return {
    yourNumber: decodeInteger(payload.your_number, 'your_number'),
  };
}

/** Writes `TradeNumbersArguments` as wire JSON. */
export function encodeTradeNumbersArguments(value: TradeNumbersArguments): JsonObject {
  return {
    your_number: value.yourNumber,
  };
}

/** Return values of the `trade_numbers` method. */
export interface TradeNumbersResult {
  /** My favorite number */
  myNumber: number;
}

/** Reads `TradeNumbersResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeTradeNumbersResult(payload: Record<string, unknown>): TradeNumbersResult {
  return {
    myNumber: decodeInteger(payload.my_number, 'my_number'),
  };
}

/** Writes `TradeNumbersResult` as wire JSON. */
export function encodeTradeNumbersResult(value: TradeNumbersResult): JsonObject {
  return {
    my_number: value.myNumber,
  };
}

/** The `school` property on the wire: an object keyed by its value names as written. */
export const schoolCodec: PropertyCodec<string> = {
  encode: (value) => ({ name: value }),
  decode: (payload) => decodeString(payload.name, 'name'),
};
