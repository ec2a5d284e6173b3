import { io } from 'socket.io-client';

const API_HOST = 'api.example.com';

export const config = {
  restBase: `https://${API_HOST}/v2`,
  // expect: insecure-transport
  streamUrl: 'ws://' + API_HOST + '/stream',
  devStreamUrl: 'ws://localhost:8080/stream',
};

export function connectPrices(onTick) {
  // expect: insecure-transport
  const socket = new WebSocket('ws://feeds.example.com/prices');
  socket.onmessage = (e) => onTick(JSON.parse(e.data));
  return socket;
}

export function connectNotifications(onNote) {
  // expect: insecure-transport
  const url = `ws://${window.location.host}/notifications`;
  const ws = new WebSocket(url);
  ws.addEventListener('message', (e) => onNote(JSON.parse(e.data)));
  return ws;
}

export function connectChat(room) {
  // expect: insecure-transport
  const socket = io('ws://chat.example.org:3000', { transports: ['websocket'], query: { room } });
  return socket;
}

// TLS endpoints, and a scheme that follows the page's own.
export function connectOrders(onUpdate) {
  const ws = new WebSocket('wss://feeds.example.com/orders');
  ws.onmessage = (e) => onUpdate(JSON.parse(e.data));
  return ws;
}

export function connectLive(path) {
  const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return new WebSocket(`${proto}://${window.location.host}${path}`);
}
