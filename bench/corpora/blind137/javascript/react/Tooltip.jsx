import React, { useEffect, useRef } from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function Tooltip({ content, open }) {
  const tooltipRef = useRef(null);
  useEffect(() => {
    if (tooltipRef.current && open) {
      // expect: xss
      tooltipRef.current.innerHTML = content;
    }
  }, [content, open]);
  return <div className="tooltip" ref={tooltipRef} hidden={!open} />;
}

export function Mention({ user }) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current.querySelector('.mention');
    // expect: xss
    el.outerHTML = `<a class="mention" href="/u/${user.handle}">@${user.displayName}</a>`;
  }, [user]);
  return <span ref={ref}><span className="mention" /></span>;
}

export function CommentBody({ comment }) {
  const ref = useRef(null);
  useEffect(() => {
    const node = ref.current;
    // expect: xss
    node.innerHTML = marked.parse(comment.body);
  }, [comment.body]);
  return <div className="comment-body" ref={ref} />;
}

export function SafeCommentBody({ comment }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.innerHTML = DOMPurify.sanitize(marked.parse(comment.body));
  }, [comment.body]);
  return <div className="comment-body" ref={ref} />;
}

export function Label({ text }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.innerHTML = '';
    ref.current.textContent = text;
  }, [text]);
  return <span ref={ref} />;
}
