// library: React / DOMPurify / marked
import React, { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const LOGO = '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>';

export function ArticleBody({ article }) {
  const clean = DOMPurify.sanitize(article.html);
  return <div className="article" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function ArticleBodyLegacy({ article }) {
  return (
    <div
      className="article"
      // expect: xss
      dangerouslySetInnerHTML={{ __html: article.html }}
    />
  );
}

export function MarkdownNote({ source }) {
  const html = marked.parse(source);
  return (
    <section
      // expect: xss
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export function Logo() {
  return <span dangerouslySetInnerHTML={{ __html: LOGO }} />;
}

export function Snippet({ code }) {
  const ref = useRef(null);
  useEffect(() => {
    // expect: xss
    ref.current.innerHTML = code;
  }, [code]);
  return <pre ref={ref} />;
}

export function Title({ text }) {
  const [shown] = useState(text);
  return <h1>{shown}</h1>;
}
