import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

type AdSlotProps = { slotId: string; scriptSrc: string };
type NoteProps = { html: string; position?: InsertPosition };

// Third-party ad tags still expect document.write at parse time.
export function injectAdTag({ slotId, scriptSrc }: AdSlotProps): void {
  // expect: xss
  document.write(`<script src="${scriptSrc}" data-slot="${slotId}"></script>`);
}

export function writeFooter(banner: string): void {
  // expect: xss
  document.writeln(banner);
}

export function ReleaseNote({ html, position = 'beforeend' }: NoteProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // expect: xss
    el.insertAdjacentHTML(position, html);
  }, [html, position]);

  return <div className="release-note" ref={ref} />;
}

export function ChatLog({ messages }: { messages: { from: string; text: string }[] }) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    messages.forEach((m) => {
      listRef.current?.insertAdjacentHTML(
        'beforeend',
        // expect: xss
        '<li><b>' + m.from + '</b>: ' + m.text + '</li>'
      );
    });
  }, [messages]);

  return <ul className="chat" ref={listRef} />;
}

// Look-alikes: fixed markup, plain text, sanitised HTML.
export function Divider() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.insertAdjacentHTML('afterbegin', '<hr class="divider" />');
  }, []);
  return <div ref={ref} />;
}

export function Caption({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.insertAdjacentText('beforeend', text);
  }, [text]);
  return <p ref={ref} />;
}

export function SafeNote({ html }: NoteProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.insertAdjacentHTML('beforeend', DOMPurify.sanitize(html));
  }, [html]);
  return <div ref={ref} />;
}
