// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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

/** Payload of the `anotherSignal` signal. */
export interface AnotherSignalPayload {
  one: number;
  two: boolean;
  three: string;
}

/** Reads `AnotherSignalPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeAnotherSignalPayload(payload: Record<string, unknown>): AnotherSignalPayload {
  return {
    one: decodeFloat(payload.one, 'one'),
    two: decodeBoolean(payload.two, 'two'),
    three: decodeString(payload.three, 'three'),
  };
}

/** Writes `AnotherSignalPayload` as wire JSON. */
export function encodeAnotherSignalPayload(value: AnotherSignalPayload): JsonObject {
  return {
    one: value.one,
    two: value.two,
    three: value.three,
  };
}

/** Payload of the `bark` signal. */
export interface BarkPayload {
  word: string;
}

/** Reads `BarkPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeBarkPayload(payload: Record<string, unknown>): BarkPayload {
  return {
    word: decodeString(payload.word, 'word'),
  };
}

/** Writes `BarkPayload` as wire JSON. */
export function encodeBarkPayload(value: BarkPayload): JsonObject {
  return {
    word: value.word,
  };
}

/** Payload of the `maybe_number` signal. */
export interface MaybeNumberPayload {
  number?: number;
}

/** Reads `MaybeNumberPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeMaybeNumberPayload(payload: Record<string, unknown>): MaybeNumberPayload {
  return {
    number: decodeOptional(payload.number, 'number', decodeInteger),
  };
}

/** Writes `MaybeNumberPayload` as wire JSON. */
export function encodeMaybeNumberPayload(value: MaybeNumberPayload): JsonObject {
  return {
    number: value.number ?? null,
  };
}

/** Payload of the `maybe_name` signal. */
export interface MaybeNamePayload {
  name?: string;
}

/** Reads `MaybeNamePayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeMaybeNamePayload(payload: Record<string, unknown>): MaybeNamePayload {
  return {
    name: decodeOptional(payload.name, 'name', decodeString),
  };
}

/** Writes `MaybeNamePayload` as wire JSON. */
export function encodeMaybeNamePayload(value: MaybeNamePayload): JsonObject {
  return {
    name: value.name ?? null,
  };
}

/** Payload of the `now` signal. */
export interface NowPayload {
  timestamp: Date;
}

/** Reads `NowPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeNowPayload(payload: Record<string, unknown>): NowPayload {
  return {
    timestamp: decodeDateTime(payload.timestamp, 'timestamp'),
  };
}

/** Writes `NowPayload` as wire JSON. */
export function encodeNowPayload(value: NowPayload): JsonObject {
  return {
    timestamp: encodeDateTime(value.timestamp),
  };
}
