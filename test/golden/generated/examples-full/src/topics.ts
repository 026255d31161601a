// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { TopicTemplate } from './topicTemplate';

/**
 * The channel addresses of the AsyncAPI document. Every topic this package
 * publishes or subscribes to is made from one of these; `{service_id}` is a
 * server's instance id, `{client_id}` the MQTT client id of a connection.
 */
export const topics = {
  /** Channel `presence`. */
  presence: new TopicTemplate('client/{client_id}/online'),
  /** Channel `discovery`. */
  discovery: new TopicTemplate('Kitchen/{service_id}/interface'),
  signals: {
    /** Channel `signal.ready`. */
    ready: new TopicTemplate('Kitchen/{service_id}/signal/ready'),
    /** Channel `signal.temperature_changed`. */
    temperature_changed: new TopicTemplate('Kitchen/{service_id}/signal/temperature_changed'),
    /** Channel `signal.lunch_served`. */
    lunch_served: new TopicTemplate('Kitchen/{service_id}/signal/lunch_served'),
    /** Channel `signal.photo_taken`. */
    photo_taken: new TopicTemplate('Kitchen/{service_id}/signal/photo_taken'),
  },
  methods: {
    add_numbers: {
      /** Channel `method.add_numbers.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/add_numbers/request'),
      /** Channel `method.add_numbers.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/add_numbers/response'),
    },
    order_lunch: {
      /** Channel `method.order_lunch.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/order_lunch/request'),
      /** Channel `method.order_lunch.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/order_lunch/response'),
    },
    what_time_is_it: {
      /** Channel `method.what_time_is_it.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/what_time_is_it/request'),
      /** Channel `method.what_time_is_it.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/what_time_is_it/response'),
    },
    fill_tray: {
      /** Channel `method.fill_tray.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/fill_tray/request'),
      /** Channel `method.fill_tray.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/fill_tray/response'),
    },
    echo_bytes: {
      /** Channel `method.echo_bytes.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/echo_bytes/request'),
      /** Channel `method.echo_bytes.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/echo_bytes/response'),
    },
    reset: {
      /** Channel `method.reset.request`. */
      request: new TopicTemplate('Kitchen/{service_id}/method/reset/request'),
      /** Channel `method.reset.response`. */
      response: new TopicTemplate('client/{client_id}/Kitchen/method/reset/response'),
    },
  },
  properties: {
    favorite_number: {
      /** Channel `property.favorite_number.value`. */
      value: new TopicTemplate('Kitchen/{service_id}/property/favorite_number/value'),
      /** Channel `property.favorite_number.update`. */
      update: new TopicTemplate('Kitchen/{service_id}/property/favorite_number/update'),
      /** Channel `property.favorite_number.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Kitchen/property/favorite_number/update/response'),
    },
    oven_setting: {
      /** Channel `property.oven_setting.value`. */
      value: new TopicTemplate('Kitchen/{service_id}/property/oven_setting/value'),
      /** Channel `property.oven_setting.update`. */
      update: new TopicTemplate('Kitchen/{service_id}/property/oven_setting/update'),
      /** Channel `property.oven_setting.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Kitchen/property/oven_setting/update/response'),
    },
    todays_menu: {
      /** Channel `property.todays_menu.value`. */
      value: new TopicTemplate('Kitchen/{service_id}/property/todays_menu/value'),
    },
    last_cleaned: {
      /** Channel `property.last_cleaned.value`. */
      value: new TopicTemplate('Kitchen/{service_id}/property/last_cleaned/value'),
      /** Channel `property.last_cleaned.update`. */
      update: new TopicTemplate('Kitchen/{service_id}/property/last_cleaned/update'),
      /** Channel `property.last_cleaned.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Kitchen/property/last_cleaned/update/response'),
    },
  },
};
