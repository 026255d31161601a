// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
export { Color } from './interfaceTypes';
export type { Point, Shape, ManyOptionalResult } from './interfaceTypes';
export { EdgeCasesServer } from './server';
export type { EdgeCasesServerOptions, MaybeFindHandler, ManyOptionalHandler } from './server';
export { EdgeCasesClient } from './client';
export type { EdgeCasesClientOptions, MovedListener } from './client';
export { EdgeCasesDiscovery } from './discovery';
export type { EdgeCasesDiscoveryOptions } from './discovery';
