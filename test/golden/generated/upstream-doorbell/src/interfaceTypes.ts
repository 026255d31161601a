// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  decodeBoolean,
  decodeDateTime,
  decodeFloat,
  decodeInteger,
  decodeOptional,
  decodeString,
  encodeDateTime,
  JsonObject,
} from './protocol';

/** Payload of the `buttonPressed` signal. */
export interface ButtonPressedPayload {
  pressure: number;
  longPress: boolean;
  button: string;
}

/** Reads `ButtonPressedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeButtonPressedPayload(payload: Record<string, unknown>): ButtonPressedPayload {
  return {
    pressure: decodeFloat(payload.pressure, 'pressure'),
    longPress: decodeBoolean(payload.long_press, 'long_press'),
    button: decodeString(payload.button, 'button'),
  };
}

/** Writes `ButtonPressedPayload` as wire JSON. */
export function encodeButtonPressedPayload(value: ButtonPressedPayload): JsonObject {
  return {
    pressure: value.pressure,
    long_press: value.longPress,
    button: value.button,
  };
}

/** Payload of the `chime` signal. */
export interface ChimePayload {
  tune: string;
}

/** Reads `ChimePayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeChimePayload(payload: Record<string, unknown>): ChimePayload {
  return {
    tune: decodeString(payload.tune, 'tune'),
  };
}

/** Writes `ChimePayload` as wire JSON. */
export function encodeChimePayload(value: ChimePayload): JsonObject {
  return {
    tune: value.tune,
  };
}

/** Payload of the `visitor_count` signal. */
export interface VisitorCountPayload {
  count?: number;
}

/** Reads `VisitorCountPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeVisitorCountPayload(payload: Record<string, unknown>): VisitorCountPayload {
  return {
    count: decodeOptional(payload.count, 'count', decodeInteger),
  };
}

/** Writes `VisitorCountPayload` as wire JSON. */
export function encodeVisitorCountPayload(value: VisitorCountPayload): JsonObject {
  return {
    count: value.count ?? null,
  };
}

/** Payload of the `visitor_name` signal. */
export interface VisitorNamePayload {
  name?: string;
}

/** Reads `VisitorNamePayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeVisitorNamePayload(payload: Record<string, unknown>): VisitorNamePayload {
  return {
    name: decodeOptional(payload.name, 'name', decodeString),
  };
}

/** Writes `VisitorNamePayload` as wire JSON. */
export function encodeVisitorNamePayload(value: VisitorNamePayload): JsonObject {
  return {
    name: value.name ?? null,
  };
}

/** Payload of the `rang_at` signal. */
export interface RangAtPayload {
  timestamp: Date;
}

/** Reads `RangAtPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeRangAtPayload(payload: Record<string, unknown>): RangAtPayload {
  return {
    timestamp: decodeDateTime(payload.timestamp, 'timestamp'),
  };
}

/** Writes `RangAtPayload` as wire JSON. */
export function encodeRangAtPayload(value: RangAtPayload): JsonObject {
  return {
    timestamp: encodeDateTime(value.timestamp),
  };
}
