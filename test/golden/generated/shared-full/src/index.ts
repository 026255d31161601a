// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
export { MqttConnection } from './connection';
export type { MqttConnectionOptions } from './connection';
export { DecodeError, DEFAULT_TIMEOUT_MS, MethodError, ReturnCode } from './protocol';
export type { CallOptions } from './protocol';
export { DayOfTheWeek, MultiplesOfTen } from './interfaceTypes';
export type { Lunch, DoSomethingResult } from './interfaceTypes';
export { FullServer } from './server';
export type {
  FullServerOptions,
  AddNumbersHandler,
  DoSomethingHandler,
  WhatTimeIsItHandler,
  HoldTemperatureHandler,
} from './server';
export { FullClient } from './client';
export type { FullClientOptions, TodayIsListener, RandomWordListener } from './client';
