import axios from 'axios';

const isDev = process.env.NODE_ENV === 'development';
const API_BASE = isDev ? 'http://localhost:8080' : 'https://api.example.com';

export async function fetchProfile(userId) {
  // expect: insecure-transport
  const { data } = await axios.get('http://api.example.com/users/' + userId);
  return data;
}

export async function saveSettings(settings) {
  // expect: insecure-transport
  return axios.post("HTTP://api.example.com/settings", settings, { withCredentials: true });
}

export async function loadCatalog() {
  // expect: insecure-transport
  const res = await fetch('http://catalog.example.com/v2/products?limit=50');
  return res.json();
}

export function trackEvent(name, props) {
  return axios({
    method: 'post',
    // expect: insecure-transport
    url: 'http://metrics.example.com/collect',
    data: { name, props, ts: Date.now() },
  });
}

const legacyLogin = {
  // expect: insecure-transport
  url: 'http://sso.example.com/api/login',
  method: 'post',
};

export function login(username, password) {
  return axios({ ...legacyLogin, data: { username, password } });
}

// expect: insecure-transport
export const partnerClient = axios.create({ baseURL: 'http://partner.example.net/api', timeout: 8000 });

// Look-alikes: HTTPS, a same-origin path, and localhost only in development.
export async function fetchOrders() {
  const { data } = await axios.get('https://api.example.com/orders');
  return data;
}

export async function me() {
  const res = await fetch('/api/me', { credentials: 'same-origin' });
  return res.json();
}

export async function health() {
  return axios.get(`${API_BASE}/health`);
}
