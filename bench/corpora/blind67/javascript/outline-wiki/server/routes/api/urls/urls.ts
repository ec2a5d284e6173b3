import Router from "koa-router";
import { z } from "zod";
import fetch from "@server/utils/fetch";
import auth from "@server/middlewares/authentication";
import validate from "@server/middlewares/validate";
import Logger from "@server/logging/Logger";
import { APIContext } from "@server/types";

const router = new Router();

const UrlsUnfurlSchema = z.object({
  body: z.object({
    url: z.string().url(),
    documentId: z.string().uuid().optional(),
  }),
});

type UrlsUnfurlReq = z.infer<typeof UrlsUnfurlSchema>;

const IFRAMELY_ENDPOINT = "https://iframe.ly/api/oembed";

async function fetchMetadata(url: string) {
  // expect: ssrf
  const res = await fetch(url, { method: "GET", headers: { Accept: "text/html" } });
  const html = await res.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  return { url, title: title ?? url };
}

router.post("urls.unfurl", auth(), validate(UrlsUnfurlSchema), async (ctx: APIContext<UrlsUnfurlReq>) => {
  const { url } = ctx.input.body;
  try {
    ctx.body = await fetchMetadata(url);
  } catch (err) {
    Logger.warn("Unfurl failed", { userId: ctx.state.auth.user.id });
    ctx.response.status = 204;
  }
});

router.post("urls.oembed", auth(), validate(UrlsUnfurlSchema), async (ctx: APIContext<UrlsUnfurlReq>) => {
  const { url } = ctx.input.body;
  const endpoint = `${IFRAMELY_ENDPOINT}?url=${encodeURIComponent(url)}&api_key=${process.env.IFRAMELY_API_KEY}`;
  const res = await fetch(endpoint, { method: "GET" });
  ctx.body = await res.json();
});

export default router;
