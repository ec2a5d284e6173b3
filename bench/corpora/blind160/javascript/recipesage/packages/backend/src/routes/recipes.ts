import express from "express";
import * as Sentry from "@sentry/node";

import { validateSession } from "../utils/session";
import { wrapRequestWithErrorHandler } from "../utils/wrapRequest";
import { searchRecipes, searchRecipesLegacy } from "../services/search";
import { importFromUrl, importFromKnownSite } from "../services/scrape";

const router = express.Router();

router.get(
  "/search",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    const { query = "", sort = "title", labels = "" } = req.query as Record<string, string>;
    const userId = res.locals.session.userId;
    const results = await searchRecipes(userId, query, sort, labels ? labels.split(",") : []);
    res.status(200).json({ data: results });
  }),
);

router.get(
  "/search/legacy",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    const query = String(req.query.query || "");
    res.status(200).json({ data: await searchRecipesLegacy(res.locals.session.userId, query) });
  }),
);

router.post(
  "/import/url",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    const { url, site } = req.body as { url?: string; site?: string };
    Sentry.setContext("import", { hasUrl: !!url, site });
    const recipe = site ? await importFromKnownSite(site, String(url)) : await importFromUrl(String(url));
    res.status(201).json(recipe);
  }),
);

export default router;
