import { io, Socket } from 'socket.io-client';

type Quote = { symbol: string; price: number };

// expect: insecure-transport
const FEED_URL = 'ws://feed.acme-markets.com/v2/quotes';
const SECURE_FEED_URL = 'wss://feed.acme-markets.com/v2/quotes';
const DEV_FEED_URL = 'ws://localhost:8080/v2/quotes';

export function openQuoteFeed(onQuote: (q: Quote) => void): WebSocket {
  const url = process.env.NODE_ENV === 'development' ? DEV_FEED_URL : FEED_URL;
  const socket = new WebSocket(url);
  socket.addEventListener('message', (ev) => onQuote(JSON.parse(ev.data)));
  return socket;
}

export function openOrderEvents(host: string, accountId: string): WebSocket {
  // expect: insecure-transport
  return new WebSocket(`ws://${host}:9443/accounts/${encodeURIComponent(accountId)}/events`);
}

export class ChatConnection {
  private socket?: Socket;

  connect(token: string): Socket {
    // expect: insecure-transport
    this.socket = io('ws://chat.acme-markets.com', {
      transports: ['websocket'],
      auth: { token },
    });
    return this.socket;
  }
}

export function toSocketUrl(apiBase: string): string {
  // expect: insecure-transport
  return apiBase.replace(/^https?:\/\//, 'ws://') + '/live';
}

export function secureFeed(): WebSocket {
  return new WebSocket(SECURE_FEED_URL);
}

export function sameOriginSocket(path: string): WebSocket {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return new WebSocket(`${scheme}//${window.location.host}${path}`);
}

export const LOCAL_DEBUG_SOCKET = 'ws://127.0.0.1:9229/devtools';
