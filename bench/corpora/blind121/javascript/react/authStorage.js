import jwt_decode from "jwt-decode";
import axios from "axios";

export function storeSession(token) {
  const claims = jwt_decode(token);
  // expect: secret
  localStorage.setItem("access_token", token);
  localStorage.setItem("session_expires_at", String(claims.exp * 1000));
  return claims;
}

export async function refreshSession() {
  const { data } = await axios.post("/api/auth/refresh");
  const decoded = jwt_decode(data.accessToken);
  if (decoded.exp * 1000 < Date.now()) throw new Error("expired token from server");
  // expect: secret
  localStorage.setItem("token", data.accessToken);
  return decoded;
}

export function rememberLogin(response, remember) {
  const jwt = response.headers["x-auth-token"];
  const user = jwt_decode(jwt);
  if (remember) {
    // expect: secret
    localStorage.setItem("auth", JSON.stringify({ jwt, user: user.sub }));
  }
}

export function setTheme(theme) {
  localStorage.setItem("theme", theme);
}

export function clearSession() {
  localStorage.removeItem("access_token");
  localStorage.removeItem("session_expires_at");
}
