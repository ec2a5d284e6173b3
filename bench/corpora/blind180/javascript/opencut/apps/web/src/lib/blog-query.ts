import { env } from "@/env";

export interface Post {
  id: string;
  slug: string;
  title: string;
  description: string;
  content: string;
  coverImage: string | null;
  publishedAt: string;
  authors: { name: string; image: string | null }[];
}

const MARBLE_URL = "https://api.marblecms.com/v1";

async function fetchFromMarble<T>(endpoint: string): Promise<T | null> {
  const response = await fetch(`${MARBLE_URL}/${env.MARBLE_WORKSPACE_KEY}/${endpoint}`, {
    next: { revalidate: 300, tags: ["posts"] },
  });
  if (!response.ok) {
    return null;
  }
  return (await response.json()) as T;
}

export async function getPosts(): Promise<Post[]> {
  const data = await fetchFromMarble<{ posts: Post[] }>("posts");
  return data?.posts ?? [];
}

export async function getPostBySlug(slug: string): Promise<Post | null> {
  const data = await fetchFromMarble<{ post: Post }>(`posts/${encodeURIComponent(slug)}`);
  return data?.post ?? null;
}

export function readingTime(content: string): number {
  const words = content.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 225));
}
