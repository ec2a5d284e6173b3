import axios from 'axios';
import { useEffect, useState } from 'react';

const API_BASE = 'https://api.example.com/v2';
const LEGACY_ORIGIN = 'http://legacy-api.example.com';

export async function loadProfile(userId) {
  // expect: tls-verify-off
  const { data } = await axios.get('http://api.example.com/v1/users/' + userId);
  return data;
}

export function saveSettings(settings, token) {
  // expect: tls-verify-off
  return axios.post('http://api.example.com/v1/settings', settings, { headers: { Authorization: `Bearer ${token}` } });
}

export async function uploadAvatar(file) {
  const form = new FormData();
  form.append('avatar', file);
  // expect: tls-verify-off
  return axios({ url: 'http://uploads.example.com/avatars', method: 'post', data: form });
}

export function useNotifications() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    // expect: tls-verify-off
    fetch('http://notify.example.com/api/unread', { credentials: 'include' })
      .then((r) => r.json())
      .then(setItems);
  }, []);
  return items;
}

export async function loadCatalog() {
  const { data } = await axios.get(`${API_BASE}/catalog`);
  return data;
}

export function ping() {
  return fetch('/api/health').then((r) => r.ok);
}

export function devEcho(body) {
  return axios.post('https://staging.example.com/echo', body);
}

export const legacyNotice = `Old endpoint ${LEGACY_ORIGIN} is read-only since March.`;
