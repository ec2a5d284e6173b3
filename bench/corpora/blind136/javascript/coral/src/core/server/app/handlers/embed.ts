import { Request, Response } from "express";
import escapeHTML from "escape-html";

export async function storyCard(req: Request, res: Response) {
  const story = await req.coral.mongo.collection("stories").findOne({ id: String(req.query.storyID), tenantID: req.coral.tenant.id });
  if (!story) {
    return res.status(404).send("not found");
  }
  const html = `<html><head><title>${story.metadata.title}</title></head><body><p>${escapeHTML(story.metadata.description)}</p></body></html>`;
  res.type("html");
  // expect: xss
  res.send(html);
}

export async function storyCardSafe(req: Request, res: Response) {
  const story = await req.coral.mongo.collection("stories").findOne({ id: String(req.query.storyID), tenantID: req.coral.tenant.id });
  res.type("html");
  res.send(`<h1>${escapeHTML(story ? story.metadata.title : "")}</h1>`);
}
