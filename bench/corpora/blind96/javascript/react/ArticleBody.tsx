import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

interface Article {
  title: string;
  bodyHtml: string;
  summaryMarkdown: string;
  authorBio: string;
}

export function ArticleBody({ article }: { article: Article }) {
  // expect: xss
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />;
}

export function Summary({ markdown }: { markdown: string }) {
  const html = useMemo(() => marked.parse(markdown) as string, [markdown]);
  // expect: xss
  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}

export function AuthorCard({ article }: { article: Article }) {
  const bioMarkup = { __html: article.authorBio };
  // expect: xss
  return <aside className="author" dangerouslySetInnerHTML={bioMarkup} />;
}

export function SearchHeading({ term }: { term: string }) {
  // expect: xss
  return React.createElement('h2', { dangerouslySetInnerHTML: { __html: `Results for <em>${term}</em>` } });
}

// Safe look-alikes: sanitized HTML, a constant, and plain text children.
export function CleanBody({ article }: { article: Article }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(article.bodyHtml) }} />;
}

export function Divider() {
  return <div dangerouslySetInnerHTML={{ __html: '<hr class="fancy">' }} />;
}

export function Title({ article }: { article: Article }) {
  return <h1>{article.title}</h1>;
}
