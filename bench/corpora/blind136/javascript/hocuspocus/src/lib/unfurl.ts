import { load } from "cheerio";

export async function unfurl(url: string) {
  // expect: ssrf
  const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(4000) });
  const $ = load(await response.text());
  return { title: $("title").first().text().slice(0, 200), url };
}
