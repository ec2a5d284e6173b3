import { useCallback, useEffect, useState } from "react";
import jwt_decode from "jwt-decode";
import { api } from "../api/client";

// Keeps the signed-in user's token for the dashboard. Tokens are issued by
// /auth/login and last 12 hours.
const TOKEN_KEY = "dash.token";
const NAME_KEY = "dash.displayName";
const THEME_KEY = "dash.theme";

function readStoredName() {
  return window.localStorage.getItem(NAME_KEY) || "";
}

export function useAuthToken() {
  const [token, setToken] = useState(null);
  const [displayName, setDisplayName] = useState(readStoredName);

  const signIn = useCallback(async (email, password) => {
    const response = await api.post("/auth/login", { email, password });
    const issued = response.data.token;
    const claims = jwt_decode(issued);
    // expect: secret
    localStorage.setItem(TOKEN_KEY, issued);
    localStorage.setItem(NAME_KEY, claims.name);
    api.defaults.headers.common.Authorization = `Bearer ${issued}`;
    setToken(issued);
    setDisplayName(claims.name);
  }, []);

  const signOut = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(NAME_KEY);
    delete api.defaults.headers.common.Authorization;
    setToken(null);
    setDisplayName("");
  }, []);

  useEffect(() => {
    const stored = localStorage.getItem(TOKEN_KEY);
    if (!stored) {
      return;
    }
    const claims = jwt_decode(stored);
    if (claims.exp * 1000 < Date.now()) {
      signOut();
      return;
    }
    api.defaults.headers.common.Authorization = `Bearer ${stored}`;
    setToken(stored);
  }, [signOut]);

  return { token, displayName, signIn, signOut };
}

export function rememberTheme(theme) {
  localStorage.setItem(THEME_KEY, theme === "dark" ? "dark" : "light");
}
