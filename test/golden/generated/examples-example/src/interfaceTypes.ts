// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { decodeInteger, decodeString, JsonObject } from './protocol';
import { PropertyCodec } from './properties';

/** Payload of the `foo` signal. */
export interface FooPayload {
  /** What happened, as text. */
  message: string;
}

/** Reads `FooPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeFooPayload(payload: Record<string, unknown>): FooPayload {
  return {
    message: decodeString(payload.message, 'message'),
  };
}

/** Writes `FooPayload` as wire JSON. */
export function encodeFooPayload(value: FooPayload): JsonObject {
  return {
    message: value.message,
  };
}

/** Arguments of the `add_numbers` method. */
export interface AddNumbersArguments {
  left: number;
  right: number;
}

/** Reads `AddNumbersArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeAddNumbersArguments(payload: Record<string, unknown>): AddNumbersArguments {
  return {
    left: decodeInteger(payload.left, 'left'),
    right: decodeInteger(payload.right, 'right'),
  };
}

/** Writes `AddNumbersArguments` as wire JSON. */
export function encodeAddNumbersArguments(value: AddNumbersArguments): JsonObject {
  return {
    left: value.left,
    right: value.right,
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

/** The `favorite_number` property on the wire: an object keyed by its value names as written. */
export const favoriteNumberCodec: PropertyCodec<number> = {
  encode: (value) => ({ number: value }),
  decode: (payload) => decodeInteger(payload.number, 'number'),
};
