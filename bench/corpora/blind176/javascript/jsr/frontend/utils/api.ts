// Copyright-free sketch of the frontend's API client.
import type { FullUser, Package, PackageVersion } from "./api_types.ts";

export const API_ROOT = Deno.env.get("API_ROOT") ?? "http://api.jsr.test";

export type APIResponse<T> =
  | { ok: true; data: T; traceId: string | null }
  | { ok: false; code: string; message: string; traceId: string | null };

export class APIClient {
  #base: string;
  #token: string | null;

  constructor(base: string, token: string | null) {
    this.#base = base;
    this.#token = token;
  }

  /** Each segment is percent-encoded, so a value can never add a path segment or a query. */
  static path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
    return strings.reduce((out, part, i) => out + part + (i < values.length ? encodeURIComponent(String(values[i])) : ""), "");
  }

  async get<T>(path: string, query?: Record<string, string>): Promise<APIResponse<T>> {
    const url = new URL(this.#base + path);
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
    const headers = new Headers({ accept: "application/json" });
    if (this.#token) headers.set("authorization", `Bearer ${this.#token}`);
    const resp = await fetch(url, { headers });
    const traceId = resp.headers.get("x-deno-ray");
    if (!resp.ok) {
      const body = await resp.json().catch(() => ({ code: "unknown", message: resp.statusText }));
      return { ok: false, code: body.code, message: body.message, traceId };
    }
    return { ok: true, data: await resp.json(), traceId };
  }
}

export function getPackage(api: APIClient, scope: string, pkg: string) {
  return api.get<Package>(APIClient.path`/scopes/${scope}/packages/${pkg}`);
}

export function getLatestVersion(api: APIClient, scope: string, pkg: string) {
  return api.get<PackageVersion>(APIClient.path`/scopes/${scope}/packages/${pkg}/versions/latest`);
}

export function getCurrentUser(api: APIClient) {
  return api.get<FullUser>("/user");
}
