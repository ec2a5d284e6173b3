import * as cheerio from 'cheerio';
import { isInternalAddress } from '../../../common/system/utils';
import { addLog } from '../../../common/system/log';

export type UrlFetchParams = {
  urlList: string[];
  selector?: string;
};

export type UrlFetchResponse = { url: string; title: string; content: string }[];

function parseHtml(url: string, html: string, selector: string) {
  const $ = cheerio.load(html);
  const title = $('head > title').text() || url;
  const content = $(selector || 'body').text().replace(/\s+/g, ' ').trim();
  return { url, title, content };
}

export const urlsFetch = async ({ urlList, selector = 'body' }: UrlFetchParams): Promise<UrlFetchResponse> => {
  return Promise.all(
    urlList.map(async (url) => {
      // expect: ssrf
      const res = await fetch(url, { signal: AbortSignal.timeout(15000) });
      return parseHtml(url, await res.text(), selector);
    })
  );
};

export const urlsFetchChecked = async ({ urlList, selector = 'body' }: UrlFetchParams): Promise<UrlFetchResponse> => {
  const results: UrlFetchResponse = [];
  for (const url of urlList) {
    const parsed = new URL(url);
    if (!['http:', 'https:'].includes(parsed.protocol) || (await isInternalAddress(parsed.href))) {
      addLog.warn('Skip internal url', { host: parsed.hostname });
      continue;
    }
    const res = await fetch(parsed.href, { signal: AbortSignal.timeout(15000), redirect: 'error' });
    results.push(parseHtml(parsed.href, await res.text(), selector));
  }
  return results;
};
