// @ts-check
'use strict';
// A WebSocket-to-TCP bridge in front of a plain mosquitto: each WebSocket
// connection (subprotocol `mqtt`, as mqtt.js asks for) is piped to a fresh TCP
// connection to the broker. Debian's mosquitto 2.0.11 here cannot open a
// `protocol websockets` listener, so tests that need ws:// or wss:// use this.
// Over http (ws://) by default; with `tls` over https (wss://).

const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const { WebSocketServer, createWebSocketStream } = require('ws');

/**
 * @typedef {object} WsBridge
 * @property {number} port           the bridge's port on 127.0.0.1
 * @property {string} url            ws://127.0.0.1:PORT/mqtt (wss:// with tls)
 * @property {() => Promise<void>} close   closes the listener and every bridged connection
 */

/**
 * @param {object} options
 * @param {number} options.brokerPort   mosquitto's TCP port on 127.0.0.1
 * @param {import('node:https').ServerOptions} [options.tls]  serve wss:// with these TLS options
 * @param {(request: import('node:http').IncomingMessage) => void} [options.onConnection]  sees each upgrade request
 * @returns {Promise<WsBridge>}
 */
async function startWsBridge({ brokerPort, tls, onConnection }) {
  const server = tls ? https.createServer(tls) : http.createServer((request, response) => response.writeHead(426).end());
  const wss = new WebSocketServer({ server, handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false) });
  wss.on('connection', (socket, request) => {
    if (onConnection) onConnection(request);
    const stream = createWebSocketStream(socket);
    const upstream = net.connect(brokerPort, '127.0.0.1');
    stream.pipe(upstream).pipe(stream);
    const end = () => {
      stream.destroy();
      upstream.destroy();
    };
    stream.on('error', end);
    upstream.on('error', end);
    stream.on('close', end);
    upstream.on('close', end);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `${tls ? 'wss' : 'ws'}://127.0.0.1:${port}/mqtt`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

module.exports = { startWsBridge };
