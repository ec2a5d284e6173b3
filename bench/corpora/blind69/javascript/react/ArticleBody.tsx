import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Article = { title: string; html: string; summary: string; embed?: string };

function highlight(text: string, term: string): string {
  return text.split(term).join(`<mark>${term}</mark>`);
}

export function ArticleBody({ article }: { article: Article }) {
  // expect: xss
  return <div className="article" dangerouslySetInnerHTML={{ __html: article.html }} />;
}

export function SafeArticleBody({ article }: { article: Article }) {
  // Safe: sanitised with DOMPurify first.
  const clean = DOMPurify.sanitize(article.html);
  return <div className="article" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function SearchSnippet({ summary, term }: { summary: string; term: string }) {
  const markup = { __html: highlight(summary, term) };
  // expect: xss
  return <p className="snippet" dangerouslySetInnerHTML={markup} />;
}

export function MarkdownPreview({ source }: { source: string }) {
  const html = marked.parse(source) as string;
  // expect: xss
  return React.createElement('section', { className: 'md', dangerouslySetInnerHTML: { __html: html } });
}

export function Embed({ article }: { article: Article }) {
  if (!article.embed) return null;
  const props = {
    className: 'embed',
    // expect: xss
    dangerouslySetInnerHTML: { __html: article.embed },
  };
  return <figure {...props} />;
}

export function Copyright() {
  // Safe: a constant entity string.
  return <footer dangerouslySetInnerHTML={{ __html: '&copy; 2026 Example Ltd.' }} />;
}

export function Title({ article }: { article: Article }) {
  // Safe: text rendered as a child, React escapes it.
  return <h1>{article.title}</h1>;
}
