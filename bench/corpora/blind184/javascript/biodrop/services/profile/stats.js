import Link from "@models/Link";
import Profile from "@models/Profile";
import ProfileStats from "@models/ProfileStats";
import LinkStats from "@models/LinkStats";

function today() {
  const date = new Date();
  date.setHours(0, 0, 0, 0);
  return date;
}

export async function recordLinkClick(link, referer) {
  const date = today();
  await Link.updateOne({ _id: link._id }, { $inc: { clicks: 1 } });
  await LinkStats.updateOne(
    { username: link.username, url: link.url, date },
    { $inc: { clicks: 1 }, $set: { link: link._id } },
    { upsert: true },
  );
  if (typeof referer === "string" && referer.length < 2048) {
    await ProfileStats.updateOne(
      { username: link.username, date },
      { $inc: { referrals: 1 } },
      { upsert: true },
    );
  }
}

export async function recordProfileView(username) {
  await Profile.updateOne({ username: String(username) }, { $inc: { views: 1 } });
  await ProfileStats.updateOne(
    { username: String(username), date: today() },
    { $inc: { views: 1 } },
    { upsert: true },
  );
}

export async function getLinkStats(username, from) {
  return LinkStats.find({ username: String(username), date: { $gte: from } })
    .sort({ date: 1 })
    .lean();
}
