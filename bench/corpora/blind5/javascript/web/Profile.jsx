import React from 'react';
import DOMPurify from 'dompurify';

export function Bio({ user }) {
  // expect: xss
  return <div className="bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} />;
}

export function BioSafe({ user }) {
  return <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bioHtml) }} />;
}

export function Website({ user }) {
  // expect: xss
  return <a href={user.website}>{user.website}</a>;
}

export function WebsiteChecked({ user }) {
  const ok = /^https:\/\//.test(user.website || '');
  return ok ? <a href={user.website} rel="noopener noreferrer">{user.website}</a> : null;
}

export function Clear() {
  // expect: javascript-url
  return <a href="javascript:void(0)" onClick={() => window.history.back()}>Back</a>;
}

export function Embed({ html }) {
  // expect: xss
  const frame = <iframe title="preview" srcDoc={html} />;
  return frame;
}

export function Sandboxed({ html }) {
  return <iframe title="preview" sandbox="" srcDoc={DOMPurify.sanitize(html)} />;
}

export function Avatar({ user }) {
  return <img alt={user.name} src={`/avatars/${encodeURIComponent(user.id)}.png`} />;
}
