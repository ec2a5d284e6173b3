import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";

import { authenticator } from "~/services/auth.server";
import { createBookmark, listBookmarks } from "~/services/bookmarks.server";

export async function loader({ request }: LoaderFunctionArgs) {
  let url = new URL(request.url);
  let page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  let bookmarks = await listBookmarks({ page, perPage: 25 });
  return json({ bookmarks, page });
}

export async function action({ request }: ActionFunctionArgs) {
  let user = await authenticator.isAuthenticated(request, { failureRedirect: "/login" });
  let formData = await request.formData();
  let url = formData.get("url");
  if (typeof url !== "string" || !url.startsWith("http")) {
    return json({ error: "Invalid URL" }, { status: 400 });
  }
  let bookmark = await createBookmark({ url, suggestedBy: user.login });
  return json({ bookmark });
}

export default function Bookmarks() {
  let { bookmarks, page } = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-screen-md">
      <h1>Bookmarks</h1>
      <Form method="post">
        <input type="url" name="url" placeholder="https://" required />
        <button type="submit">Suggest</button>
      </Form>
      <ul>
        {bookmarks.map((bookmark) => (
          <li key={bookmark.id}>
            <a href={bookmark.url} rel="nofollow noreferrer">{bookmark.title}</a>
          </li>
        ))}
      </ul>
      <a href={`?page=${page + 1}`}>Next page</a>
    </main>
  );
}
