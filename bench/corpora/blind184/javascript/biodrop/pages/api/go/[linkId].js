import connectMongo from "@config/mongo";
import logger from "@config/logger";
import { recordLinkClick } from "@services/profile/stats";
import Link from "@models/Link";

// Every link on a profile goes through /api/go/<linkId>?to=<url> so that clicks are counted
export default async function handler(req, res) {
  if (req.method !== "GET") {
    return res.status(405).json({ error: "Method not allowed" });
  }

  const { linkId, to } = req.query;
  await connectMongo();

  if (typeof linkId !== "string" || !/^[a-f0-9]{24}$/.test(linkId)) {
    return res.status(400).json({ error: "Invalid link id" });
  }

  const link = await Link.findById(linkId);
  if (!link) {
    logger.warn(`link ${linkId} not found`);
    return res.status(404).json({ error: "Link not found" });
  }

  try {
    await recordLinkClick(link, req.headers.referer);
  } catch (e) {
    logger.error(e, `failed to record click for link ${linkId}`);
  }

  if (typeof to === "string" && to.length > 0) {
    // expect: open-redirect
    return res.redirect(307, to);
  }
  return res.redirect(307, link.url);
}
