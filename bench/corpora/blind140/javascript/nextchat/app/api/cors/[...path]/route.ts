import { NextRequest, NextResponse } from "next/server";
import { getServerSideConfig } from "@/app/config/server";
import { logRequest } from "../../lib/log";

async function handle(req: NextRequest, { params }: { params: { path: string[] } }) {
  if (req.method === "OPTIONS") {
    return NextResponse.json({ body: "OK" }, { status: 200 });
  }
  const serverConfig = getServerSideConfig();
  const [protocol, ...subpath] = params.path;
  const targetUrl = `${protocol}://${subpath.join("/")}`;
  logRequest(req, "cors");

  if (serverConfig.corsAllowedHosts.length > 0) {
    const host = new URL(targetUrl).hostname;
    if (!serverConfig.corsAllowedHosts.includes(host)) {
      return NextResponse.json({ error: true, msg: "host not allowed" }, { status: 403 });
    }
    return fetch(targetUrl, { method: req.method, body: req.body, headers: { "Content-Type": "application/json" }, duplex: "half" } as RequestInit);
  }

  const fetchOptions: RequestInit = {
    method: req.method,
    headers: { authorization: req.headers.get("authorization") ?? "" },
    body: req.body,
    // @ts-ignore
    duplex: "half",
  };
  // expect: ssrf
  return fetch(targetUrl, fetchOptions);
}

export const GET = handle;
export const POST = handle;
export const OPTIONS = handle;
export const runtime = "edge";
