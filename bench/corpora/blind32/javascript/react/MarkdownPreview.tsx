import React, { Component, useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type PreviewProps = { source: string; authorName: string };

export function MarkdownPreview({ source, authorName }: PreviewProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const bylineRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!bodyRef.current) return;
    const rendered = marked.parse(source) as string;
    // expect: xss
    bodyRef.current.innerHTML = rendered;
  }, [source]);

  useEffect(() => {
    const el = bylineRef.current;
    if (el) {
      // expect: xss
      el.innerHTML = `by <strong>${authorName}</strong>`;
    }
  }, [authorName]);

  return (
    <article>
      <div ref={bodyRef} className="md-body" />
      <span ref={bylineRef} />
    </article>
  );
}

export function SafePreview({ source }: PreviewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = DOMPurify.sanitize(marked.parse(source) as string);
    }
  }, [source]);
  return <div ref={ref} />;
}

export function PlainCaption({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = '';
      ref.current.textContent = text;
    }
  }, [text]);
  return <p ref={ref} />;
}

type EmbedProps = { snippetHtml: string; replaceWith?: string };

export class LegacyEmbed extends Component<EmbedProps> {
  private host: HTMLDivElement | null = null;

  componentDidMount() {
    if (this.host) {
      // expect: xss
      this.host.innerHTML = this.props.snippetHtml;
    }
  }

  componentDidUpdate() {
    const placeholder = this.host?.firstElementChild;
    if (placeholder && this.props.replaceWith) {
      // expect: xss
      placeholder.outerHTML = this.props.replaceWith;
    }
  }

  render() {
    return <div ref={(el) => { this.host = el; }} />;
  }
}
