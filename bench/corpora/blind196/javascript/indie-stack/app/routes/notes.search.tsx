import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { searchNotes, searchNotesFullText } from '~/models/note.server';
import { requireUserId } from '~/session.server';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim();
  const mode = url.searchParams.get('mode') === 'full' ? 'full' : 'simple';
  if (!q) {
    return json({ q, mode, results: [] });
  }
  const results = mode === 'full' ? await searchNotesFullText({ userId, query: q }) : await searchNotes({ userId, query: q });
  return json({ q, mode, results });
};

export default function NotesSearch() {
  const { q, mode, results } = useLoaderData<typeof loader>();
  return (
    <div>
      <Form method="get">
        <input name="q" defaultValue={q} />
        <label>
          <input type="checkbox" name="mode" value="full" defaultChecked={mode === 'full'} /> full text
        </label>
      </Form>
      <ul>
        {results.map((note) => (
          <li key={note.id}>
            <Link to={`/notes/${note.id}`}>{note.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
