import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Bio({ user }) {
  // expect: xss
  const bio = <div className="bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} />;
  return bio;
}

export function SafeBio({ user }) {
  const bio = <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(user.bio)) }} />;
  return bio;
}

export function Logo() {
  const logo = <span dangerouslySetInnerHTML={{ __html: '<svg viewBox="0 0 10 10"><circle r="4"/></svg>' }} />;
  return logo;
}

export function Website({ user }) {
  const href = user.website;
  return <a href={href}>site</a>;
}

export function Debug() {
  // expect: xss
  const link = <a href="javascript:void(alert(document.cookie))">debug</a>;
  return link;
}

export function Markdown({ source }) {
  const html = marked.parse(source);
  // expect: xss
  const el = <article dangerouslySetInnerHTML={{ __html: html }} />;
  return el;
}
