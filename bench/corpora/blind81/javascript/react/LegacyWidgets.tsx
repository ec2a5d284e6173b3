import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

type Comment = { id: string; author: string; bodyHtml: string };

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

export function SearchBanner() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') || '';
    // expect: xss
    ref.current!.innerHTML = `Results for <b>${q}</b>`;
  }, []);
  return <p ref={ref} />;
}

export class Tooltip extends React.Component<{ html: string }> {
  private node: HTMLElement | null = null;

  componentDidMount() {
    const slot = document.getElementById('tooltip-slot');
    if (!slot) return;
    // expect: xss
    slot.outerHTML = '<div class="tooltip">' + this.props.html + '</div>';
  }

  render() {
    return <span ref={(el) => { this.node = el; }}>?</span>;
  }
}

export function renderNotice(target: HTMLElement) {
  const notice = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  target.innerHTML = '<p class="notice">' + notice + '</p>';
}

export function SafeComment({ comment }: { comment: Comment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = DOMPurify.sanitize(comment.bodyHtml);
      ref.current.title = comment.author;
    }
  }, [comment]);
  return <div ref={ref} />;
}

export function clearPanel(panel: HTMLElement, label: string) {
  panel.innerHTML = '';
  panel.textContent = label;
}
