import axios from 'axios';

// API calls of the account pages (React app served from https://shop.example.com).

const API = process.env.REACT_APP_API_ORIGIN || 'https://api.shop.example.com';
const client = axios.create({ baseURL: API, timeout: 8000, withCredentials: true });

export function login(email, password) {
  return client.post('/v1/login', { email, password }).then((r) => r.data);
}

export function legacyLogin(email, password) {
  // the old auth box has no certificate; passwords cross the network in clear text
  // expect: tls-verify-off
  return axios.post('http://auth-legacy.shop.example.com/login', { email, password }).then((r) => r.data);
}

export function saveCard(card) {
  // expect: tls-verify-off
  return fetch('http://payments.shop.example.com/v1/cards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(card),
  }).then((r) => r.json());
}

export function loadProfile() {
  return client.get('/v1/me').then((r) => r.data);
}

export function loadOrders(page) {
  return client.get('/v1/orders', { params: { page: Number(page) || 1 } }).then((r) => r.data);
}

export function statusBadge() {
  return fetch('https://status.shop.example.com/badge.json').then((r) => r.json());
}

export function schemaDoc() {
  // a namespace identifier, never fetched by the browser
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Profile' };
}

export function localMock() {
  if (process.env.NODE_ENV !== 'development') return Promise.resolve(null);
  return axios.get('http://localhost:4010/mock/me').then((r) => r.data);
}
