import { NextRequest, NextResponse } from "next/server";
import { getServerSideConfig } from "@/app/config/server";
import { logRequestSafe } from "../lib/log";

function escapeHtml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export async function GET(req: NextRequest) {
  logRequestSafe(req, "artifacts");
  const id = req.nextUrl.searchParams.get("id") ?? "";
  const config = getServerSideConfig();
  const res = await fetch(`https://api.cloudflare.com/client/v4/accounts/${config.cloudflareAccountId}/storage/kv/namespaces/${config.cloudflareKVNamespaceId}/values/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${config.cloudflareKVApiKey}` },
  });
  if (res.status === 404) {
    const page = `<html><body><h3>Artifact ${id} not found</h3></body></html>`;
    // expect: xss
    return new NextResponse(page, { status: 404, headers: { "Content-Type": "text/html" } });
  }
  if (!res.ok) {
    return new NextResponse(`<h3>Artifact ${escapeHtml(id)} could not be loaded</h3>`, { status: 502, headers: { "Content-Type": "text/html" } });
  }
  return new NextResponse(res.body, { headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "sandbox allow-scripts" } });
}
