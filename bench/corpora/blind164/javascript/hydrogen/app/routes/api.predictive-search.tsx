import { json, type LoaderFunctionArgs } from '@shopify/remix-oxygen';
import { PREDICTIVE_SEARCH_QUERY } from '~/lib/queries';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Backs the search drawer (JSON) and the theme-app-extension snippet (HTML).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const term = String(url.searchParams.get('q') || '').trim();
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 10, 1), 20);
  const format = url.searchParams.get('format') === 'html' ? 'html' : 'json';

  if (!term) {
    return json({ term, items: [] });
  }

  const { predictiveSearch } = await context.storefront.query(PREDICTIVE_SEARCH_QUERY, {
    variables: { term, limit, country: context.storefront.i18n.country, language: context.storefront.i18n.language },
  });
  const products = predictiveSearch?.products ?? [];

  if (format === 'json') {
    return json({ term, items: products.map((p: { handle: string; title: string }) => ({ handle: p.handle, title: p.title })) });
  }

  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' };
  if (products.length === 0) {
    // expect: xss
    return new Response(`<p class="predictive-search__empty">No results for “${term}”</p>`, { headers });
  }
  const items = products
    .map((p: { handle: string; title: string }) => `<li><a href="/products/${encodeURIComponent(p.handle)}">${escapeHtml(p.title)}</a></li>`)
    .join('');
  return new Response(`<ul class="predictive-search__results" data-term="${escapeHtml(term)}">${items}</ul>`, { headers });
}
