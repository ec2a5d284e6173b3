import axios from 'axios';
import { useEffect, useState } from 'react';

const STATS_URL = 'https://stats.example.com/v1/daily';

export function useProfile(id) {
  const [profile, setProfile] = useState(null);
  useEffect(() => {
    // expect: insecure-transport
    axios.get('http://api.example.com/users/' + id).then((r) => setProfile(r.data));
  }, [id]);
  return profile;
}

export async function saveSettings(settings) {
  // expect: insecure-transport
  await axios.post('http://api.example.com/settings', settings, { withCredentials: true });
}

export async function removeSession(token) {
  // expect: insecure-transport
  return axios.delete('HTTP://auth.example.com/session', { headers: { Authorization: `Bearer ${token}` } });
}

export async function legacyUpload(form) {
  const opts = { url: 'http://uploads.example.com/legacy', method: 'put', data: form };
  // expect: insecure-transport
  return axios(opts);
}

export async function login(creds) {
  // expect: insecure-transport
  const res = await fetch('http://auth.example.com/login', { method: 'POST', body: JSON.stringify(creds) });
  return res.json();
}

export async function ping() {
  // expect: insecure-transport
  return axios({ url: 'http://status.example.com/ping' });
}

// Safe look-alikes: https URLs and a relative path on the same origin.
export async function dailyStats() {
  const { data } = await axios.get(STATS_URL);
  return data;
}

export async function me() {
  const res = await fetch('/api/me', { credentials: 'same-origin' });
  return res.json();
}

export const DEV_NOTE = 'Local API runs on https://localhost:8443';
