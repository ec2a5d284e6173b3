import React, { useEffect, useLayoutEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Props = { html: string; markdown: string; label: string; comments: { id: string; body: string }[] };

export function RichPreview({ html, markdown, label, comments }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLSpanElement>(null);
  const commentsRef = useRef<HTMLUListElement>(null);
  const safeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (bodyRef.current) {
      // expect: xss
      bodyRef.current.innerHTML = html;
    }
  }, [html]);

  useLayoutEffect(() => {
    const badge = badgeRef.current;
    if (!badge) return;
    // expect: xss
    badge.outerHTML = `<span class="badge">${label}</span>`;
  }, [label]);

  useEffect(() => {
    const rendered = marked.parse(markdown) as string;
    // expect: xss
    document.getElementById('markdown-preview')!.innerHTML = rendered;
  }, [markdown]);

  useEffect(() => {
    const list = commentsRef.current;
    if (!list) return;
    // Safe: cleared with a constant.
    list.innerHTML = '';
    for (const comment of comments) {
      // expect: xss
      list.innerHTML += '<li>' + comment.body + '</li>';
    }
  }, [comments]);

  useEffect(() => {
    if (safeRef.current) {
      // Safe: sanitized HTML, and a plain attribute.
      safeRef.current.innerHTML = DOMPurify.sanitize(html);
      safeRef.current.title = label;
    }
  }, [html, label]);

  return (
    <div>
      <div ref={bodyRef} />
      <span ref={badgeRef} />
      <div id="markdown-preview" />
      <ul ref={commentsRef} />
      <div ref={safeRef} />
    </div>
  );
}
