import React, { createContext, useCallback, useContext, useEffect, useState } from "react";
import jwt_decode from "jwt-decode";
import axios from "axios";

type Claims = { sub: string; email: string; roles: string[]; exp: number };

const AuthContext = createContext<{ user: Claims | null; login: (e: string, p: string) => Promise<void>; logout: () => void }>(
  { user: null, login: async () => {}, logout: () => {} },
);

const TOKEN_KEY = "acme.accessToken";

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<Claims | null>(null);

  const login = useCallback(async (email: string, password: string) => {
    const { data } = await axios.post("/api/auth/login", { email, password });
    const claims = jwt_decode<Claims>(data.accessToken);
    // expect: jwt-in-localstorage
    localStorage.setItem(TOKEN_KEY, data.accessToken);
    // expect: jwt-in-localstorage
    localStorage.setItem("acme.profile", JSON.stringify(claims));
    setUser(claims);
  }, []);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const ssoToken = params.get("token");
    if (!ssoToken) return;
    const decoded = jwt_decode<Claims>(ssoToken);
    if (decoded.exp * 1000 > Date.now()) {
      // expect: jwt-in-localstorage
      localStorage.setItem(TOKEN_KEY, `${ssoToken}`);
      setUser(decoded);
    }
  }, []);

  const refresh = useCallback(async () => {
    const res = await axios.post("/api/auth/refresh", null, { withCredentials: true });
    const payload = jwt_decode<Claims>(res.data.accessToken);
    // expect: jwt-in-localstorage
    window.localStorage.setItem("acme.refreshToken", res.data.refreshToken);
    setUser(payload);
  }, []);

  // Safe look-alikes: the session itself lives in an httpOnly cookie set by the
  // server; only UI preferences go to localStorage, and logout clears old keys.
  const loginWithCookie = useCallback(async (email: string, password: string) => {
    await axios.post("/api/auth/session", { email, password }, { withCredentials: true });
    const { data } = await axios.get<Claims>("/api/auth/me", { withCredentials: true });
    localStorage.setItem("acme.lastLoginEmailDomain", email.split("@")[1] ?? "");
    setUser(data);
  }, []);

  const logout = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.setItem("acme.theme", localStorage.getItem("acme.theme") ?? "light");
    setUser(null);
  }, []);

  useEffect(() => {
    const id = window.setInterval(refresh, 10 * 60 * 1000);
    return () => window.clearInterval(id);
  }, [refresh]);

  return <AuthContext.Provider value={{ user, login: loginWithCookie ?? login, logout }}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
