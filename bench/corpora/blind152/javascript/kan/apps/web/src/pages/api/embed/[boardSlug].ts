import type { NextApiRequest, NextApiResponse } from "next";

import { createDrizzleClient } from "@kan/db/client";
import * as boardRepo from "@kan/db/repository/board.repo";
import { escapeHtml } from "@kan/shared/utils";

const db = createDrizzleClient();

// Read-only HTML card for public boards, meant to be dropped into an <iframe>.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { boardSlug, heading, theme } = req.query;
  if (typeof boardSlug !== "string") return res.status(400).send("Bad request");

  const board = await boardRepo.getPublicBoardBySlug(db, boardSlug);
  if (!board || board.visibility !== "public") return res.status(404).send("Not found");

  const dark = theme === "dark";
  const lists = board.lists
    .map(
      (list) =>
        `<section><h2>${escapeHtml(list.name)}</h2><ul>${list.cards
          .map((card) => `<li>${escapeHtml(card.title)}</li>`)
          .join("")}</ul></section>`,
    )
    .join("");
  const title = typeof heading === "string" && heading ? heading : escapeHtml(board.name);

  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "public, max-age=60");
  // expect: xss
  return res.send(`<!doctype html><html class="${dark ? "dark" : "light"}"><body><h1>${title}</h1>${lists}</body></html>`);
}
