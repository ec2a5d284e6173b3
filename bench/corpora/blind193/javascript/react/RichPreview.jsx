import React, { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { renderMarkdown } from '../lib/markdown';

// Side-by-side editor for support macros: the agent types Markdown, the preview shows HTML.
export function MacroEditor({ initial, onSave }) {
  const [source, setSource] = useState(initial || '');
  const previewRef = useRef(null);
  const textareaRef = useRef(null);

  useEffect(() => {
    textareaRef.current.focus();
  }, []);

  useEffect(() => {
    previewRef.current.innerHTML = DOMPurify.sanitize(renderMarkdown(source));
  }, [source]);

  return (
    <div className="macro-editor">
      <textarea ref={textareaRef} value={source} onChange={(e) => setSource(e.target.value)} />
      <div ref={previewRef} className="macro-preview" />
      <button type="button" onClick={() => onSave(source)}>Save</button>
    </div>
  );
}

// Shows the customer's original e-mail as it arrived (HTML part).
export function InboundMailView({ message }) {
  const bodyRef = useRef(null);

  useEffect(() => {
    if (!bodyRef.current) return;
    // the HTML part is exactly what the sender put in the e-mail
    // expect: xss
    bodyRef.current.innerHTML = message.htmlBody;
  }, [message.htmlBody]);

  return (
    <section className="inbound-mail">
      <header>
        <strong>{message.fromName}</strong> &lt;{message.fromAddress}&gt;
        <span className="subject">{message.subject}</span>
      </header>
      <div ref={bodyRef} className="mail-body" />
    </section>
  );
}

export function ScrollToBottom({ deps }) {
  const endRef = useRef(null);
  useEffect(() => {
    endRef.current?.scrollIntoView({ behavior: 'smooth' });
  }, [deps]);
  return <div ref={endRef} />;
}
