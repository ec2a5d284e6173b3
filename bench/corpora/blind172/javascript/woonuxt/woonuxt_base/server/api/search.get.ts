import { getQuery } from 'h3';

type ProductHit = { slug: string; name: string; sku: string | null };

const CACHE_TTL_MS = 5 * 60 * 1000;
let cache: { at: number; products: ProductHit[] } | null = null;

const ALL_PRODUCTS = /* GraphQL */ `
  query AllProducts { products(first: 1000) { nodes { slug name sku } } }
`;

async function loadProducts(gqlHost: string): Promise<ProductHit[]> {
  if (cache && Date.now() - cache.at < CACHE_TTL_MS) return cache.products;
  const res = await $fetch<{ data: { products: { nodes: ProductHit[] } } }>(gqlHost, { method: 'POST', body: { query: ALL_PRODUCTS } });
  cache = { at: Date.now(), products: res.data.products.nodes };
  return cache.products;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** GET /api/search?q=hoodie&sku=HD-.* : instant search over the cached catalogue. */
export default defineEventHandler(async (event) => {
  const { q, sku } = getQuery(event) as { q?: string; sku?: string };
  const { gqlHost } = useRuntimeConfig(event);
  const products = await loadProducts(gqlHost);

  let hits = products;
  if (q) {
    const byName = new RegExp(escapeRegExp(String(q)), 'i');
    hits = hits.filter((p) => byName.test(p.name));
  }
  if (sku) {
    // expect: redos
    const bySku = new RegExp(`^${sku}$`, 'i');
    hits = hits.filter((p) => p.sku && bySku.test(p.sku));
  }
  return hits.slice(0, 20);
});
