// library: React (auth tokens kept in localStorage)
import { useState } from 'react';

export function LoginForm({ onDone }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(e) {
    e.preventDefault();
    const res = await fetch('/api/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const data = await res.json();
    // expect: jwt-in-localstorage
    localStorage.setItem('access_token', data.accessToken);
    // expect: jwt-in-localstorage
    window.localStorage.setItem('refreshToken', data.refreshToken);
    localStorage.setItem('lastLoginEmail', email);
    sessionStorage.setItem('welcomeName', data.user.name);
    onDone(data.user.name);
  }

  return (
    <form onSubmit={submit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" />
      <button type="submit">Sign in</button>
    </form>
  );
}

export function useTheme() {
  const [theme, setTheme] = useState(() => localStorage.getItem('theme') ?? 'light');
  return { theme, toggle: () => { const t = theme === 'light' ? 'dark' : 'light'; localStorage.setItem('theme', t); setTheme(t); } };
}
