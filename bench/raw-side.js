// @ts-check
'use strict';
// The Side written by hand on mqtt.js: the same topics, JSON payloads and
// MQTT v5 properties as the generated package (Response Topic, Correlation
// Data of the same length, Message Expiry Interval, content type, user
// properties ReturnCode and PropertyVersion), but only what a careful
// hand-written program needs: a topic -> handler map, JSON.parse with a
// type check, a timeout per call. No validation layer, no discovery.

const crypto = require('node:crypto');
const { Socket } = require('node:net');
const mqtt = require('mqtt');
const { batchOf } = require('./side');

const CONTENT_TYPE = 'application/json';
/** Same as the generated client's default call timeout, sent as Message Expiry Interval too. */
const TIMEOUT_MS = 10_000;
/** The generated client's correlation data is a 36-character UUID; same wire size here. */
const CORRELATION_LENGTH = 36;

/**
 * Opens one MQTT v5 connection with TCP no-delay (the generated connection
 * sets it too; without it every small packet waits for Nagle), over TCP or
 * the broker's unix socket.
 * @param {{ host: string, port: number, socketPath?: string }} broker
 * @param {string} role  part of the client id
 * @returns {Promise<import('mqtt').MqttClient>}
 */
function connectRaw(broker, role) {
  const address = broker.socketPath
    ? { protocol: /** @type {const} */ ('mqtt'), unixSocket: true, path: broker.socketPath }
    : { protocol: /** @type {const} */ ('mqtt'), host: broker.host, port: broker.port };
  const client = mqtt.connect({
    ...address,
    protocolVersion: 5,
    clean: true,
    clientId: `raw-${role}-${crypto.randomBytes(4).toString('hex')}`,
  });
  return new Promise((resolve, reject) => {
    client.once('connect', () => {
      if (client.stream instanceof Socket) client.stream.setNoDelay(true);
      client.removeListener('error', reject);
      resolve(client);
    });
    client.once('error', reject);
  });
}

/**
 * Routes every message by its exact topic (the raw code subscribes only
 * exact topics, so no wildcard matching is needed). A throwing handler (bad
 * JSON) is recorded rather than thrown into mqtt.js.
 * @param {import('mqtt').MqttClient} client
 * @param {Error[]} errors
 * @returns {Map<string, (payload: Buffer, packet: import('mqtt').IPublishPacket) => void>}
 */
