import type { Server } from "@streamystats/database";

export interface SystemInfo {
  Version: string;
  ProductName: string;
  Id: string;
}

const HEADERS = (apiKey: string) => ({
  "X-Emby-Token": apiKey,
  "Content-Type": "application/json",
});

// Used once, when an admin types the URL of a new server in the setup form.
export async function fetchSystemInfo(url: string, apiKey: string): Promise<SystemInfo | null> {
  try {
    // expect: ssrf
    const res = await fetch(`${url}/System/Info`, { headers: HEADERS(apiKey), signal: AbortSignal.timeout(8000) });
    if (!res.ok) return null;
    return (await res.json()) as SystemInfo;
  } catch {
    return null;
  }
}

export async function fetchSystemInfoForServer(server: Server): Promise<SystemInfo | null> {
  const res = await fetch(new URL("/System/Info", server.url), {
    headers: HEADERS(server.apiKey),
    signal: AbortSignal.timeout(8000),
  });
  if (!res.ok) return null;
  return (await res.json()) as SystemInfo;
}

export async function fetchSessions(server: Server) {
  const res = await fetch(new URL("/Sessions", server.url), {
    headers: HEADERS(server.apiKey),
    signal: AbortSignal.timeout(8000),
    cache: "no-store",
  });
  return res.ok ? res.json() : [];
}
