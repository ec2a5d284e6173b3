import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';
import { renderMarkdown } from '../lib/markdown';

// Support chat: messages come from customers and agents over the websocket.
export function MessageText({ message }) {
  const ref = useRef(null);

  useEffect(() => {
    if (!ref.current) return;
    if (message.format === 'markdown') {
      ref.current.innerHTML = DOMPurify.sanitize(renderMarkdown(message.text));
    } else if (message.format === 'html') {
      // Customers' e-mail replies are imported as HTML and shown as received.
      // expect: xss
      ref.current.innerHTML = message.html;
    } else {
      ref.current.textContent = message.text;
    }
  }, [message]);

  return <div className="chat-text" ref={ref} />;
}

export function TypingIndicator({ visible }) {
  const ref = useRef(null);
  useEffect(() => {
    if (!ref.current) return;
    ref.current.innerHTML = visible ? '<span class="dot"></span><span class="dot"></span><span class="dot"></span>' : '';
  }, [visible]);
  return <div className="typing" ref={ref} />;
}

export function AgentCard({ agent }) {
  const ref = useRef(null);
  useEffect(() => {
    if (!ref.current) return;
    // expect: xss
    ref.current.outerHTML = '<div class="agent"><b>' + agent.name + '</b> ' + agent.title + '</div>';
  }, [agent]);
  return <div ref={ref} />;
}

export function SystemNotice({ notice }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      ref.current.innerHTML = '';
      const p = document.createElement('p');
      p.textContent = notice;
      ref.current.appendChild(p);
    }
  }, [notice]);
  return <aside className="notice" ref={ref} />;
}
