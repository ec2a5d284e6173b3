import React, { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Comment = { id: number; author: string; body: string; website?: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  const [params] = useSearchParams();
  const highlight = params.get('highlight') ?? '';
  const noteRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (noteRef.current) {
      // expect: xss
      noteRef.current.innerHTML = `Showing comments matching <mark>${highlight}</mark>`;
    }
  }, [highlight]);

  return (
    <div>
      <div ref={noteRef} />
      {comments.map((c) => (
        <article key={c.id}>
          <h4>{c.author}</h4>
          <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(c.body) as string) }} />
        </article>
      ))}
    </div>
  );
}

export function PreviewPane() {
  const [params] = useSearchParams();
  const draft = params.get('draft') ?? '';
  // expect: xss
  const preview = <div className="preview" dangerouslySetInnerHTML={{ __html: marked.parse(draft) as string }} />;
  return preview;
}

export function SafePreview() {
  const [params] = useSearchParams();
  const [text] = useState(params.get('draft') ?? '');
  return <div className="preview">{text}</div>;
}

export function ProfileLink() {
  const [params] = useSearchParams();
  const site = params.get('site') ?? '#';
  const safe = /^https?:\/\//i.test(site) ? site : '#';
  return <a href={safe}>website</a>;
}