function topicRouter(client, errors) {
  /** @type {Map<string, (payload: Buffer, packet: import('mqtt').IPublishPacket) => void>} */
  const routes = new Map();
  client.on('message', (topic, payload, packet) => {
    try {
      routes.get(topic)?.(payload, packet);
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return routes;
}

/**
 * A user property as text (mqtt.js gives an array when a key repeats).
 * @param {import('mqtt').IPublishPacket} packet
 * @param {string} key
 * @returns {string | undefined}
 */
function userProperty(packet, key) {
  const value = packet.properties?.userProperties?.[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Topics of one client of instance `instanceId` on the connection `clientId`. */
/** @param {string} instanceId @param {string} clientId */
function rawTopics(instanceId, clientId) {
  const prefix = `Example/${instanceId}`;
  return {
    request: `${prefix}/method/add_numbers/request`,
    response: `client/${clientId}/Example/method/add_numbers/response`,
    signal: `${prefix}/signal/foo`,
    value: `${prefix}/property/favorite_number/value`,
    update: `${prefix}/property/favorite_number/update`,
    updateResponse: `client/${clientId}/Example/property/favorite_number/update/response`,
  };
}

/**
 * The server end: answers add_numbers, applies favorite_number updates.
 * @param {import('mqtt').MqttClient} connection
 * @param {string} instanceId
 * @param {Error[]} errors
 */
async function startRawServer(connection, instanceId, errors) {
  const topics = rawTopics(instanceId, '+');
  const routes = topicRouter(connection, errors);
  let favoriteNumber = 0;
  let version = 1;

  /**
   * @param {import('mqtt').IPublishPacket} request
   * @param {string} body
   * @param {Record<string, string>} userProperties
   */
  const reply = (request, body, userProperties) => {
    const responseTopic = request.properties?.responseTopic;
    if (responseTopic === undefined) return;
    connection.publish(
      responseTopic,
      body,
      { qos: 1, properties: { contentType: CONTENT_TYPE, correlationData: request.properties?.correlationData, userProperties } },
      (error) => error && errors.push(error)
    );
  };

  routes.set(topics.request, (payload, packet) => {
    const { left, right } = JSON.parse(payload.toString('utf8'));
    if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) {
      reply(packet, '{}', { ReturnCode: '8' });
      return;
    }
    reply(packet, JSON.stringify({ sum: left + right }), { ReturnCode: '0' });
  });

  const publishValue = () =>
    connection.publishAsync(topics.value, JSON.stringify({ number: favoriteNumber }), {
      qos: 1,
      retain: true,
      properties: { contentType: CONTENT_TYPE, userProperties: { PropertyVersion: String(version) } },
    });

  routes.set(topics.update, (payload, packet) => {
    const { number } = JSON.parse(payload.toString('utf8'));
    const current = () => ({ PropertyVersion: String(version) });
    if (!Number.isSafeInteger(number)) {
      reply(packet, JSON.stringify({ number: favoriteNumber }), { ReturnCode: '8', ...current() });
    } else if (userProperty(packet, 'PropertyVersion') !== String(version)) {
      reply(packet, JSON.stringify({ number: favoriteNumber }), { ReturnCode: '12', ...current() });
    } else {
      favoriteNumber = number;
      version++;
      // Like the generated server: the value is published (and acknowledged) before the reply.
      publishValue().then(
        () => reply(packet, JSON.stringify({ number: favoriteNumber }), { ReturnCode: '0', ...current() }),
        (error) => errors.push(error)
      );
    }
  });

  await connection.subscribeAsync([topics.request, topics.update], { qos: 1 });
  await publishValue();

  return {
    /** @param {string} message @param {0 | 1} qos */
    emitFoo: async (message, qos) => {
      await connection.publishAsync(topics.signal, JSON.stringify({ message }), {
        qos,
        properties: { contentType: CONTENT_TYPE },
      });
    },
  };
}

/**
 * The client end: calls add_numbers, sets favorite_number, receives foo.
 * @param {import('mqtt').MqttClient} connection
 * @param {string} instanceId
 * @param {Error[]} errors
 */
async function startRawClient(connection, instanceId, errors) {
  const topics = rawTopics(instanceId, connection.options.clientId || '');
  const routes = topicRouter(connection, errors);
  /** @type {Map<string, { settle: (packet: import('mqtt').IPublishPacket, payload: Buffer) => void, timer: NodeJS.Timeout }>} */
  const pending = new Map();
  /** @type {Set<(message: string) => void>} */
  const fooListeners = new Set();
  let sequence = 0;
  /** @type {number | undefined} */
  let version;
  /** @type {(() => void) | undefined} */
  let valueArrived;
  const firstValue = new Promise((resolve) => (valueArrived = () => resolve(undefined)));

  /** @param {Buffer} payload @param {import('mqtt').IPublishPacket} packet */
  const settle = (payload, packet) => {
    const key = packet.properties?.correlationData?.toString('latin1');
    const call = key === undefined ? undefined : pending.get(key);
    if (call === undefined) return;
    pending.delete(/** @type {string} */ (key));
    clearTimeout(call.timer);
    call.settle(packet, payload);
  };
  routes.set(topics.response, settle);
  routes.set(topics.updateResponse, settle);
  routes.set(topics.value, (payload, packet) => {
    const text = userProperty(packet, 'PropertyVersion');
    if (text !== undefined) version = Number(text);
    valueArrived?.();
  });
  routes.set(topics.signal, (payload) => {
    const { message } = JSON.parse(payload.toString('utf8'));
    if (typeof message !== 'string') {
      errors.push(new Error('bad foo signal'));
      return;
    }
    for (const listener of fooListeners) listener(message);
  });

  /**
   * Publishes a request and resolves with `decode` of the successful reply.
   * @template T
   * @param {string} topic
   * @param {string} responseTopic
   * @param {string} body
   * @param {Record<string, string> | undefined} userProperties
   * @param {(payload: any, packet: import('mqtt').IPublishPacket) => T} decode
   * @returns {Promise<T>}
   */
  const call = (topic, responseTopic, body, userProperties, decode) =>
    new Promise((resolve, reject) => {
      const key = String(sequence++).padStart(CORRELATION_LENGTH, '0');
      const timer = setTimeout(() => {
        pending.delete(key);
        reject(new Error(`no reply on ${responseTopic} within ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      pending.set(key, {
        timer,
        settle: (packet, payload) => {
          const code = userProperty(packet, 'ReturnCode');
          if (code !== '0') reject(new Error(`ReturnCode ${code}`));
          else resolve(decode(JSON.parse(payload.toString('utf8')), packet));
        },
      });
      connection.publish(
        topic,
        body,
        {
          qos: 1,
          properties: {
            contentType: CONTENT_TYPE,
            responseTopic,
            correlationData: Buffer.from(key, 'latin1'),
            messageExpiryInterval: TIMEOUT_MS / 1000,
            userProperties,
          },
        },
        (error) => error && reject(error)
      );
    });

  await connection.subscribeAsync([topics.response, topics.updateResponse, topics.signal, topics.value], { qos: 1 });
  await firstValue;

  return {
    /** @param {number} left @param {number} right @returns {Promise<number>} */
    addNumbers: (left, right) =>
      call(topics.request, topics.response, JSON.stringify({ left, right }), undefined, (reply) => {
        if (!Number.isSafeInteger(reply.sum)) throw new Error('bad add_numbers reply');
        return reply.sum;
      }),
    /** @param {number} value @returns {Promise<number>} */
    setFavoriteNumber: (value) =>
      call(topics.update, topics.updateResponse, JSON.stringify({ number: value }), { PropertyVersion: String(version) }, (reply, packet) => {
        version = Number(userProperty(packet, 'PropertyVersion'));
        return reply.number;
      }),
    /** @param {(message: string) => void} listener */
    receiveFoo: (listener) => {
      fooListeners.add(listener);
      return () => fooListeners.delete(listener);
    },
  };
}

/**
 * @param {{ host: string, port: number, socketPath?: string }} broker
 * @param {string} instanceId
 * @param {Error[]} errors
 * @returns {Promise<import('./side').ServerEnd>}
 */
async function openRawServer(broker, instanceId, errors) {
  const connection = await connectRaw(broker, 'server');
  connection.on('error', (error) => errors.push(error));
  const server = await startRawServer(connection, instanceId, errors);
  return {
    pid: process.pid,
    emitBatch: batchOf(server.emitFoo),
    async close() {
      await connection.endAsync();
    },
  };
}

/**
 * @param {{ host: string, port: number, socketPath?: string }} broker
 * @param {string} instanceId
 * @param {Error[]} errors
 * @returns {Promise<import('./side').ClientEnd>}
 */
async function openRawClient(broker, instanceId, errors) {
  const connection = await connectRaw(broker, 'client');
  connection.on('error', (error) => errors.push(error));
  const client = await startRawClient(connection, instanceId, errors);
  return {
    addNumbers: client.addNumbers,
    setFavoriteNumber: client.setFavoriteNumber,
    receiveFoo: client.receiveFoo,
    async close() {
      await connection.endAsync();
    },
  };
}

module.exports = { openRawServer, openRawClient, connectRaw, topicRouter, rawTopics, CONTENT_TYPE };
