// React: dangerouslySetInnerHTML with props, markdown output, and a shared markup object
import React from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function Comment({ comment }) {
  return (
    <article className="comment">
      <header>{comment.author}</header>
      {/* rendered from the API as stored */}
      <Body html={comment.body} />
    </article>
  );
}

function Body({ html }) {
  // expect: xss
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Post({ post }) {
  const markup = { __html: marked.parse(post.markdown) };
  // expect: xss
  return <section dangerouslySetInnerHTML={markup} />;
}

export function SafePost({ post }) {
  const clean = DOMPurify.sanitize(marked.parse(post.markdown));
  return <section dangerouslySetInnerHTML={{ __html: clean }} />;
}

const ICON = '<svg viewBox="0 0 16 16"><path d="M8 0l8 16H0z"/></svg>';

export function WarningIcon() {
  return <span className="icon" dangerouslySetInnerHTML={{ __html: ICON }} />;
}

export function Title({ title }) {
  return <h1>{title}</h1>;
}
