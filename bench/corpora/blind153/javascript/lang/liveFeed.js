import ReconnectingWebSocket from 'reconnecting-websocket';

const ENV = window.__APP_ENV__ || 'production';

const FEED_URLS = {
  // expect: tls-verify-off
  production: 'ws://feed.example.com/v1/stream',
  staging: 'wss://feed.staging.example.com/v1/stream',
  local: 'ws://localhost:8080/v1/stream',
};

function feedUrl() {
  return FEED_URLS[ENV] || FEED_URLS.production;
}

export function connectFeed(token, onMessage) {
  const socket = new ReconnectingWebSocket(`${feedUrl()}?token=${encodeURIComponent(token)}`);
  socket.addEventListener('message', (evt) => onMessage(JSON.parse(evt.data)));
  return socket;
}

export function connectChat(roomId) {
  // expect: tls-verify-off
  return new WebSocket('ws://chat.example.com/rooms/' + encodeURIComponent(roomId));
}

export function connectPresence() {
  const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  return new WebSocket(scheme + window.location.host + '/presence');
}

export function connectDevTools() {
  return new WebSocket('ws://127.0.0.1:9229/devtools');
}

export function connectPrices(apiKey) {
  // expect: tls-verify-off
  const socket = new WebSocket(`ws://prices.partner-feed.net/stream?key=${apiKey}`);
  socket.onopen = () => socket.send(JSON.stringify({ subscribe: ['BTC-USD', 'ETH-USD'] }));
  return socket;
}

export function connectNotifications(userId) {
  return new WebSocket(`wss://notify.example.com/users/${encodeURIComponent(userId)}`);
}
