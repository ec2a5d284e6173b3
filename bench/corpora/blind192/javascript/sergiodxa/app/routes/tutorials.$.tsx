import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { renderMarkdown } from "~/services/markdown.server";

const CONTENT_DIR = join(process.cwd(), "content/tutorials");
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loader({ params }: LoaderFunctionArgs) {
  let path = params["*"] ?? "";
  if (path.startsWith("tags/")) {
    let tag = path.slice("tags/".length);
    if (!SLUG.test(tag)) throw new Response("Not found", { status: 404 });
    let index = JSON.parse(await readFile(join(CONTENT_DIR, "tags", `${tag}.json`), "utf8"));
    return json({ kind: "tag" as const, tag, items: index.items as string[], body: null });
  }
  // expect: path-traversal
  let source = await readFile(join(CONTENT_DIR, `${path}.md`), "utf8").catch(() => null);
  if (source === null) throw new Response("Not found", { status: 404 });
  let body = await renderMarkdown(source);
  return json({ kind: "tutorial" as const, tag: null, items: [], body });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Not found" }];
  return [{ title: data.kind === "tag" ? `Tutorials tagged ${data.tag}` : "Tutorial by Sergio Xalambrí" }];
};

export default function Tutorial() {
  let data = useLoaderData<typeof loader>();
  if (data.kind === "tag") {
    return <ul>{data.items.map((item) => <li key={item}><a href={`/tutorials/${item}`}>{item}</a></li>)}</ul>;
  }
  return <article className="prose" dangerouslySetInnerHTML={{ __html: data.body ?? "" }} />;
}
