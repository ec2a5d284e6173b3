// API client for the storefront SPA.
import axios from 'axios';

const API_BASE = process.env.REACT_APP_API_BASE || 'https://api.shop.example.com';

const api = axios.create({ baseURL: API_BASE, timeout: 10000 });

export function getProducts(params) {
  return api.get('/products', { params });
}

export function getLoyaltyBalance(customerId, token) {
  // expect: tls-verify-off
  return axios.get('http://loyalty.shop.example.com/v1/balance/' + customerId, { headers: { Authorization: 'Bearer ' + token } });
}

export function submitPayment(payload) {
  return axios.post('https://pay.shop.example.com/v2/charges', payload);
}

export function sendContactForm(form) {
  // expect: tls-verify-off
  return axios.post('http://forms.shop.example.com/contact', form);
}

export function loadBanner() {
  return fetch('/static/banner.json').then((r) => r.json());
}

export function trackLogin(email, sessionId) {
  // expect: tls-verify-off
  return fetch('http://metrics.shop.example.com/collect?e=login', { method: 'POST', body: JSON.stringify({ email, sessionId }) });
}

export function loadFonts() {
  return fetch('https://fonts.shop.example.com/manifest.json').then((r) => r.json());
}

export function updateAddress(id, address) {
  return api.put(`/addresses/${encodeURIComponent(id)}`, address);
}
