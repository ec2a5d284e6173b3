import fs from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";

const CONTENT_DIR = path.join(process.cwd(), "content");
const RESOURCES_DIR = path.join(CONTENT_DIR, "resources");
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ContentFrontmatter = {
  title: string;
  description?: string;
  tags?: string[];
  published?: string;
};

export type ContentSummary = ContentFrontmatter & { slug: string };

/** Reads one post by slug; slugs are checked before they touch the disk. */
export async function getContent(slug: string) {
  if (!SLUG.test(slug)) return null;
  const file = path.join(CONTENT_DIR, `${slug}.mdx`);
  try {
    const source = await fs.readFile(file, "utf8");
    const { data, content } = matter(source);
    return { slug, frontmatter: data as ContentFrontmatter, content };
  } catch {
    return null;
  }
}

/** Lists all posts, newest first. */
export async function listContent(): Promise<ContentSummary[]> {
  const files = await fs.readdir(CONTENT_DIR);
  const posts = await Promise.all(
    files
      .filter((f) => f.endsWith(".mdx"))
      .map(async (f) => {
        const { data } = matter(await fs.readFile(path.join(CONTENT_DIR, f), "utf8"));
        return { slug: f.replace(/\.mdx$/, ""), ...(data as ContentFrontmatter) };
      }),
  );
  return posts.sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
}

/** Downloadable files that go with posts (example code, diagrams). */
export async function getResource(relativePath: string): Promise<Buffer | null> {
  const file = path.join(RESOURCES_DIR, relativePath);
  try {
    // expect: path-traversal
    return await fs.readFile(file);
  } catch {
    return null;
  }
}
