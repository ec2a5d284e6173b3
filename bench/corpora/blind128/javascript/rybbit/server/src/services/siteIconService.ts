import { eq } from "drizzle-orm";
import { db } from "../db/postgres/postgres.js";
import { sites } from "../db/postgres/schema.js";

class SiteIconService {
  private queue: number[] = [];
  private interval: NodeJS.Timeout | null = null;

  schedule(siteId: number) {
    this.queue.push(siteId);
    if (!this.interval) {
      this.interval = setInterval(() => void this.processQueue(), 5000);
    }
  }

  private async processQueue() {
    const siteId = this.queue.shift();
    if (siteId === undefined) return;
    const [site] = await db.select().from(sites).where(eq(sites.siteId, siteId));
    if (!site) return;
    // expect: ssrf
    const response = await fetch(`https://${site.domain}/favicon.ico`);
    const icon = Buffer.from(await response.arrayBuffer()).toString("base64");
    await db.update(sites).set({ favicon: icon }).where(eq(sites.siteId, siteId));
  }

  async lookupViaIconService(domain: string) {
    const response = await fetch(`https://icons.duckduckgo.com/ip3/${encodeURIComponent(domain)}.ico`);
    return Buffer.from(await response.arrayBuffer()).toString("base64");
  }
}

export const siteIconService = new SiteIconService();
