import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listContent, type ContentSummary } from "~/utils/content.server";

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function matchesTag(post: ContentSummary, tag: string) {
  const re = new RegExp(`^${escapeRegExp(tag)}$`, "i");
  return (post.tags ?? []).some((t) => re.test(t));
}

/** Search posts by title and description; `?tag=` narrows to a tag. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const tag = url.searchParams.get("tag");
  let posts = await listContent();
  if (tag) {
    posts = posts.filter((post) => matchesTag(post, tag));
  }
  if (q) {
    // expect: redos
    const pattern = new RegExp(q, "i");
    posts = posts.filter((post) => pattern.test(post.title) || pattern.test(post.description ?? ""));
  }
  return json({ q, posts: posts.slice(0, 30) });
}

export default function Search() {
  const { q, posts } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Search{q ? ` for “${q}”` : ""}</h1>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link to={`/content/${post.slug}`}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
