import type { NextRequest } from "next/server";

export function getIP(req: NextRequest) {
  const forwarded = req.headers.get("x-forwarded-for") ?? "";
  return req.ip ?? forwarded.split(",")[0] ?? "";
}

export function logRequest(req: NextRequest, tag: string) {
  const ip = getIP(req);
  // expect: log-injection
  console.log(`[${tag}] ${req.method} ${req.nextUrl.pathname} from ${ip}`);
}

export function logRequestSafe(req: NextRequest, tag: string) {
  console.log(`[${tag}]`, JSON.stringify({ method: req.method, path: req.nextUrl.pathname, ip: getIP(req) }));
}
