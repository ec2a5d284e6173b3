import io from 'socket.io-client';
import ReconnectingWebSocket from 'reconnecting-websocket';

// expect: tls-verify-off
const chat = new WebSocket('ws://chat.example.com/socket');

export function connectPrices(symbols) {
  // expect: tls-verify-off
  const socket = io('ws://prices.example.org', { transports: ['websocket'], query: { symbols: symbols.join(',') } });
  socket.on('tick', (t) => console.info('tick', t.symbol));
  return socket;
}

export function connectNotifications(host, token) {
  // expect: tls-verify-off
  return new ReconnectingWebSocket('ws://' + host + ':8080/notifications?token=' + token);
}

const config = {
  region: 'eu-west-1',
  // expect: tls-verify-off
  streamUrl: 'ws://stream.example.net/v1/events',
};

export function openStream() {
  return new WebSocket(config.streamUrl);
}

export function connectSameOrigin(path) {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return new WebSocket(`${scheme}://${window.location.host}${path}`);
}

export function connectSecure() {
  return new WebSocket('wss://chat.example.com/socket');
}

export function connectDev() {
  return new WebSocket('ws://localhost:8080/dev');
}

chat.addEventListener('open', () => chat.send(JSON.stringify({ hello: true })));
