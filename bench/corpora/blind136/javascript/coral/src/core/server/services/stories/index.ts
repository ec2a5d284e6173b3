import { Db } from "mongodb";
import { scrape } from "./scraper";

interface Tenant {
  id: string;
  allowedDomains: string[];
}

function isURLPermitted(tenant: Tenant, url: string) {
  const { origin } = new URL(url);
  return tenant.allowedDomains.some((domain) => new URL(domain).origin === origin);
}

export async function createStory(mongo: Db, tenant: Tenant, id: string | undefined, url: string) {
  if (!isURLPermitted(tenant, url)) {
    throw new Error("story url not permitted");
  }
  const metadata = await scrape(url);
  await mongo.collection("stories").insertOne({ id, tenantID: tenant.id, url, metadata });
  return { id, url, metadata };
}

export async function scrapeStory(mongo: Db, tenant: Tenant, id: string, url: string) {
  const metadata = await scrape(url);
  await mongo.collection("stories").updateOne({ id: String(id), tenantID: tenant.id }, { $set: { metadata } });
  return { id, url, metadata };
}
