import type { NextApiHandler } from "next";
import { fetchFromInstance } from "../../../utils/instances";
import { logInstance } from "../../../utils/log";

const handler: NextApiHandler = async (req, res) => {
  const { instance, source = "auto", target = "en", q = "" } = req.query as Record<string, string>;
  logInstance(String(instance));
  const data = await fetchFromInstance(instance, `/api/v1/${encodeURIComponent(source)}/${encodeURIComponent(target)}/${encodeURIComponent(q)}`);
  return res.status(200).json(data);
};

export default handler;
