// Live quote ticker and chat widget.
import { io } from 'socket.io-client';

const isSecure = window.location.protocol === 'https:';
const scheme = isSecure ? 'wss:' : 'ws:';

export const FEEDS = {
  // expect: tls-verify-off
  quotes: 'ws://stream.quotes-provider.example/v2/ticks',
  news: 'wss://stream.quotes-provider.example/v2/news',
};

export function openQuotes(onTick) {
  const socket = new WebSocket(FEEDS.quotes);
  socket.addEventListener('message', (evt) => onTick(JSON.parse(evt.data)));
  return socket;
}

export function openChat(room, token) {
  // expect: tls-verify-off
  const ws = new WebSocket(`ws://chat.${window.location.hostname}/rooms/${room}?token=${token}`);
  ws.binaryType = 'arraybuffer';
  return ws;
}

export function openNotifications(userId) {
  // expect: tls-verify-off
  return io('ws://realtime.acme-app.example', { query: { userId }, transports: ['websocket'] });
}

export function openPresence() {
  return new WebSocket(`${scheme}//${window.location.host}/presence`);
}

export function openDevTools() {
  return new WebSocket('ws://localhost:8097');
}

export function openInspector() {
  return new WebSocket('ws://127.0.0.1:9229/inspector');
}

export const config = {
  // expect: tls-verify-off
  orderbookUrl: "ws://orders.exchange-partner.example:8080/book",
  retryMs: 2000,
};
