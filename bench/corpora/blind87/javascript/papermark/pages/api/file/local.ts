import type { NextApiRequest, NextApiResponse } from "next";
import { getLocalFile, getLocalFileInTeam } from "../../../lib/files/get-file";

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  const key = req.query.key as string;
  const teamId = req.query.teamId as string | undefined;
  const stream = teamId ? getLocalFileInTeam(teamId, key) : getLocalFile(key);
  res.setHeader("Content-Type", "application/octet-stream");
  stream.pipe(res);
}
