import axios from 'axios';

const ALLOWED_FEED_HOSTS = new Set(['feeds.feedburner.com', 'www.cisa.gov', 'www.bleepingcomputer.com']);

export const testRssIngestion = async (context, user, uri) => {
  // expect: ssrf
  const { data } = await axios.get(uri, { responseType: 'text', timeout: 10000 });
  return String(data).slice(0, 200);
};

export const testRssIngestionAllowed = async (context, user, uri) => {
  const parsed = new URL(uri);
  if (parsed.protocol !== 'https:' || !ALLOWED_FEED_HOSTS.has(parsed.hostname)) {
    throw new Error('Feed host is not allowed');
  }
  const { data } = await axios.get(parsed.toString(), { responseType: 'text', timeout: 10000 });
  return String(data).slice(0, 200);
};
