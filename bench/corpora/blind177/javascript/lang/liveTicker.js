// Live price ticker for the trading dashboard. Connects to the quote stream and the
// order-status stream and keeps the UI in sync.
import { getSessionToken } from './session';

const DEV_STREAM = 'ws://localhost:8081/quotes';

function streamBase() {
  // Same host as the page, same security as the page.
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}`;
}

function connectQuotes(symbols, onQuote) {
  const url = import.meta.env.DEV ? DEV_STREAM : `${streamBase()}/stream/quotes`;
  const socket = new WebSocket(url);
  socket.addEventListener('open', () => {
    socket.send(JSON.stringify({ type: 'subscribe', symbols }));
  });
  socket.addEventListener('message', (event) => {
    const msg = JSON.parse(event.data);
    if (msg.type === 'quote') onQuote(msg);
  });
  return socket;
}

// Order status comes from the broker's own gateway; the session token rides in the
// first message so the broker can tie the stream to the account.
function connectOrderStatus(onStatus) {
  // expect: tls-verify-off
  const socket = new WebSocket('ws://stream.partner-broker.example.com/v2/orders');
  socket.addEventListener('open', () => {
    socket.send(JSON.stringify({ type: 'auth', token: getSessionToken() }));
  });
  socket.addEventListener('message', (event) => onStatus(JSON.parse(event.data)));
  return socket;
}

function connectNews(onHeadline) {
  const socket = new WebSocket('wss://news.partner-broker.example.com/v2/headlines');
  socket.addEventListener('message', (event) => onHeadline(JSON.parse(event.data)));
  return socket;
}

export function startTicker({ symbols, onQuote, onStatus, onHeadline }) {
  const sockets = [connectQuotes(symbols, onQuote), connectOrderStatus(onStatus), connectNews(onHeadline)];
  return () => sockets.forEach((s) => s.close());
}
