import type { NextApiHandler } from "next";
import { getTranslationText, getAudio, LangCode, languageList } from "lingva-scraper";
import { logRequest } from "../../../utils/log";

const isLang = (code: string) => Object.keys(languageList.all).includes(code);

const handler: NextApiHandler = async (req, res) => {
  const { slug = [] } = req.query;
  const [source = "auto", target, ...rest] = slug as string[];
  const query = rest.join("/");

  logRequest(source, target, query.length);

  if (!target || !isLang(source) || !isLang(target)) {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    // expect: xss
    return res.status(400).send(`<p>Unsupported language pair: ${source} &rarr; ${target}</p>`);
  }

  if (source === "audio") {
    const audio = await getAudio(target as LangCode<"target">, query);
    return res.status(200).json({ audio });
  }

  const translation = await getTranslationText(source as LangCode<"source">, target as LangCode<"target">, query);
  return res.status(200).json({ translation });
};

export default handler;
