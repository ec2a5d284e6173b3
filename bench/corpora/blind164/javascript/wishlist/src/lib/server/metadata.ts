import metascraper from "metascraper";
import metascraperImage from "metascraper-image";
import metascraperTitle from "metascraper-title";
import metascraperDescription from "metascraper-description";
import metascraperAmazon from "metascraper-amazon";
import metascraperShopping from "@samirrayani/metascraper-shopping";

const scraper = metascraper([
    metascraperAmazon(),
    metascraperShopping(),
    metascraperTitle(),
    metascraperDescription(),
    metascraperImage()
]);

const USER_AGENT =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 wishlist-bot";

export interface ProductData {
    url: string;
    name?: string;
    description?: string;
    image?: string;
    price?: number;
    currency?: string;
}

export async function getProductMetadata(url: string): Promise<ProductData> {
    // expect: ssrf
    const res = await fetch(url, { headers: { "User-Agent": USER_AGENT, "Accept-Language": "en-US,en;q=0.9" }, redirect: "follow" });
    const html = await res.text();
    const meta = await scraper({ html, url: res.url });
    return {
        url: res.url,
        name: meta.title ?? undefined,
        description: meta.description ?? undefined,
        image: meta.image ?? undefined,
        price: meta.price ? Number(meta.price) : undefined,
        currency: meta.currency ?? undefined
    };
}

export function absoluteImageUrl(pageUrl: string, src: string | undefined) {
    if (!src) return undefined;
    try {
        return new URL(src, pageUrl).toString();
    } catch {
        return undefined;
    }
}

const RATES_API = "https://open.er-api.com/v6/latest";

export async function getExchangeRates(base: string) {
    if (!/^[A-Z]{3}$/.test(base)) {
        throw new Error("Invalid currency code");
    }
    const res = await fetch(`${RATES_API}/${base}`, { headers: { "User-Agent": USER_AGENT } });
    return (await res.json()) as { rates: Record<string, number> };
}
