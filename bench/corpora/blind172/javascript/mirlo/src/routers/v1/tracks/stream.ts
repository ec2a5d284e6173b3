import path from "node:path";
import { NextFunction, Request, Response } from "express";

import prisma from "@mirlo/prisma";
import { getPlayableTracks } from "../../../utils/trackGroup";
import { transcodePreview } from "../../../jobs/transcode";

const HLS_ROOT = process.env.HLS_ROOT ?? "/data/hls";
const SEGMENT_RE = /^segment-\d{1,5}\.ts$/;

/** GET /v1/tracks/:id/stream/:segment : serves one HLS segment of a playable track. */
export async function streamSegment(req: Request, res: Response, next: NextFunction) {
  const trackId = Number(req.params.id);
  const segment = req.params.segment;
  try {
    if (!Number.isInteger(trackId) || !SEGMENT_RE.test(segment)) {
      return res.status(400).json({ error: "Bad segment" });
    }
    const track = await prisma.track.findUnique({ where: { id: trackId } });
    if (!track) return res.status(404).end();
    const playable = await getPlayableTracks(track.trackGroupId, (req.user as { id: number } | undefined)?.id);
    if (!playable.some((t) => t.id === trackId)) return res.status(403).end();
    res.sendFile(path.join(String(trackId), segment), { root: HLS_ROOT });
  } catch (e) {
    next(e);
  }
}

/** POST /v1/tracks/:id/preview { start, bitrate } : artists regenerate the 30 s preview clip. */
export async function regeneratePreview(req: Request, res: Response, next: NextFunction) {
  const trackId = Number(req.params.id);
  const { start, bitrate } = req.body as { start?: string; bitrate?: string };
  try {
    const track = await prisma.track.findUnique({ where: { id: trackId }, include: { audio: true } });
    if (!track?.audio) return res.status(404).json({ error: "No audio" });
    const output = await transcodePreview(track.audio.id, String(start ?? "0"), String(bitrate ?? "128k"));
    res.json({ result: output });
  } catch (e) {
    next(e);
  }
}
