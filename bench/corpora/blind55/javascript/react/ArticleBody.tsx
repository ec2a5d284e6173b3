import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Article = { title: string; body: string; summaryHtml?: string; embed?: { html: string } };
type Comment = { id: string; author: string; text: string };

const SPACER = { __html: '&nbsp;&middot;&nbsp;' };

export function ArticleBody({ article }: { article: Article }) {
  // expect: xss
  return <section className="article" dangerouslySetInnerHTML={{ __html: article.body }} />;
}

export function Summary({ article }: { article: Article }) {
  const markup = { __html: article.summaryHtml ?? '' };
  // expect: xss
  return <p className="lead" dangerouslySetInnerHTML={markup} />;
}

export function MarkdownNote({ source }: { source: string }) {
  const html = useMemo(() => marked.parse(source) as string, [source]);
  // expect: xss
  return <div className="note" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function CommentItem({ comment }: { comment: Comment }) {
  return React.createElement('li', {
    key: comment.id,
    // expect: xss
    dangerouslySetInnerHTML: { __html: `<b>${comment.author}</b>: ${comment.text}` },
  });
}

export function Embed({ article }: { article: Article }) {
  if (!article.embed) return null;
  const { html } = article.embed;
  // expect: xss
  return <figure dangerouslySetInnerHTML={{ __html: html }} />;
}

// Safe: sanitised by DOMPurify before it is set.
export function SafeBody({ article }: { article: Article }) {
  const clean = useMemo(() => DOMPurify.sanitize(article.body), [article.body]);
  return <section className="article" dangerouslySetInnerHTML={{ __html: clean }} />;
}

// Safe: a constant entity string.
export function Byline({ author, date }: { author: string; date: string }) {
  return (
    <div className="byline">
      <span>{author}</span>
      <span dangerouslySetInnerHTML={SPACER} />
      <time>{date}</time>
    </div>
  );
}

// Safe: plain text rendering, React escapes it.
export function PlainComment({ comment }: { comment: Comment }) {
  return <li key={comment.id}><b>{comment.author}</b>: {comment.text}</li>;
}
