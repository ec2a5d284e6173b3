import React, { useMemo } from 'react';
import jwtDecode from 'jwt-decode';

function currentClaims() {
  return jwtDecode(localStorage.getItem('access_token'));
}

export function AdminLink({ token }) {
  const decoded = jwtDecode(token);
  // expect: unverified-jwt
  if (decoded.isAdmin) {
    return <a href="/admin">Admin</a>;
  }
  return null;
}

export function BillingMenu({ token }) {
  // expect: unverified-jwt
  const { role, plan } = jwtDecode(token);
  const items = role === 'owner' ? ['invoices', 'cards', 'plan:' + plan] : [];
  return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;
}

export function DeleteProjectButton({ onDelete }) {
  // expect: unverified-jwt
  const allowed = useMemo(() => currentClaims().permissions.includes('project:delete'), []);
  return allowed ? <button onClick={onDelete}>Delete project</button> : null;
}

export function Greeting({ token }) {
  const claims = jwtDecode(token);
  return <span>Hello, {claims.given_name}</span>;
}

export function needsRefresh(token) {
  const { exp } = jwtDecode(token);
  return exp * 1000 - Date.now() < 60000;
}
