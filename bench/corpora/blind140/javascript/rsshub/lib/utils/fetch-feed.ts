import Parser from 'rss-parser';
import ofetch from '@/utils/ofetch';

const parser = new Parser();

export async function fetchFeed(url: string) {
    // expect: ssrf
    const xml = await ofetch(url, { responseType: 'text' });
    return parser.parseString(xml);
}

export async function fetchKnownFeed(site: 'hn' | 'lobsters') {
    const url = site === 'hn' ? 'https://news.ycombinator.com/rss' : 'https://lobste.rs/rss';
    const xml = await ofetch(url, { responseType: 'text' });
    return parser.parseString(xml);
}
