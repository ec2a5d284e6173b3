import type { Handlers } from "$fresh/server.ts";
import type { State } from "../_middleware.ts";

const GITHUB_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const MAX_README = 512 * 1024;

async function readText(resp: Response): Promise<Response> {
  if (!resp.ok) return new Response("README not found", { status: 404 });
  const text = await resp.text();
  return new Response(text.slice(0, MAX_README), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * The package settings page can preview a README before it is published: either the one
 * in the linked GitHub repository, or any URL the author pastes (a gist, a docs site).
 */
export const handler: Handlers<unknown, State> = {
  async GET(req, ctx) {
    const user = await ctx.state.userPromise;
    if (!user) return new Response("Unauthorized", { status: 401 });

    const url = new URL(req.url);
    const owner = url.searchParams.get("owner");
    const repo = url.searchParams.get("repo");
    if (!owner || !repo || !GITHUB_NAME.test(owner) || !GITHUB_NAME.test(repo)) {
      return new Response("owner and repo are required", { status: 400 });
    }
    const raw = `https://raw.githubusercontent.com/${owner}/${repo}/HEAD/README.md`;
    return readText(await fetch(raw));
  },

  async POST(req, ctx) {
    const user = await ctx.state.userPromise;
    if (!user) return new Response("Unauthorized", { status: 401 });

    const { source } = await req.json();
    if (typeof source !== "string" || !/^https?:/.test(source)) {
      return new Response("source must be an http(s) URL", { status: 400 });
    }
    // expect: ssrf
    return readText(await fetch(source, { headers: { accept: "text/markdown, text/plain" } }));
  },
};
