import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireAuthSession } from "~/modules/auth";
import { countNotes, filterNotesByTitle, getNotes, searchNotes } from "~/modules/note";

export async function loader({ request }: LoaderFunctionArgs) {
  const { userId } = await requireAuthSession(request);
  const url = new URL(request.url);
  const query = url.searchParams.get("q")?.trim() ?? "";
  const title = url.searchParams.get("title")?.trim() ?? "";

  const notes = query
    ? await searchNotes({ userId, query })
    : title
      ? await filterNotesByTitle({ userId, title })
      : await getNotes({ userId });

  return json({ notes, total: await countNotes(userId), query });
}

export default function NotesIndexPage() {
  const { notes, total, query } = useLoaderData<typeof loader>();
  return (
    <div>
      <Form method="get">
        <input type="search" name="q" defaultValue={query} placeholder="Search notes" />
      </Form>
      <p>
        {notes.length} of {total} notes
      </p>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <Link to={note.id}>{note.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
