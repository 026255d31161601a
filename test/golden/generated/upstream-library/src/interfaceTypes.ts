// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  decodeEnum,
  decodeInteger,
  decodeObject,
  decodeString,
  fieldPath,
  JsonObject,
} from './protocol';
import { PropertyCodec } from './properties';

/** The `shelf` enum. */
export enum Shelf {
  Fiction = 1,
  Science = 2,
  History = 3,
}

/** Reads `Shelf` from its wire number; throws a DecodeError for a number that is not a member. */
export function decodeShelf(value: unknown, field: string): Shelf {
  return decodeEnum(value, field, 'Shelf', [Shelf.Fiction, Shelf.Science, Shelf.History]);
}

/** The `book` structure. */
export interface Book {
  /** The title on the cover. */
  title: string;
  /** Where the book stands. */
  shelf: Shelf;
}

/** Reads `Book` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeBook(value: unknown, field: string): Book {
  const object = decodeObject(value, field);
  return {
    title: decodeString(object.title, fieldPath(field, 'title')),
    shelf: decodeShelf(object.shelf, fieldPath(field, 'shelf')),
  };
}

/** Writes `Book` as wire JSON. */
export function encodeBook(value: Book): JsonObject {
  return {
    title: value.title,
    shelf: value.shelf,
  };
}

/** Payload of the `book_returned` signal. */
export interface BookReturnedPayload {
  book: Book;
}

/** Reads `BookReturnedPayload` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeBookReturnedPayload(payload: Record<string, unknown>): BookReturnedPayload {
  return {
    book: decodeBook(payload.book, 'book'),
  };
}

/** Writes `BookReturnedPayload` as wire JSON. */
export function encodeBookReturnedPayload(value: BookReturnedPayload): JsonObject {
  return {
    book: encodeBook(value.book),
  };
}

/** Arguments of the `renew_loan` method. */
export interface RenewLoanArguments {
  /** The number on the loan slip. */
  loanId: number;
}

/** Reads `RenewLoanArguments` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeRenewLoanArguments(payload: Record<string, unknown>): RenewLoanArguments {
  return {
    loanId: decodeInteger(payload.loan_id, 'loan_id'),
  };
}

/** Writes `RenewLoanArguments` as wire JSON. */
export function encodeRenewLoanArguments(value: RenewLoanArguments): JsonObject {
  return {
    loan_id: value.loanId,
  };
}

/** Return values of the `renew_loan` method. */
export interface RenewLoanResult {
  /** Days until the book is due. */
  days: number;
}

/** Reads `RenewLoanResult` from its wire JSON; throws a DecodeError naming the first bad field. */
export function decodeRenewLoanResult(payload: Record<string, unknown>): RenewLoanResult {
  return {
    days: decodeInteger(payload.days, 'days'),
  };
}

/** Writes `RenewLoanResult` as wire JSON. */
export function encodeRenewLoanResult(value: RenewLoanResult): JsonObject {
  return {
    days: value.days,
  };
}

/** The `opening_hours` property on the wire: an object keyed by its value names as written. */
export const openingHoursCodec: PropertyCodec<string> = {
  encode: (value) => ({ hours: value }),
  decode: (payload) => decodeString(payload.hours, 'hours'),
};
