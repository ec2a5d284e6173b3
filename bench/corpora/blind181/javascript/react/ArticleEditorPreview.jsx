import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Live preview in the newsroom editor. Reporters write Markdown; guest
// contributors can paste "embed HTML" for tweets and charts.

export function MarkdownPreview({ markdown }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = DOMPurify.sanitize(marked.parse(markdown || ''));
    }
  }, [markdown]);
  return <div className="preview" ref={ref} />;
}

export function EmbedPreview({ embedHtml }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      // pasted by guest contributors, shown to editors who are logged in to the CMS
      // expect: xss
      ref.current.innerHTML = embedHtml;
    }
  }, [embedHtml]);
  return <figure className="embed" ref={ref} />;
}

export function BylineSlot({ author }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.outerHTML = '<span class="byline">By ' + author.name + ', ' + author.role + '</span>';
    }
  }, [author.name, author.role]);
  return <span ref={ref} />;
}

export function EmptyPreview() {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = '';
    }
  }, []);
  return <div className="preview preview--empty" ref={ref} />;
}

export function WordCount({ text }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      const words = (text || '').trim().split(/\s+/).filter(Boolean).length;
      ref.current.innerHTML = '<b>' + words + '</b> words';
    }
  }, [text]);
  return <p className="count" ref={ref} />;
}

export function TitlePreview({ title }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.textContent = title;
    }
  }, [title]);
  return <h1 ref={ref} />;
}
