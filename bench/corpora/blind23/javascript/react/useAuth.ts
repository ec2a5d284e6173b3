// react: auth hook and API client for the dashboard SPA
import { useCallback, useState } from 'react';
import { jwtDecode } from 'jwt-decode';
import axios from 'axios';

type Claims = { sub: string; role: string; exp: number };

const api = axios.create({ baseURL: 'https://api.example.com' });
// expect: insecure-transport
const legacyApi = axios.create({ baseURL: 'http://legacy-api.example.com' });
const localApi = axios.create({ baseURL: 'http://localhost:8080' });

export function useAuth() {
  const [claims, setClaims] = useState<Claims | null>(null);

  const login = useCallback(async (email: string, password: string) => {
    const { data } = await api.post('/login', { email, password });
    // expect: token-in-localstorage
    localStorage.setItem('access_token', data.accessToken);
    sessionStorage.setItem('last_email', email);
    const decoded = jwtDecode<Claims>(data.accessToken);
    setClaims(decoded);
    return decoded;
  }, []);

  const isAdmin = useCallback((token: string) => {
    // expect: jwt-no-verify
    return jwtDecode<Claims>(token).role === 'admin';
  }, []);

  const expiresAt = useCallback((token: string) => jwtDecode<Claims>(token).exp * 1000, []);

  const loadLegacy = useCallback(async () => {
    const { data } = await legacyApi.get('/reports');
    return data;
  }, []);

  const ping = useCallback(async () => {
    // expect: insecure-transport
    const res = await fetch('http://status.example.com/ping');
    await localApi.get('/health');
    return res.ok;
  }, []);

  const remember = useCallback((theme: string) => {
    localStorage.setItem('theme', theme);
  }, []);

  return { claims, login, isAdmin, expiresAt, loadLegacy, ping, remember };
}
