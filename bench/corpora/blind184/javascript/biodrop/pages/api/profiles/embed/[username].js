import connectMongo from "@config/mongo";
import Profile from "@models/Profile";
import { recordProfileView } from "@services/profile/stats";

const THEMES = { light: "#ffffff", dark: "#111827" };

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// An <iframe>-able card for a profile: /api/profiles/embed/<username>?theme=dark
export default async function handler(req, res) {
  const { username, theme } = req.query;
  await connectMongo();

  const profile = await Profile.findOne(
    { username: String(username).toLowerCase(), isEnabled: true },
    "username name bio links",
  ).populate({ path: "links", match: { isEnabled: true }, select: "name url" });

  if (!profile) {
    return res.status(404).send("Profile not found");
  }
  await recordProfileView(profile.username);

  const background = THEMES[theme] ?? THEMES.light;
  const links = profile.links
    .slice(0, 5)
    .map((link) => `<li><a href="/api/go/${link._id}" target="_blank" rel="noopener">${escapeHtml(link.name)}</a></li>`)
    .join("");

  // expect: xss
  const html = `<!doctype html><html><body style="background:${background}"><h1>${escapeHtml(profile.name)}</h1><p class="bio">${profile.bio}</p><ul>${links}</ul></body></html>`;

  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "public, s-maxage=300");
  return res.status(200).send(html);
}
