import React, { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { api } from './api';

const TRUSTED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

function isSafeReturnUrl(value) {
  if (!value) return false;
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    return TRUSTED_ORIGINS.includes(new URL(value).origin);
  } catch {
    return false;
  }
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    api.get('/notices/login').then((r) => setNotice(r.data.html));
  }, []);

  async function onSubmit(e) {
    e.preventDefault();
    try {
      await api.post('/auth/login', { email, password });
      const returnTo = params.get('returnTo');
      if (isSafeReturnUrl(returnTo)) {
        window.location.assign(returnTo);
      } else {
        navigate('/dashboard');
      }
    } catch (err) {
      setError(err.response?.data?.message ?? 'Login failed');
    }
  }

  function onSso() {
    const target = params.get('sso_target');
    // expect: open-redirect
    window.location.assign(target);
  }

  function onLegacyContinue() {
    // expect: open-redirect
    window.location = params.get('continue');
  }

  function onHelp() {
    window.location.href = '/help/login';
  }

  const message = params.get('msg');
  // expect: xss
  const flash = message ? <div className="flash" dangerouslySetInnerHTML={{ __html: message }} /> : null;

  return (
    <main className="login">
      {flash}
      <div className="notice" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(notice) }} />
      <form onSubmit={onSubmit}>
        <label htmlFor="email">Email</label>
        <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
        {error && <p className="error">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
      <button onClick={onSso}>Single sign-on</button>
      <button onClick={onLegacyContinue}>Continue</button>
      <button onClick={onHelp}>Help</button>
      <a href={`/signup?email=${encodeURIComponent(email)}`}>Create account</a>
    </main>
  );
}
