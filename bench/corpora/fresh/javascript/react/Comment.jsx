import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ICON = '<svg viewBox="0 0 16 16"><path d="M8 0l2 6h6l-5 4 2 6-5-4-5 4 2-6-5-4h6z"/></svg>';

export function Comment({ comment }) {
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <Body html={comment.bodyHtml} />
    </article>
  );
}

function Body({ html }) {
  // expect: xss
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SafeBody({ html }) {
  return <div className="body" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

export function Markdown({ source }) {
  const rendered = marked.parse(source);
  // expect: xss
  return <section dangerouslySetInnerHTML={{ __html: rendered }} />;
}

export function Star() {
  return <span className="star" dangerouslySetInnerHTML={{ __html: ICON }} />;
}

export function Actions({ onDelete }) {
  // expect: xss
  const remove = <a href="javascript:void(0)" onClick={onDelete}>Remove</a>;
  return (
    <div>
      <button onClick={onDelete}>Delete</button>
      {remove}
    </div>
  );
}

export function ProfileLink({ user }) {
  return <a href={`/users/${encodeURIComponent(user.id)}`}>{user.name}</a>;
}

export function Legacy({ onClose }) {
  // expect: xss
  return <a href="javascript:window.close()" onClick={onClose}>close</a>;
}

export function Search({ query }) {
  return <p>Results for <strong>{query}</strong></p>;
}
