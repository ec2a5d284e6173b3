import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";

import { env } from "@/env";
import { getPostBySlug } from "@/lib/blog-query";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Marble CMS calls this with the preview secret to show a draft post.
 */
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const secret = searchParams.get("secret");
  const slug = searchParams.get("slug") ?? "";

  if (secret !== env.MARBLE_PREVIEW_SECRET || !SLUG.test(slug)) {
    return new Response("Invalid token or slug", { status: 401 });
  }

  const post = await getPostBySlug(slug);
  if (!post) {
    return new Response("Post not found", { status: 404 });
  }

  (await draftMode()).enable();
  const anchor = searchParams.get("section");
  const hash = anchor && SLUG.test(anchor) ? `#${anchor}` : "";
  redirect(`/blog/${post.slug}${hash}`);
}
