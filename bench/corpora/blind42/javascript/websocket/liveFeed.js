// Live price feed clients (browser and Node).
const WebSocket = require('ws');

const FEED_HOST = 'feed.example.com';
// expect: insecure-transport
const PRICE_FEED_URL = 'ws://feed.example.com/prices';

function connectPrices(onTick) {
  const socket = new WebSocket(PRICE_FEED_URL);
  socket.on('message', (raw) => onTick(JSON.parse(raw)));
  return socket;
}

function connectChat(room) {
  // expect: insecure-transport
  return new WebSocket(`ws://${FEED_HOST}/chat/${encodeURIComponent(room)}`);
}

const config = {
  // expect: insecure-transport
  notifications: 'ws://notify.example.com:8080/stream',
  metrics: 'wss://metrics.example.com/stream',
};

class Reconnecting {
  constructor(path) {
    // expect: insecure-transport
    this.url = 'ws://' + FEED_HOST + path;
  }
  open() {
    return new WebSocket(this.url);
  }
}

function schemeFor(secure) {
  // expect: insecure-transport
  return secure ? 'wss://' : 'ws://';
}

// Safe look-alikes: wss everywhere else, and a local development socket.
function connectSecure(token) {
  return new WebSocket('wss://feed.example.com/private', { headers: { Authorization: `Bearer ${token}` } });
}

function connectDev() {
  return new WebSocket('ws://localhost:8080/dev');
}

const TEST_URL = 'ws://127.0.0.1:9000/test';

module.exports = { connectPrices, connectChat, config, Reconnecting, schemeFor, connectSecure, connectDev, TEST_URL };
