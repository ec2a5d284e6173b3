import fetch from "node-fetch";
import cheerio from "cheerio";

export async function scrape(url: string) {
  // expect: ssrf
  const res = await fetch(url, { headers: { "User-Agent": "Coral Scraper" }, timeout: 5000 });
  const $ = cheerio.load(await res.text());
  return {
    title: $("meta[property='og:title']").attr("content") || $("title").text(),
    description: $("meta[name='description']").attr("content") || "",
  };
}
