// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
export { MqttConnection } from './connection';
export type { MqttConnectionOptions } from './connection';
export {
  DecodeError,
  DEFAULT_TIMEOUT_MS,
  MAX_REQUEST_PAYLOAD_BYTES,
  MethodError,
  ReturnCode,
} from './protocol';
export type { CallOptions } from './protocol';
export type { DiscoveredInstance, FirstClientOptions } from './instances';
export { Shelf } from './interfaceTypes';
export type { Book } from './interfaceTypes';
export { LibraryServer } from './server';
export type {
  LibraryServerOptions,
  LibraryInitialValues,
  RenewLoanHandler,
  OpeningHoursUpdatedListener,
} from './server';
export { LibraryClient } from './client';
export type {
  LibraryClientOptions,
  BookReturnedListener,
  OpeningHoursChangedListener,
} from './client';
export { LibraryDiscovery } from './discovery';
export type { LibraryDiscoveryOptions } from './discovery';
