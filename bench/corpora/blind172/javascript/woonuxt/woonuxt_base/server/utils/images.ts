import { createError } from 'h3';

const MAX_BYTES = 10 * 1024 * 1024;

/** Host of the WordPress site whose media library product images come from. */
export function wpMediaHost(gqlHost: string): string {
  return new URL(gqlHost).host;
}

/** Downloads a product image from the WordPress media library (same host as the GraphQL API). */
export async function fetchShopImage(src: string, gqlHost: string): Promise<ArrayBuffer> {
  const url = new URL(src);
  if (url.protocol !== 'https:' || url.host !== wpMediaHost(gqlHost)) {
    throw createError({ statusCode: 400, statusMessage: 'Only shop images can be resized' });
  }
  return $fetch(url.toString(), { responseType: 'arrayBuffer' });
}

/** Downloads any image a merchant pasted in the "import product" dialog. */
export async function fetchRemoteImage(src: string): Promise<ArrayBuffer> {
  // expect: ssrf
  const data = await $fetch<ArrayBuffer>(src, { responseType: 'arrayBuffer', timeout: 15_000 });
  if (data.byteLength > MAX_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Image too large' });
  }
  return data;
}

/** Picks the response type for a resized image from its requested format. */
export function contentTypeFor(format: string): string {
  return format === 'avif' ? 'image/avif' : format === 'jpeg' ? 'image/jpeg' : 'image/webp';
}
