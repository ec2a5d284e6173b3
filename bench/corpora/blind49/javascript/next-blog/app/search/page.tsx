import { searchPostsSafe } from '../../lib/db';
import { highlight, cleanHtml, escapeText } from '../../lib/format';

type Props = {
  searchParams: { q?: string; mode?: string };
};

export default async function SearchPage({ searchParams }: Props) {
  const term = searchParams.q ?? '';
  const results = await searchPostsSafe(term);
  const heading = highlight(`Results for ${term}`, term);
  const safeHeading = highlight(`Results for ${escapeText(term)}`, escapeText(term));

  if (searchParams.mode === 'plain') {
    return (
      <main>
        <h1>Results for {term}</h1>
        <ul>{results.map((r) => <li key={r.id}>{r.title}</li>)}</ul>
      </main>
    );
  }

  if (searchParams.mode === 'escaped') {
    return <h1 dangerouslySetInnerHTML={{ __html: safeHeading }} />;
  }

  if (searchParams.mode === 'heading') {
    // expect: xss
    return <h1 dangerouslySetInnerHTML={{ __html: heading }} />;
  }

  return (
    <main>
      <h1>Results for {term}</h1>
      <ul>
        {results.map((r) => (
          <li key={r.id} dangerouslySetInnerHTML={{ __html: cleanHtml(highlight(r.title, term)) }} />
        ))}
      </ul>
    </main>
  );
}
