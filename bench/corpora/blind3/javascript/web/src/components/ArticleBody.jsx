import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const FOOTER_HTML = '<small>&copy; Acme Corp</small>';

export function ArticleBody({ article }) {
  // expect: xss
  const body = <div className="article" dangerouslySetInnerHTML={{ __html: article.html }} />;
  return (
    <section>
      <h1>{article.title}</h1>
      {body}
    </section>
  );
}

export function SafeArticleBody({ article }) {
  const clean = useMemo(() => DOMPurify.sanitize(marked.parse(article.markdown)), [article.markdown]);
  return <div className="article" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Footer() {
  return <footer dangerouslySetInnerHTML={{ __html: FOOTER_HTML }} />;
}

export function AuthorLink({ author }) {
  // expect: xss
  const link = <a href={author.website}>{author.name}</a>;
  return <p className="byline">By {link}</p>;
}

export function SafeAuthorLink({ author }) {
  const href = /^https?:\/\//i.test(author.website) ? author.website : '#';
  return <a href={href} rel="noopener noreferrer">{author.name}</a>;
}

export function LogoutLink() {
  // expect: xss
  const a = <a href="javascript:void(window.logout())">Log out</a>;
  return <nav>{a}</nav>;
}

export function Embed({ snippet }) {
  // expect: xss
  const frame = <iframe title="embed" srcDoc={snippet.html} sandbox="allow-scripts" />;
  return <div className="embed">{frame}</div>;
}

export function Comment({ comment }) {
  return (
    <li>
      <strong>{comment.author}</strong>
      <p>{comment.text}</p>
    </li>
  );
}
