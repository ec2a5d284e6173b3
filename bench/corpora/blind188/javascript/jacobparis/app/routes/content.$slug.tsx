import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client";
import { useMemo } from "react";
import { getContent } from "~/utils/content.server";

/** A post rendered from its MDX file; the slug comes from the URL. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const post = await getContent(slug);
  if (!post) {
    throw new Response("Not found", { status: 404 });
  }
  const { code } = await bundleMDX({ source: post.content });
  return json(
    { slug, frontmatter: post.frontmatter, code },
    { headers: { "Cache-Control": "public, max-age=300, s-maxage=3600" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Not found" }];
  return [
    { title: `${data.frontmatter.title} | Jacob Paris` },
    { name: "description", content: data.frontmatter.description ?? "" },
  ];
};

export default function ContentPage() {
  const { frontmatter, code } = useLoaderData<typeof loader>();
  const Component = useMemo(() => getMDXComponent(code), [code]);
  return (
    <article className="prose">
      <h1>{frontmatter.title}</h1>
      <Component />
    </article>
  );
}
