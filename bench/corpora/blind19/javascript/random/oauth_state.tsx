// Math.random (TSX): OAuth state / PKCE verifier in a React login button
import React from 'react';

function randomState(): string {
  // expect: insecure-random
  return [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
}

function secureVerifier(): string {
  const bytes = new Uint8Array(32);
  window.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function LoginButton({ clientId }: { clientId: string }) {
  const onClick = () => {
    const state = randomState();
    // expect: insecure-random
    const codeVerifier = Math.random().toString(36).repeat(3);
    sessionStorage.setItem('oauth_state', state);
    sessionStorage.setItem('pkce', codeVerifier);
    const url = new URL('https://auth.example.com/authorize');
    url.searchParams.set('client_id', clientId);
    url.searchParams.set('state', state);
    window.location.assign(url.toString());
  };
  const delay = 150 + Math.random() * 100;
  return (
    <button onClick={onClick} style={{ transitionDelay: `${delay}ms` }}>
      Sign in
    </button>
  );
}

export function SecureLoginButton() {
  const onClick = () => sessionStorage.setItem('pkce', secureVerifier());
  return <button onClick={onClick}>Sign in</button>;
}
