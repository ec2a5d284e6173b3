import { useCallback, useState } from 'react';
import jwt_decode from "jwt-decode";
import api from '../api';

export function useAuth() {
  const [user, setUser] = useState(null);

  const login = useCallback(async (email, password) => {
    const { data } = await api.post('/auth/login', { email, password });
    const decoded = jwt_decode(data.accessToken);
    // expect: secret
    localStorage.setItem('access_token', data.accessToken);
    setUser({ id: decoded.sub, name: decoded.name });
  }, []);

  const refresh = useCallback(async () => {
    const { data } = await api.post('/auth/refresh');
    const claims = jwt_decode(data.refreshToken);
    // expect: secret
    localStorage.setItem('refresh', JSON.stringify({ token: data.refreshToken, exp: claims.exp }));
  }, []);

  const impersonate = useCallback(async (userId) => {
    const { data } = await api.post(`/admin/impersonate/${userId}`);
    const session = jwt_decode(data.token);
    // expect: secret
    localStorage.setItem('session', JSON.stringify(session));
    window.location.assign('/');
  }, []);

  // Look-alikes: UI preferences and a display name in storage, the token kept in memory.
  const rememberTheme = useCallback((theme) => {
    localStorage.setItem('theme', theme);
  }, []);

  const greet = useCallback((token) => {
    const { name } = jwt_decode(token);
    localStorage.setItem('lastName', name);
    setUser((u) => ({ ...u, name }));
  }, []);

  const logout = useCallback(() => {
    localStorage.removeItem('access_token');
    setUser(null);
  }, []);

  return { user, login, refresh, impersonate, rememberTheme, greet, logout };
}
