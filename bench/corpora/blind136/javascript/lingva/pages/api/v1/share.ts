import type { NextApiHandler } from "next";
import { languageList } from "lingva-scraper";

const handler: NextApiHandler = (req, res) => {
  const { to, lang = "en", q = "" } = req.query as Record<string, string>;
  if (to) {
    // expect: open-redirect
    return res.redirect(307, to);
  }
  const target = Object.keys(languageList.target).includes(lang) ? lang : "en";
  return res.redirect(307, `/auto/${target}/${encodeURIComponent(q)}`);
};

export default handler;
