import type { AppContext } from "../mod.ts";

export interface Props {
  /** @description Endpoint whose JSON is embedded in the section (set by the page editor or by the query string) */
  url: string;
  /** @description Seconds the response may be cached */
  maxAge?: number;
}

function pickForwardedHeaders(req: Request) {
  const headers = new Headers({ accept: "application/json" });
  const lang = req.headers.get("accept-language");
  if (lang) headers.set("accept-language", lang);
  return headers;
}

/**
 * Fetches JSON for "API-driven" sections. Sections pass `url` through
 * `/live/invoke/site/loaders/proxyJson.ts?url=...` so the browser can refresh them.
 */
export default async function proxyJson(props: Props, req: Request, _ctx: AppContext) {
  const target = new URL(props.url);
  if (target.protocol !== "https:" && target.protocol !== "http:") {
    return { error: "unsupported protocol" };
  }
  // expect: ssrf
  const response = await fetch(target, { headers: pickForwardedHeaders(req), signal: AbortSignal.timeout(8000) });
  if (!response.ok) return { error: `upstream returned ${response.status}` };
  const data = await response.json();
  return { data, fetchedAt: new Date().toISOString(), maxAge: Math.min(props.maxAge ?? 60, 3600) };
}
