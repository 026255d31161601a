// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  decodeArray,
  decodeBinary,
  decodeDateTime,
  decodeDuration,
  decodeEnum,
  decodeFloat,
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

/** The `color` enum. */
export enum Color {
  Red = 1,
  DarkGreen = 20,
}

/** Reads `Color` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeColor(value: unknown, field: string): Color {
  return decodeEnum(value, field, 'Color', [Color.Red, Color.DarkGreen]);
}

/**
 * A point.
 * Documentation over two lines, with a *\/ inside.
 */
export interface Point {
  x: number;
  color?: Color;
}

/** Reads `Point` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodePoint(value: unknown, field: string): Point {
  const object = decodeObject(value, field);
  return {
    x: decodeFloat(object.x, fieldPath(field, 'x')),
    color: decodeOptional(object.color, fieldPath(field, 'color'), decodeColor),
  };
}

/** Writes `Point` as wire JSON. */
export function encodePoint(value: Point): JsonObject {
  return {
    x: value.x,
    color: value.color ?? null,
  };
}

/** The `shape` structure. */
export interface Shape {
  points: Point[];
  center?: Point;
  stamps: Date[];
  waits: number[];
  blobs: Uint8Array[];
}

/** Reads `Shape` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeShape(value: unknown, field: string): Shape {
  const object = decodeObject(value, field);
  return {
    points: decodeArray(object.points, fieldPath(field, 'points'), decodePoint),
    center: decodeOptional(object.center, fieldPath(field, 'center'), decodePoint),
    stamps: decodeArray(object.stamps, fieldPath(field, 'stamps'), decodeDateTime),
    waits: decodeArray(object.waits, fieldPath(field, 'waits'), decodeDuration),
    blobs: decodeArray(object.blobs, fieldPath(field, 'blobs'), decodeBinary),
  };
}

/** Writes `Shape` as wire JSON. */
export function encodeShape(value: Shape): JsonObject {
  return {
    points: value.points.map(encodePoint),
    center: encodeOptional(value.center, encodePoint),
    stamps: value.stamps.map(encodeDateTime),
    waits: value.waits.map(encodeDuration),
    blobs: value.blobs.map(encodeBinary),
  };
}

/** Payload of the `moved` signal. */
export interface MovedPayload {
  from?: Point;
  to: Point;
  colors: Color[];
}

/** Reads `MovedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeMovedPayload(payload: Record<string, unknown>): MovedPayload {
  return {
    from: decodeOptional(payload.from, 'from', decodePoint),
    to: decodePoint(payload.to, 'to'),
    colors: decodeArray(payload.colors, 'colors', decodeColor),
  };
}

/** Writes `MovedPayload` as wire JSON. */
export function encodeMovedPayload(value: MovedPayload): JsonObject {
  return {
    from: encodeOptional(value.from, encodePoint),
    to: encodePoint(value.to),
    colors: value.colors,
  };
}

/** Arguments of the `maybe_find` method. */
export interface MaybeFindArguments {
  hint?: string;
  shape: Shape;
}

/** Reads `MaybeFindArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeMaybeFindArguments(payload: Record<string, unknown>): MaybeFindArguments {
  return {
    hint: decodeOptional(payload.hint, 'hint', decodeString),
    shape: decodeShape(payload.shape, 'shape'),
  };
}

/** Writes `MaybeFindArguments` as wire JSON. */
export function encodeMaybeFindArguments(value: MaybeFindArguments): JsonObject {
  return {
    hint: value.hint ?? null,
    shape: encodeShape(value.shape),
  };
}

/** Return values of the `maybe_find` method. */
export interface MaybeFindResult {
  found?: Point;
}

/** Reads `MaybeFindResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeMaybeFindResult(payload: Record<string, unknown>): MaybeFindResult {
  return {
    found: decodeOptional(payload.found, 'found', decodePoint),
  };
}

/** Writes `MaybeFindResult` as wire JSON. */
export function encodeMaybeFindResult(value: MaybeFindResult): JsonObject {
  return {
    found: encodeOptional(value.found, encodePoint),
  };
}

/** Arguments of the `many_optional` method. */
export interface ManyOptionalArguments {
  when?: Date;
  /** In milliseconds. */
  howLong?: number;
}

/** Reads `ManyOptionalArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeManyOptionalArguments(payload: Record<string, unknown>): ManyOptionalArguments {
  return {
    when: decodeOptional(payload.when, 'when', decodeDateTime),
    howLong: decodeOptional(payload.how_long, 'how_long', decodeDuration),
  };
}

/** Writes `ManyOptionalArguments` as wire JSON. */
export function encodeManyOptionalArguments(value: ManyOptionalArguments): JsonObject {
  return {
    when: encodeOptional(value.when, encodeDateTime),
    how_long: encodeOptional(value.howLong, encodeDuration),
  };
}

/** Return values of the `many_optional` method. */
export interface ManyOptionalResult {
  blob?: Uint8Array;
  stamps: Date[];
}

/** Reads `ManyOptionalResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeManyOptionalResult(payload: Record<string, unknown>): ManyOptionalResult {
  return {
    blob: decodeOptional(payload.blob, 'blob', decodeBinary),
    stamps: decodeArray(payload.stamps, 'stamps', decodeDateTime),
  };
}

/** Writes `ManyOptionalResult` as wire JSON. */
export function encodeManyOptionalResult(value: ManyOptionalResult): JsonObject {
  return {
    blob: encodeOptional(value.blob, encodeBinary),
    stamps: value.stamps.map(encodeDateTime),
  };
}
