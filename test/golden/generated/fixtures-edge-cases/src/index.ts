// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
export { MqttConnection } from './connection';
export type { MqttConnectionOptions } from './connection';
export { DecodeError, DEFAULT_TIMEOUT_MS, MethodError, ReturnCode } from './protocol';
export type { CallOptions } from './protocol';
export { Color } from './interfaceTypes';
export type { Point, Shape, ManyOptionalResult } from './interfaceTypes';
export { EdgeCasesServer } from './server';
export type { EdgeCasesServerOptions, MaybeFindHandler, ManyOptionalHandler } from './server';
export { EdgeCasesClient } from './client';
export type { EdgeCasesClientOptions, MovedListener } from './client';
