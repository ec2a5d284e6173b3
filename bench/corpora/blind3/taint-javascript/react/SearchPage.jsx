import React, { useEffect, useState } from 'react';
import { useSearchParams, useNavigate } from 'react-router-dom';
import DOMPurify from 'dompurify';

export default function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [results, setResults] = useState([]);
  const q = params.get('q') || '';
  const note = params.get('note') || '';
  const next = params.get('next');

  useEffect(() => {
    fetch('/api/search?q=' + encodeURIComponent(q)).then((r) => r.json()).then(setResults);
  }, [q]);

  useEffect(() => {
    if (next) {
      // expect: open-redirect
      window.location.assign(next);
    }
  }, [next]);

  // expect: xss
  const banner = <div className="note" dangerouslySetInnerHTML={{ __html: note }} />;
  const cleanBanner = <div className="note" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note) }} />;

  return (
    <main>
      {banner}
      {cleanBanner}
      <h1>Results for {q}</h1>
      <ul>
        {results.map((r) => (
          <li key={r.id}><a href={`/items/${encodeURIComponent(r.id)}`}>{r.title}</a></li>
        ))}
      </ul>
      <button type="button" onClick={() => navigate('/')}>Home</button>
    </main>
  );
}
