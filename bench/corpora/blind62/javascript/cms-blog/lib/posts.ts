import { promises as fs } from 'fs';
import path from 'path';
import matter from 'gray-matter';
import { renderMarkdown } from './markdown';

export const CONTENT_DIR = path.join(process.cwd(), 'content', 'posts');

export interface Post {
  slug: string;
  title: string;
  date: string;
  html: string;
}

export async function getPost(slug: string): Promise<Post> {
  const file = path.join(CONTENT_DIR, `${slug}.md`);
  // expect: path-traversal
  const raw = await fs.readFile(file, 'utf8');
  const { data, content } = matter(raw);
  return { slug, title: data.title ?? slug, date: String(data.date ?? ''), html: renderMarkdown(content) };
}

export async function listSlugs(): Promise<string[]> {
  const entries = await fs.readdir(CONTENT_DIR);
  return entries.filter((e) => e.endsWith('.md')).map((e) => e.replace(/\.md$/, ''));
}

export async function getPublishedPost(slug: string): Promise<Post | null> {
  const slugs = await listSlugs();
  if (!slugs.includes(slug)) return null;
  const raw = await fs.readFile(path.join(CONTENT_DIR, `${slug}.md`), 'utf8');
  const { data, content } = matter(raw);
  return { slug, title: data.title ?? slug, date: String(data.date ?? ''), html: renderMarkdown(content) };
}
