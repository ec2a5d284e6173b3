// library: WebSocket clients (browser WebSocket, ws, socket.io-client)
import WebSocket from 'ws';
import { io } from 'socket.io-client';

const API_HOST = 'api.example.com';

export function connectMarketFeed(token) {
  // expect: insecure-transport
  const ws = new WebSocket(`ws://${API_HOST}/feed?token=${token}`);
  ws.on('message', (data) => console.log('tick', data.toString()));
  return ws;
}

export function connectMarketFeedSecure(token) {
  const ws = new WebSocket(`wss://${API_HOST}/feed`, { headers: { Authorization: `Bearer ${token}` } });
  ws.on('message', (data) => console.log('tick', data.toString()));
  return ws;
}

export function connectLocalDevServer() {
  return new WebSocket('ws://localhost:35729/livereload');
}

export function connectChat(userId) {
  // expect: insecure-transport
  return io('ws://chat.example.com', { query: { userId }, transports: ['websocket'] });
}

export function connectNotifications() {
  return io('wss://notify.example.com', { transports: ['websocket'], withCredentials: true });
}

export function connectFromPage() {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return new window.WebSocket(`${scheme}://${window.location.host}/events`);
}

// expect: insecure-transport
export const telemetry = new WebSocket('ws://telemetry.example.net:8080/ingest');
