import * as React from 'react';
import { useRouter } from 'next/router';

type Props = {
  heading?: string;
};

export function SearchBanner({ heading = 'Search' }: Props) {
  const router = useRouter();
  const q = typeof router.query.q === 'string' ? router.query.q : '';
  const ref = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = `Results for <em>${q}</em>`;
    }
  }, [q]);

  React.useEffect(() => {
    const next = new URLSearchParams(window.location.search).get('next');
    if (next) {
      // expect: open-redirect
      window.location.href = next;
    }
  }, []);

  return (
    <section>
      <h2>{heading}</h2>
      <p>
        Showing results for <em>{q}</em>
      </p>
      <div ref={ref} />
      <div
        className="highlight"
        // expect: xss
        dangerouslySetInnerHTML={{ __html: '<b>' + q + '</b>' }}
      />
    </section>
  );
}

export function Status({ text }: { text: string }) {
  const ref = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (ref.current) ref.current.textContent = text;
  }, [text]);
  return <span ref={ref} />;
}
