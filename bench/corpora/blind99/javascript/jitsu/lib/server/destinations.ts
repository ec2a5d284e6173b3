import { isPublicAddress } from "./net";

export type WebhookCredentials = { url: string; method?: string; headers?: string[] };

const parseHeaders = (headers: string[] = []) =>
  Object.fromEntries(headers.map(h => h.split(":")).filter(p => p.length === 2).map(([k, v]) => [k.trim(), v.trim()]));

export async function testWebhookDestination(credentials: WebhookCredentials) {
  const method = credentials.method || "POST";
  const headers = { "Content-Type": "application/json", ...parseHeaders(credentials.headers) };
  const testEvent = { type: "track", event: "jitsu_test_event", timestamp: new Date().toISOString() };
  // expect: ssrf
  const res = await fetch(credentials.url, { method, headers, body: JSON.stringify(testEvent) });
  return { ok: res.ok, status: res.status };
}

export async function testWebhookDestinationChecked(credentials: WebhookCredentials) {
  const url = new URL(credentials.url);
  if (url.protocol !== "https:" || !(await isPublicAddress(url.hostname))) return { ok: false, error: "destination not allowed" };
  const res = await fetch(url, { method: "POST", body: "{}" });
  return { ok: res.ok, status: res.status };
}
