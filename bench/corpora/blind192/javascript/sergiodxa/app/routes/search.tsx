import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";

import { getAllArticles } from "~/services/articles.server";

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export async function loader({ request }: LoaderFunctionArgs) {
  let url = new URL(request.url);
  let term = url.searchParams.get("q")?.trim() ?? "";
  let mode = url.searchParams.get("mode");
  if (!term) return json({ term, results: [] });

  let articles = await getAllArticles();
  // expect: redos
  let pattern = mode === "regex" ? new RegExp(term, "i") : new RegExp(escapeRegExp(term), "i");

  let results = articles
    .filter((article) => pattern.test(article.title) || pattern.test(article.excerpt))
    .slice(0, 20)
    .map((article) => ({ slug: article.slug, title: article.title }));
  return json({ term, results });
}

export default function Search() {
  let { term, results } = useLoaderData<typeof loader>();
  return (
    <main>
      <Form method="get">
        <input type="search" name="q" defaultValue={term} />
      </Form>
      <ul>
        {results.map((result) => (
          <li key={result.slug}>
            <a href={`/articles/${result.slug}`}>{result.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
