// React (TSX): spread props, createElement, and refs writing innerHTML
import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

interface Profile {
  name: string;
  bioHtml: string;
  signature: string;
}

export function Bio({ profile }: { profile: Profile }) {
  // expect: xss
  const htmlProps = { dangerouslySetInnerHTML: { __html: profile.bioHtml } };
  return <div className="bio" {...htmlProps} />;
}

export function Signature({ profile }: { profile: Profile }) {
  // expect: xss
  return React.createElement('div', { className: 'sig', dangerouslySetInnerHTML: { __html: profile.signature } });
}

export function LiveSnippet({ snippet }: { snippet: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = snippet;
    }
  }, [snippet]);
  return <div ref={ref} />;
}

export function SafeSnippet({ snippet }: { snippet: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.textContent = snippet;
  }, [snippet]);
  return <div ref={ref} />;
}

export function SafeBio({ profile }: { profile: Profile }) {
  const clean = DOMPurify.sanitize(profile.bioHtml);
  return (
    <div>
      <h2>{profile.name}</h2>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </div>
  );
}
