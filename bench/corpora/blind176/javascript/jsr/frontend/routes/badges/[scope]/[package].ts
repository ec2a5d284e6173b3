import type { Handlers } from "$fresh/server.ts";
import type { State } from "../../_middleware.ts";
import { getLatestVersion } from "../../../utils/api.ts";

const COLORS: Record<string, string> = { yellow: "#f7df1e", blue: "#0a4bab", green: "#4c1", gray: "#555" };

function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function width(text: string): number {
  return 10 + text.length * 7;
}

/** README badge: /badges/@std/path?label=jsr&color=yellow */
export const handler: Handlers<unknown, State> = {
  async GET(req, ctx) {
    const url = new URL(req.url);
    const scope = ctx.params.scope.replace(/^@/, "");
    const pkg = ctx.params.package;
    const label = url.searchParams.get("label") ?? "jsr";
    const color = COLORS[url.searchParams.get("color") ?? "yellow"] ?? COLORS.yellow;

    const res = await getLatestVersion(ctx.state.api, scope, pkg);
    const version = res.ok ? escapeXml(res.data.version) : "unknown";

    const lw = width(label);
    const vw = width(version);
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + vw}" height="20" role="img">`,
      `<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/>`,
      `<g fill="#fff" font-family="Verdana,sans-serif" font-size="11">`,
    ];
    // expect: xss
    svg.push(`<text x="6" y="14">${label}</text>`);
    svg.push(`<text x="${lw + 6}" y="14">${version}</text></g></svg>`);

    return new Response(svg.join(""), {
      headers: {
        "content-type": "image/svg+xml",
        "cache-control": "public, max-age=300",
      },
    });
  },
};
