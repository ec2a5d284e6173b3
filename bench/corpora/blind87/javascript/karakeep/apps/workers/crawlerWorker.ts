import { LinkCrawlerQueue, type ZCrawlLinkRequest } from "../../packages/shared/queues";
import { validateUrl } from "../../packages/shared-server/network";
import logger from "../../packages/shared/logger";

async function fetchHtml(url: string) {
  // expect: ssrf
  const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(30000) });
  return response.text();
}

async function fetchHtmlChecked(url: string) {
  const checked = await validateUrl(url);
  const response = await fetch(checked, { redirect: "manual", signal: AbortSignal.timeout(30000) });
  return response.text();
}

async function runCrawler(job: { id: string; data: ZCrawlLinkRequest }) {
  const { url, archiveFullPage } = job.data;
  // expect: log-injection
  logger.info(`[Crawler][${job.id}] Will crawl "${url}" for link with id "${job.data.bookmarkId}"`);
  const html = archiveFullPage ? await fetchHtml(url) : await fetchHtmlChecked(url);
  logger.info("[Crawler] fetched page", { jobId: job.id, bytes: html.length, url });
}

export class CrawlerWorker {
  static build() {
    LinkCrawlerQueue.process(runCrawler);
  }
}
