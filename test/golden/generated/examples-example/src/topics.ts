// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
  discovery: new TopicTemplate('Example/{service_id}/interface'),
  signals: {
    /** Channel `signal.foo`. */
    foo: new TopicTemplate('Example/{service_id}/signal/foo'),
  },
  methods: {
    add_numbers: {
      /** Channel `method.add_numbers.request`. */
      request: new TopicTemplate('Example/{service_id}/method/add_numbers/request'),
      /** Channel `method.add_numbers.response`. */
      response: new TopicTemplate('client/{client_id}/Example/method/add_numbers/response'),
    },
  },
  properties: {
    favorite_number: {
      /** Channel `property.favorite_number.value`. */
      value: new TopicTemplate('Example/{service_id}/property/favorite_number/value'),
      /** Channel `property.favorite_number.update`. */
      update: new TopicTemplate('Example/{service_id}/property/favorite_number/update'),
      /** Channel `property.favorite_number.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Example/property/favorite_number/update/response'),
    },
  },
};
