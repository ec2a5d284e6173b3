// library: React (TSX) / Next.js router
import { useRouter } from 'next/router';
import DOMPurify from 'isomorphic-dompurify';

type Hit = { id: string; title: string; snippetHtml: string };

export default function SearchResults({ hits }: { hits: Hit[] }) {
  const router = useRouter();
  const q = typeof router.query.q === 'string' ? router.query.q : '';

  const heading = `Results for <em>${q}</em>`;
  return (
    <main>
      <h2
        // expect: xss
        dangerouslySetInnerHTML={{ __html: heading }}
      />
      <p>Showing {hits.length} results for {q}</p>
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <a href={`/docs/${encodeURIComponent(h.id)}`}>{h.title}</a>
            <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(h.snippetHtml) }} />
          </li>
        ))}
      </ul>
    </main>
  );
}

export function Redirector() {
  const router = useRouter();
  const next = typeof router.query.next === 'string' ? router.query.next : '/';
  if (typeof window !== 'undefined') {
    // expect: open-redirect
    window.location.href = next;
  }
  return null;
}
