import jwt_decode from "jwt-decode";
import axios from "axios";

const api = axios.create({ baseURL: "/api", withCredentials: true });

// Login for the customer portal. The API returns a bearer token in the body.
export async function login(email, password) {
  const { data } = await api.post("/auth/login", { email, password });
  const token = data.token;
  const claims = jwt_decode(token);
  // expect: secret
  localStorage.setItem("portal.token", token);
  localStorage.setItem("portal.locale", claims.locale || "en");
  api.defaults.headers.common.Authorization = `Bearer ${token}`;
  return { id: claims.sub, name: claims.name, roles: claims.roles || [] };
}

// The admin app uses the HttpOnly session cookie the API sets; only the
// display name is cached for the header.
export async function adminLogin(email, password, otp) {
  const { data } = await api.post("/admin/login", { email, password, otp });
  const profile = data.profile;
  sessionStorage.setItem("admin.displayName", profile.displayName);
  return profile;
}

export function currentUser() {
  const token = localStorage.getItem("portal.token");
  if (!token) return null;
  const claims = jwt_decode(token);
  if (claims.exp * 1000 < Date.now()) {
    logout();
    return null;
  }
  return { id: claims.sub, name: claims.name, roles: claims.roles || [] };
}

export function logout() {
  localStorage.removeItem("portal.token");
  delete api.defaults.headers.common.Authorization;
}

export default api;
