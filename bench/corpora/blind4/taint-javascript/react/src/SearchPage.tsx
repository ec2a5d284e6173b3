import React from 'react';
import { useSearchParams, useNavigate } from 'react-router-dom';
import DOMPurify from 'dompurify';

export function SearchHeader() {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  // expect: tainted-xss
  const heading = <h2 dangerouslySetInnerHTML={{ __html: `Results for <em>${q}</em>` }} />;
  return heading;
}

export function SearchHeaderSafe() {
  const [params] = useSearchParams();
  return (
    <h2>
      Results for <em>{params.get('q') ?? ''}</em>
    </h2>
  );
}

export function Snippet({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

export function ContinueButton() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next') ?? '/';
  const go = () => {
    // expect: tainted-redirect
    window.location.assign(next);
  };
  const goInternal = () => navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  return (
    <>
      <button onClick={go}>Continue</button>
      <button onClick={goInternal}>Continue here</button>
    </>
  );
}

export function HelpFrame() {
  const [params] = useSearchParams();
  const page = params.get('page') ?? 'index';
  // expect: tainted-iframe-src
  const frame = <iframe title="help" src={params.get('src') ?? '/help/blank.html'} />;
  return (
    <>
      {frame}
      <iframe title="help-page" src={`/help/${encodeURIComponent(page)}.html`} />
    </>
  );
}
