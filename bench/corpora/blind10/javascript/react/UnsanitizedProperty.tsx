// library: React (refs writing innerHTML / outerHTML directly)
import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

type Props = { html: string; title: string };

export function Announcement({ html }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // expect: xss
    if (ref.current) ref.current.innerHTML = html;
  }, [html]);
  return <div ref={ref} />;
}

export function AnnouncementSafe({ html }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = DOMPurify.sanitize(html);
  }, [html]);
  return <div ref={ref} />;
}

export function Title({ title }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = title;
  }, [title]);
  return <h1 ref={ref} />;
}

export function Widget({ html }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // expect: xss
    ref.current?.insertAdjacentHTML('afterbegin', html);
  }, [html]);
  return <div ref={ref} />;
}
