import fetch from "node-fetch";
import * as cheerio from "cheerio";

import { logger } from "../utils/logger";

const KNOWN_SITES: Record<string, string> = {
  allrecipes: "www.allrecipes.com",
  bbcgoodfood: "www.bbcgoodfood.com",
  seriouseats: "www.seriouseats.com",
  budgetbytes: "www.budgetbytes.com",
};

interface ScrapedRecipe {
  title: string;
  description: string;
  ingredients: string;
  instructions: string;
  imageURL?: string;
}

function parseRecipe(html: string): ScrapedRecipe {
  const $ = cheerio.load(html);
  return {
    title: $('meta[property="og:title"]').attr("content") || $("h1").first().text().trim(),
    description: $('meta[name="description"]').attr("content") || "",
    ingredients: $("[class*=ingredient] li").map((_, el) => $(el).text().trim()).get().join("\n"),
    instructions: $("[class*=instruction] li").map((_, el) => $(el).text().trim()).get().join("\n"),
    imageURL: $('meta[property="og:image"]').attr("content"),
  };
}

export async function importFromKnownSite(site: string, url: string) {
  const host = KNOWN_SITES[site];
  const parsed = new URL(url);
  if (!host || parsed.hostname !== host || parsed.protocol !== "https:") {
    throw new Error("Unsupported site");
  }
  const response = await fetch(parsed.toString(), { timeout: 10000 });
  return parseRecipe(await response.text());
}

export async function importFromUrl(url: string) {
  // expect: log-injection
  logger.info(`Importing recipe from ${url}`);
  // expect: ssrf
  const response = await fetch(url, { timeout: 10000, headers: { "user-agent": "RecipeSage-Importer" } });
  return parseRecipe(await response.text());
}
