// library: React (dangerouslySetInnerHTML)
import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function PostBody({ post }) {
  // expect: xss
  return <article dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />;
}

export function PostBodySafe({ post }) {
  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.bodyHtml) }} />;
}

export function MarkdownPreview({ source }) {
  const html = marked.parse(source);
  // expect: xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

const LOGO_SVG = '<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/></svg>';

export function Logo() {
  return <span dangerouslySetInnerHTML={{ __html: LOGO_SVG }} />;
}

export function SearchHeading({ query }) {
  const markup = { __html: `Results for <b>${query}</b>` };
  // expect: xss
  return <h2 dangerouslySetInnerHTML={markup} />;
}

export function Plain({ text }) {
  return <p>{text}</p>;
}
