// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { decodeString, JsonObject } from './protocol';

/** Payload of the `foo` signal. */
export interface FooPayload {
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
