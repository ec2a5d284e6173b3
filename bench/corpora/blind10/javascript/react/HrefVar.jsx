// library: React (href / src from data)
import React from 'react';

function safeUrl(url) {
  try {
    const u = new URL(url, window.location.origin);
    return ['http:', 'https:', 'mailto:'].includes(u.protocol) ? u.href : '#';
  } catch {
    return '#';
  }
}

export function AuthorLink({ author }) {
  // expect: xss
  return <a href={author.website}>{author.name}</a>;
}

export function AuthorLinkSafe({ author }) {
  return <a href={safeUrl(author.website)}>{author.name}</a>;
}

export function ProfileLink({ user }) {
  return <a href={`/users/${encodeURIComponent(user.id)}`}>{user.name}</a>;
}

export function BackLink() {
  const back = new URLSearchParams(window.location.search).get('back');
  // expect: xss
  return <a href={back}>Back</a>;
}

export function DocsLink() {
  return <a href="https://docs.example.com" target="_blank" rel="noopener noreferrer">Docs</a>;
}
