import React from "react";
import jwt_decode from "jwt-decode";

export function AdminMenu({ token }) {
  const claims = jwt_decode(token);
  // expect: jwt-decode-trust
  if (!claims.isAdmin) {
    return null;
  }
  return <nav className="admin">Admin tools</nav>;
}

export function Greeting() {
  const decoded = jwt_decode(localStorage.getItem("id_token"));
  // expect: jwt-decode-trust
  return <p>Hello {decoded.name}</p>;
}

export function AdminMenuFromServer({ session }) {
  return session.roles.includes("admin") ? <nav className="admin">Admin tools</nav> : null;
}
