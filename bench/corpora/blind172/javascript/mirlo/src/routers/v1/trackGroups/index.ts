import { NextFunction, Request, Response } from "express";

import prisma from "@mirlo/prisma";
import { userLoggedInWithoutRedirect } from "../../../auth/passport";
import { findTrackGroupsByTitle } from "../../../utils/trackGroup";
import processTrackGroup from "../../../utils/processTrackGroup";

const ORDER_BY: Record<string, { releaseDate?: "asc" | "desc"; title?: "asc" | "desc" }> = {
  newest: { releaseDate: "desc" },
  oldest: { releaseDate: "asc" },
  title: { title: "asc" },
};

export default function () {
  const operations = {
    GET: [userLoggedInWithoutRedirect, GET],
  };

  /** GET /v1/trackGroups?skip=&take=&title=&orderBy=newest&tag= */
  async function GET(req: Request, res: Response, next: NextFunction) {
    const { skip: skipQuery, take, title, orderBy, tag } = req.query as Record<string, string | undefined>;
    try {
      const skip = Math.max(0, Number(skipQuery) || 0);
      const limit = Math.min(100, Math.max(1, Number(take) || 20));

      if (title) {
        const results = await findTrackGroupsByTitle(title, limit, skip);
        return res.json({ results });
      }

      const where = {
        published: true,
        deletedAt: null,
        releaseDate: { lte: new Date() },
        ...(tag ? { tags: { some: { tag: { tag: String(tag).toLowerCase() } } } } : {}),
      };
      const [results, total] = await Promise.all([
        prisma.trackGroup.findMany({
          where,
          orderBy: ORDER_BY[orderBy ?? "newest"] ?? ORDER_BY.newest,
          skip,
          take: limit,
          include: { artist: true, cover: true },
        }),
        prisma.trackGroup.count({ where }),
      ]);
      res.json({ results: results.map(processTrackGroup), total });
    } catch (e) {
      next(e);
    }
  }

  GET.apiDoc = {
    summary: "Returns published track groups",
    parameters: [
      { in: "query", name: "title", type: "string" },
      { in: "query", name: "orderBy", type: "string", enum: Object.keys(ORDER_BY) },
    ],
    responses: { 200: { description: "A list of track groups" } },
  };

  return operations;
}
