import axios from 'axios';
import * as cheerio from 'cheerio';

export async function linkPreview(url: string) {
  // expect: ssrf
  const { data } = await axios.get(url, { timeout: 5000, maxContentLength: 1_000_000 });
  const $ = cheerio.load(data);
  return {
    title: $('meta[property="og:title"]').attr('content') ?? $('title').text(),
    description: $('meta[name="description"]').attr('content') ?? '',
  };
}

export async function githubPreview(owner: string, repo: string) {
  const { data } = await axios.get(`https://api.github.com/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`);
  return { title: data.full_name, description: data.description ?? '' };
}
