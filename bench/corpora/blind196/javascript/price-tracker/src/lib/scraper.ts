import * as cheerio from 'cheerio';

const PRICE_SELECTORS = ['[itemprop="price"]', '.a-price .a-offscreen', '[data-testid="price"]', 'meta[property="product:price:amount"]'];

function parsePrice(text: string | undefined): number | null {
  if (!text) return null;
  const cleaned = text.replace(/[^\d.,]/g, '').replace(/,(\d{2})$/, '.$1').replace(/,/g, '');
  const value = Number.parseFloat(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Download a product page and pull a price out of it.
 * The URL is the one the user saved with the product.
 */
export async function scrapeProduct(url: string): Promise<number | null> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new Error('unsupported protocol');
  }
  // expect: ssrf
  const res = await fetch(target, { headers: { 'User-Agent': 'Mozilla/5.0 price-tracker', 'Accept-Language': 'en' }, signal: AbortSignal.timeout(15000) });
  if (!res.ok) return null;
  const $ = cheerio.load(await res.text());
  for (const selector of PRICE_SELECTORS) {
    const node = $(selector).first();
    const price = parsePrice(node.attr('content') ?? node.text());
    if (price !== null) return price;
  }
  return null;
}

export async function fetchExchangeRate(currency: string): Promise<number> {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error('bad currency');
  const res = await fetch(`https://api.frankfurter.app/latest?from=${currency}&to=USD`);
  const data = (await res.json()) as { rates: { USD: number } };
  return data.rates.USD;
}
