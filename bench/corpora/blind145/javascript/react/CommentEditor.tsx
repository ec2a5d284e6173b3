import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Comment = { id: string; author: string; bodyHtml: string; bodyMarkdown: string };

export function CommentBody({ comment }: { comment: Comment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = comment.bodyHtml;
    }
  }, [comment.bodyHtml]);
  return <div className="comment-body" ref={ref} />;
}

export function CleanCommentBody({ comment }: { comment: Comment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = DOMPurify.sanitize(comment.bodyHtml);
    }
  }, [comment.bodyHtml]);
  return <div ref={ref} />;
}

export function MarkdownPreview({ source }: { source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // expect: xss
    el.innerHTML = marked.parse(source) as string;
  }, [source]);
  return <section ref={ref} />;
}

export function ResetButton({ target }: { target: HTMLElement }) {
  return <button onClick={() => { target.innerHTML = ''; }}>Clear</button>;
}

export function AuthorBadge({ author }: { author: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = author;
  }, [author]);
  return <span ref={ref} />;
}

export function replaceWithQuote(node: HTMLElement, comment: Comment) {
  // expect: xss
  node.outerHTML = `<blockquote data-id="${comment.id}">${comment.bodyHtml}</blockquote>`;
}
