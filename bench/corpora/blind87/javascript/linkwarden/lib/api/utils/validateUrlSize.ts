import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^::1$/, /^f[cd]/i];

export async function assertPublicUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (!["http:", "https:"].includes(url.protocol)) {
    throw new Error("Unsupported protocol");
  }
  const address = isIP(url.hostname) ? url.hostname : (await lookup(url.hostname)).address;
  if (PRIVATE.some((re) => re.test(address))) {
    throw new Error("Private address");
  }
  return url;
}

export async function fetchTitleAndHeaders(url: string) {
  // expect: ssrf
  const response = await fetch(url, { method: "GET", redirect: "follow" });
  const text = await response.text();
  const title = text.match(/<title>([^<]*)<\/title>/i)?.[1] ?? "";
  return { title, contentType: response.headers.get("content-type") };
}

export async function fetchPublicTitle(raw: string) {
  const url = await assertPublicUrl(raw);
  const response = await fetch(url, { method: "GET", redirect: "manual" });
  const text = await response.text();
  return text.match(/<title>([^<]*)<\/title>/i)?.[1] ?? "";
}
