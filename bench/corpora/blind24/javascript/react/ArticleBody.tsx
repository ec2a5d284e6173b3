import DOMPurify from 'dompurify';
import { marked } from 'marked';
import React from 'react';

type Props = { html: string; markdown: string; title: string };

export function ArticleBody({ html, markdown, title }: Props) {
  const clean = DOMPurify.sanitize(html);
  return (
    <article>
      <h1>{title}</h1>
      <section dangerouslySetInnerHTML={{ __html: clean }} />
    </article>
  );
}

export function RawArticle({ html }: Props) {
  // expect: xss
  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}

export function MarkdownArticle({ markdown }: Props) {
  const rendered = marked.parse(markdown) as string;
  // expect: xss
  return <section dangerouslySetInnerHTML={{ __html: rendered }} />;
}

export function SafeMarkdownArticle({ markdown }: Props) {
  const rendered = DOMPurify.sanitize(marked.parse(markdown) as string);
  return <section dangerouslySetInnerHTML={{ __html: rendered }} />;
}

export function ExternalLink({ href, title }: { href: string; title: string }) {
  // expect: xss
  return <a href={href}>{title}</a>;
}

export function SafeLink({ href, title }: { href: string; title: string }) {
  const safe = /^https?:\/\//.test(href) ? href : '#';
  return <a href={safe} rel="noopener noreferrer">{title}</a>;
}

export function Preview({ html }: { html: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // expect: xss
    if (ref.current) ref.current.innerHTML = html;
  }, [html]);
  return <div ref={ref} />;
}
