// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
export { MqttConnection } from './connection';
export type { MqttConnectionOptions } from './connection';
export { DecodeError, DEFAULT_TIMEOUT_MS, MethodError, ReturnCode } from './protocol';
export type { CallOptions } from './protocol';
export { DayOfTheWeek, OvenState } from './interfaceTypes';
export type { Lunch, Tray, OrderLunchResult } from './interfaceTypes';
export { KitchenServer } from './server';
export type {
  KitchenServerOptions,
  AddNumbersHandler,
  OrderLunchHandler,
  WhatTimeIsItHandler,
  FillTrayHandler,
  EchoBytesHandler,
  ResetHandler,
} from './server';
export { KitchenClient } from './client';
export type {
  KitchenClientOptions,
  ReadyListener,
  TemperatureChangedListener,
  LunchServedListener,
  PhotoTakenListener,
} from './client';
