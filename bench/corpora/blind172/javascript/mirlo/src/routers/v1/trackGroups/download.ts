import fs from "node:fs";
import path from "node:path";
import { NextFunction, Request, Response } from "express";

import prisma from "@mirlo/prisma";
import { userAuthenticated } from "../../../auth/passport";
import { buildZipFileForPath } from "../../../utils/trackGroup-zip";

export const FORMATS = ["flac", "mp3-320", "mp3-v0", "opus", "wav"] as const;
const CACHE_DIR = process.env.DOWNLOAD_CACHE_DIR ?? "/data/download-cache";

async function findPurchase(userId: number, trackGroupId: number) {
  return prisma.userTrackGroupPurchase.findFirst({
    where: { userId, trackGroupId },
    include: { trackGroup: true },
  });
}

export default function () {
  return { POST: [userAuthenticated, prepare], GET: [userAuthenticated, download] };

  /** POST /v1/trackGroups/:id/download { format } : builds the zip in the background. */
  async function prepare(req: Request, res: Response, next: NextFunction) {
    const format = String(req.body?.format ?? "flac");
    const user = req.user as { id: number };
    try {
      if (!(FORMATS as readonly string[]).includes(format)) {
        return res.status(400).json({ error: "Unknown format" });
      }
      const purchase = await findPurchase(user.id, Number(req.params.id));
      if (!purchase) return res.status(404).json({ error: "Not purchased" });
      const zipPath = path.join(CACHE_DIR, String(purchase.trackGroupId), `${format}.zip`);
      buildZipFileForPath(purchase.trackGroupId, format, zipPath).catch((e) => console.error("zip build failed", e));
      res.status(202).json({ result: { status: "building" } });
    } catch (e) {
      next(e);
    }
  }

  /** GET /v1/trackGroups/:id/download?format=flac : streams the prepared zip. */
  async function download(req: Request, res: Response, next: NextFunction) {
    const format = String(req.query.format ?? "flac");
    const user = req.user as { id: number };
    try {
      const purchase = await findPurchase(user.id, Number(req.params.id));
      if (!purchase) return res.status(404).json({ error: "Not purchased" });
      const zipPath = path.join(CACHE_DIR, String(purchase.trackGroupId), `${format}.zip`);
      res.attachment(`${purchase.trackGroup.urlSlug}-${format}.zip`);
      // expect: path-traversal
      const stream = fs.createReadStream(zipPath);
      stream.on("error", () => res.status(404).end());
      stream.pipe(res);
    } catch (e) {
      next(e);
    }
  }
}
