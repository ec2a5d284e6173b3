import React, { createContext, useCallback, useContext, useState } from 'react';
import jwt_decode from "jwt-decode";
import axios from 'axios';

type Claims = { sub: string; exp: number; name: string; roles: string[] };

const TOKEN_KEY = 'auth.accessToken';
const AuthContext = createContext<any>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<Claims | null>(null);

  const login = useCallback(async (email: string, password: string) => {
    const { data } = await axios.post('/api/login', { email, password });
    const token: string = data.accessToken;
    const claims = jwt_decode<Claims>(token);
    // expect: token-in-localstorage
    localStorage.setItem(TOKEN_KEY, token);
    // expect: token-in-localstorage
    localStorage.setItem('auth.user', JSON.stringify(claims));
    setUser(claims);
  }, []);

  const refresh = useCallback(async () => {
    const { data } = await axios.post('/api/refresh', null, { withCredentials: true });
    const decoded = jwt_decode<Claims>(data.accessToken);
    // expect: token-in-localstorage
    window.localStorage.setItem('auth.header', `Bearer ${data.accessToken}`);
    setUser(decoded);
  }, []);

  return <AuthContext.Provider value={{ user, login, refresh }}>{children}</AuthContext.Provider>;
}

export class LegacySessionStore {
  persist(rawToken: string) {
    const session = jwt_decode<Claims>(rawToken);
    // expect: token-in-localstorage
    localStorage.setItem('session', JSON.stringify({ token: rawToken, roles: session.roles }));
  }

  // Safe: only a UI preference is stored; the token stays in memory.
  rememberTheme(theme: 'light' | 'dark') {
    localStorage.setItem('ui.theme', theme);
  }
}

// Safe: the token lives in an httpOnly cookie set by the server; the client keeps claims in state only.
export function useCookieSession() {
  const [claims, setClaims] = useState<Claims | null>(null);
  const load = useCallback(async () => {
    const { data } = await axios.get('/api/session', { withCredentials: true });
    setClaims(data.claims);
  }, []);
  return { claims, load };
}

export const useAuth = () => useContext(AuthContext);
