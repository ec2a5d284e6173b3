// Ticket thread of the support inbox. Messages come from customers by e-mail; the
// markdown preview is for the agent's own reply.
import React, { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function MessageBody({ message }) {
  const bodyRef = useRef(null);
  useEffect(() => {
    // expect: xss
    bodyRef.current.innerHTML = message.htmlBody;
  }, [message.htmlBody]);
  return <div className="message-body" ref={bodyRef} />;
}

export function SafeMessageBody({ message }) {
  const bodyRef = useRef(null);
  useEffect(() => {
    bodyRef.current.innerHTML = DOMPurify.sanitize(message.htmlBody);
  }, [message.htmlBody]);
  return <div className="message-body" ref={bodyRef} />;
}

export function Subject({ message }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.textContent = message.subject;
  }, [message.subject]);
  return <h3 ref={ref} />;
}

export function Signature({ customer }) {
  const sigRef = useRef(null);
  useEffect(() => {
    // expect: xss
    sigRef.current.insertAdjacentHTML('beforeend', '<p class="sig">' + customer.signature + '</p>');
  }, [customer.signature]);
  return <footer ref={sigRef} />;
}

export function ReplyBox({ onSend }) {
  const inputRef = useRef(null);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    inputRef.current.focus();
  }, []);
  return <textarea ref={inputRef} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => onSend(draft)} />;
}

export function QuotedReply({ original }) {
  const quoteRef = useRef(null);
  useEffect(() => {
    // expect: xss
    quoteRef.current.innerHTML = marked.parse('> ' + original.text);
  }, [original.text]);
  return <blockquote ref={quoteRef} />;
}

export function TypingTimer({ onIdle }) {
  const timer = useRef(null);
  useEffect(() => {
    timer.current = setTimeout(onIdle, 30000);
    return () => clearTimeout(timer.current);
  }, [onIdle]);
  return null;
}
