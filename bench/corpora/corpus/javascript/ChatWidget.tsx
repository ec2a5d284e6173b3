import React, { useEffect, useMemo, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import linkifyHtml from 'linkify-html';

type Message = { id: string; from: string; text: string; html?: string; ts: number };

const WELCOME = { __html: '<strong>Welcome!</strong> Ask us anything.' };

function localId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function sessionKey(): string {
  // expect: insecure-random
  const key = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  sessionStorage.setItem('chat_session_secret', key);
  return key;
}

function sessionKeySafe(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function MessageBubble({ m }: { m: Message }) {
  const html = useMemo(() => DOMPurify.sanitize(linkifyHtml(m.text)), [m.text]);
  return <div className="bubble" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function RichMessageBubble({ m }: { m: Message }) {
  // expect: xss
  return <div className="bubble rich" dangerouslySetInnerHTML={{ __html: m.html ?? m.text }} />;
}

export function LinkifiedBubble({ m }: { m: Message }) {
  const html = linkifyHtml(m.text, { target: '_blank' });
  // expect: xss
  return <div className="bubble" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Welcome() {
  return <div className="welcome" dangerouslySetInnerHTML={WELCOME} />;
}

export function Transcript({ messages }: { messages: Message[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.innerHTML = '';
    for (const m of messages) {
      const p = document.createElement('p');
      p.textContent = `${m.from}: ${m.text}`;
      el.appendChild(p);
    }
  }, [messages]);
  return <div ref={ref} className="transcript" />;
}

export function TypingIndicator({ who }: { who: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // expect: xss
    if (ref.current) ref.current.innerHTML = `<em>${who}</em> is typing…`;
  }, [who]);
  return <span ref={ref} />;
}

export function ChatWidget({ socketUrl }: { socketUrl: string }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState('');
  const key = useMemo(() => sessionKeySafe(), []);
  useEffect(() => {
    const ws = new WebSocket(`${socketUrl}?k=${key}`);
    ws.onmessage = (ev) => setMessages((prev) => [...prev, JSON.parse(ev.data) as Message]);
    return () => ws.close();
  }, [socketUrl, key]);
  function send() {
    setMessages((prev) => [...prev, { id: localId(), from: 'me', text: draft, ts: Date.now() }]);
    setDraft('');
  }
  return (
    <section className="chat">
      <Welcome />
      {messages.map((m) => (m.html ? <RichMessageBubble key={m.id} m={m} /> : <MessageBubble key={m.id} m={m} />))}
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={send}>Send</button>
    </section>
  );
}

export const _legacy = { sessionKey };
