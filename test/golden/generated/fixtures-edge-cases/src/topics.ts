// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
  discovery: new TopicTemplate('edge_cases/{service_id}/interface'),
  signals: {
    /** Channel `signal.moved`. */
    moved: new TopicTemplate('edge_cases/{service_id}/signal/moved'),
  },
  methods: {
    maybe_find: {
      /** Channel `method.maybe_find.request`. */
      request: new TopicTemplate('edge_cases/{service_id}/method/maybe_find/request'),
      /** Channel `method.maybe_find.response`. */
      response: new TopicTemplate('client/{client_id}/edge_cases/method/maybe_find/response'),
    },
    many_optional: {
      /** Channel `method.many_optional.request`. */
      request: new TopicTemplate('edge_cases/{service_id}/method/many_optional/request'),
      /** Channel `method.many_optional.response`. */
      response: new TopicTemplate('client/{client_id}/edge_cases/method/many_optional/response'),
    },
  },
  properties: {},
};
