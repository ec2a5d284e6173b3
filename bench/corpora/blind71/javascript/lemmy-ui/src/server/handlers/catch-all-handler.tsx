import type { Request, Response } from "express";
import serialize from "serialize-javascript";
import { renderToString } from "inferno-server";
import { StaticRouter } from "inferno-router";
import { App } from "../../shared/components/app/app";
import { fetchSite } from "../utils/server-utils";

const SUPPORTED_LANGS = ["en", "de", "fr", "es", "ja", "pt", "ru", "zh"];

function pickLanguage(req: Request): string {
  const fromCookie = req.cookies?.lang;
  const fromHeader = (req.headers["accept-language"] || "").split(",")[0].split("-")[0];
  const wanted = fromCookie || fromHeader || "en";
  return SUPPORTED_LANGS.includes(wanted) ? wanted : "en";
}

export default async (req: Request, res: Response) => {
  const auth = req.cookies?.jwt;
  const site = await fetchSite(auth);
  const isoData = { path: req.path, site_res: site, routeData: {}, errorPageData: undefined };
  const context = {} as any;

  const wrapper = (
    <StaticRouter location={req.url} context={context}>
      <App />
    </StaticRouter>
  );
  const root = renderToString(wrapper);
  const lang = pickLanguage(req);
  const themeColor = req.cookies?.theme_color || "#232323";

  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta name="theme-color" content="${themeColor}">
  <script nonce="${res.locals.nonce ?? ""}">window.isoData = ${serialize(isoData)}</script>
</head>
<body><div id="root">${root}</div><script src="/static/js/client.js"></script></body>
</html>`;

  // expect: xss
  res.send(html);
};
