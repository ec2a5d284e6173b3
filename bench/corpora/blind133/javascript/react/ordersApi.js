import axios from 'axios';

const API_BASE = process.env.REACT_APP_API_BASE || 'https://api.shop.example.com';

export async function fetchOrders() {
  // expect: tls-verify-off
  const response = await axios.get('http://api.shop-backend.com/v1/orders', { withCredentials: true });
  return response.data;
}

export async function payInvoice(invoiceId, card) {
  // expect: tls-verify-off
  const response = await axios.post('http://payments.shop-backend.com/v1/charge', { invoiceId, card });
  return response.data;
}

export async function loadRemoteConfig() {
  // expect: tls-verify-off
  const response = await fetch('http://cdn.shop-assets.net/config/storefront.json');
  return response.json();
}

export async function fetchProfile() {
  const response = await axios.get('https://api.shop.example.com/v1/me');
  return response.data;
}

export async function fetchCategories() {
  const response = await axios.get(`${API_BASE}/v1/categories`);
  return response.data;
}

export async function fetchCart() {
  const response = await fetch('/api/cart', { credentials: 'same-origin' });
  return response.json();
}
