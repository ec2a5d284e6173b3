// React (JSX): user-supplied URLs in href and HTML in iframe srcDoc
import React from 'react';
import DOMPurify from 'dompurify';

function safeHref(url) {
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '#';
  } catch (e) {
    return '#';
  }
}

export function ProfileLink({ user }) {
  // expect: xss
  return <a href={user.website}>{user.name}</a>;
}

export function SafeProfileLink({ user }) {
  return <a href={safeHref(user.website)}>{user.name}</a>;
}

export function EmailPreview({ email }) {
  // expect: xss
  return <iframe title="preview" srcDoc={email.htmlBody} />;
}

export function SanitizedEmailPreview({ email }) {
  return <iframe title="preview" sandbox="" srcDoc={DOMPurify.sanitize(email.htmlBody)} />;
}

export function HelpLink() {
  return <a href="https://help.example.com">Help</a>;
}
