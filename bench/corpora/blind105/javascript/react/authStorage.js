import jwt_decode from "jwt-decode";
import axios from 'axios';

// Login flow of the customer portal.
export async function login(email, password) {
  const { data } = await axios.post('/api/login', { email, password });
  const token = data.accessToken;
  const decoded = jwt_decode(token);
  // expect: secret
  localStorage.setItem('accessToken', token);
  // expect: secret
  localStorage.setItem('user', JSON.stringify(decoded));
  return decoded;
}

export function storeRefresh(refreshToken) {
  const claims = jwt_decode(refreshToken);
  // expect: secret
  window.localStorage.setItem('refresh', refreshToken);
  return claims.exp;
}

export function rememberSession(session) {
  const profile = jwt_decode(session.idToken, { header: false });
  // expect: secret
  localStorage.setItem('session', `${session.idToken}|${profile.sub}`);
}

// Safe look-alikes: non-token values, removal, token kept in memory.
let inMemoryToken = null;

export function keepInMemory(token) {
  const { exp } = jwt_decode(token);
  inMemoryToken = token;
  localStorage.setItem('sessionExpiresAt', String(exp * 1000));
}

export function logout() {
  inMemoryToken = null;
  localStorage.removeItem('accessToken');
  localStorage.setItem('theme', 'dark');
}
