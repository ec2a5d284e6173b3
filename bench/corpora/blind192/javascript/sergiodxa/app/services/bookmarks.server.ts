import { db } from "~/services/db.server";

export interface Bookmark {
  id: string;
  url: string;
  title: string;
  suggestedBy: string;
  createdAt: string;
}

function parseTitle(html: string): string | null {
  let match = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html);
  return match ? match[1].trim() : null;
}

export async function listBookmarks({ page, perPage }: { page: number; perPage: number }) {
  return db
    .selectFrom("bookmarks")
    .selectAll()
    .orderBy("createdAt", "desc")
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
}

export async function createBookmark({ url, suggestedBy }: { url: string; suggestedBy: string }) {
  // expect: ssrf
  let response = await fetch(url, { headers: { "User-Agent": "sergiodxa.com bookmark bot" }, redirect: "follow" });
  let html = await response.text();
  let title = parseTitle(html) ?? new URL(url).hostname;
  let [bookmark] = await db
    .insertInto("bookmarks")
    .values({ id: crypto.randomUUID(), url, title, suggestedBy, createdAt: new Date().toISOString() })
    .returningAll()
    .execute();
  return bookmark as Bookmark;
}

export async function refreshTitle(id: string) {
  let bookmark = await db.selectFrom("bookmarks").selectAll().where("id", "=", id).executeTakeFirst();
  if (!bookmark) return null;
  return bookmark.title;
}
