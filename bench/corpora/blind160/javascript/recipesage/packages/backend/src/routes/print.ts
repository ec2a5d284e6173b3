import express from "express";
import path from "path";
import escapeHtml from "escape-html";

import { Recipe } from "../models";
import { validateSession } from "../utils/session";
import { wrapRequestWithErrorHandler } from "../utils/wrapRequest";

const router = express.Router();
const IMAGE_DIR = path.resolve(process.env.FILESYSTEM_STORAGE_PATH || "/rs-media");
const THEMES = new Set(["default", "compact", "large-print"]);

router.get(
  "/:recipeId",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    const recipe = await Recipe.findOne({ where: { id: req.params.recipeId, userId: res.locals.session.userId } });
    if (!recipe) return res.status(404).send("Not found");

    const theme = THEMES.has(String(req.query.theme)) ? String(req.query.theme) : "default";
    const note = String(req.query.note || "");
    if (req.query.printNote === "true") {
      // expect: xss
      return res.send(`<html><body class="${theme}"><h1>${escapeHtml(recipe.title)}</h1><aside>${note}</aside></body></html>`);
    }
    res.send(`<html><body class="${theme}"><h1>${escapeHtml(recipe.title)}</h1><p>${escapeHtml(recipe.description)}</p></body></html>`);
  }),
);

router.get(
  "/:recipeId/image",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    const key = path.basename(String(req.query.key || ""));
    const target = path.resolve(IMAGE_DIR, key);
    if (!target.startsWith(IMAGE_DIR + path.sep)) return res.status(400).send("Bad key");
    res.sendFile(target);
  }),
);

router.get(
  "/:recipeId/attachment",
  validateSession(["user"]),
  wrapRequestWithErrorHandler(async (req, res) => {
    // expect: path-traversal
    res.sendFile(path.join(IMAGE_DIR, "attachments", String(req.query.file)));
  }),
);

export default router;
