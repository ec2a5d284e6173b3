import React, { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Comment = { id: string; author: string; body: string; html?: string };

const EMPTY_ICON = { __html: '<svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg>' };

export function CommentBody({ comment }: { comment: Comment }) {
  const clean = DOMPurify.sanitize(comment.html ?? '');
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function CommentBodyRaw({ comment }: { comment: Comment }) {
  // expect: xss
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html ?? '' }} />;
}

export function MarkdownPreview({ source }: { source: string }) {
  const html = DOMPurify.sanitize(marked.parse(source) as string);
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}

export function MarkdownPreviewUnsafe({ source }: { source: string }) {
  const html = marked.parse(source) as string;
  // expect: xss
  return <article className="md" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function EmptyState() {
  return <span className="icon" dangerouslySetInnerHTML={EMPTY_ICON} />;
}

export function AuthorLink({ comment }: { comment: Comment }) {
  return <a href={`/users/${encodeURIComponent(comment.author)}`}>{comment.author}</a>;
}

export function Highlight({ text, term }: { text: string; term: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    // expect: xss
    ref.current.innerHTML = text.split(term).join(`<mark>${term}</mark>`);
  }, [text, term]);
  return <span ref={ref} />;
}

export function PlainHighlight({ text }: { text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = text;
  }, [text]);
  return <span ref={ref} />;
}

export function CommentList({ comments }: { comments: Comment[] }) {
  const [expanded, setExpanded] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (listRef.current && comments.length === 0) listRef.current.innerHTML = '';
  }, [comments]);
  return (
    <ul ref={listRef}>
      {comments.map((c) => (
        <li key={c.id} onClick={() => setExpanded(c.id)}>
          <AuthorLink comment={c} />
          {expanded === c.id ? <CommentBody comment={c} /> : <p>{c.body.slice(0, 120)}</p>}
        </li>
      ))}
    </ul>
  );
}

export function Signature({ html }: { html: string }) {
  const sanitized = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['b', 'i', 'a'] });
  return <footer dangerouslySetInnerHTML={{ __html: sanitized }} />;
}

export function LegacyWidget({ markup }: { markup: string }) {
  // expect: xss
  const content = <section dangerouslySetInnerHTML={{ __html: markup }} />;
  return <div className="legacy">{content}</div>;
}
