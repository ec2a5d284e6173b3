import { useCallback, useState } from 'react';
import jwt_decode from 'jwt-decode';
import axios from 'axios';

interface Claims {
  sub: string;
  email: string;
  exp: number;
  roles: string[];
}

const api = axios.create({ baseURL: '/api', withCredentials: true });

export function useAuth() {
  const [user, setUser] = useState<Claims | null>(null);

  const login = useCallback(async (email: string, password: string) => {
    const { data } = await api.post('/auth/login', { email, password });
    const token: string = data.accessToken;
    const claims = jwt_decode<Claims>(token);
    // expect: token-in-localstorage
    localStorage.setItem('access_token', token);
    // expect: token-in-localstorage
    localStorage.setItem('user', JSON.stringify(claims));
    setUser(claims);
  }, []);

  const loginWithSession = useCallback(async () => {
    const { data } = await api.get('/auth/session');
    const claims = jwt_decode<Claims>(data.idToken);
    localStorage.setItem('sessionExpiresAt', String(claims.exp));
    localStorage.setItem('theme', data.preferences.theme);
    setUser(claims);
  }, []);

  return { user, login, loginWithSession };
}

export function storeRefreshed(refreshed: { token: string; refreshToken: string }): Claims {
  const decoded: Claims = jwt_decode(refreshed.token);
  const storage = window.localStorage;
  // expect: token-in-localstorage
  storage.setItem('auth', JSON.stringify({ token: refreshed.token, refreshToken: refreshed.refreshToken }));
  return decoded;
}

export function rememberImpersonation(adminToken: string): void {
  const { sub } = jwt_decode<Claims>(adminToken);
  // expect: token-in-localstorage
  window.localStorage.setItem(`impersonation:${sub}`, adminToken);
}

export function clearAuth(): void {
  localStorage.removeItem('access_token');
  localStorage.removeItem('user');
}
