// React (TSX): the password hashed with md5 in the browser before it is sent
import React, { FormEvent, useState } from 'react';
import md5 from 'md5';

export function LoginForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    // expect: weak-hash
    const passwordHash = md5(password);
    await fetch('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, passwordHash }) });
    onDone();
  }

  return (
    <form onSubmit={submit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <img alt="" src={`https://www.gravatar.com/avatar/${md5(email.trim().toLowerCase())}?s=40`} />
      <button type="submit">Sign in</button>
    </form>
  );
}

export function SecureLoginForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    await fetch('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    onDone();
  }
  return (
    <form onSubmit={submit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}
