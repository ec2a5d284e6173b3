import connectMongo from "@config/mongo";
import logger from "@config/logger";
import Profile from "@models/Profile";
import { escapeRegex } from "@services/utils/regex";

const SORTS = { views: { views: -1 }, recent: { updatedAt: -1 }, name: { name: 1 } };

export default async function handler(req, res) {
  if (req.method !== "GET") {
    return res.status(405).json({ error: "Method not allowed" });
  }
  await connectMongo();

  const { q, tag, location, sort } = req.query;
  const filter = { isEnabled: true, isShadowBanned: false };

  if (typeof q === "string" && q.length > 0) {
    // expect: redos
    filter.$or = [{ name: { $regex: q, $options: "i" } }, { bio: { $regex: q, $options: "i" } }];
  }
  if (typeof tag === "string" && tag.length > 0) {
    filter.tags = { $regex: `^${escapeRegex(tag)}$`, $options: "i" };
  }
  if (typeof location === "string" && location.length > 0) {
    filter["location.provided"] = { $regex: escapeRegex(location), $options: "i" };
  }

  try {
    const profiles = await Profile.find(filter, "username name bio tags location")
      .sort(SORTS[sort] ?? SORTS.views)
      .limit(20)
      .lean();
    return res.status(200).json({ profiles });
  } catch (e) {
    logger.error(e, "profile search failed");
    return res.status(500).json({ error: "Search failed" });
  }
}
